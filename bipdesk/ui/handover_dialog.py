"""Hand over to…: a lead moves a participant to another unit of the team database.

The coordinators of the new unit take the participant over, with everything
stored about them. The dialog lists the other units and says, before the
click, what the hand-over means for the lead's own list: a participant of a
unit the lead is no member of leaves it. The server checks the rule (only a
lead of the participant's unit hands over) and records the move in the edit
history; the dialog only chooses and confirms.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

WARNING_COLOUR = "#a15c00"


class HandoverDialog(QDialog):
    """The other units to hand participant `code` over to; `chosen` once confirmed."""

    def __init__(
        self,
        code: str,
        unit: str | None,
        units: Sequence[str],
        my_units: Collection[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.code = code
        self.my_units = set(my_units)
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Hand over {code} — BIP Desk").format(code=code))
        self.setAccessibleName(self.tr("Hand over participant"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Hand participant {code} over from unit {unit} to another unit. The "
                "coordinators of that unit take over, with the background, the measurements, "
                "the activities and the history; the edit history records the hand-over."
            ).format(code=code, unit=unit or "—"),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(self.tr("&Unit:"), self)
        layout.addWidget(label)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Units to hand over to"))
        label.setBuddy(self.list)
        for name in sorted((u for u in units if u != unit), key=str.casefold):
            QListWidgetItem(name, self.list)
        layout.addWidget(self.list, 1)
        self.consequence = QLabel("", self)
        self.consequence.setObjectName("handover_consequence")
        self.consequence.setWordWrap(True)
        layout.addWidget(self.consequence)
        buttons = QDialogButtonBox(self)
        self.hand_over_button = QPushButton(self.tr("&Hand over"), self)
        self.hand_over_button.setDefault(True)
        buttons.addButton(self.hand_over_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentTextChanged.connect(self._unit_chosen)
        self.list.itemDoubleClicked.connect(lambda _item: self.confirm())
        self._unit_chosen("")
        if self.list.count() == 0:
            self.consequence.setText(self.tr("There is no other unit to hand over to."))
        self._fit_wrapped_texts(layout, intro)

    def _fit_wrapped_texts(self, layout: QVBoxLayout, intro: QLabel) -> None:
        """A width of its own, and the wrapped texts' full height at it: a layout does
        not ask a word-wrapped label how tall it is at the width it gets, so the
        dialog could be squeezed until the intro ran over the list's label."""
        em = self.fontMetrics().horizontalAdvance("M")
        self.setMinimumWidth(em * 36)
        margins = layout.contentsMargins()
        width = em * 36 - margins.left() - margins.right()
        intro.setMinimumHeight(intro.heightForWidth(width))
        # Room for the longest consequence, so the list does not jump at a click.
        shown = self.consequence.text()
        tallest = self.consequence.heightForWidth(width)
        for row in range(self.list.count()):
            self._unit_chosen(self.list.item(row).text())
            tallest = max(tallest, self.consequence.heightForWidth(width))
        self._unit_chosen("")
        if self.list.count() == 0:
            self.consequence.setText(shown)
        self.consequence.setMinimumHeight(tallest)
        self.resize(em * 36, self.minimumSizeHint().height() + em * 6)

    def _unit_chosen(self, unit: str) -> None:
        self.hand_over_button.setEnabled(bool(unit))
        if not unit:
            self.hand_over_button.setText(self.tr("&Hand over"))
            self.consequence.setText(self.tr("Choose the unit that takes the participant over."))
            self.consequence.setStyleSheet("")
            return
        self.hand_over_button.setText(self.tr("&Hand over to {unit}").format(unit=unit))
        if unit in self.my_units:
            self.consequence.setText(
                self.tr("You are a member of {unit}: {code} stays in your list.").format(
                    unit=unit, code=self.code
                )
            )
            self.consequence.setStyleSheet("")
        else:
            self.consequence.setText(
                self.tr(
                    "You are not a member of {unit}: after the hand-over, {code} is no longer "
                    "in your list, and only the members of {unit} can open the participant."
                ).format(unit=unit, code=self.code)
            )
            self.consequence.setStyleSheet(f"QLabel {{ color: {WARNING_COLOUR}; }}")

    def choose(self, unit: str) -> None:
        """Select `unit` in the list (as a click would)."""
        found = self.list.findItems(unit, Qt.MatchFlag.MatchExactly)
        if found:
            self.list.setCurrentItem(found[0])

    def confirm(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.text()
        self.accept()
