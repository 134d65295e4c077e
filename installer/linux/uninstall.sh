#!/bin/sh
# Remove what install.sh put in $PREFIX (default ~/.local). Participants' data in
# ~/.local/share/BIP Desk (the database, backups, cards) stays where it is.
set -eu
PREFIX=${PREFIX:-$HOME/.local}
rm -rf "$PREFIX/lib/bipdesk"
rm -f "$PREFIX/bin/bipdesk" "$PREFIX/share/applications/bipdesk.desktop"
for size in 16 24 32 48 64 128 256 512; do
    rm -f "$PREFIX/share/icons/hicolor/${size}x${size}/apps/bipdesk.png"
done
rm -f "$PREFIX/share/icons/hicolor/scalable/apps/bipdesk.svg"
echo "BIP Desk removed. Your data in ${XDG_DATA_HOME:-$HOME/.local/share}/BIP Desk was left alone;"
echo "delete that folder yourself only when the participants' data may go."
