"""Who is in the group: the filters of the group comparison (unit, sex, age band, period).

The period can be a whole calendar year or quarter from a quick list, or
dates typed in, open at either end; changing any filter recomputes the
chart from what was read, without reading again.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
)

from bipdesk.core.ages import DEFAULT_AGE_BANDS
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant, Sex
from bipdesk.core.periods import Period
from bipdesk.reports.group import UNKNOWN_BAND, GroupFilter, units_of
from bipdesk.ui.date_edits import pydate, qdate, show_dates_as_the_app
from bipdesk.ui.group_part import GroupPart

_ALL = ""
"""The item data of 'all' in the filter combos."""
_CUSTOM = "custom"
_ALWAYS = "always"




def quick_periods(first: date | None, last: date) -> list[tuple[str, Period]]:
    """Calendar years and quarters, newest first, from `last` back to `first`.

    Keys are 'YYYY' and 'YYYY-Qn'; a year is followed by its quarters.
    """
    earliest = (first or last).year
    choices: list[tuple[str, Period]] = []
    for year in range(last.year, earliest - 1, -1):
        choices.append((str(year), Period.year(year)))
        for quarter in range(4, 0, -1):
            period = Period.quarter(year, quarter)
            assert period.start is not None
            if period.start > last:
                continue
            if first is not None and period.end is not None and period.end < first:
                continue
            choices.append((f"{year}-Q{quarter}", period))
    return choices


class GroupFilters(GroupPart):
    """The filter box above the group chart (a part of GroupComparisonDialog)."""

    def _combo(self, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _date_edit(self, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        show_dates_as_the_app(edit)
        edit.setDate(qdate(self.context.today()))
        return edit

    def _build_filters(self) -> None:
        self.unit_combo = self._combo(self.tr("Unit"))
        self.sex_combo = self._combo(self.tr("Sex"))
        self.sex_combo.addItem(self.tr("All"), _ALL)
        for sex, label in (
            (Sex.WOMEN, self.tr("Women")),
            (Sex.MEN, self.tr("Men")),
            (Sex.OTHER, self.tr("Other")),
            (Sex.UNKNOWN, self.tr("Not stated")),
        ):
            self.sex_combo.addItem(label, sex.value)
        self.age_combo = self._combo(self.tr("Age band"))
        self.age_combo.addItem(self.tr("All ages"), _ALL)
        for band in DEFAULT_AGE_BANDS.labels:
            self.age_combo.addItem(self.tr("%1 years").replace("%1", band), band)
        self.age_combo.addItem(self.tr("Age not known"), UNKNOWN_BAND)

        self.quick_combo = self._combo(self.tr("Period"))
        self.quick_combo.setToolTip(self.tr("A whole calendar year or quarter, or all time"))
        self.from_check = QCheckBox(self.tr("From"))
        self.from_check.setAccessibleName(self.tr("Limit the start of the period"))
        self.from_check.setToolTip(self.tr("Untick to leave the start of the period open"))
        self.to_check = QCheckBox(self.tr("to"))
        self.to_check.setAccessibleName(self.tr("Limit the end of the period"))
        self.to_check.setToolTip(self.tr("Untick to leave the end of the period open"))
        self.from_edit = self._date_edit(self.tr("Period from"))
        self.to_edit = self._date_edit(self.tr("Period to"))
        for combo in (self.unit_combo, self.sex_combo, self.age_combo, self.quick_combo):
            combo.currentIndexChanged.connect(self._filters_changed)
        for check in (self.from_check, self.to_check):
            check.toggled.connect(self._dates_edited)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._dates_edited)

        period_row = QHBoxLayout()
        period_row.addWidget(self.quick_combo)
        period_row.addSpacing(12)
        period_row.addWidget(self.from_check)
        period_row.addWidget(self.from_edit)
        period_row.addSpacing(8)
        period_row.addWidget(self.to_check)
        period_row.addWidget(self.to_edit)
        period_row.addStretch(1)

        self.filter_box = QGroupBox(self.tr("Who is in the group"))
        grid = QGridLayout(self.filter_box)
        for row, column, caption, field in (
            (0, 0, self.tr("&Unit:"), self.unit_combo),
            (1, 0, self.tr("&Sex:"), self.sex_combo),
            (0, 2, self.tr("&Age band:"), self.age_combo),
            (1, 2, self.tr("&Period:"), self.quick_combo),
        ):
            buddy_label = QLabel(caption)
            buddy_label.setBuddy(field)
            buddy_label.setContentsMargins(16 if column else 0, 0, 0, 0)
            grid.addWidget(buddy_label, row, column)
            if field is self.quick_combo:
                grid.addLayout(period_row, row, column + 1)
            else:
                grid.addWidget(field, row, column + 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(3, 1)
        grid.setHorizontalSpacing(10)
        self._set_period_open(True, True)

    def _fill_choices(
        self, participants: list[Participant], measurements: Iterable[list[Measurement]]
    ) -> None:
        """Units from the participants, years and quarters from the measurements."""
        self._updating = True
        try:
            unit = self._choice(self.unit_combo)
            self.unit_combo.clear()
            self.unit_combo.addItem(self.tr("All units"), _ALL)
            for name in units_of(participants):
                self.unit_combo.addItem(name, name)
            self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(unit or _ALL)))

            quick = self._choice(self.quick_combo)
            days = [m.date for ms in measurements for m in ms]
            today = self.context.today()
            last = max([today, *days])
            self._quick = {_ALWAYS: Period.always()}
            self.quick_combo.clear()
            self.quick_combo.addItem(self.tr("All time"), _ALWAYS)
            for key, period in quick_periods(min(days, default=None), last):
                year, _, quarter = key.partition("-Q")
                label = (
                    self.tr("Q%1 %2").replace("%1", quarter).replace("%2", year)
                    if quarter
                    else self.tr("Year %1").replace("%1", year)
                )
                self.quick_combo.addItem(("    " if quarter else "") + label, key)
                self._quick[key] = period
            self.quick_combo.addItem(self.tr("Dates below"), _CUSTOM)
            index = self.quick_combo.findData(quick if quick is not None else _ALWAYS)
            self.quick_combo.setCurrentIndex(max(0, index))
        finally:
            self._updating = False

    @staticmethod
    def _choice(combo: QComboBox) -> str | None:
        """The chosen item's key; None for 'all' (kept as '' in the combo: never None,
        which PySide hands back without a reference of its own)."""
        value = combo.currentData()
        return str(value) if isinstance(value, str) and value != _ALL else None

    def select_quick(self, key: str) -> None:
        """Choose 'always', 'YYYY' or 'YYYY-Qn' as the period (as the quick menu does)."""
        index = self.quick_combo.findData(key)
        if index < 0:
            raise KeyError(key)
        self.quick_combo.setCurrentIndex(index)

    def set_filter(
        self,
        unit: str | None = None,
        sex: Sex | None = None,
        age_band: str | None = None,
    ) -> None:
        """Choose unit, sex and age band (None = all), as the user would in the combos."""
        self._updating = True
        try:
            for combo, value in (
                (self.unit_combo, unit),
                (self.sex_combo, None if sex is None else Sex(sex).value),
                (self.age_combo, age_band),
            ):
                index = combo.findData(_ALL if value is None else value)
                if index < 0:
                    raise KeyError(value)
                combo.setCurrentIndex(index)
        finally:
            self._updating = False
        self.recompute()

    def set_period(self, start: date | None, end: date | None) -> None:
        """Type a period into the date fields; None leaves that end open."""
        self._updating = True
        try:
            self._set_period_open(start is None, end is None)
            if start is not None:
                self.from_edit.setDate(qdate(start))
            if end is not None:
                self.to_edit.setDate(qdate(end))
        finally:
            self._updating = False
        self._dates_edited()

    def _set_period_open(self, start_open: bool, end_open: bool) -> None:
        self.from_check.setChecked(not start_open)
        self.to_check.setChecked(not end_open)
        self.from_edit.setEnabled(not start_open)
        self.to_edit.setEnabled(not end_open)

    def _filters_changed(self) -> None:
        if self._updating:
            return
        key = self._choice(self.quick_combo)
        period = self._quick.get(key or _ALWAYS) if key != _CUSTOM else None
        if period is not None:
            self._updating = True
            try:
                self._set_period_open(period.start is None, period.end is None)
                if period.start is not None:
                    self.from_edit.setDate(qdate(period.start))
                if period.end is not None:
                    self.to_edit.setDate(qdate(period.end))
            finally:
                self._updating = False
        self.recompute()

    def _dates_edited(self) -> None:
        self.from_edit.setEnabled(self.from_check.isChecked())
        self.to_edit.setEnabled(self.to_check.isChecked())
        if self._updating:
            return
        self._updating = True
        try:
            custom = self.quick_combo.findData(_CUSTOM)
            if custom >= 0:
                self.quick_combo.setCurrentIndex(custom)
        finally:
            self._updating = False
        self.recompute()

    def period(self) -> Period | None:
        """The period of the date fields; None when it ends before it starts."""
        start = pydate(self.from_edit.date()) if self.from_check.isChecked() else None
        end = pydate(self.to_edit.date()) if self.to_check.isChecked() else None
        if start is not None and end is not None and end < start:
            return None
        return Period(start, end)

    def group_filter(self) -> GroupFilter | None:
        period = self.period()
        if period is None:
            return None
        sex = self._choice(self.sex_combo)
        return GroupFilter(
            unit=self._choice(self.unit_combo),
            sex=None if sex is None else Sex(sex),
            age_band=self._choice(self.age_combo),
            period=period,
        )
