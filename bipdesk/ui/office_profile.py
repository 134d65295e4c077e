"""Project office → Save project profile…: the profile the units export with (DESIGN §8).

The profile names the project, the card (id and version), the age bands, the
reporting periods (each with a label such as "2025 H1") and the perturbation
table. Card, bands and table are those of the files in the project office's
list (the first readable one), or the installed standard card and the
default bands when no file is listed. The periods are offered from the
files' own periods, or filled in as the quarters, half-years or year of a
chosen year, and can be edited row by row. Bad input gets one message naming
the row and what is wrong, and nothing is written; a good profile is written
with `bipdesk.io.profile.write_profile`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.ages import DEFAULT_AGE_BANDS, AgeBands
from bipdesk.core.cards import CardLibrary, localized
from bipdesk.core.periods import Period, whole_quarter, whole_year
from bipdesk.core.perturbation import PTABLE_NAME
from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.io.merge import sources_of
from bipdesk.io.profile import Profile, ProfileError, ProfilePeriod, write_profile
from bipdesk.ui.language import said_in_app
from bipdesk.ui.spider_widget import app_language

DEFAULT_CARD_ID = "bip-standard"
PROFILE_FOLDER_KEY = "project_office/profile_folder"
ERROR_COLOUR = "#c62828"
QUARTERS, HALVES, YEAR, ALL_OF_YEAR = "quarters", "halves", "year", "all"


# -- periods and their labels (no Qt) ----------------------------------------------------


def half_year(year: int, half: int) -> Period:
    if half == 1:
        return Period(date(year, 1, 1), date(year, 6, 30))
    return Period(date(year, 7, 1), date(year, 12, 31))


def period_label(period: Period) -> str:
    """'2025 Q1', '2025 H1', '2025' for whole calendar periods; the days otherwise."""
    quarter = whole_quarter(period)
    if quarter is not None:
        return f"{quarter.year} Q{quarter.number}"
    year = whole_year(period)
    if year is not None:
        return str(year)
    if period.start is not None:
        for half in (1, 2):
            if half_year(period.start.year, half) == period:
                return f"{period.start.year} H{half}"
    start = period.start.isoformat() if period.start else "…"
    end = period.end.isoformat() if period.end else "…"
    return f"{start} – {end}"


def calendar_periods(year: int, kind: str) -> list[ProfilePeriod]:
    """The quarters, half-years or whole year of `year` (or all of them), labelled."""
    periods: list[Period] = []
    if kind in (QUARTERS, ALL_OF_YEAR):
        periods += [Period.quarter(year, q) for q in (1, 2, 3, 4)]
    if kind in (HALVES, ALL_OF_YEAR):
        periods += [half_year(year, h) for h in (1, 2)]
    if kind in (YEAR, ALL_OF_YEAR):
        periods.append(Period.year(year))
    return [ProfilePeriod(period_label(p), p) for p in periods]


def suggested_periods(files: Sequence[AggregateFile], today: date) -> list[ProfilePeriod]:
    """The periods of the listed files, earliest first; the quarters of this year without."""
    found = {source.period for aggregate in files for source in sources_of(aggregate)}
    if not found:
        return calendar_periods(today.year, QUARTERS)
    ordered = sorted(found, key=lambda p: (p.start or date.min, p.end or date.max))
    return [ProfilePeriod(period_label(p), p) for p in ordered]


class ProfileInputError(ValueError):
    """What the user must put right before the profile can be written (one sentence)."""


def read_rows(rows: Sequence[tuple[str, str, str]]) -> tuple[ProfilePeriod, ...]:
    """(label, first day, last day) rows as periods; ProfileInputError naming the row.

    An empty day is an open end; a row left wholly empty is skipped.
    """
    periods: list[ProfilePeriod] = []
    seen: dict[str, int] = {}
    for number, (label, first, last) in enumerate(rows, start=1):
        label, first, last = " ".join(label.split()), first.strip(), last.strip()
        if not (label or first or last):
            continue
        if not label:
            raise ProfileInputError(
                QCoreApplication.translate(
                    "ProfileDialog", "Row {row}: give the period a label."
                ).format(row=number)
            )
        start = _day(
            first,
            QCoreApplication.translate(
                "ProfileDialog", "Row {row}: the first day '{text}' is not a date (YYYY-MM-DD)."
            ).format(row=number, text=first),
        )
        end = _day(
            last,
            QCoreApplication.translate(
                "ProfileDialog", "Row {row}: the last day '{text}' is not a date (YYYY-MM-DD)."
            ).format(row=number, text=last),
        )
        if start and end and end < start:
            raise ProfileInputError(
                QCoreApplication.translate(
                    "ProfileDialog",
                    "Row {row}: the period ends ({end}) before it starts ({start}).",
                ).format(row=number, end=last, start=first)
            )
        earlier = seen.get(label.casefold())
        if earlier is not None:
            raise ProfileInputError(
                QCoreApplication.translate(
                    "ProfileDialog", "Rows {first} and {second} have the same label '{label}'."
                ).format(first=earlier, second=number, label=label)
            )
        seen[label.casefold()] = number
        periods.append(ProfilePeriod(label, Period(start, end)))
    if not periods:
        raise ProfileInputError(
            QCoreApplication.translate("ProfileDialog", "Add at least one reporting period.")
        )
    return tuple(periods)


def _day(text: str, problem: str) -> date | None:
    """The day written as YYYY-MM-DD, None when empty; ProfileInputError(problem) else."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ProfileInputError(problem) from None


