"""What a screen reader hears in the fill-in (issue 19), read through QAccessible:
the answers are one group of radio buttons named by the question, each saying its
value out of the scale ("7 of 10", in Swedish "7 av 10") and its anchor, and the
progress ("Question 3 of 10") is the name of the progress label and the group's
description."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from bipdesk.core.cards import localized, localized_anchors
from bipdesk.ui.context import AppContext
from bipdesk.ui.translator import install_translator, remove_translators
from tests.ui import test_fill_in as base
from tests.ui.test_fill_in import open_dialog

context = base.context
boxes = base.boxes
pytestmark = pytest.mark.usefixtures("english_locale")
MANAGE_A_JOB = 3
"""A question with anchors."""


def heard(widget: QWidget) -> tuple[QAccessible.Role, str, str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return (
        interface.role(),
        interface.text(QAccessible.Text.Name),
        interface.text(QAccessible.Text.Description),
    )


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    if install_translator(qapp, "sv") is None:
        pytest.skip("no compiled Swedish translation")
    yield
    remove_translators(qapp)
    QLocale.setDefault(previous)


def test_the_answers_are_one_radio_group_named_by_the_question(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = open_dialog(context, qtbot)
    dialog.go_to(MANAGE_A_JOB)
    page = dialog.question_page
    state = dialog.state
    assert state is not None
    question = localized(state.card.questions[MANAGE_A_JOB].text, "en")
    role, name, description = heard(page.answer_group)
    assert role == QAccessible.Role.Grouping
    assert name == question
    assert description == "Question 4 of 10"
    assert heard(page.question_label)[1] == question
    assert heard(dialog.progress_label)[1] == "Question 4 of 10"
    role, name, description = heard(page.scale_buttons[6])
    assert (role, name) == (QAccessible.Role.RadioButton, "7 of 10")
    anchors = localized_anchors(state.card.questions[MANAGE_A_JOB], "en")
    assert anchors is not None and description == anchors[1]  # its anchor, 4–7
    assert heard(page.no_answer_button)[:2] == (
        QAccessible.Role.RadioButton,
        "Don't want to answer / not applicable",
    )
    # One exclusive group: choosing one unchecks the other, as a screen reader says.
    group = page.answer_group.buttons
    assert group.exclusive()
    assert set(group.buttons()) == {*page.scale_buttons, page.no_answer_button}
    dialog.choose(7)
    dialog.choose(None)
    checked = QAccessible.queryAccessibleInterface(page.scale_buttons[6])
    assert checked is not None and not checked.state().checked
    no_answer = QAccessible.queryAccessibleInterface(page.no_answer_button)
    assert no_answer is not None and no_answer.state().checked
    dialog.close_keeping_draft()


def test_every_control_has_a_role_and_a_name(context: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(context, qtbot)
    focusable = [
        widget
        for widget in dialog.findChildren(QWidget)
        if widget.isVisible()
        and widget.focusPolicy() != widget.focusPolicy().NoFocus
        and isinstance(widget.parentWidget(), QWidget)
        and widget.objectName() not in ("qt_spinbox_lineedit",)
    ]
    nameless = []
    for widget in focusable:
        role, name, _ = heard(widget)
        if isinstance(widget, QComboBox):
            # Qt names a combo box by its value on Linux (its label is a relation
            # there); elsewhere by the name set, which it has.
            name = widget.accessibleName()
        if not name.strip() or name in ("None", "Inget"):
            nameless.append(f"{type(widget).__name__} {role}")
    assert nameless == []
    dialog.close_keeping_draft()


def test_swedish_names(context: AppContext, qtbot: QtBot, swedish: None) -> None:
    dialog = open_dialog(context, qtbot)
    page = dialog.question_page
    assert heard(page.scale_buttons[6])[1] == "7 av 10"
    assert heard(dialog.progress_label)[1] == "Fråga 1 av 10"
    assert heard(page.answer_group)[1].startswith("Hur väl vet du")
    dialog.close_keeping_draft()
