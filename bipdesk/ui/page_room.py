"""Room on a crowded page: a list that always shows a few rows, a part that scrolls.

The participant page at the main window's default size showed two measurements
because the chart below could not shrink; now the chart scrolls instead and the
list keeps room for five rows.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QScrollArea, QTableView, QWidget

SHOWN_ROWS = 5


def keep_rows_visible(view: QAbstractItemView, rows: int = SHOWN_ROWS) -> None:
    """Make `view` at least tall enough for its header and `rows` rows."""
    row_height = view.sizeHintForRow(0) if view.model() and view.model().rowCount() else 0
    if isinstance(view, QTableView):
        row_height = max(row_height, view.verticalHeader().defaultSectionSize())
        header = view.horizontalHeader().sizeHint().height()
    else:
        row_height = max(row_height, view.fontMetrics().height() + 4)
        header = 0
    view.setMinimumHeight(header + rows * row_height + 2 * view.frameWidth() + 2)


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless area that scrolls up and down when it has too little room."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def default_window_size(em: int, available: QSize) -> QSize:
    """The main window's first size: room for the participant page's five
    measurements above a readable chart, within nine tenths of the screen."""
    return QSize(
        min(em * 120, available.width() * 9 // 10), min(em * 80, available.height() * 9 // 10)
    )
