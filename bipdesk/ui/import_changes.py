"""The saved values an import changes, listed in the import dialog's preview and in its
closing message: an answer or a participant's field is never overwritten silently
(the participant's edit history keeps the old value)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from bipdesk.core.cards import CardLibrary
from bipdesk.core.history import Change, describe
from bipdesk.ui.history_section import history_words

PREVIEW_ROWS = 500
"""At most this many changed values are listed in the preview."""
MESSAGE_ROWS = 10
"""Changed values listed in the message at the end of an import."""


def changed_value_lines(changes: Sequence[Change], cards: CardLibrary, limit: int) -> list[str]:
    """One line per value ('SP0129 5 Sep 2021: Job search 9 → 1'), at most `limit`
    lines and then one saying how many more."""
    lines = [describe(change, history_words(cards, change.card)) for change in changes[:limit]]
    if len(changes) > limit:
        lines.append(
            QCoreApplication.translate(
                "ChangedValuesBox", "…and {count} more changed values."
            ).format(count=len(changes) - limit)
        )
    return lines


def changed_values_message(changes: Sequence[Change], cards: CardLibrary) -> str:
    """The paragraph the closing message adds; '' when no saved value changed."""
    if not changes:
        return ""
    title = QCoreApplication.translate("ChangedValuesBox", "Changed values:")
    return "\n\n" + "\n".join([title, *changed_value_lines(changes, cards, MESSAGE_ROWS)])


class ChangedValuesBox(QWidget):
    """The preview's list of the saved values the import changes; hidden when none."""

    def __init__(self, cards: CardLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards = cards
        self.label = QLabel(
            self.tr("Saved values the import changes (the edit history keeps the old ones):")
        )
        self.label.setWordWrap(True)
        self.list = QPlainTextEdit()
        self.list.setReadOnly(True)
        self.list.setAccessibleName(self.tr("Saved values the import changes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        self.hide()

    def show_changes(self, changes: Sequence[Change]) -> None:
        self.list.setPlainText("\n".join(changed_value_lines(changes, self._cards, PREVIEW_ROWS)))
        self.setVisible(bool(changes))
