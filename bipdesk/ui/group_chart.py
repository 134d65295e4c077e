"""The group comparison's chart: the group spider, or in its place why there is none.

The chart is drawn afresh at the canvas's size so that its labels keep their
room; when fewer than k people stand behind the group, a plain explanation
with a hint how to widen the group takes its place. The chart exports as
PNG, SVG or PDF from its context menu.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from bipdesk.reports.spider import group_spider_figure
from bipdesk.ui.group_part import GroupPart
from bipdesk.ui.spider_widget import export_chart_dialog, save_figure, show_export_menu


class GroupChart(GroupPart):
    """The chart or the explanation below the filters (a part of GroupComparisonDialog)."""

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
