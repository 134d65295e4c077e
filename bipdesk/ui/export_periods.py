"""The period of an export: the whole project, the usual quarters and years with
'Other dates…', or a project profile's labelled periods.

`PeriodChoice` owns the period combo and the row of dates 'Other dates…'
shows; the export window lays them out. Without a profile it offers the whole
project (chosen), the last eight quarters and three calendar years and free
dates; with a profile it offers exactly the profile's periods, by
their labels, and nothing else, so that every unit of the project reports the
same periods.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from bipdesk.core.periods import (
    Period,
    is_complete,
    recent_quarters,
    recent_years,
)
from bipdesk.io.profile import ProfilePeriod
from bipdesk.ui.date_edits import pydate, qdate
from bipdesk.ui.formatting import format_day, format_day_range

QUARTERS_OFFERED = 8
YEARS_OFFERED = 3
OTHER = "other"
"""The period combo's key for 'Other dates…'."""
WHOLE_PROJECT = "all"
"""The period combo's key for the whole project (no first or last day)."""




def newest_complete(periods: tuple[ProfilePeriod, ...], today: date) -> ProfilePeriod | None:
    """The period a report is due for: the one that ended last before `today`;
    the first of the profile when none has ended yet."""
    ended = [entry for entry in periods if is_complete(entry.period, today)]
    if ended:
        return max(ended, key=lambda entry: entry.period.end or date.min)
    return periods[0] if periods else None


