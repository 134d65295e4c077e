"""The two questions the fill-in view asks: resume a draft, and keep it on closing."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Closing(Enum):
    KEEP_DRAFT = auto()
    DISCARD = auto()
    CONTINUE = auto()


def ask_resume(parent: QWidget, text: str) -> bool:
    """Resume (True) or start over (False)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("FillIn", "Unfinished measurement"))
    box.setText(text)
    resume = box.addButton(
        QCoreApplication.translate("FillIn", "Resume"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("FillIn", "Start over"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(resume)
    box.setEscapeButton(resume)
    box.exec()
    return box.clickedButton() is resume


def ask_closing(parent: QWidget) -> Closing:
    """Keep the draft, discard it, or go on filling in (the default)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("FillIn", "Close the card?"))
    box.setText(
        QCoreApplication.translate(
            "FillIn", "The measurement is not saved yet. Keep it as a draft to finish later?"
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "FillIn", "A draft is kept on this computer, also when BIP Desk is closed."
        )
    )
    keep = box.addButton(
        QCoreApplication.translate("FillIn", "Keep draft"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("FillIn", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    carry_on = box.addButton(
        QCoreApplication.translate("FillIn", "Continue filling in"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(carry_on)
    box.setEscapeButton(carry_on)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return Closing.KEEP_DRAFT
    if clicked is discard:
        return Closing.DISCARD
    return Closing.CONTINUE


def tell(parent: QWidget, title: str, text: str, warning: bool = False) -> None:
    """A message with an OK button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.exec()
