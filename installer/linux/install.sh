#!/bin/sh
# Install BIP Desk's one-folder app, silently (no questions, no display needed):
#   sh install.sh                          # as a user: into ~/.local, for that user
#   sudo sh install.sh                     # as root: into /usr/local, for everyone
#   PREFIX=/opt/bipdesk sh install.sh      # anywhere else
# Run it from the release tarball (the app is the folder `bipdesk` beside this
# script) or from a checkout after `make dist` (dist/bipdesk). The program goes to
# $PREFIX/lib/bipdesk (with uninstall.sh and VERSION), a `bipdesk` link to
# $PREFIX/bin, the menu entry and the hicolor icons to $PREFIX/share. The users'
# data (~/.local/share/BIP Desk) is never touched, neither here nor by uninstall.sh.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
if [ -z "${PREFIX:-}" ]; then
    if [ "$(id -u)" = 0 ]; then PREFIX=/usr/local; else PREFIX=$HOME/.local; fi
fi
if [ -x "$HERE/bipdesk/bipdesk" ]; then
    APP="$HERE/bipdesk"
else
    APP="$(cd "$HERE/../.." && pwd)/dist/bipdesk"
fi
[ -x "$APP/bipdesk" ] || { echo "install.sh: $APP/bipdesk is missing; run 'make dist' first" >&2; exit 1; }
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications"
rm -rf "$PREFIX/lib/bipdesk"
cp -a "$APP" "$PREFIX/lib/bipdesk"
cp "$HERE/uninstall.sh" "$PREFIX/lib/bipdesk/uninstall.sh"
chmod 755 "$PREFIX/lib/bipdesk/uninstall.sh"
"$PREFIX/lib/bipdesk/bipdesk" --version | sed 's/^bipdesk //' > "$PREFIX/lib/bipdesk/VERSION"
ln -sf "$PREFIX/lib/bipdesk/bipdesk" "$PREFIX/bin/bipdesk"
sed "s|^Exec=bipdesk|Exec=$PREFIX/bin/bipdesk|; s|^TryExec=bipdesk|TryExec=$PREFIX/bin/bipdesk|" \
    "$HERE/bipdesk.desktop" > "$PREFIX/share/applications/bipdesk.desktop"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$PREFIX/share/icons/hicolor/${size}x${size}/apps"
    cp "$HERE/icons/hicolor/${size}x${size}/apps/bipdesk.png" \
        "$PREFIX/share/icons/hicolor/${size}x${size}/apps/bipdesk.png"
done
mkdir -p "$PREFIX/share/icons/hicolor/scalable/apps"
cp "$HERE/icons/hicolor/scalable/apps/bipdesk.svg" "$PREFIX/share/icons/hicolor/scalable/apps/"
if command -v update-desktop-database >/dev/null; then
    update-desktop-database "$PREFIX/share/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
fi
echo "BIP Desk $(cat "$PREFIX/lib/bipdesk/VERSION") installed in $PREFIX/lib/bipdesk;" \
    "start it from the menu or with $PREFIX/bin/bipdesk"
