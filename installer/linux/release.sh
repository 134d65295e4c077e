#!/usr/bin/env bash
# The Linux release, every step, from a checkout (here, in .ci/run and on the
# ubuntu runner of .github/workflows/release.yml):
#   1. the one-folder app of installer/bipdesk.spec (`make dist`) and its --self-check;
#   2. the tarball dist/release/bipdesk-VERSION-linux-ARCH.tar.gz (the app, install.sh,
#      uninstall.sh, the menu entry and icons);
#   3. a silent install of that tarball into a temporary PREFIX, --version and
#      --self-check of the INSTALLED program, a database made by it in the
#      default data folder (a temporary XDG_DATA_HOME);
#   4. a silent uninstall with the installed uninstall.sh: the program is gone,
#      the database is still there;
#   5. dist/release/SHA256SUMS-linux.
# Any failing step stops the script with a non-zero exit and names the step.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BIN=${VENV:-.venv}/bin
OUT=dist/release
step() { printf '\n== %s (%s s)\n' "$1" "$SECONDS"; }
fail() { echo "release.sh: $*" >&2; exit 1; }

step "build: make dist"
make dist
VERSION=$("$BIN/python" -c 'import bipdesk; print(bipdesk.__version__)')
ARCH=$(uname -m)
NAME="bipdesk-$VERSION-linux-$ARCH"
[ "$(dist/bipdesk/bipdesk --version)" = "bipdesk $VERSION" ] \
    || fail "dist/bipdesk/bipdesk --version does not say $VERSION"

step "self-check of the frozen app"
dist/bipdesk/bipdesk --self-check

step "tarball $OUT/$NAME.tar.gz"
rm -rf "$OUT" build/release
mkdir -p "$OUT" "build/release/$NAME"
cp -a dist/bipdesk "build/release/$NAME/bipdesk"
cp -a installer/linux/install.sh installer/linux/uninstall.sh installer/linux/bipdesk.desktop \
    installer/linux/icons "build/release/$NAME/"
# Owner and times fixed, so the same build gives the same listing wherever it is packed.
tar -C build/release --owner=0 --group=0 --numeric-owner --mtime="@${SOURCE_DATE_EPOCH:-0}" \
    --sort=name -cf - "$NAME" | gzip -n -6 > "$OUT/$NAME.tar.gz"
rm -rf build/release
ls -l "$OUT/$NAME.tar.gz"

TRY=$(mktemp -d "${TMPDIR:-/tmp}/bipdesk-release.XXXXXX")
trap 'rm -rf "$TRY"' EXIT
PREFIX="$TRY/prefix"
DATA="$TRY/data"   # XDG_DATA_HOME: the users' data folder is $DATA/BIP Desk

step "silent install of the tarball into $PREFIX"
tar -C "$TRY" -xzf "$OUT/$NAME.tar.gz"
PREFIX="$PREFIX" sh "$TRY/$NAME/install.sh" </dev/null
rm -rf "${TRY:?}/$NAME"
[ "$("$PREFIX/bin/bipdesk" --version)" = "bipdesk $VERSION" ] \
    || fail "the installed bipdesk --version does not say $VERSION"
[ "$(cat "$PREFIX/lib/bipdesk/VERSION")" = "$VERSION" ] || fail "installed VERSION file is wrong"
grep -q "^Exec=$PREFIX/bin/bipdesk\$" "$PREFIX/share/applications/bipdesk.desktop" \
    || fail "the installed menu entry does not start $PREFIX/bin/bipdesk"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$PREFIX/share/applications/bipdesk.desktop"
fi

step "self-check of the installed program"
(cd "$TRY" && XDG_DATA_HOME="$DATA" "$PREFIX/bin/bipdesk" --self-check)

step "a database in the default data folder, made by the installed program"
XDG_DATA_HOME="$DATA" "$PREFIX/bin/bipdesk" init </dev/null
DATABASE="$DATA/BIP Desk/bipdesk.db"
[ -s "$DATABASE" ] || fail "the installed program made no database at $DATABASE"
XDG_DATA_HOME="$DATA" "$PREFIX/bin/bipdesk" check

step "silent uninstall (the installed uninstall.sh)"
XDG_DATA_HOME="$DATA" sh "$PREFIX/lib/bipdesk/uninstall.sh" </dev/null
for gone in "$PREFIX/lib/bipdesk" "$PREFIX/bin/bipdesk" \
    "$PREFIX/share/applications/bipdesk.desktop" \
    "$PREFIX/share/icons/hicolor/scalable/apps/bipdesk.svg"; do
    [ ! -e "$gone" ] && [ ! -L "$gone" ] || fail "uninstall left $gone behind"
done
[ -s "$DATABASE" ] || fail "uninstall removed the user's database $DATABASE"
head -c 16 "$DATABASE" | grep -q "SQLite format 3" || fail "$DATABASE is no longer a database"
echo "the user's database survived the uninstall: $DATABASE"

step "SHA-256 sums"
(cd "$OUT" && sha256sum -- *.tar.gz > SHA256SUMS-linux && cat SHA256SUMS-linux)
echo "release $VERSION for Linux ready in $ROOT/$OUT after $SECONDS s"
