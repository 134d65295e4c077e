"""WCAG 2.2 AA contrast of the fill-in, measured on what is applied (issue 19).

Every colour pair is read from the running widgets — each label's palette after
its style sheet, the style sheets of the buttons and anchor bars, the colours
the answer boxes paint with (checked against their pixels) — in a light, a dark
and a high-contrast palette, and must reach 4.5:1 for text (3:1 for large text)
and 3:1 for the parts of controls and the focus ring. The ratios are printed
and written to tests/artifacts/contrast_ratios_<palette>.txt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bipdesk.core.contrast import GRAPHICS_RATIO, LARGE_TEXT_RATIO, TEXT_RATIO, contrast_ratio
from bipdesk.ui.context import AppContext
from bipdesk.ui.fill_in import FillInDialog
from bipdesk.ui.fill_in.answer_buttons import FOCUS_MARGIN, FOCUS_WIDTH, AnswerButton
from tests.ui import test_fill_in as base
from tests.ui.palettes import PALETTES, use_palette
from tests.ui.test_fill_in import MessageBoxes, open_dialog, press

context = base.context
boxes = base.boxes
pytestmark = pytest.mark.usefixtures("english_locale", "shipped_fonts")

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
Pair = tuple[str, str, str, float]
"""(what, foreground, background, the ratio asked)."""


@pytest.fixture(params=PALETTES)
def palette_name(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    previous = use_palette(qapp, request.param)
    yield request.param
    qapp.setPalette(previous)


def rules(sheet: str) -> dict[str, dict[str, str]]:
    """A style sheet's rules: selector -> {property: value} (one selector per entry)."""
    found: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        declarations = dict(
            (name.strip(), value.strip())
            for name, _, value in (d.partition(":") for d in body.split(";") if ":" in d)
        )
        for selector in selectors.split(","):
            found.setdefault(selector.strip(), {}).update(declarations)
    return found


def colour_in(value: str) -> str | None:
    match = re.search(r"#[0-9a-fA-F]{6}\b", value)
    return match.group(0) if match else None


def background_of(widget: QWidget) -> str:
    """The colour behind `widget`: its own when its style sheet or palette fills it,
    else its parent's, up to the window."""
    current: QWidget | None = widget
    while current is not None:
        colour = current.palette().color(current.backgroundRole())
        filled = current.autoFillBackground() or "background" in current.styleSheet()
        if (filled and colour.alpha() == 255) or current.isWindow():
            return colour.name()
        current = current.parentWidget()
    return widget.palette().color(QPalette.ColorRole.Window).name()


def is_large(widget: QWidget) -> bool:
    font = widget.font()
    return font.pointSizeF() >= 18 or (font.bold() and font.pointSizeF() >= 14)


def text_pairs(root: QWidget) -> list[Pair]:
    pairs = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip():
            continue
        colour = label.palette().color(label.foregroundRole()).name()
        ratio = LARGE_TEXT_RATIO if is_large(label) else TEXT_RATIO
        pairs.append((f"label {label.text()[:32]!r}", colour, background_of(label), ratio))
    return pairs


def button_pairs(root: QWidget) -> list[Pair]:
    """Push and tool buttons (not the answers): text, outline and focus ring, from
    the style sheet each button has; check boxes: their text."""
    pairs = []
    for button in root.findChildren(QAbstractButton):
        if isinstance(button, AnswerButton) or not button.isVisible() or not button.isEnabled():
            continue
        if button.objectName() == "qt_tableview_cornerbutton":  # the table's, not a button
            continue
        if isinstance(button, QCheckBox):  # drawn by the style: its text is checked
            colour = button.palette().color(button.foregroundRole()).name()
            pairs.append((f"check box {button.text()!r}", colour, background_of(button), 4.5))
            continue
        pairs += styled_button_pairs(button)
    return pairs


