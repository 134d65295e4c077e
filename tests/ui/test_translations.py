"""The Swedish translation of the desktop app: complete, faithful to placeholders, used.

translations/bipdesk_sv.ts is kept with tools/update_translations.py (pyside6-lupdate);
these tests fail when a text in the code has no Swedish translation, when a
translation loses a placeholder, or when a visible text bypasses tr().
"""

from __future__ import annotations

import ast
import importlib.util
import re
import types
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bipdesk.paths import translations_dir
from bipdesk.storage import Database
from bipdesk.ui.context import AppContext
from bipdesk.ui.translator import install_translator, remove_translators

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "bipdesk" / "ui"
SWEDISH = ROOT / "translations" / "bipdesk_sv.ts"


def _load_tool() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    numerus: bool
    unfinished: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            messages.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    tuple(forms) if forms else (translation.text or "",),
                    message.get("numerus") == "yes",
                    translation.get("type") in {"unfinished", "obsolete", "vanished"},
                )
            )
    return messages


@pytest.fixture(scope="module")
def swedish() -> list[Message]:
    return read_ts(SWEDISH)


# -- (a) complete ---------------------------------------------------------------------


def test_every_swedish_message_is_translated(swedish: list[Message]) -> None:
    assert len(swedish) > 300
    unfinished = [(m.context, m.source) for m in swedish if m.unfinished]
    assert not unfinished, f"unfinished translations: {unfinished}"
    empty = [(m.context, m.source) for m in swedish if not all(t.strip() for t in m.translations)]
    assert not empty, f"empty translations: {empty}"
    raw = SWEDISH.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in raw
    assert "<translation></translation>" not in raw


def test_the_translation_file_holds_exactly_the_texts_of_the_code(
    swedish: list[Message], tmp_path: Path
) -> None:
    fresh = tmp_path / "fresh.ts"
    tool.lupdate(fresh)
    in_code = {(m.context, m.source) for m in read_ts(fresh)}
    in_file = {(m.context, m.source) for m in swedish}
    missing = sorted(in_code - in_file)
    assert not missing, (
        "texts without a Swedish translation; run `python tools/update_translations.py` "
        f"and translate them: {missing}"
    )
    stale = sorted(in_file - in_code)
    assert not stale, f"translations of texts no longer in the code (run lupdate): {stale}"


def test_plural_messages_have_both_swedish_forms(swedish: list[Message]) -> None:
    plurals = [m for m in swedish if m.numerus]
    assert plurals
    for message in plurals:
        assert len(message.translations) == 2, message  # Swedish: singular and plural


# -- (b) placeholders -----------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%[1-9]|%n")


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def test_translations_keep_every_placeholder(swedish: list[Message]) -> None:
    wrong = []
    for message in swedish:
        expected = placeholders(message.source)
        for index, translation in enumerate(message.translations):
            found = placeholders(translation)
            if message.numerus and index == 0 and found != expected:
                # The singular form may write the number out ("ett blad") instead of %n.
                found = sorted([*found, "%n"]) if "%n" not in found else found
            if found != expected:
                wrong.append((message.source, translation))
    assert not wrong


def test_accelerators_stay_one_per_text(swedish: list[Message]) -> None:
    for message in swedish:
        source_marks = len(re.findall(r"&(?=[^&\s])", message.source))
        for translation in message.translations:
            assert len(re.findall(r"&(?=[^&\s])", translation)) == source_marks, message


def test_swedish_wording_follows_the_project_vocabulary(swedish: list[Message]) -> None:
    by_source = {(m.context, m.source): m.translations[0] for m in swedish}
    assert by_source[("MainWindow", "&File")] == "&Arkiv"
    assert by_source[("MainWindow", "&Edit")] == "&Redigera"
    assert by_source[("MainWindow", "&View")] == "&Visa"
    assert by_source[("MainWindow", "&Help")] == "&Hjälp"
    assert by_source[("actions", "&Import…")] == "&Importera…"
    assert by_source[("FillIn", "Don't want to answer / not applicable")] == (
        "Vill inte svara / ej aktuell"
    )
    texts = " ".join(t for m in swedish for t in m.translations)
    for word in ("deltagare", "mätning", "avslutsorsak", "uppföljning", "spindeldiagram"):
        assert word in texts.lower(), word


# -- (c) no visible text bypasses tr() ------------------------------------------------

VISIBLE_TEXT_CALLS = {
    # widgets and actions made with a text
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "QCommandLinkButton", "QProgressDialog",
    # setters of visible or spoken text
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "setTitle",
    "setInformativeText", "setDetailedText", "setLabelText", "setCancelButtonText",
    "setSuffix", "setPrefix", "setSpecialValueText", "setTabText", "setTabToolTip",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "setWindowIconText", "showMessage", "setFormat",
    # adders that show their text
    "addMenu", "addAction", "addButton", "addItem", "addItems", "insertItem", "addTab",
    "addRow", "insertRow",
    # QMessageBox / QInputDialog / QFileDialog statics
    "information", "warning", "critical", "question", "about",
    "getText", "getInt", "getItem", "getOpenFileName", "getSaveFileName",
    "getExistingDirectory",
}
TRANSLATING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
ALLOWED_LITERALS = {
    "BIP Desk",  # the product's name
    "—", "–", "…", "·", "←", "→",
    "PDF (*.pdf)", "PNG (*.png)", "SVG (*.svg)",  # file filters named by format
    "%p%",  # QProgressBar format: the percentage alone
}
UNTRANSLATABLE_SOURCE_ALLOWED = {
    # actions.translate() translates the texts marked with QT_TRANSLATE_NOOP("actions", ...)
    # in SPECS, and create_actions() calls it with them
    ("actions.py", "translate"),
    ("actions.py", "create_actions"),
}


