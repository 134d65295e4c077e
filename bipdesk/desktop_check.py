"""Can the desktop window start here? Asked before Qt is touched.

When Qt finds no display, or its platform plugin cannot load the system
libraries it links (on Linux since Qt 6.5 `libxcb-cursor0` and the other xcb
utility libraries, which minimal systems lack), it prints "This application
failed to start because no Qt platform plugin could be initialized.
Reinstalling the application may fix this problem." and aborts with a core
dump — misleading, since reinstalling fixes nothing. So before a
QApplication exists, this module looks for a display and loads the plugin's
library the way Qt would (`ctypes`, which resolves every library it links),
and names what is missing with the command that installs it.

Nothing here imports Qt: the plugin file is found from PySide6's package
folder without importing it.
"""

from __future__ import annotations

import ctypes
import importlib.util
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SystemLibrary:
    soname: str
    debian: str
    """The Debian/Ubuntu package that ships it."""
    fedora: str
    """The Fedora package that ships it."""


XCB_LIBRARIES = (
    SystemLibrary("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    SystemLibrary("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    SystemLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    SystemLibrary("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    SystemLibrary("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    SystemLibrary("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    SystemLibrary("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    SystemLibrary("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    SystemLibrary("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    SystemLibrary("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    SystemLibrary("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    SystemLibrary("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    SystemLibrary("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    SystemLibrary("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    SystemLibrary("libxcb-xinput.so.0", "libxcb-xinput0", "libxcb"),
    SystemLibrary("libxcb.so.1", "libxcb1", "libxcb"),
    SystemLibrary("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    SystemLibrary("libX11.so.6", "libx11-6", "libX11"),
    SystemLibrary("libEGL.so.1", "libegl1", "libglvnd-egl"),
    SystemLibrary("libOpenGL.so.0", "libopengl0", "libglvnd-opengl"),
    SystemLibrary("libGLX.so.0", "libglx0", "libglvnd-glx"),
    SystemLibrary("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    SystemLibrary("libfreetype.so.6", "libfreetype6", "freetype"),
    SystemLibrary("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
    SystemLibrary("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
)
"""What the xcb platform plugin of Qt 6 and the Qt libraries under it link, beyond
what every Linux desktop has; the plugin itself is the final judge."""

XCB_PLUGIN = "libqxcb.so"
WAYLAND_PLUGIN = "libqwayland.so"
NOT_ON_SCREEN = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")
"""Qt platforms that need no desktop session (tests, servers, kiosks)."""

Loader = Callable[[str], object]


@dataclass(frozen=True)
class DesktopProblem:
    """Why the window cannot open, in one or two lines a user can act on."""

    lines: tuple[str, ...]

    def __str__(self) -> str:
        return "\n".join(self.lines)


def desktop_problem(
    environ: Mapping[str, str],
    platform: str,
    load: Loader = ctypes.CDLL,
    plugins: Path | None = None,
    display_reachable: Callable[[str, Loader], bool] | None = None,
) -> DesktopProblem | None:
    """None when Qt can start its window here; else what is missing and how to get it.

    Windows and macOS bring everything Qt needs. `load`, `plugins` (the folder of
    Qt's platform plugins) and `display_reachable` are the system's own unless a
    test stands in for them.
    """
    if not platform.startswith("linux"):
        return None
    requested = environ.get("QT_QPA_PLATFORM", "").strip().lower()
    if requested.startswith(NOT_ON_SCREEN):
        return None
    folder = plugins if plugins is not None else plugin_folder()
    if folder is None:
        return None  # an unusual installation: let Qt speak for itself
    wayland = environ.get("WAYLAND_DISPLAY") and not requested.startswith("xcb")
    if wayland and _loads(folder / WAYLAND_PLUGIN, load):
        return None
    display = environ.get("DISPLAY", "")
    if not display:
        return _no_display()
    missing = missing_libraries(folder / XCB_PLUGIN, load)
    if missing is not None:
        return _missing(missing)
    reachable = display_reachable if display_reachable is not None else x_display_reachable
    if not reachable(display, load):
        return DesktopProblem(
            (
                f"bipdesk: cannot open the display {display!r}: is the desktop session "
                "running, and may this user use it (DISPLAY, xhost)?",
                "bipdesk: the command-line tools work without a display: see `bipdesk --help`.",
            )
        )
    return None


def missing_libraries(plugin: Path, load: Loader = ctypes.CDLL) -> list[str] | None:
    """None when the xcb plugin loads; else what it lacks (the loader's words when none
    of the known libraries is the one missing)."""
    try:
        load(str(plugin))
    except OSError as error:
        missing = [library.soname for library in XCB_LIBRARIES if not _loads(library.soname, load)]
        return missing or [" ".join(str(error).split())]
    return None


def install_advice(missing: list[str]) -> str:
    """The install commands of Debian/Ubuntu and Fedora for the missing libraries."""
    known = {library.soname: library for library in XCB_LIBRARIES}
    found = [known[name] for name in missing if name in known]
    if not found:
        return "reinstall your desktop's X11 libraries (libxcb and the xcb-util family)"
    debian = " ".join(dict.fromkeys(library.debian for library in found))
    fedora = " ".join(dict.fromkeys(library.fedora for library in found))
    return f"Debian/Ubuntu: sudo apt install {debian}; Fedora: sudo dnf install {fedora}"


def plugin_folder() -> Path | None:
    """Qt's platform plugins inside the installed (or frozen) PySide6, found without
    importing it."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / "Qt" / "plugins" / "platforms"
        if folder.is_dir():
            return folder
    return None


def x_display_reachable(display: str, load: Loader = ctypes.CDLL) -> bool:
    """Whether the X server of `display` accepts this user (through libxcb, as Qt does)."""
    try:
        library = load("libxcb.so.1")
    except OSError:
        return False
    connect = library.xcb_connect  # type: ignore[attr-defined]
    connect.restype = ctypes.c_void_p
    connect.argtypes = (ctypes.c_char_p, ctypes.c_void_p)
    has_error = library.xcb_connection_has_error  # type: ignore[attr-defined]
    has_error.restype = ctypes.c_int
    has_error.argtypes = (ctypes.c_void_p,)
    disconnect = library.xcb_disconnect  # type: ignore[attr-defined]
    disconnect.restype = None
    disconnect.argtypes = (ctypes.c_void_p,)
    connection = connect(display.encode(), None)
    try:
        return bool(connection) and has_error(connection) == 0
    finally:
        if connection:
            disconnect(connection)


def _loads(name: Path | str, load: Loader) -> bool:
    try:
        load(str(name))
    except OSError:
        return False
    return True


def _no_display() -> DesktopProblem:
    return DesktopProblem(
        (
            "bipdesk: no display: the desktop window needs a graphical session, and neither "
            "DISPLAY nor WAYLAND_DISPLAY is set (on a server, connect with `ssh -X` or use "
            "a desktop).",
            "bipdesk: the command-line tools work without a display: see `bipdesk --help`.",
        )
    )


def _missing(missing: list[str]) -> DesktopProblem:
    return DesktopProblem(
        (
            "bipdesk: the desktop window cannot start: Qt needs system libraries that are "
            f"missing: {', '.join(missing)}.",
            f"bipdesk: install them ({install_advice(missing)}); the command-line tools "
            "work without them (`bipdesk --help`).",
        )
    )