def styled_button_pairs(button: QAbstractButton) -> list[Pair]:
    """A button's text, outline and focus ring, from its style sheet."""
    assert isinstance(button, QPushButton | QToolButton)
    sheet = rules(button.styleSheet())
    kind = type(button).__name__
    normal, focus = sheet.get(kind, {}), sheet.get(f"{kind}:focus", {})
    assert focus, f"{button.text()!r} has no focus style"
    parent = button.parentWidget()
    window = background_of(parent) if parent is not None else "#ffffff"
    fill = colour_in(normal.get("background", "")) or window
    text = colour_in(normal.get("color", ""))
    assert text is not None, button.text()
    name = button.text().replace("&", "")
    pairs = [(f"button {name!r} text", text, fill, TEXT_RATIO)]
    border = colour_in(normal.get("border", "")) or colour_in(normal.get("border-color", ""))
    if border is not None:  # flat buttons show their outline only with the focus
        pairs.append((f"button {name!r} outline", border, window, GRAPHICS_RATIO))
    ring = colour_in(focus.get("border", "")) or colour_in(focus.get("border-color", ""))
    assert ring is not None, name
    pairs.append((f"button {name!r} focus ring", ring, window, GRAPHICS_RATIO))
    gap = focus.get("background-clip") == "content"  # the window shows between ring and fill
    if fill != window and not gap:  # a filled button: its focus ring lies on its fill
        pairs.append((f"button {name!r} focus ring / fill", ring, fill, GRAPHICS_RATIO))
    return pairs


def placeholder_pairs(root: QWidget) -> list[Pair]:
    """The grey hint in an empty text field, on the field's base colour."""
    pairs = []
    for edit in root.findChildren(QLineEdit):
        if edit.isVisible() and edit.placeholderText() and not edit.text():
            palette = edit.palette()
            hint = palette.color(QPalette.ColorRole.PlaceholderText).name()
            base = palette.color(QPalette.ColorRole.Base).name()
            pairs.append((f"placeholder {edit.placeholderText()[:28]!r}", hint, base, TEXT_RATIO))
    return pairs


def focus_ring_pairs(dialog: FillInDialog) -> list[Pair]:
    """The ring around the style's own controls, on the window around them."""
    window = background_of(dialog)
    return [("focus ring around the date, notes, table", dialog.focus_ring.colour(), window, 3.0)]


def anchor_pairs(dialog: FillInDialog) -> list[Pair]:
    cell = dialog.question_page.anchor_row.cells[0]
    sheet = rules(cell.styleSheet())
    window = background_of(dialog.question_page.anchor_row)
    pairs = []
    for selector, what in (
        ("QFrame#anchorCell", "anchor bar"),
        ('QFrame#anchorCell[current="true"]', "marked anchor bar"),
    ):
        colour = colour_in(sheet[selector]["border-top"])
        assert colour is not None
        pairs.append((what, colour, window, GRAPHICS_RATIO))
    return pairs


def answer_pairs(dialog: FillInDialog) -> list[Pair]:
    return list(dialog.question_page.scale_buttons[0].colours().pairs())


def check(pairs: list[Pair], palette_name: str, file: str) -> None:
    lines = [
        f"{contrast_ratio(fg, bg):5.2f}:1 (needs {need}:1)  {what}: {fg} on {bg}"
        for what, fg, bg, need in pairs
    ]
    report = f"WCAG contrast, {palette_name} palette\n" + "\n".join(lines) + "\n"
    print(report)
    ARTIFACTS.mkdir(exist_ok=True)
    with (ARTIFACTS / file).open("a", encoding="utf-8") as out:
        out.write(report)
    failing = [
        line
        for line, (_w, fg, bg, need) in zip(lines, pairs, strict=True)
        if contrast_ratio(fg, bg) < need
    ]
    assert failing == []


def pixel(image: QImage, point: QPoint) -> str:
    return image.pixelColor(point).name()


