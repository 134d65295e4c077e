"""View → Group comparison…: the group spider for a filtered set of participants.

Mean first against mean latest per question, for the participants of one
unit, sex and age band with two comparable measurements in a period. The
numbers come from `bipdesk.reports.group.compare_group`; this dialog only
holds the filters and shows the chart, or, when fewer than k people stand
behind the group, a plain explanation instead of the chart.

Reading every participant with every measurement takes 160–270 ms (median
about 220 ms) for 2,000 participants with 4,800 measurements on the
development machine, more than the 100 ms a click may take, so it runs off
the UI thread, once per opening or change of the data. Changing a filter only
recomputes from what was read: 20–45 ms for those 2,000, on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.ages import DEFAULT_AGE_BANDS
from bipdesk.core.cards import Card
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant, Sex
from bipdesk.core.periods import Period
from bipdesk.reports.changes import GroupMeans
from bipdesk.reports.group import UNKNOWN_BAND, GroupFilter, compare_group, select_group, units_of
from bipdesk.reports.spider import DEFAULT_GROUP_K, group_spider_figure
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.date_edits import show_dates_as_the_app
from bipdesk.ui.operations import BackgroundOperation, Progress, run_in_background
from bipdesk.ui.spider_widget import (
    DEFAULT_CARD_ID,
    app_language,
    export_chart_dialog,
    save_figure,
    show_export_menu,
)
from bipdesk.ui.storage_messages import storage_message

_ALL = ""
"""The item data of 'all' in the filter combos."""
_CUSTOM = "custom"
_ALWAYS = "always"


@dataclass(frozen=True)
class _Snapshot:
    """What the worker read: everyone, and every measurement by participant code."""

    participants: list[Participant]
    measurements: dict[str, list[Measurement]]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


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


class GroupComparisonDialog(QDialog):
    """Filters (unit, sex, age band, period) above the group spider or an explanation."""

    loaded = Signal()
    """The participants and measurements were read (again); the chart is up to date."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = app_language()
        self.k = DEFAULT_GROUP_K
        self.snapshot: _Snapshot | None = None
        self.means: GroupMeans | None = None
        self.members = 0
        self.operation: BackgroundOperation[_Snapshot] | None = None
        self._stale = False
        self._updating = False
        self._quick: dict[str, Period] = {}
        self.setWindowTitle(self.tr("Group comparison"))
        self.setAccessibleName(self.tr("Group comparison"))
        self.setSizeGripEnabled(True)

        self._build_filters()
        self._build_chart()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close_button.setAccessibleName(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.count_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(max(900, em * 70), max(760, em * 58))

        context.changed.connect(self._context_changed)
        self.reload()

    # -- building -----------------------------------------------------------------

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
        edit.setDate(_qdate(self.context.today()))
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

        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.count_label.setAccessibleName(self.tr("Participants behind the chart"))
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._set_period_open(True, True)

    def _build_chart(self) -> None:
        self.canvas = FigureCanvasQTAgg()
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(480, 360)
        self.canvas.setAccessibleName(self.tr("Group spider chart"))
        self.canvas.setToolTip(self.tr("Right-click to export the chart as PNG, SVG or PDF"))
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._chart_menu)
        self.canvas.mpl_connect("resize_event", lambda _event: self._draw_chart())

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setAccessibleName(self.tr("Why no chart is shown"))
        font = self.message_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.message_label.setFont(font)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setStyleSheet("color: #505050")

        panel = QFrame()
        panel.setObjectName("group_message")
        panel.setStyleSheet(
            "#group_message { background: white; border: 1px solid #c8c8c8; border-radius: 6px; }"
        )
        # A fixed width, so that the wrapped labels get the height their lines need.
        panel.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self._text_width = panel.width() - 2 * 28
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(28, 24, 28, 24)
        panel_layout.setSpacing(12)
        panel_layout.addWidget(self.message_label)
        panel_layout.addWidget(self.hint_label)
        self.message_page = QWidget()
        page_layout = QVBoxLayout(self.message_page)
        page_layout.addStretch(1)
        page_layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        page_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.message_page)

    # -- reading ------------------------------------------------------------------

    def reload(self) -> None:
        """Read everyone again, off the UI thread; the chart follows when done."""
        if self.operation is not None:
            self._stale = True
            return
        self._stale = False
        self._show_message(self.tr("Reading the measurements…"))
        database = self.context.database

        def work(_progress: Progress) -> _Snapshot:
            with database.transaction(write=False) as repository:
                return _Snapshot(repository.participants(), repository.all_measurements())

        self.operation = run_in_background(
            self,
            self.tr("Reading the measurements…"),
            work,
            self._read,
            self._read_failed,
            cancellable=False,
        )

    def wait(self, milliseconds: int = 30_000) -> bool:
        """For tests and closing: block until a running read has ended."""
        return self.operation is None or self.operation.wait(milliseconds)

    def _read(self, snapshot: _Snapshot) -> None:
        self.operation = None
        if self._stale:
            self.reload()
            return
        self.snapshot = snapshot
        self._fill_choices()
        self.recompute()
        self.loaded.emit()

    def _read_failed(self, error: BaseException) -> None:
        self.operation = None
        self._show_message(
            self.tr("The measurements could not be read: %1").replace("%1", storage_message(error))
        )

    def _context_changed(self, what: str) -> None:
        if what in (Change.PARTICIPANTS, Change.MEASUREMENTS, Change.ALL):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale and self.operation is None:
            self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.wait()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.wait()
        super().done(result)

    # -- choices ------------------------------------------------------------------

    def card(self) -> Card | None:
        cards = self.context.database.cards
        return cards.get(DEFAULT_CARD_ID) or next(iter(cards), None)

    def _fill_choices(self) -> None:
        """Units from the participants, years and quarters from the measurements."""
        assert self.snapshot is not None
        self._updating = True
        try:
            unit = self._choice(self.unit_combo)
            self.unit_combo.clear()
            self.unit_combo.addItem(self.tr("All units"), _ALL)
            for name in units_of(self.snapshot.participants):
                self.unit_combo.addItem(name, name)
            self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(unit or _ALL)))

            quick = self._choice(self.quick_combo)
            days = [m.date for ms in self.snapshot.measurements.values() for m in ms]
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
                self.from_edit.setDate(_qdate(start))
            if end is not None:
                self.to_edit.setDate(_qdate(end))
        finally:
            self._updating = False
        self._dates_edited()

    def _set_period_open(self, start_open: bool, end_open: bool) -> None:
        self.from_check.setChecked(not start_open)
        self.to_check.setChecked(not end_open)
        self.from_edit.setEnabled(not start_open)
        self.to_edit.setEnabled(not end_open)

    # -- reacting -----------------------------------------------------------------

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
                    self.from_edit.setDate(_qdate(period.start))
                if period.end is not None:
                    self.to_edit.setDate(_qdate(period.end))
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
        start = _pydate(self.from_edit.date()) if self.from_check.isChecked() else None
        end = _pydate(self.to_edit.date()) if self.to_check.isChecked() else None
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

    def recompute(self) -> None:
        """Filter, compare and show: the chart, or why there is none."""
        if self.snapshot is None:
            return
        card = self.card()
        group = self.group_filter()
        self.means = None
        self.members = 0
        if card is None:
            self.count_label.clear()
            self._show_message(self.tr("There is no card to compare."))
            return
        if group is None:
            self.count_label.clear()
            self._show_message(self.tr("The period ends before it starts; change the dates."))
            return
        snapshot = self.snapshot
        self.members = len(select_group(snapshot.participants, snapshot.measurements, group))
        self.means = compare_group(card, snapshot.participants, snapshot.measurements, group)
        n = self.means.n
        self.count_label.setText(
            self.tr(
                "Participants with two comparable measurements: n = %1 "
                "(of %2 in the group in this period)"
            )
            .replace("%1", str(n))
            .replace("%2", str(self.members))
        )
        hint = self.tr("Widen the group: choose all units, sexes or ages, or a longer period.")
        if n == 0:
            self._show_message(
                self.tr("Nobody in this group has two comparable measurements in the period."),
                hint,
            )
        elif n < self.k:
            self._show_message(self.refusal_text(n), hint)
        else:
            self.stack.setCurrentWidget(self.canvas)
            self._draw_chart()

    def refusal_text(self, n: int) -> str:
        return (
            self.tr(
                "Too few people (%1) stand behind this group; at least %2 are needed "
                "so that no one can be recognised."
            )
            .replace("%1", str(n))
            .replace("%2", str(self.k))
        )

    @property
    def showing_chart(self) -> bool:
        return self.stack.currentWidget() is self.canvas

    def message(self) -> str:
        return self.message_label.text()

    def _show_message(self, text: str, hint: str = "") -> None:
        self.message_label.setText(text)
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        for label in (self.message_label, self.hint_label):
            # A wrapped label in a centred panel gets the height of its lines only when asked.
            label.setMinimumHeight(max(0, label.heightForWidth(self._text_width)))
        self.stack.setCurrentWidget(self.message_page)

    def _draw_chart(self) -> None:
        """Draw the chart afresh at the canvas's size (labels keep their room)."""
        card, means = self.card(), self.means
        if card is None or means is None or means.n < self.k or not self.showing_chart:
            return
        figure = self.canvas.figure
        figure.clear()
        group_spider_figure(
            card, means.first, means.latest, means.n, self.language, self.k, figure=figure
        )
        self.canvas.draw_idle()

    # -- export -------------------------------------------------------------------

    def _chart_menu(self, position: QPoint) -> None:
        if self.showing_chart:
            show_export_menu(self, self.canvas, position, self.export_chart_dialog)

    def export_chart_dialog(self, suffix: str) -> None:
        export_chart_dialog(self, "grupp-spindel", suffix, self.export_chart)

    def export_chart(self, path: Path, suffix: str | None = None) -> Path:
        """Save the group chart as PNG (200 dpi), SVG or PDF."""
        if not self.showing_chart:
            raise ValueError("there is no group chart to export")
        return save_figure(self.canvas.figure, path, suffix)