def _call_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def _needs_translation(text: str) -> bool:
    return bool(re.search(r"[^\W\d_]", text)) and text.strip() not in ALLOWED_LITERALS


def _bare_texts(node: ast.AST) -> Iterator[str]:
    """Visible texts in an argument that reach the screen without tr()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _needs_translation(node.value):
            yield node.value
    elif isinstance(node, ast.JoinedStr):
        literal = "".join(
            part.value for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        if _needs_translation(literal):
            yield f"f-string {literal!r}"
    elif isinstance(node, ast.BinOp):  # "a" + b, "a %s" % b
        yield from _bare_texts(node.left)
        yield from _bare_texts(node.right)
    elif isinstance(node, ast.Call) and _call_name(node) == "format":
        if isinstance(node.func, ast.Attribute):
            yield from _bare_texts(node.func.value)
    elif isinstance(node, ast.IfExp):
        yield from _bare_texts(node.body)
        yield from _bare_texts(node.orelse)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _bare_texts(element)


def _is_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def find_bypasses(path: Path, source: str | None = None) -> list[str]:
    """Visible texts that do not go through tr(), as 'file:line: what' lines."""
    if source is None:
        source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, str(path))
    problems = []
    functions = {
        id(child): node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        for child in ast.walk(node)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        where = f"{path.name}:{node.lineno}"
        if name in TRANSLATING_CALLS:
            # lupdate extracts only literal texts (and contexts).
            texts = node.args[:2] if name in {"translate", "QT_TRANSLATE_NOOP"} else node.args[:1]
            allowed = (path.name, functions.get(id(node))) in UNTRANSLATABLE_SOURCE_ALLOWED
            if texts and not all(_is_literal(arg) for arg in texts) and not allowed:
                problems.append(f"{where}: {name}() of a text lupdate cannot read")
        elif name in VISIBLE_TEXT_CALLS:
            arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
            for argument in arguments:
                for text in _bare_texts(argument):
                    problems.append(f"{where}: {name}({text!r}) without tr()")
    return problems


def test_the_scanner_finds_a_bypass() -> None:
    code = (
        "label = QLabel('Participant')\n"
        "button.setToolTip(f'Open {code}')\n"
        "box.setWindowTitle(self.tr('Fine'))\n"
        "QMessageBox.warning(self, 'BIP Desk', 'Something failed')\n"
        "edit.setPlaceholderText('')\n"
        "label.setText('—')\n"
        "title = self.tr(text)\n"
    )
    found = find_bypasses(UI / "sample.py", code)
    assert len(found) == 4, found
    assert "QLabel('Participant')" in found[0]


def test_no_visible_text_in_the_ui_bypasses_tr() -> None:
    problems = [problem for path in sorted(UI.rglob("*.py")) for problem in find_bypasses(path)]
    assert not problems, "\n".join(problems)


# -- (d) the app speaks Swedish -------------------------------------------------------


@pytest.fixture
def in_swedish(qapp: QApplication) -> Iterator[None]:
    assert (translations_dir() / "bipdesk_sv.qm").is_file(), "run `make translations-qm`"
    previous = QLocale()
    translator = install_translator(qapp, "sv")
    assert translator is not None
    try:
        yield
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous)


def test_the_main_window_speaks_swedish(
    in_swedish: None, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    from bipdesk.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(database, settings))
    qtbot.addWidget(window)
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["Arkiv", "Redigera", "Visa", "Hjälp"]
    file_menu = window.menuBar().actions()[0].menu()
    assert "Importera…" in [action.text().replace("&", "") for action in file_menu.actions()]


def test_english_is_back_after_the_swedish_test(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    from bipdesk.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(database, settings))
    qtbot.addWidget(window)
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Help"]


# -- screenshots in Swedish -------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("language", ["sv", "en"])
def test_screenshots_in_swedish_and_english(language: str) -> None:
    """Writes /tmp/shots/{sv,en}_*.png (main window with demo data, settings, fill-in view;
    in Swedish also the fill-in view with Arabic beside the Swedish text) to look at."""
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    from tests.ui.language_screenshots import names

    shots = Path(os.environ.get("BIPDESK_SHOTS", "/tmp/shots"))
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.language_screenshots", str(shots), language],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for name in names(language):
        image = QImage(str(shots / f"{name}.png"))
        assert not image.isNull(), name
        assert image.width() >= 300, name