class PeriodChoice(QObject):
    """The period combo and the 'Other dates…' row; `changed` when the period may differ."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.today = today
        self.profile_periods: tuple[ProfilePeriod, ...] = ()
        """The profile's periods while a profile is used; empty otherwise."""
        self._periods: dict[str, Period] = {}
        self._names: dict[str, str] = {}
        self._updating = False

        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Period"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.currentIndexChanged.connect(self._chosen)

        self.from_edit = self._date_edit(self.tr("First day of the period"))
        self.to_edit = self._date_edit(self.tr("Last day of the period"))
        self.from_open = QCheckBox(self.tr("from the beginning"))
        self.from_open.setAccessibleName(self.tr("Period from the beginning"))
        self.from_open.setToolTip(self.tr("Count from the first participant on, with no first day"))
        self.to_open = QCheckBox(self.tr("no end"))
        self.to_open.setAccessibleName(self.tr("Period with no end"))
        self.to_open.setToolTip(self.tr("Count up to the latest entry, with no last day"))
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._dates_edited)
        for check in (self.from_open, self.to_open):
            check.toggled.connect(self._dates_edited)
        self.dates_row = QWidget()
        dates = QHBoxLayout(self.dates_row)
        dates.setContentsMargins(0, 0, 0, 0)
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.to_edit)
        for widget in (from_label, self.from_edit, self.from_open):
            dates.addWidget(widget)
        dates.addSpacing(16)
        for widget in (to_label, self.to_edit, self.to_open):
            dates.addWidget(widget)
        dates.addStretch(1)
        self.use_profile(())

    def _date_edit(self, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(qdate(self.today))
        return edit

    # -- what is offered ----------------------------------------------------------

    def use_profile(self, periods: tuple[ProfilePeriod, ...]) -> None:
        """Offer the profile's periods only; () offers the usual quarters and years again."""
        self.profile_periods = periods
        self._updating = True
        try:
            self.combo.clear()
            self._periods = {}
            self._names = {}
            if periods:
                self._fill_profile(periods)
            else:
                self._fill_usual()
        finally:
            self._updating = False
        self._chosen()

    def _fill_usual(self) -> None:
        """The whole project (chosen), the last quarters and calendar years."""
        self.combo.setToolTip(
            self.tr(
                "The whole project, a quarter or calendar year as ESF reports them, or other dates"
            )
        )
        self._add(self.tr("Whole project (all dates)"), WHOLE_PROJECT, Period())
        self._names[WHOLE_PROJECT] = self.tr("the whole project")
        self.combo.insertSeparator(self.combo.count())
        for quarter in recent_quarters(self.today, QUARTERS_OFFERED):
            period = quarter.period()
            assert period.start is not None and period.end is not None
            values = {
                "number": quarter.number,
                "year": quarter.year,
                "dates": format_day_range(period.start, period.end),
            }
            if is_complete(period, self.today):
                text = self.tr("Q{number} {year} ({dates})").format(**values)
            else:
                text = self.tr("Q{number} {year} ({dates}), in progress").format(**values)
            self._add(text, str(quarter), period)
            self._names[str(quarter)] = self.tr("Q{number} {year}").format(**values)
        self.combo.insertSeparator(self.combo.count())
        for year in recent_years(self.today, YEARS_OFFERED):
            period = Period.year(year)
            if is_complete(period, self.today):
                text = self.tr("Year {year}").format(year=year)
            else:
                text = self.tr("Year {year}, in progress").format(year=year)
            self._add(text, str(year), period)
            self._names[str(year)] = str(year)
        self.combo.insertSeparator(self.combo.count())
        self.combo.addItem(self.tr("Other dates…"), OTHER)
        self.combo.setCurrentIndex(self.combo.findData(WHOLE_PROJECT))

    def _fill_profile(self, periods: tuple[ProfilePeriod, ...]) -> None:
        """The profile's periods by label, the one a report is due for chosen."""
        self.combo.setToolTip(
            self.tr("The reporting periods of the project profile; every unit reports these")
        )
        for entry in periods:
            values = {"label": entry.label, "dates": self.describe(entry.period)}
            if is_complete(entry.period, self.today):
                text = self.tr("{label} ({dates})").format(**values)
            else:
                text = self.tr("{label} ({dates}), in progress").format(**values)
            self._add(text, entry.label, entry.period)
        due = newest_complete(periods, self.today)
        if due is not None:
            self.combo.setCurrentIndex(self.combo.findData(due.label))

    def _add(self, text: str, key: str, period: Period) -> None:
        self.combo.addItem(text, key)
        self._periods[key] = period

    def keys(self) -> list[str]:
        """The keys offered, in order: '2026-Q3', '2026', 'other', or the profile's labels."""
        found = (self.combo.itemData(i) for i in range(self.combo.count()))
        return [str(key) for key in found if key]  # separators carry no key

    # -- choosing -----------------------------------------------------------------

    def select(self, key: str) -> None:
        """Choose '2026-Q3', '2026', 'other' or a profile's label, as the user would."""
        index = self.combo.findData(key)
        if index < 0:
            raise KeyError(key)
        self.combo.setCurrentIndex(index)

    def set_dates(self, start: date | None, end: date | None) -> None:
        """'Other dates…' from `start` to `end`; None leaves that end open."""
        self.select(OTHER)
        self._updating = True
        try:
            self.from_open.setChecked(start is None)
            self.to_open.setChecked(end is None)
            if start is not None:
                self.from_edit.setDate(qdate(start))
            if end is not None:
                self.to_edit.setDate(qdate(end))
        finally:
            self._updating = False
        self._dates_edited()

    def _chosen(self) -> None:
        if self._updating:
            return
        key = self.combo.currentData()
        chosen = self._periods.get(str(key))
        if chosen is not None:
            # 'Other dates…' then starts from the period last chosen.
            self._updating = True
            try:
                if chosen.start is not None:
                    self.from_edit.setDate(qdate(chosen.start))
                if chosen.end is not None:
                    self.to_edit.setDate(qdate(chosen.end))
                self.from_open.setChecked(False)
                self.to_open.setChecked(False)
            finally:
                self._updating = False
        self.dates_row.setVisible(key == OTHER)
        self._enable_dates()
        self.changed.emit()

    def _enable_dates(self) -> None:
        self.from_edit.setEnabled(not self.from_open.isChecked())
        self.to_edit.setEnabled(not self.to_open.isChecked())

    def _dates_edited(self) -> None:
        self._enable_dates()
        if not self._updating:
            self.changed.emit()

    def period(self) -> Period | None:
        """The chosen period; None when the dates end before they start (or none is offered)."""
        key = self.combo.currentData()
        if key != OTHER:
            return self._periods.get(str(key))
        start = None if self.from_open.isChecked() else pydate(self.from_edit.date())
        end = None if self.to_open.isChecked() else pydate(self.to_edit.date())
        if start is not None and end is not None and end < start:
            return None
        return Period(start, end)

    def name(self) -> str:
        """The chosen period in a few words, for a sentence: 'Q3 2026', '2025 H1'."""
        key = str(self.combo.currentData())
        if self.profile_periods:
            return key
        if key in self._names:
            return self._names[key]
        period = self.period()
        return key if period is None else self.describe(period)

    def label(self) -> str | None:
        """The profile's label of the chosen period; None without a profile."""
        key = self.combo.currentData()
        return str(key) if self.profile_periods and key is not None else None

    def describe(self, period: Period) -> str:
        """The period's dates as the user reads them; either end may be open."""
        if period.start is not None and period.end is not None:
            return format_day_range(period.start, period.end)
        if period.start is not None:
            return self.tr("from {day}, no end").format(day=format_day(period.start))
        if period.end is not None:
            return self.tr("from the beginning to {day}").format(day=format_day(period.end))
        return self.tr("all time")
