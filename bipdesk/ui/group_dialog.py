"""View → Group comparison…: the group spider for a filtered set of participants.

Mean first against mean latest per question, for the participants of one
unit, sex and age band with two comparable measurements in a period. The
numbers come from `bipdesk.reports.group.compare_group`; this dialog only
reads and compares, its filters (group_filters.py) choose who is in the
group, and its chart (group_chart.py) shows the result, or, when fewer than
k people stand behind the group, a plain explanation instead of the chart.

Reading every participant with every measurement takes 160–270 ms (median
about 220 ms) for 2,000 participants with 4,800 measurements on the
development machine, more than the 100 ms a click may take, so it runs off
the UI thread, once per opening or change of the data. Changing a filter only
recomputes from what was read: 20–45 ms for those 2,000, on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from bipdesk.core.cards import Card
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.reports.changes import GroupMeans
from bipdesk.reports.group import compare_group, select_group
from bipdesk.reports.spider import DEFAULT_GROUP_K
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.group_chart import GroupChart
from bipdesk.ui.group_filters import GroupFilters
from bipdesk.ui.operations import BackgroundOperation, Progress, run_in_background
from bipdesk.ui.spider_widget import DEFAULT_CARD_ID, app_language
from bipdesk.ui.storage_messages import storage_message


@dataclass(frozen=True)
class _Snapshot:
    """What the worker read: everyone, and every measurement by participant code."""

    participants: list[Participant]
    measurements: dict[str, list[Measurement]]


class GroupComparisonDialog(GroupFilters, GroupChart, QDialog):
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
        self._quick = {}
        self.setWindowTitle(self.tr("Group comparison"))
        self.setAccessibleName(self.tr("Group comparison"))
        self.setSizeGripEnabled(True)

        self._build_filters()
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.count_label.setAccessibleName(self.tr("Participants behind the chart"))
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        self._fill_choices(snapshot.participants, snapshot.measurements.values())
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

    # -- comparing ----------------------------------------------------------------

    def card(self) -> Card | None:
        cards = self.context.database.cards
        return cards.get(DEFAULT_CARD_ID) or next(iter(cards), None)

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
