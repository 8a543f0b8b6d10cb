#!/bin/sh
# Install Journey Editor for the current user (no root needed), from the unpacked tarball:
#
#   ./install.sh              # into ~/.local (app in ~/.local/lib/journey-editor)
#   ./install.sh --prefix DIR # into DIR/lib, DIR/bin, DIR/share instead
#   ./install.sh --uninstall  # remove what install.sh put there
#
# Puts the app folder under PREFIX/lib, a `journey-editor` link in PREFIX/bin, and the menu
# entry, icons, file type (*.journey.json) and AppStream metadata under PREFIX/share, then
# refreshes the desktop's caches when the tools for it are installed.
set -eu

APP_ID=io.github.journey_editor.JourneyEditor
PREFIX="$HOME/.local"
ACTION=install
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="$2"; shift 2 ;;
        --prefix=*) PREFIX="${1#--prefix=}"; shift ;;
        --uninstall) ACTION=uninstall; shift ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

HERE=$(cd "$(dirname "$0")" && pwd)
LIB="$PREFIX/lib/journey-editor"
BIN="$PREFIX/bin"
SHARE="$PREFIX/share"
ICON_SIZES="16 24 32 48 64 128 256 512"

refresh_caches() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$SHARE/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

uninstall() {
    rm -rf "$LIB"
    if [ -L "$BIN/journey-editor" ]; then rm -f "$BIN/journey-editor"; fi
    rm -f "$SHARE/applications/$APP_ID.desktop" \
          "$SHARE/mime/packages/$APP_ID.xml" \
          "$SHARE/metainfo/$APP_ID.metainfo.xml" \
          "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg" \
          "$SHARE/icons/hicolor/scalable/mimetypes/application-x-journey-map.svg"
    for size in $ICON_SIZES; do
        rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
              "$SHARE/icons/hicolor/${size}x${size}/mimetypes/application-x-journey-map.png"
    done
    refresh_caches
    echo "Journey Editor removed from $PREFIX"
}

install_app() {
    case "$LIB" in
        *[\"\`\$\\]*) echo "install.sh: the prefix may not contain \" \` \$ or \\" >&2; exit 2 ;;
    esac
    # Replace, never merge: files left over from an older version could shadow new ones.
    rm -rf "$LIB"
    mkdir -p "$PREFIX/lib" "$BIN"
    cp -R "$HERE/journey-editor" "$LIB"
    ln -sf "$LIB/journey-editor" "$BIN/journey-editor"
    # The share/ tree of the tarball mirrors the target layout.
    (cd "$HERE/share" && find . -type f) | while read -r file; do
        mkdir -p "$(dirname "$SHARE/$file")"
        cp "$HERE/share/$file" "$SHARE/$file"
    done
    # The menu entry starts the app by its absolute path: ~/.local/bin is not on the PATH of
    # every desktop session.
    sed -e "s|^Exec=journey-editor |Exec=\"$LIB/journey-editor\" |" \
        -e "s|^TryExec=journey-editor\$|TryExec=$LIB/journey-editor|" \
        "$HERE/share/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
    refresh_caches
    echo "Journey Editor installed: $LIB"
    case ":$PATH:" in
        *":$BIN:"*) echo "Run it from the applications menu or with: journey-editor" ;;
        *) echo "Run it from the applications menu, or add $BIN to your PATH for the command line" ;;
    esac
}

if [ "$ACTION" = uninstall ]; then uninstall; else install_app; fi