# -- the window ---------------------------------------------------------------------------


class ProfileDialog(QDialog):
    """Project, card and bands above, the periods' rows below, then Save."""

    saved = Signal(str)
    """A profile was written; the message names it."""

    LABEL, FIRST, LAST = range(3)

    def __init__(
        self,
        settings: QSettings,
        cards: CardLibrary | None,
        files: Sequence[AggregateFile],
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = app_language()
        self.setWindowTitle(self.tr("Save project profile"))
        self.setAccessibleName(self.tr("Save project profile"))
        self.setSizeGripEnabled(True)
        first = files[0] if files else None
        if first is not None:
            self.card_id, self.card_version = first.card.id, first.card.version
            try:
                self.bands = AgeBands.from_labels(first.age_bands)
            except ValueError:  # bands no BIP Desk makes: the profile gets the default ones
                self.bands = DEFAULT_AGE_BANDS
            self.ptable = first.protection.ptable
            source = self.tr("as in the listed files")
        else:
            card = cards.get(DEFAULT_CARD_ID) if cards is not None else None
            self.card_id = card.id if card else DEFAULT_CARD_ID
            self.card_version = card.version if card else 1
            self.bands, self.ptable = DEFAULT_AGE_BANDS, PTABLE_NAME
            source = self.tr("the installed standard card and age bands")
        installed = cards.get(self.card_id, self.card_version) if cards is not None else None
        card_title = localized(installed.title, self.language) if installed else self.card_id

        intro = QLabel(
            self.tr(
                "A project profile tells every unit which card, age bands and reporting "
                "periods to export with, so that all their files can be added together. "
                "Send the saved file to the units; they choose it when they export for the "
                "project office."
            )
        )
        intro.setWordWrap(True)
        projects = {f.project for f in files} - {None}
        self.project_edit = QLineEdit(projects.pop() if len(projects) == 1 else "")
        self.project_edit.setPlaceholderText(self.tr("e.g. BIP Kronoberg 2025–2027"))
        self.project_edit.setAccessibleName(self.tr("Project"))
        self.card_label = QLabel(
            self.tr("{title} ({id}, version {version}) – {source}").format(
                title=card_title, id=self.card_id, version=self.card_version, source=source
            )
        )
        self.card_label.setWordWrap(True)
        self.bands_label = QLabel(", ".join(b.replace("-", "–") for b in self.bands.labels))
        form = QFormLayout()
        form.addRow(self.tr("&Project:"), self.project_edit)
        form.addRow(self.tr("Card:"), self.card_label)
        form.addRow(self.tr("Age bands:"), self.bands_label)

        self.period_table = QTableWidget(0, 3)
        self.period_table.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("First day"), self.tr("Last day")]
        )
        self.period_table.setAccessibleName(self.tr("Reporting periods"))
        self.period_table.verticalHeader().hide()
        self.period_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.period_table.horizontalHeader()
        header.setSectionResizeMode(self.LABEL, QHeaderView.ResizeMode.Stretch)
        for column in (self.FIRST, self.LAST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.set_periods(suggested_periods(files, today()))

        self.kind_combo = QComboBox()
        for text, kind in (
            (self.tr("Quarters"), QUARTERS),
            (self.tr("Half-years"), HALVES),
            (self.tr("Whole year"), YEAR),
            (self.tr("Quarters, half-years and the year"), ALL_OF_YEAR),
        ):
            self.kind_combo.addItem(text, kind)
        self.kind_combo.setAccessibleName(self.tr("Which periods to fill in"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        known = [p.period.start.year for p in self.periods_shown() if p.period.start]
        self.year_spin.setValue(known[0] if known else today().year)
        self.year_spin.setAccessibleName(self.tr("Year"))
        fill_button = QPushButton(self.tr("&Fill in"))
        fill_button.setToolTip(self.tr("Replace the rows with these periods"))
        fill_button.clicked.connect(self.fill_in)
        add_button = QPushButton(self.tr("&Add row"))
        add_button.clicked.connect(lambda: self._append(ProfilePeriod("", Period())))
        remove_button = QPushButton(self.tr("&Remove row"))
        remove_button.clicked.connect(self.remove_selected)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Fill in:")))
        tools.addWidget(self.kind_combo)
        tools.addWidget(QLabel(self.tr("of")))
        tools.addWidget(self.year_spin)
        tools.addWidget(fill_button)
        tools.addStretch(1)
        tools.addWidget(add_button)
        tools.addWidget(remove_button)
        hint = QLabel(
            self.tr(
                "Days as YYYY-MM-DD; an empty day leaves that end open. Units name the "
                "period by its label when they export."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #505050")

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.error_label.setAccessibleName(self.tr("What must be put right"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(self.tr("&Save profile…"))
        buttons.accepted.connect(self.save_dialog)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Reporting periods:")))
        layout.addLayout(tools)
        layout.addWidget(self.period_table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(max(640, em * 52), max(520, em * 40))

    # -- the periods ------------------------------------------------------------------------

    def set_periods(self, periods: Sequence[ProfilePeriod]) -> None:
        self.period_table.setRowCount(0)
        for entry in periods:
            self._append(entry)

    def _append(self, entry: ProfilePeriod) -> None:
        row = self.period_table.rowCount()
        self.period_table.insertRow(row)
        texts = (
            entry.label,
            entry.period.start.isoformat() if entry.period.start else "",
            entry.period.end.isoformat() if entry.period.end else "",
        )
        for column, value in enumerate(texts):
            item = QTableWidgetItem(value)
            if column != self.LABEL:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.period_table.setItem(row, column, item)

    def rows(self) -> list[tuple[str, str, str]]:
        def cell(row: int, column: int) -> str:
            item = self.period_table.item(row, column)
            return "" if item is None else item.text()

        return [
            (cell(r, self.LABEL), cell(r, self.FIRST), cell(r, self.LAST))
            for r in range(self.period_table.rowCount())
        ]

    def periods_shown(self) -> tuple[ProfilePeriod, ...]:
        """The rows as periods, leaving out what cannot be read (for suggestions only)."""
        try:
            return read_rows(self.rows())
        except ProfileInputError:
            return ()

    def fill_in(self) -> None:
        self.set_periods(
            calendar_periods(self.year_spin.value(), str(self.kind_combo.currentData()))
        )
        self.error_label.clear()

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.period_table.selectedIndexes()}, reverse=True):
            self.period_table.removeRow(row)

    # -- saving ---------------------------------------------------------------------------------

    def profile(self) -> Profile:
        """The profile as entered; ProfileInputError saying what to put right."""
        project = " ".join(self.project_edit.text().split())
        if not project:
            raise ProfileInputError(self.tr("Give the project a name."))
        return Profile(
            project=project,
            card_id=self.card_id,
            card_version=self.card_version,
            age_bands=self.bands,
            periods=read_rows(self.rows()),
            ptable=self.ptable,
        )

    def save_dialog(self) -> None:
        try:
            profile = self.profile()
        except ProfileInputError as problem:
            self.error_label.setText(str(problem))
            return
        folder = Path(str(self.settings.value(PROFILE_FOLDER_KEY, "") or Path.home()))
        name = "-".join(profile.project.split()).casefold() or "project"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save project profile"),
            str(folder / f"{name}-profile.json"),
            self.tr("Project profile (*.json)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        self.settings.setValue(PROFILE_FOLDER_KEY, str(path.parent))
        self.save(path)

    def save(self, path: Path) -> bool:
        """Write the profile to `path`; False (with the reason shown) when it cannot be."""
        try:
            profile = self.profile()
            write_profile(path, profile)
        except ProfileInputError as problem:
            self.error_label.setText(str(problem))
            return False
        except ProfileError as problem:
            self.error_label.setText(said_in_app(problem.reason))
            return False
        except OSError as error:
            self.error_label.setText(
                self.tr("The profile could not be saved: {reason}").format(
                    reason=error.strerror or error
                )
            )
            return False
        self.error_label.clear()
        message = self.tr(
            "Saved the project profile %1 (reporting periods: %n).", "", len(profile.periods)
        ).replace("%1", path.name)
        self.saved.emit(message)
        self.accept()
        return True
