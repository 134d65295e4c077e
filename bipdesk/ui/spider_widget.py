"""The spider chart of one participant with the measurements to compare and the change table.

`SpiderPanel` is self-contained: give it the AppContext, call
`show_participant(code)`, and it reads the measurements, ticks the first and
the latest, and redraws when the user ticks others (at most six) or when the
context announces a change. The chart is `bipdesk.reports.spider.SpiderChart`,
the same one the printed sheet uses.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from matplotlib import rc_context
from matplotlib.backend_bases import DrawEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.cards import Card
from bipdesk.core.coordinator_view import CoordinatorView
from bipdesk.core.measurements import Measurement
from bipdesk.reports.changes import (
    MAX_COMPARED,
    ChangeTable,
    change_table,
    default_selection,
    of_card,
)
from bipdesk.reports.sheet_data import SheetData, load_sheet
from bipdesk.reports.spider import SpiderChart
from bipdesk.reports.spider_outline import show_with_coordinator_view
from bipdesk.reports.texts import format_day, format_number
from bipdesk.ui.compare_table import CompareTable
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.contrast import readable_colour
from bipdesk.ui.language import current_language
from bipdesk.ui.page_room import keep_rows_visible
from bipdesk.ui.storage_messages import storage_message

DEFAULT_CARD_ID = "bip-standard"
_ID_ROLE = Qt.ItemDataRole.UserRole
EXPORT_FORMATS = {"png": "PNG (*.png)", "svg": "SVG (*.svg)", "pdf": "PDF (*.pdf)"}


def save_figure(figure: Figure, path: Path, suffix: str | None = None) -> Path:
    """Save `figure` as PNG (200 dpi), SVG or PDF (text kept as text, fonts embedded).

    The suffix is added to the name when missing; returns the path written.
    """
    kind = (suffix or path.suffix.lstrip(".") or "png").lower()
    if path.suffix.lower() != f".{kind}":
        path = path.with_name(path.name + f".{kind}")
    with rc_context({"pdf.fonttype": 42, "svg.fonttype": "none"}):
        figure.savefig(path, format=kind, dpi=200, facecolor="white")
    return path


def show_export_menu(
    parent: QWidget, canvas: QWidget, position: QPoint, export: Callable[[str], object]
) -> None:
    """The chart's context menu: 'Export chart as PNG/SVG/PDF…', each calling `export(suffix)`."""
    menu = QMenu(parent)
    template = QCoreApplication.translate("SpiderPanel", "Export chart as %1…")
    for suffix in EXPORT_FORMATS:
        action = menu.addAction(template.replace("%1", suffix.upper()))
        action.triggered.connect(lambda _=False, s=suffix: export(s))
    menu.exec(canvas.mapToGlobal(position))


def export_chart_dialog(
    parent: QWidget, stem: str, suffix: str, save: Callable[[Path, str], Path]
) -> Path | None:
    """Ask where to export the chart (`stem`.`suffix` in the home folder), then `save` it."""
    title = QCoreApplication.translate("SpiderPanel", "Export chart")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / f"{stem}.{suffix}"), EXPORT_FORMATS[suffix]
    )
    if not chosen:
        return None
    try:
        return save(Path(chosen), suffix)
    except OSError as error:
        QMessageBox.warning(parent, title, storage_message(error))
        return None


def app_language() -> str:
    """The language of charts and sheets: Swedish when the app speaks Swedish."""
    return current_language()


