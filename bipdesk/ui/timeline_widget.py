"""The participant's activities per BIP area over the months since the start, on screen.

The picture is `bipdesk.reports.timeline.timeline_figure`, the one the printed
follow-up sheet shows, drawn to an image at the widget's width (the figure is
laid out in inches, so it is made anew for a new width rather than
stretched) and a little larger than print, so that its text reads like the
rest of the page. The widget is as high as the figure's rows need.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from matplotlib.backends.backend_agg import FigureCanvasAgg
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from bipdesk.core.activities import Activity
from bipdesk.reports.timeline import timeline_figure
from bipdesk.ui.language import current_language

SCREEN_ENLARGEMENT = 1.3
"""The figure's 7.5-point text at 1.3 × the screen's dpi reads like the page's text."""
MIN_WIDTH = 420
RESIZE_DELAY_MS = 80


class TimelineWidget(QWidget):
    """Shows one participant's timeline; `show_timeline` gives it the activities."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._activities: tuple[Activity, ...] = ()
        self._start: date | None = None
        self._end: date | None = None
        self._measurements: tuple[date, ...] = ()
        self._today = date.today()
        self._image: QImage | None = None
        self._drawn_width = 0
        self.setMinimumWidth(MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Timeline of the activities"))
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._redraw)

    def show_timeline(
        self,
        activities: Sequence[Activity],
        start: date | None,
        end: date | None,
        measurement_dates: Sequence[date],
        today: date,
    ) -> None:
        """Draw `activities` since `start` (the participant's start; the first
        activity's when unknown). Nothing to draw without activities."""
        self._activities = tuple(activities)
        first = min((a.start_date for a in activities), default=None)
        self._start = start or first
        self._end = end
        self._measurements = tuple(measurement_dates)
        self._today = today
        self.setAccessibleDescription(
            self.tr("{count} activities since {start}").format(
                count=len(self._activities), start=self._start.isoformat() if self._start else ""
            )
        )
        self._redraw()

    @property
    def has_timeline(self) -> bool:
        return self._image is not None

    @property
    def image(self) -> QImage | None:
        """The picture as drawn (device pixels), for tests and screenshots."""
        return self._image

    def _dpi(self) -> float:
        return float(self.logicalDpiY()) * SCREEN_ENLARGEMENT

    def _redraw(self) -> None:
        if not self._activities or self._start is None:
            self._image = None
            self._drawn_width = 0
            self.setFixedHeight(0)
            self.update()
            return
        width = max(self.width(), MIN_WIDTH)
        dpi = self._dpi()
        figure = timeline_figure(
            self._activities,
            self._start,
            self._end,
            self._measurements,
            self._today,
            current_language(),
            width_inches=width / dpi,
        )
        ratio = self.devicePixelRatioF()
        figure.set_dpi(dpi * ratio)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        buffer = canvas.buffer_rgba()
        rows, columns = buffer.shape[0], buffer.shape[1]
        image = QImage(
            bytes(buffer), columns, rows, columns * 4, QImage.Format.Format_RGBA8888
        ).copy()
        image.setDevicePixelRatio(ratio)
        self._image = image
        self._drawn_width = width
        self.setFixedHeight(round(rows / ratio))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(max(self.width(), MIN_WIDTH), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._activities and event.size().width() != self._drawn_width:
            self._resize_timer.start()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self._image is not None:
            painter.drawImage(0, 0, self._image)
        painter.end()
