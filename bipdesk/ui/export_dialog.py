"""File → Export for the project office…: profile, period and unit, a preview, then save.

The tables come from `bipdesk.io.export.build_aggregate`, the same call as the
command line's `export-aggregate`; it reads every participant of the period,
which takes seconds for 100,000, so it runs off the UI thread and is redone
(debounced) when the period or the project profile change. The preview
(`ExportPreview`) shows `table_views` of exactly that `AggregateFile`, and
Save writes that same object with `write_outputs`: nothing is counted again
between looking and saving. The unit label does not change a single count,
so editing it only relabels the built file.

A project profile (`ProfileChoice`) sets project, card, age bands and the
periods offered (`PeriodChoice`); an export under a profile that would not
merge with the other units' files is refused, with the reason, before
anything is counted. Saving, and why Save waits, is a part of its own
(`ExportSaving`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.ages import AgeBands
from bipdesk.core.baseline import Baseline
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.io.export import build_aggregate
from bipdesk.ui.baseline_choice import BaselineCombo, compares_sentence
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.export_periods import PeriodChoice
from bipdesk.ui.export_preview import ExportPreview
from bipdesk.ui.export_profile import ProfileChoice
from bipdesk.ui.export_saving import ExportSaving, normalized_unit
from bipdesk.ui.fill_in.texts import ui_language
from bipdesk.ui.operations import BackgroundOperation, Progress, run_in_background
from bipdesk.ui.storage_messages import storage_message

DEBOUNCE_MS = 400
"""How long the settings must rest before the preview is counted again."""
UNNAMED_UNIT = "?"
"""Stands in for the unit while it has no name; such a file is never saved."""


@dataclass(frozen=True)
class _Request:
    """What the counts depend on (the unit label only names them)."""

    period: Period
    label: str | None
    project: str | None
    card_id: str
    card_version: int | None
    bands: AgeBands
    baseline: Baseline


class ExportDialog(ExportSaving, QDialog):
    """Choose profile, period and unit; see every table as it will leave; save JSON, CSV, XLSX."""

    preview_ready = Signal()
    """A preview for the current profile and period is on screen."""
    status_message = Signal(str)
    """What was saved, for the main window's status bar."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = ui_language()
        self.aggregate: AggregateFile | None = None
        """The file as previewed; Save writes exactly this."""
        self.written: list[Path] = []
        self.operation: BackgroundOperation[AggregateFile] | None = None
        self._built_for: _Request | None = None
        self._stale = False
        self._failure: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.rebuild)
        self.setWindowTitle(self.tr("Export for the project office"))
        self.setAccessibleName(self.tr("Export for the project office"))
        self.setSizeGripEnabled(True)

        cards = context.database.cards
        self.profile_choice = ProfileChoice(context.settings, cards)
        self.periods = PeriodChoice(context.today(), self)
        self.baseline_combo = BaselineCombo()
        self.preview = ExportPreview(cards, self.language)
        self._build_settings()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.settings_box)
        layout.addWidget(self.preview, 1)
        layout.addLayout(self.save_row)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(max(960, em * 78), max(760, self.fontMetrics().height() * 46))

        self.profile_choice.restore()
        self._use_profile()
        self.profile_choice.changed.connect(self._profile_changed)
        self.periods.changed.connect(self._settings_changed)
        self.baseline_combo.currentIndexChanged.connect(self._settings_changed)
        context.changed.connect(self._context_changed)
        self.rebuild()

    # -- building -----------------------------------------------------------------

    def _build_settings(self) -> None:
        self.unit_edit = QLineEdit(self.context.unit_name)
        self.unit_edit.setAccessibleName(self.tr("Unit"))
        self.unit_edit.setPlaceholderText(self.tr("For example Delprojekt Växjö"))
        self.unit_edit.setToolTip(
            self.tr(
                "The name of your unit, so that the project office knows whose figures these are"
            )
        )
        self.unit_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 24)
        self.unit_edit.textChanged.connect(self._unit_edited)

        self.settings_box = QGroupBox(self.tr("What to export"))
        form = QFormLayout(self.settings_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        profile_label = QLabel(self.tr("Project profile:"))
        profile_label.setBuddy(self.profile_choice.open_button)
        form.addRow(profile_label, self.profile_choice)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.periods.combo)
        form.addRow(period_label, self.periods.combo)
        form.addRow("", self.periods.dates_row)
        baseline_label = QLabel(self.tr("&Compare with:"))
        baseline_label.setBuddy(self.baseline_combo)
        form.addRow(baseline_label, self.baseline_combo)
        form.addRow(self.tr("&Unit:"), self.unit_edit)

    # -- what to export -----------------------------------------------------------

    def select_period(self, key: str) -> None:
        """Choose '2026-Q3', '2026', 'other' or a profile's label, as the user would."""
        self.periods.select(key)

    def set_dates(self, start: date | None, end: date | None) -> None:
        """'Other dates…' from `start` to `end`; None leaves that end open."""
        self.periods.set_dates(start, end)

    def period(self) -> Period | None:
        """The chosen period; None when the dates end before they start."""
        return self.periods.period()

    def unit(self) -> str:
        return normalized_unit(self.unit_edit.text())

    def _request(self) -> _Request | None:
        period = self.period()
        if period is None:
            return None
        profile = self.profile_choice
        return _Request(
            period,
            self.periods.label(),
            profile.project,
            profile.card_id,
            profile.card_version,
            profile.bands,
            self.baseline_combo.baseline(),
        )

    def _use_profile(self) -> None:
        profile = self.profile_choice.profile
        self.periods.use_profile(() if profile is None else profile.periods)

    def _profile_changed(self) -> None:
        """Another profile (or none): its periods, and count at once."""
        self._built_for = None
        self._use_profile()
        self.rebuild()

    # -- counting (the preview) ---------------------------------------------------

    def _settings_changed(self) -> None:
        """The counts depend on what changed: count again once the settings rest."""
        self._timer.start()
        self._update_save_state()

    def _unit_edited(self) -> None:
        if self.aggregate is not None:
            self.aggregate = dataclasses.replace(self.aggregate, unit=self.unit() or UNNAMED_UNIT)
            self.preview.set_heading(self._heading())
        self._update_save_state()

    def rebuild(self) -> None:
        """Count the tables for the current profile and period, off the UI thread."""
        self._timer.stop()
        if self.operation is not None:
            self._stale = True
            return
        self._stale = False
        request = self._request()
        if request is None:
            self.preview.show_empty(self.tr("The period ends before it starts; change the dates."))
            self._update_save_state()
            return
        refused = self.profile_choice.fit_problem()
        if refused is not None:
            self.aggregate = None  # nothing on screen that could be saved
            self.preview.show_empty(refused)
            self._update_save_state()
            return
        self._failure = None
        self.preview.show_counting()
        database = self.context.database
        unit = self.unit() or UNNAMED_UNIT

        def work(_progress: Progress) -> AggregateFile:
            return build_aggregate(
                database,
                request.period,
                unit,
                project=request.project,
                card_id=request.card_id,
                card_version=request.card_version,
                bands=request.bands,
                baseline=request.baseline,
            )

        self.operation = run_in_background(
            self,
            self.tr("Counting the participants for the export…"),
            work,
            lambda built: self._built(request, built),
            self._build_failed,
            cancellable=False,
        )
        self._update_save_state()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """For tests and closing: block until a running count has ended."""
        return self.operation is None or self.operation.wait(milliseconds)

    @property
    def is_current(self) -> bool:
        """True when the preview on screen is for the profile and period chosen now."""
        return (
            self.aggregate is not None
            and self.operation is None
            and not self._timer.isActive()
            and self._built_for == self._request()
        )

    def _built(self, request: _Request, built: AggregateFile) -> None:
        self.operation = None
        if self._stale or request != self._request():
            self.rebuild()
            return
        self.aggregate = dataclasses.replace(built, unit=self.unit() or UNNAMED_UNIT)
        self._built_for = request
        compared = compares_sentence(request.period, self.periods.name(), request.baseline)
        self.preview.show_file(self.aggregate, self._heading(), compared)
        self._update_save_state()
        self.preview_ready.emit()

    def _build_failed(self, error: BaseException) -> None:
        self.operation = None
        if self._stale:
            self.rebuild()
            return
        self._failure = self.tr("The tables could not be counted: {reason}").format(
            reason=storage_message(error)
        )
        self.preview.show_empty(self._failure)
        self._update_save_state()

    def _context_changed(self, what: str) -> None:
        if what in (Change.PARTICIPANTS, Change.MEASUREMENTS, Change.ALL):
            self._built_for = None
            if self.isVisible():
                self._timer.start()
            self._update_save_state()
        if what == Change.ALL:
            self.profile_choice.refresh()  # the cards installed may differ
        if what in (Change.SETTINGS, Change.ALL) and not self.unit():
            self.unit_edit.setText(self.context.unit_name)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.unit():
            self.unit_edit.setText(self.context.unit_name)
        if not self.is_current and self.operation is None:
            self.rebuild()

    def done(self, result: int) -> None:
        """Close; a count still running may finish meanwhile (the main window waits for it
        before the database closes), and opening again counts afresh: a new export id."""
        super().done(result)
        self._timer.stop()
        self._built_for = None

    def _heading(self) -> str:
        """Project (with a profile), unit and period of the file on screen."""
        unit = self.unit() or self.tr("(no name yet)")
        request = self._built_for
        if request is None:
            return ""
        period = self.periods.describe(request.period)
        if request.label is not None:
            period = self.tr("{label} ({dates})").format(label=request.label, dates=period)
        if request.project is None:
            return self.tr("Unit: {unit} · Period: {period}").format(unit=unit, period=period)
        return self.tr("Project: {project} · Unit: {unit} · Period: {period}").format(
            project=request.project, unit=unit, period=period
        )