def test_every_colour_pair_of_the_fill_in_reaches_wcag_aa(
    context: AppContext, qtbot: QtBot, boxes: MessageBoxes, palette_name: str
) -> None:
    file = f"contrast_ratios_{palette_name}.txt"
    (ARTIFACTS / file).unlink(missing_ok=True)
    dialog = open_dialog(context, qtbot)
    dialog.go_to(3)  # a question with anchors
    dialog.set_second_language("ti")  # a draft translation: its note shows
    press(qtbot, dialog, Qt.Key.Key_Return)  # the prompt to answer shows
    assert dialog.question_page.prompt_label.isVisible()
    dialog.question_page.open_note()  # its placeholder shows
    pairs = text_pairs(dialog) + button_pairs(dialog) + anchor_pairs(dialog)
    pairs += answer_pairs(dialog) + placeholder_pairs(dialog) + focus_ring_pairs(dialog)
    check(pairs, palette_name, file)
    ARTIFACTS.mkdir(exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / f"fill_in_contrast_{palette_name}.png"))

    dialog.go_to(len(dialog.state.card.questions) if dialog.state else 0)  # the summary
    check(text_pairs(dialog) + button_pairs(dialog), palette_name + " (summary)", file)
    assert boxes.unexpected == []
    dialog.close_keeping_draft()


def test_the_answers_paint_the_colours_they_report(
    context: AppContext, qtbot: QtBot, palette_name: str
) -> None:
    """What the contrast test reads is what is on the screen: the pixels of a
    normal, a chosen and a chosen + focused answer."""
    dialog = open_dialog(context, qtbot)
    dialog.choose(5)  # 5 chosen and focused
    page = dialog.question_page
    chosen, normal = page.scale_buttons[4], page.scale_buttons[1]
    assert chosen.hasFocus() and chosen.isChecked()
    colours = chosen.colours()
    image = dialog.grab().toImage()
    ratio = dialog.devicePixelRatioF()

    def at(button: AnswerButton, x: int, y: int) -> str:
        point = button.mapTo(dialog, QPoint(x, y))
        return pixel(image, QPoint(round(point.x() * ratio), round(point.y() * ratio)))

    middle = chosen.height() // 2
    # The focus ring (≥ 2 px, the window's text colour), the gap, the chosen box.
    for x in range(FOCUS_WIDTH):
        assert at(chosen, x, middle) == colours.focus
    assert at(chosen, FOCUS_WIDTH + 1, middle) == colours.window
    assert at(chosen, FOCUS_MARGIN + 4, middle) == colours.accent
    box = chosen.box()
    assert at(chosen, box.left() + 6, box.bottom() - 6) == colours.accent
    # An answer neither chosen nor focused: no ring, its outline, its box.
    assert at(normal, 1, middle) == colours.window
    assert at(normal, FOCUS_MARGIN, middle) == colours.outline
    assert at(normal, FOCUS_MARGIN + 6, normal.box().top() + 6) == colours.base
    # Chosen + focused differs from chosen alone: the ring is there only with the focus.
    dialog.next_button.setFocus()
    unfocused = dialog.grab().toImage()
    point = chosen.mapTo(dialog, QPoint(1, middle))
    assert pixel(unfocused, QPoint(round(point.x() * ratio), round(point.y() * ratio))) == (
        colours.window
    )
    assert contrast_ratio(colours.focus, colours.window) >= GRAPHICS_RATIO
    ARTIFACTS.mkdir(exist_ok=True)
    image.save(str(ARTIFACTS / f"fill_in_chosen_focused_{palette_name}.png"))
    dialog.close_keeping_draft()


def test_the_colours_follow_the_palette(qapp: QApplication) -> None:
    from bipdesk.ui.contrast import control_colours
    from tests.ui.palettes import palette

    light, dark = control_colours(palette("light")), control_colours(palette("dark"))
    assert light.base == "#ffffff" and dark.base == "#232323"
    assert QColor(light.focus).lightness() < 60 < QColor(dark.focus).lightness()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_dialogs_problem_line_reads_on_its_window(qapp: QApplication, theme: str) -> None:
    """The red of 'what is wrong' in the passphrase and team database dialogs."""
    from bipdesk.ui.contrast import problem_style
    from tests.ui.palettes import palette

    colours = palette(theme)
    red = problem_style(colours).split("color: ")[1].split(";")[0]
    window = colours.color(QPalette.ColorRole.Window).name()
    print(f"{theme}: problem line {red} on {window}: {contrast_ratio(red, window):.2f}:1")
    assert contrast_ratio(red, window) >= TEXT_RATIO
