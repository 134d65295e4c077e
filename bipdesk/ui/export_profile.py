"""The project profile of an export: open one, see what it sets, remove it again.

A project office hands its units a profile (DESIGN §8, `bipdesk.io.profile`)
so that every unit's file merges with the others: project name, card and
version, age bands, the reporting periods and the perturbation table. The
export window takes all of these from the profile while one is used.

The profile last used is remembered in QSettings (the person at the screen
picks it, and an export also runs on a read-only database), and opened again
with the window, so that the coordinator does not pick it every quarter. A
profile that cannot be read is never half taken: a broken file gets one
message naming the file and the field, and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from bipdesk.core.ages import DEFAULT_AGE_BANDS, AgeBands
from bipdesk.core.cards import CardLibrary
from bipdesk.io.export import DEFAULT_CARD_ID
from bipdesk.io.profile import NO_PERIODS, Profile, ProfileError, check_fits, read_profile
from bipdesk.ui.language import said_in_app

PROFILE_KEY = "export/profile"
"""The path of the profile last used; empty when the usual periods were chosen last."""
ERROR_COLOUR = "#c62828"
DETAIL_COLOUR = "#505050"


class ProfileChoice(QWidget):
    """'Open project profile…' and 'Remove profile', with what the profile sets."""

    changed = Signal()
    """A profile was opened or removed: card, bands and periods may differ."""

    def __init__(self, settings: QSettings, cards: CardLibrary, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.cards = cards
        self.profile: Profile | None = None
        self.path: Path | None = None
        self.notice: str | None = None
        """Why the profile remembered from last time could not be opened again."""

        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        self.name_label.setTextFormat(Qt.TextFormat.RichText)
        self.name_label.setAccessibleName(self.tr("Project profile"))
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setAccessibleName(self.tr("Card and age bands of the export"))
        self.details_label.setStyleSheet(f"color: {DETAIL_COLOUR}")
        self.open_button = QPushButton(self.tr("&Open project profile…"))
        self.open_button.setAccessibleName(self.tr("Open project profile"))
        self.open_button.setToolTip(
            self.tr(
                "The profile from the project office: project, card, age bands and reporting "
                "periods, so that your file merges with the other units'"
            )
        )
        self.open_button.clicked.connect(lambda: self.open())
        self.remove_button = QPushButton(self.tr("&Remove profile"))
        self.remove_button.setAccessibleName(self.tr("Remove the project profile"))
        self.remove_button.setToolTip(
            self.tr("Export without a profile: the usual quarters and years, or other dates")
        )
        self.remove_button.clicked.connect(self.remove)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_label, 0, 0)
        layout.addWidget(self.open_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.remove_button, 0, 2, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.details_label, 1, 0, 1, 3)
        layout.setColumnStretch(0, 1)
        self._show()

    # -- what the export takes from it --------------------------------------------

    @property
    def project(self) -> str | None:
        return None if self.profile is None else self.profile.project

    @property
    def card_id(self) -> str:
        return DEFAULT_CARD_ID if self.profile is None else self.profile.card_id

    @property
    def card_version(self) -> int | None:
        """The profile's version; None (the newest installed) without a profile."""
        return None if self.profile is None else self.profile.card_version

    @property
    def bands(self) -> AgeBands:
        return DEFAULT_AGE_BANDS if self.profile is None else self.profile.age_bands

    def fit_problem(self) -> str | None:
        """Why an export under the profile would not merge (one sentence); None when it would."""
        if self.profile is None or self.path is None:
            return None
        try:
            check_fits(self.profile, self.cards, str(self.path))
        except ProfileError as error:
            return said_in_app(error.named)
        return None

    # -- opening and removing -----------------------------------------------------

    def restore(self) -> None:
        """Open the profile used last time again; say so in the row when it cannot be."""
        remembered = str(self.settings.value(PROFILE_KEY, "") or "")
        if not remembered:
            return
        try:
            self._take(Path(remembered))
        except ProfileError as error:
            self.notice = self.tr(
                "The profile used last time could not be opened again: {reason}"
            ).format(reason=said_in_app(error.named))
            self._show()
            return
        self.changed.emit()

    def ask_path(self) -> Path | None:
        """The profile to open, chosen in a file dialog (from the last profile's folder)."""
        folder = self.path.parent if self.path is not None else Path.home()
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project profile"),
            str(folder),
            self.tr("Project profiles (*.json)"),
        )
        return Path(chosen) if chosen else None

    def open(self, path: Path | None = None) -> bool:
        """Use the profile at `path` (asked for when None); False, with a message and
        nothing changed, when it cannot be read."""
        if path is None:
            path = self.ask_path()
            if path is None:
                return False
        try:
            self._take(path)
        except ProfileError as error:
            QMessageBox.warning(
                self, self.tr("Project profile not opened"), said_in_app(error.named)
            )
            return False
        self.changed.emit()
        return True

    def _take(self, path: Path) -> None:
        """Read the profile and use it; ProfileError (nothing changed) when it cannot be."""
        profile = read_profile(path)
        if not profile.periods:
            raise ProfileError(str(path), NO_PERIODS)
        self.profile = profile
        self.path = path
        self.notice = None
        self.settings.setValue(PROFILE_KEY, str(path))
        self._show()

    def remove(self) -> None:
        """Export without a profile again (and open none with the window next time)."""
        self.settings.setValue(PROFILE_KEY, "")
        if self.profile is None and self.notice is None:
            return
        self.profile = None
        self.path = None
        self.notice = None
        self._show()
        self.changed.emit()

    # -- showing ------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the profile (and the card installed) anew, e.g. after cards changed."""
        self._show()

    def _show(self) -> None:
        profile = self.profile
        if profile is not None and self.path is not None:
            self.name_label.setText(
                self.tr("<b>{project}</b> (from {file})").format(
                    project=_html(profile.project), file=_html(self.path.name)
                )
            )
            self.name_label.setToolTip(str(self.path))
            self.name_label.setStyleSheet("")
        elif self.notice is not None:
            self.name_label.setText(_html(self.notice))
            self.name_label.setToolTip("")
            self.name_label.setStyleSheet(f"color: {ERROR_COLOUR}")
        else:
            self.name_label.setText(
                _html(self.tr("None: the usual quarters and years, or other dates"))
            )
            self.name_label.setToolTip("")
            self.name_label.setStyleSheet("")
        self.remove_button.setVisible(profile is not None or self.notice is not None)
        self.details_label.setText(self.details())

    def details(self) -> str:
        """The card and the age bands the export counts with."""
        bands = ", ".join(self.bands.labels)
        if self.profile is None:
            card = self.cards.get(self.card_id)
            if card is None:
                return self.tr("Card {card} (not installed) · age bands {bands}").format(
                    card=self.card_id, bands=bands
                )
            return self.tr("Card {card} version {version} · age bands {bands}").format(
                card=card.id, version=card.version, bands=bands
            )
        return self.tr("Card {card} version {version} · age bands {bands}").format(
            card=self.profile.card_id, version=self.profile.card_version, bands=bands
        )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
