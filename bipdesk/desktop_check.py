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

Nothing here imports Qt's widgets: the plugin file is found from PySide6's
package folder without importing it. The lines are said in the system's
language (bipdesk.messages reads the catalogue with QtCore alone, which
needs no display libraries).
"""

from __future__ import annotations

import ctypes
import importlib.util
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from bipdesk.language import system_language
from bipdesk.messages import QT_TRANSLATE_NOOP, Message, said


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

    messages: tuple[Message, ...]
    language: str = "en"
    """The language the lines are said in."""

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(f"bipdesk: {said(message, self.language)}" for message in self.messages)

    def __str__(self) -> str:
        return "\n".join(self.lines)


_WITHOUT_DISPLAY = QT_TRANSLATE_NOOP(
    "desktop check", "the command-line tools work without a display: see {command}."
)


def desktop_problem(
    environ: Mapping[str, str],
    platform: str,
    load: Loader = ctypes.CDLL,
    plugins: Path | None = None,
    display_reachable: Callable[[str, Loader], bool] | None = None,
    language: str | None = None,
) -> DesktopProblem | None:
    """None when Qt can start its window here; else what is missing and how to get it,
    said in `language` (None: the system's).

    Windows and macOS bring everything Qt needs. `load`, `plugins` (the folder of
    Qt's platform plugins) and `display_reachable` are the system's own unless a
    test stands in for them.
    """
    language = language or system_language()
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
        return _no_display(language)
    missing = missing_libraries(folder / XCB_PLUGIN, load)
    if missing is not None:
        return _missing(missing, language)
    reachable = display_reachable if display_reachable is not None else x_display_reachable
    if not reachable(display, load):
        return DesktopProblem(
            (
                QT_TRANSLATE_NOOP(
                    "desktop check",
                    "cannot open the display {display}: is the desktop session running, and "
                    "may this user use it (DISPLAY, xhost)?",
                ).format(display=repr(display)),
                _WITHOUT_DISPLAY.format(command="`bipdesk --help`"),
            ),
            language,
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


def install_advice(missing: list[str]) -> Message:
    """The install commands of Debian/Ubuntu and Fedora for the missing libraries."""
    known = {library.soname: library for library in XCB_LIBRARIES}
    found = [known[name] for name in missing if name in known]
    if not found:
        return QT_TRANSLATE_NOOP(
            "desktop check",
            "reinstall your desktop's X11 libraries (libxcb and the xcb-util family)",
        )
    debian = " ".join(dict.fromkeys(library.debian for library in found))
    fedora = " ".join(dict.fromkeys(library.fedora for library in found))
    return QT_TRANSLATE_NOOP(
        "desktop check", "Debian/Ubuntu: {debian_command}; Fedora: {fedora_command}"
    ).format(
        debian_command=f"sudo apt install {debian}", fedora_command=f"sudo dnf install {fedora}"
    )


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


def _no_display(language: str) -> DesktopProblem:
    return DesktopProblem(
        (
            QT_TRANSLATE_NOOP(
                "desktop check",
                "no display: the desktop window needs a graphical session, and neither DISPLAY "
                "nor WAYLAND_DISPLAY is set (on a server, connect with {ssh} or use a desktop).",
            ).format(ssh="`ssh -X`"),
            _WITHOUT_DISPLAY.format(command="`bipdesk --help`"),
        ),
        language,
    )


def _missing(missing: list[str], language: str) -> DesktopProblem:
    return DesktopProblem(
        (
            QT_TRANSLATE_NOOP(
                "desktop check",
                "the desktop window cannot start: Qt needs system libraries that are missing: "
                "{libraries}.",
            ).format(libraries=", ".join(missing)),
            QT_TRANSLATE_NOOP(
                "desktop check",
                "install them ({advice}); the command-line tools work without them ({command}).",
            ).format(advice=install_advice(missing), command="`bipdesk --help`"),
        ),
        language,
    )
