"""The answers of a question as one group of radio buttons, drawn large.

A screen reader hears each answer as a radio button of its question ("7 of 10",
then its anchor), and a sighted participant sees big boxes whose outline,
chosen fill and keyboard focus all reach WCAG 2.2 AA contrast on the palette
in use (light, dark or high contrast). The focus is a thick ring outside the
box with a gap, so that it never looks like "chosen" and shows on a chosen
answer too; a chosen answer also carries a tick, so that it shows without
colour.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFocusEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QRadioButton, QWidget

from bipdesk.ui.contrast import ControlColours, control_colours

FOCUS_WIDTH = 3
"""The focus ring's width in logical pixels (WCAG 2.4.13 asks for 2 px)."""
FOCUS_GAP = 2
"""Between the ring and the box, in the window's colour."""
FOCUS_MARGIN = FOCUS_WIDTH + FOCUS_GAP
"""Kept free around every box, focused or not, so that the focus never moves it."""
OUTLINE_WIDTH = 2
HOVER_OUTLINE_WIDTH = 3
RADIUS = 8.0


def paint_focus_ring(painter: QPainter, rect: QRect, colour: str, radius: float) -> None:
    """A FOCUS_WIDTH ring just inside `rect`."""
    pen = QPen(QColor(colour), FOCUS_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = FOCUS_WIDTH / 2
    painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), radius, radius)


class AnswerButton(QRadioButton):
    """One answer: `value` on the scale, or None for 'don't want to answer'."""

    def __init__(self, text: str, value: int | None, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.value = value
        if value is not None:
            self.setProperty("scale_value", value)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.horizontal_padding = 8
        self.margin = FOCUS_MARGIN
        """Room for the focus ring outside the box (0 on a page too low: the ring
        then takes the outline's place)."""

    def colours(self) -> ControlColours:
        return control_colours(self.palette())

    def state_colours(self) -> tuple[str, str, str, int]:
        """(fill, outline, text, outline width) as painted now."""
        colours = self.colours()
        if self.isChecked():
            return colours.accent, colours.accent, colours.accent_text, OUTLINE_WIDTH
        if self.underMouse():
            return colours.hover_fill, colours.accent, colours.text, HOVER_OUTLINE_WIDTH
        return colours.base, colours.outline, colours.text, OUTLINE_WIDTH

    def set_margin(self, margin: int) -> None:
        self.margin = margin
        self.updateGeometry()
        self.update()

    def box(self) -> QRect:
        """The answer's box: the widget less the room kept for the focus ring."""
        m = self.margin
        return self.rect().adjusted(m, m, -m, -m)

    def hitButton(self, pos: QPointF) -> bool:  # type: ignore[override]  # noqa: N802
        return self.rect().contains(pos.toPoint() if isinstance(pos, QPointF) else pos)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self.text()) + 2 * (
            self.horizontal_padding + OUTLINE_WIDTH + self.margin
        )
        height = metrics.height() + 2 * (3 + OUTLINE_WIDTH + self.margin)
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.HoverEnter, QEvent.Type.HoverLeave):
            self.update()
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        fill, outline, text, width = self.state_colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.box())
        half = width / 2
        painter.setPen(QPen(QColor(outline), width))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(box.adjusted(half, half, -half, -half), RADIUS, RADIUS)
        if self.isChecked():
            self._paint_tick(painter, box, text)
        painter.setPen(QColor(text))
        painter.setFont(self.font())
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        inner = box.adjusted(self.horizontal_padding, 2, -self.horizontal_padding, -2)
        painter.drawText(inner, int(flags), self.text())
        if self.hasFocus():
            paint_focus_ring(painter, self.rect(), self.colours().focus, RADIUS + self.margin)
        painter.end()

    def _paint_tick(self, painter: QPainter, box: QRectF, colour: str) -> None:
        """A tick in the chosen box's corner: chosen shows without colour too."""
        size = max(8.0, min(box.height() * 0.22, 18.0))
        left = box.right() - size - 6
        top = box.top() + 5
        path = QPainterPath(QPointF(left, top + size * 0.55))
        path.lineTo(left + size * 0.38, top + size * 0.9)
        path.lineTo(left + size, top + size * 0.1)
        pen = QPen(QColor(colour), max(2.0, size / 6))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


class AnswerGroup(QGroupBox):
    """The question's answers: one exclusive group, named by the question for a
    screen reader. It takes the focus itself when the card opens, so that no
    answer looks given before one is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("QGroupBox { border: none; margin: 0px; padding: 0px; }")
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)

    def add(self, button: AnswerButton) -> None:
        self.buttons.addButton(button)

    def choose(self, button: AnswerButton | None) -> None:
        """Check `button` alone (None: none, as for a question not answered yet)."""
        self.buttons.setExclusive(False)
        for other in self.buttons.buttons():
            other.setChecked(other is button)
        self.buttons.setExclusive(True)

    def focus_colour(self) -> str:
        return control_colours(self.palette()).focus

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint_focus_ring(painter, self.rect(), self.focus_colour(), RADIUS + FOCUS_MARGIN)
            painter.end()


def announce(widget: QWidget) -> None:
    """Tell a screen reader that `widget`'s name and description changed (the progress)."""
    if QAccessible.isActive():
        for kind in (QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged):
            QAccessible.updateAccessibility(QAccessibleEvent(widget, kind))
