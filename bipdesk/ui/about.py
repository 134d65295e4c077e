"""Help → About BIP Desk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bipdesk import __version__


def about_text() -> str:
    """The About box's rich text: name, version, what BIP Desk is, and the card's origin."""
    return QCoreApplication.translate(
        "about",
        "<h2>BIP Desk {version}</h2>"
        "<p>BIP Desk helps coordinators in labour-market projects fill in the BIP "
        "progression card together with each participant, see who is due for the "
        "next measurement, and send anonymized figures to the project office.</p>"
        "<p>The progression card is adapted from the BIP (Beskæftigelses Indikator "
        "Projektet) of Væksthusets Forskningscenter.</p>"
        "<p>Participants' data stays on this computer.</p>",
    ).format(version=__version__)


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("about", "About BIP Desk"), about_text())