class SpiderPanel(QWidget):
    """Chart, checkable measurement list and change table for one participant."""

    selection_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = app_language()
        self.code: str | None = None
        self.card: Card | None = None
        self.measurements: list[Measurement] = []
        self.chart: SpiderChart | None = None
        self._updating = False
        self._background: Any = None
        self._background_size: tuple[int, int] = (0, 0)
        self.coordinator_views: dict[int, CoordinatorView] = {}
        self.coordinator_box = QCheckBox(self.tr("Show coordinator's view"))
        self.coordinator_box.setToolTip(
            self.tr("Your own view of the latest ticked measurement, as a dashed outline")
        )
        self.coordinator_box.setAccessibleName(self.tr("Show coordinator's view"))
        self.coordinator_box.toggled.connect(lambda _checked: self._redraw())

        self.canvas = FigureCanvasQTAgg()
        self.canvas.mpl_connect("draw_event", self._drawn)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(420, 320)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._chart_menu)
        self.canvas.setAccessibleName(self.tr("Spider chart"))
        self.canvas.setToolTip(self.tr("Right-click to export the chart as PNG, SVG or PDF"))

        self.empty_label = QLabel(self.tr("No measurements to show yet."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        self.measurement_list = QListWidget()
        self.measurement_list.setAccessibleName(self.tr("Measurements to compare"))
        self.measurement_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.measurement_list.itemChanged.connect(self._ticked)
        self.limit_label = QLabel()
        self.limit_label.setWordWrap(True)
        self.limit_label.setStyleSheet(f"color: {readable_colour('#8a4b00')}")
        self.limit_label.hide()

        self.table = CompareTable(self.language)

        side = QWidget()
        side.setMinimumWidth(200)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        compare_label = QLabel(self.tr("Compare (at most %n):", "", MAX_COMPARED))
        compare_label.setBuddy(self.measurement_list)
        side_layout.addWidget(compare_label)
        side_layout.addWidget(self.measurement_list, 1)
        side_layout.addWidget(self.limit_label)
        side_layout.addWidget(self.coordinator_box)
        keep_rows_visible(self.measurement_list)

        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.canvas, 1)
        chart_layout.addWidget(self.empty_label)

        # The chart and the measurements to tick share the width; the table of every
        # ticked measurement takes the whole width under them, so labels are whole.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(chart_box)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.table)

        context.changed.connect(self._context_changed)

    # -- public ------------------------------------------------------------------

    def show_participant(self, code: str) -> None:
        """Show `code`'s measurements of the card of their latest one; first and latest ticked."""
        self.code = code
        self._load(keep_ticks=False)

    def checked_measurements(self) -> list[Measurement]:
        """The ticked measurements, oldest first."""
        ticked = set(self._ticked_ids())
        return [m for m in self.measurements if m.id in ticked]

    def set_checked(self, measurement_ids: list[int]) -> None:
        """Tick exactly these measurements (at most MAX_COMPARED are kept)."""
        wanted = set(measurement_ids[:MAX_COMPARED])
        self._updating = True
        try:
            for row in range(self.measurement_list.count()):
                item = self.measurement_list.item(row)
                checked = item.data(_ID_ROLE) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._updating = False
        self._redraw()

    def current_table(self) -> ChangeTable | None:
        if self.card is None:
            return None
        return change_table(self.card, self.checked_measurements(), self.language)

    def current_sheet(self, show_name: bool | None = None) -> SheetData | None:
        """The follow-up sheet of what is shown now (for Print… and Save as PDF…)."""
        if self.code is None:
            return None
        dates = ",".join(m.date.isoformat() for m in self.checked_measurements())
        with self.context.database.transaction(write=False) as repository:
            sheet = load_sheet(
                repository,
                self.context.database.cards,
                self.code,
                dates or "first,latest",
                self.language,
                self.context.show_names if show_name is None else show_name,
                self.context.today(),
            )
        return sheet

    # -- loading -------------------------------------------------------------------

    def _load(self, keep_ticks: bool) -> None:
        previous = set(self._ticked_ids()) if keep_ticks else set()
        was_default = keep_ticks and previous == {
            m.id for m in default_selection(self.measurements)
        }
        everything: list[Measurement] = []
        if self.code is not None:
            with self.context.database.transaction(write=False) as repository:
                everything = repository.measurements(self.code)
                self.coordinator_views = repository.coordinator_views(self.code)
        card = self._card_for(everything)
        self.measurements = of_card(everything, card.id) if card is not None else []
        if card is not None and (self.chart is None or self.chart.card != card):
            self.canvas.figure.clear()
            self.chart = SpiderChart(card, self.language, figure=self.canvas.figure)
            self.chart.animated = True
            self._background = None
        self.card = card
        ids = [m.id for m in self.measurements if m.id is not None]
        if keep_ticks and not was_default:
            wanted = [i for i in ids if i in previous]
        else:
            wanted = [m.id for m in default_selection(self.measurements) if m.id is not None]
        self._fill_list(wanted)
        self._redraw()

    def _card_for(self, measurements: list[Measurement]) -> Card | None:
        cards = self.context.database.cards
        if measurements:
            key = measurements[-1].card
            return cards.get(key.id, key.version) or cards.get(key.id)
        return cards.get(DEFAULT_CARD_ID) or next(iter(cards), None)

    def _fill_list(self, checked_ids: list[int]) -> None:
        self._updating = True
        try:
            self.measurement_list.clear()
            for measurement in reversed(self.measurements):  # newest on top
                mean = measurement.mean()
                label = format_day(measurement.date, self.language)
                if mean is not None:
                    label += "   " + self.tr("mean %1").replace(
                        "%1", format_number(mean, self.language, 1)
                    )
                item = QListWidgetItem(label)
                item.setData(_ID_ROLE, measurement.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = measurement.id in checked_ids
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.measurement_list.addItem(item)
        finally:
            self._updating = False

    def _ticked_ids(self) -> list[int]:
        ids: list[int] = []
        for row in range(self.measurement_list.count()):
            item = self.measurement_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(_ID_ROLE)))
        return ids

    # -- reacting --------------------------------------------------------------------

    def _ticked(self, item: QListWidgetItem) -> None:
        if self._updating:
            return
        if item.checkState() == Qt.CheckState.Checked and len(self._ticked_ids()) > MAX_COMPARED:
            self._updating = True
            item.setCheckState(Qt.CheckState.Unchecked)
            self._updating = False
            self.limit_label.setText(
                self.tr(
                    "At most %n measurements can be compared; untick one first.", "", MAX_COMPARED
                )
            )
            self.limit_label.show()
            return
        self.limit_label.hide()
        self._redraw()

    def _context_changed(self, what: str) -> None:
        if self.code is None:
            return
        if what in (Change.MEASUREMENTS, Change.PARTICIPANTS, Change.ALL):
            self._load(keep_ticks=True)

    def _redraw(self) -> None:
        chosen = self.checked_measurements()
        has_chart = self.chart is not None
        self.canvas.setVisible(has_chart)
        self.empty_label.setVisible(not self.measurements)
        if self.chart is not None:
            latest = chosen[-1].id if chosen else None
            view = self.coordinator_views.get(latest) if latest is not None else None
            self.coordinator_box.setEnabled(view is not None)
            shown = view if self.coordinator_box.isChecked() else None
            show_with_coordinator_view(self.chart, chosen, shown)
            self._blit()
        self._fill_table()
        self.selection_changed.emit()

    def _drawn(self, event: DrawEvent) -> None:
        """After a full draw (static parts only): keep it, then add the polygons.

        Saving a file draws the figure too, on a PDF or SVG canvas and with the
        polygons in the full draw: that draw is not the screen's to keep."""
        if self.chart is None or event.canvas is not self.canvas or not self.chart.animated:
            return
        self._background = self.canvas.copy_from_bbox(self.canvas.figure.bbox)
        self._background_size = self.canvas.get_width_height(physical=True)
        self.chart.draw_dynamic()

    def _blit(self) -> None:
        """Redraw only the polygons and legend over the kept background (fast)."""
        size = self.canvas.get_width_height(physical=True)
        if self._background is None or self._background_size != size:
            self.canvas.draw_idle()
            return
        self.canvas.restore_region(self._background)
        assert self.chart is not None
        self.chart.draw_dynamic()
        self.canvas.blit(self.canvas.figure.bbox)

    def _fill_table(self) -> None:
        self.table.show_table(self.current_table())

    # -- export ------------------------------------------------------------------------

    def _chart_menu(self, position: QPoint) -> None:
        if self.chart is None:
            return
        show_export_menu(self, self.canvas, position, self.export_chart_dialog)

    def export_chart_dialog(self, suffix: str) -> None:
        export_chart_dialog(self, f"spindel-{self.code or 'diagram'}", suffix, self.export_chart)

    def export_chart(self, path: Path, suffix: str | None = None) -> Path:
        """Save the chart as PNG (200 dpi), SVG or PDF (text kept as text, fonts embedded)."""
        if self.chart is None:
            raise ValueError("there is no chart to export")
        self.chart.animated = False
        try:
            path = save_figure(self.chart.figure, path, suffix)
        finally:
            self.chart.animated = True
            self._background = None
            self.canvas.draw_idle()
        return path
