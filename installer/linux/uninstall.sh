#!/bin/sh
# Remove what install.sh put in $PREFIX, silently:
#   sh ~/.local/lib/bipdesk/uninstall.sh            # a user's installation
#   sudo sh /usr/local/lib/bipdesk/uninstall.sh     # the one for everyone
# PREFIX defaults to the installation this script lies in (PREFIX/lib/bipdesk),
# else to ~/.local (as a user) or /usr/local (as root). The participants' data in
# each user's ~/.local/share/BIP Desk (the database, backups, cards) stays.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
if [ -z "${PREFIX:-}" ]; then
    if [ "$(basename "$HERE")" = bipdesk ] && [ -x "$HERE/bipdesk" ]; then
        PREFIX=$(cd "$HERE/../.." && pwd)
    elif [ "$(id -u)" = 0 ]; then
        PREFIX=/usr/local
    else
        PREFIX=$HOME/.local
    fi
fi
rm -rf "$PREFIX/lib/bipdesk"
# Only our own link: another program's `bipdesk` is none of our business.
if [ -L "$PREFIX/bin/bipdesk" ]; then rm -f "$PREFIX/bin/bipdesk"; fi
rm -f "$PREFIX/share/applications/bipdesk.desktop"
for size in 16 24 32 48 64 128 256 512; do
    rm -f "$PREFIX/share/icons/hicolor/${size}x${size}/apps/bipdesk.png"
done
rm -f "$PREFIX/share/icons/hicolor/scalable/apps/bipdesk.svg"
if command -v update-desktop-database >/dev/null && [ -d "$PREFIX/share/applications" ]; then
    update-desktop-database "$PREFIX/share/applications" || true
fi
echo "BIP Desk removed from $PREFIX. The data in ${XDG_DATA_HOME:-$HOME/.local/share}/BIP Desk"
echo "(and in every other user's) was left alone; delete it only when the participants' data may go."
