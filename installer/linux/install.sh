#!/bin/sh
# Install the one-folder app built by `make dist` for the current user (no root):
#   installer/linux/install.sh            # into ~/.local
#   PREFIX=/opt/bipdesk-root installer/linux/install.sh
# The program goes to $PREFIX/lib/bipdesk, a `bipdesk` link to $PREFIX/bin, the
# menu entry and the hicolor icons to $PREFIX/share. The user's data
# (~/.local/share/BIP Desk) is never touched, neither here nor by uninstall.sh.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PREFIX=${PREFIX:-$HOME/.local}
APP="$ROOT/dist/bipdesk"
[ -x "$APP/bipdesk" ] || { echo "install.sh: $APP/bipdesk is missing; run 'make dist' first" >&2; exit 1; }
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications"
rm -rf "$PREFIX/lib/bipdesk"
cp -a "$APP" "$PREFIX/lib/bipdesk"
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
command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "BIP Desk installed in $PREFIX/lib/bipdesk; start it from the menu or with $PREFIX/bin/bipdesk"
