"""The start-up check of the desktop app: no display, or missing system libraries of
Qt's platform plugin, give one clear message and exit 1 instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bipdesk.cli.self_check import SelfCheckFailed, check_desktop
from bipdesk.desktop_check import (
    XCB_LIBRARIES,
    XCB_PLUGIN,
    desktop_problem,
    install_advice,
    plugin_folder,
    x_display_reachable,
)

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = Path("/qt/plugins/platforms")


class FakeSystem:
    """A Linux system with the given libraries missing: loading the xcb plugin fails
    the way the dynamic loader does when any library it links is missing."""

    def __init__(self, missing: tuple[str, ...] = (), wayland: bool = False) -> None:
        self.missing = missing
        self.wayland = wayland
        self.loaded: list[str] = []

    def __call__(self, name: str) -> object:
        self.loaded.append(name)
        if name.endswith("libqwayland.so") and not self.wayland:
            raise OSError(f"{name}: cannot open shared object file")
        if name.endswith(XCB_PLUGIN) and self.missing:
            raise OSError(f"{self.missing[0]}: cannot open shared object file: No such file")
        if name in self.missing:
            raise OSError(f"{name}: cannot open shared object file")
        return object()


def reachable(_display: str, _load: object) -> bool:
    return True


def unreachable(_display: str, _load: object) -> bool:
    return False


def problem(environ: dict[str, str], system: FakeSystem, platform: str = "linux") -> str | None:
    found = desktop_problem(environ, platform, system, PLUGINS, reachable, language="en")
    return None if found is None else str(found)


def test_a_desktop_with_everything_starts() -> None:
    assert problem({"DISPLAY": ":0"}, FakeSystem()) is None


def test_no_display_is_said_with_the_way_on() -> None:
    message = problem({}, FakeSystem())
    assert message is not None
    first, second = message.splitlines()
    assert first.startswith("bipdesk: no display:") and "DISPLAY" in first
    assert "command-line tools work without a display" in second
    assert "reinstall" not in message.lower()


def test_missing_xcb_libraries_are_named_with_their_install_commands() -> None:
    system = FakeSystem(missing=("libxcb-cursor.so.0", "libxkbcommon-x11.so.0"))
    message = problem({"DISPLAY": ":0"}, system)
    assert message is not None
    first, second = message.splitlines()
    assert first.endswith("missing: libxcb-cursor.so.0, libxkbcommon-x11.so.0.")
    assert "Debian/Ubuntu: sudo apt install libxcb-cursor0 libxkbcommon-x11-0" in second
    assert "Fedora: sudo dnf install xcb-util-cursor libxkbcommon-x11" in second
    assert "command-line tools work" in second
    assert str(PLUGINS / XCB_PLUGIN) in system.loaded  # the plugin itself was tried


def test_an_unknown_missing_library_is_named_in_the_loaders_words() -> None:
    system = FakeSystem(missing=("libsomething-new.so.3",))
    message = problem({"DISPLAY": ":0"}, system)
    assert message is not None and "libsomething-new.so.3: cannot open shared object" in message
    assert "xcb-util" in message  # still a hint where to look


def test_an_unreachable_display_is_said() -> None:
    found = desktop_problem(
        {"DISPLAY": ":7"}, "linux", FakeSystem(), PLUGINS, unreachable, language="en"
    )
    assert found is not None and "cannot open the display ':7'" in str(found)


def test_the_lines_are_said_in_swedish_with_the_commands_as_they_are() -> None:
    system = FakeSystem(missing=("libxcb-cursor.so.0",))
    found = desktop_problem({"DISPLAY": ":0"}, "linux", system, PLUGINS, reachable, language="sv")
    assert found is not None
    first, second = found.lines
    assert first == (
        "bipdesk: skrivbordsfönstret kan inte starta: Qt behöver systembibliotek som saknas: "
        "libxcb-cursor.so.0."
    )
    assert second.startswith("bipdesk: installera dem (Debian/Ubuntu: sudo apt install libxcb")
    assert second.endswith("kommandoradsverktygen fungerar utan dem (`bipdesk --help`).")


def test_wayland_needs_no_xcb_when_its_plugin_loads() -> None:
    system = FakeSystem(missing=("libxcb-cursor.so.0",), wayland=True)
    assert problem({"WAYLAND_DISPLAY": "wayland-0"}, system) is None
    # …but a user who asks for xcb gets the xcb check
    asked = problem(
        {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, system
    )
    assert asked is not None and "libxcb-cursor.so.0" in asked


def test_no_check_where_no_window_is_needed_or_the_system_brings_it() -> None:
    broken = FakeSystem(missing=("libxcb.so.1",))
    assert problem({"QT_QPA_PLATFORM": "offscreen"}, broken) is None
    assert problem({}, broken, platform="win32") is None
    assert problem({}, broken, platform="darwin") is None


def test_every_known_library_has_both_packages() -> None:
    for library in XCB_LIBRARIES:
        assert library.soname.startswith("lib") and ".so." in library.soname
        assert library.debian and library.fedora
    assert str(install_advice(["libxcb-icccm.so.4"])) == (
        "Debian/Ubuntu: sudo apt install libxcb-icccm4; Fedora: sudo dnf install xcb-util-wm"
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_the_real_plugin_folder_and_a_display_nobody_runs() -> None:
    folder = plugin_folder()
    assert folder is not None and (folder / XCB_PLUGIN).is_file()
    assert x_display_reachable(":87") is False


def _bipdesk(environ: dict[str, str], code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _bare_environ(**extra: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DISPLAY", "WAYLAND"))}
    return {**keep, "BIPDESK_DEBUG": "", "LC_ALL": "C.UTF-8", **extra}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_the_app_without_a_display_exits_1_with_two_lines(tmp_path: Path) -> None:
    result = _bipdesk(
        _bare_environ(),
        f"from bipdesk.cli.main import main; raise SystemExit(main(['--db', {str(tmp_path / 'x.db')!r}]))",
    )
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("bipdesk: no display"), result.stderr
    assert "platform plugin could be initialized" not in result.stderr  # not Qt's abort
    assert not (tmp_path / "x.db").exists()  # nothing was created


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_a_swedish_system_is_told_in_swedish_before_qt_starts(tmp_path: Path) -> None:
    result = _bipdesk(
        _bare_environ(LC_ALL="sv_SE.UTF-8"),
        f"from bipdesk.cli.main import main; raise SystemExit(main(['--db', {str(tmp_path / 'x.db')!r}]))",
    )
    assert result.returncode == 1, result.stderr
    first, second = result.stderr.strip().splitlines()
    assert first.startswith("bipdesk: ingen skärm: skrivbordsfönstret behöver en grafisk session")
    assert second == "bipdesk: kommandoradsverktygen fungerar utan skärm: se `bipdesk --help`."
    assert "PySide6.QtWidgets" not in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_the_app_without_libxcb_cursor_exits_1_naming_it(tmp_path: Path) -> None:
    # A display that is "there", and a loader that lacks libxcb-cursor (and the plugin
    # that links it), as on a desktop without the libxcb-cursor0 package.
    code = textwrap.dedent(
        f"""
        import ctypes
        real = ctypes.CDLL
        def lacking(name, *args, **kwargs):
            if name.endswith(("libxcb-cursor.so.0", "libqxcb.so")):
                raise OSError("libxcb-cursor.so.0: cannot open shared object file")
            return real(name, *args, **kwargs)
        ctypes.CDLL = lacking
        from bipdesk.cli.main import main
        raise SystemExit(main(["--db", {str(tmp_path / "x.db")!r}]))
        """
    )
    result = _bipdesk(_bare_environ(DISPLAY=":87"), code)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2, result.stderr
    assert "libxcb-cursor.so.0" in lines[0] and "sudo apt install libxcb-cursor0" in lines[1]
    assert "sudo dnf install xcb-util-cursor" in lines[1]
    assert not (tmp_path / "x.db").exists()


def test_the_self_check_reports_without_failing_when_there_is_no_display() -> None:
    said = str(check_desktop({}, "linux", headless=True))
    assert said.startswith("no display here")
    assert str(check_desktop({}, "win32", headless=False)) == "nothing to check on this system"
    swedish = check_desktop({}, "linux", headless=True).said("sv")
    assert swedish.startswith("ingen skärm här (fönstret ritas utan skärm nedan)")
    # a display nobody runs: fails, naming the display or (here) the missing libraries
    with pytest.raises(SelfCheckFailed, match=r"^desktop window: (cannot open|the desktop)"):
        check_desktop({"DISPLAY": ":87", "QT_QPA_PLATFORM": "xcb"}, "linux", headless=False)
