#!/usr/bin/env bash
# The macOS release, every step (the macos-14 runner of .github/workflows/release.yml, or
# a Mac with Xcode's command line tools, from a checkout):
#   1. the one-folder app and "dist/BIP Desk.app" of installer/bipdesk.spec (`make dist`)
#      and the app's --self-check;
#   2. signing with the hardened runtime when BIPDESK_CODESIGN_IDENTITY names a
#      "Developer ID Application" identity in the keychain (README.md beside this file);
#   3. the disk image dist/release/BIP-Desk-VERSION-macos-ARCH.dmg (hdiutil: the app and
#      a link to /Applications), signed, notarized and stapled when
#      BIPDESK_NOTARY_PROFILE names a `notarytool store-credentials` profile;
#   4. a silent install from that image (hdiutil attach, ditto into a temporary
#      Applications folder), --version and --self-check of the INSTALLED app, a database
#      made by it in the default data folder (~/Library/Application Support/BIP Desk of a
#      temporary HOME);
#   5. the uninstall a Mac knows (the app removed): the database is still there;
#   6. dist/release/SHA256SUMS-macos.
# Any failing step stops the script with a non-zero exit and names the step.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BIN=${VENV:-.venv}/bin
OUT=dist/release
APP="dist/BIP Desk.app"
step() { printf '\n== %s (%s s)\n' "$1" "$SECONDS"; }
fail() { echo "release.sh: $*" >&2; exit 1; }

step "build: make dist"
make dist
VERSION=$("$BIN/python" -c 'import bipdesk; print(bipdesk.__version__)')
ARCH=$(uname -m)
NAME="BIP-Desk-$VERSION-macos-$ARCH"
[ "$("$APP/Contents/MacOS/bipdesk" --version)" = "bipdesk $VERSION" ] \
    || fail "$APP --version does not say $VERSION"
plutil -extract CFBundleShortVersionString raw "$APP/Contents/Info.plist" | grep -qx "$VERSION" \
    || fail "$APP/Contents/Info.plist does not carry $VERSION"

step "self-check of the frozen app"
"$APP/Contents/MacOS/bipdesk" --self-check

step "signing the app"
if [ -n "${BIPDESK_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp \
        --entitlements installer/macos/entitlements.plist \
        --sign "$BIPDESK_CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
    "$APP/Contents/MacOS/bipdesk" --self-check
else
    echo "BIPDESK_CODESIGN_IDENTITY is not set: the app keeps PyInstaller's ad-hoc signature"
fi

step "disk image $OUT/$NAME.dmg"
rm -rf "$OUT" build/dmg
mkdir -p "$OUT" build/dmg
ditto "$APP" "build/dmg/BIP Desk.app"
ln -s /Applications build/dmg/Applications
hdiutil create -volname "BIP Desk $VERSION" -srcfolder build/dmg -ov -format UDZO \
    "$OUT/$NAME.dmg"
rm -rf build/dmg
if [ -n "${BIPDESK_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$BIPDESK_CODESIGN_IDENTITY" "$OUT/$NAME.dmg"
fi
if [ -n "${BIPDESK_NOTARY_PROFILE:-}" ]; then
    [ -n "${BIPDESK_CODESIGN_IDENTITY:-}" ] || fail "notarization needs a signed app"
    # BIPDESK_NOTARY_KEYCHAIN: the keychain holding the profile when not the default one.
    xcrun notarytool submit "$OUT/$NAME.dmg" --keychain-profile "$BIPDESK_NOTARY_PROFILE" \
        ${BIPDESK_NOTARY_KEYCHAIN:+--keychain "$BIPDESK_NOTARY_KEYCHAIN"} --wait
    xcrun stapler staple "$OUT/$NAME.dmg"
    xcrun stapler validate "$OUT/$NAME.dmg"
else
    echo "BIPDESK_NOTARY_PROFILE is not set: the disk image is not notarized"
fi
ls -l "$OUT/$NAME.dmg"

TRY=$(mktemp -d "${TMPDIR:-/tmp}/bipdesk-release.XXXXXX")
MOUNT="$TRY/mount"
cleanup() {
    if [ -d "$MOUNT" ]; then hdiutil detach -quiet "$MOUNT" 2>/dev/null || true; fi
    rm -rf "$TRY"
}
trap cleanup EXIT
INSTALLED="$TRY/Applications/BIP Desk.app"
HOME_DIR="$TRY/home"   # platformdirs: ~/Library/Application Support/BIP Desk
mkdir -p "$TRY/Applications" "$HOME_DIR" "$MOUNT"

step "silent install from the disk image into $TRY/Applications"
hdiutil attach -nobrowse -readonly -noautoopen -mountpoint "$MOUNT" "$OUT/$NAME.dmg"
ditto "$MOUNT/BIP Desk.app" "$INSTALLED"
hdiutil detach "$MOUNT"
if [ -n "${BIPDESK_NOTARY_PROFILE:-}" ]; then
    spctl --assess --type execute --verbose "$INSTALLED"
fi
[ "$(HOME="$HOME_DIR" "$INSTALLED/Contents/MacOS/bipdesk" --version)" = "bipdesk $VERSION" ] \
    || fail "the installed app's --version does not say $VERSION"

step "self-check of the installed app"
(cd "$TRY" && HOME="$HOME_DIR" "$INSTALLED/Contents/MacOS/bipdesk" --self-check)

step "a database in the default data folder, made by the installed app"
HOME="$HOME_DIR" "$INSTALLED/Contents/MacOS/bipdesk" init </dev/null
DATABASE="$HOME_DIR/Library/Application Support/BIP Desk/bipdesk.db"
[ -s "$DATABASE" ] || fail "the installed app made no database at $DATABASE"
HOME="$HOME_DIR" "$INSTALLED/Contents/MacOS/bipdesk" check

step "uninstall (the app removed, as the Finder's Move to Trash does)"
rm -rf "$INSTALLED"
[ ! -e "$INSTALLED" ] || fail "the app is still there"
[ -s "$DATABASE" ] || fail "removing the app removed the user's database $DATABASE"
echo "the user's database survived the uninstall: $DATABASE"

step "SHA-256 sums"
(cd "$OUT" && shasum -a 256 -- *.dmg > SHA256SUMS-macos && cat SHA256SUMS-macos)
echo "release $VERSION for macOS ready in $ROOT/$OUT after $SECONDS s"
