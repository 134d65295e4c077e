"""A thick focus ring around the controls the style draws itself (WCAG 2.4.7).

The answers and the fill-in's buttons draw their own 3 px focus; the date,
the participant's language, the notes, the summary table and the check box
are drawn by the Fusion style, whose focus frame is about 1 px in the
highlight colour. `FocusRing` lays a 3 px ring in the window's text colour
around whichever of those has the keyboard focus, on top of the window and
transparent to the mouse, and follows it as it moves, scrolls or hides.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from bipdesk.ui.contrast import control_colours
from bipdesk.ui.fill_in.answer_buttons import FOCUS_WIDTH, AnswerButton, AnswerGroup

MARGIN = FOCUS_WIDTH + 1
"""How far outside the control the ring runs."""
_FOLLOWED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


def draws_own_focus(widget: QWidget) -> bool:
    """The answers, their group and the buttons styled with a focus border."""
    return isinstance(widget, AnswerButton | AnswerGroup) or ":focus" in widget.styleSheet()


class FocusRing(QWidget):
    """The ring in `window`, around the focused control unless `draws_own` says
    that control shows its focus itself."""

    def __init__(
        self, window: QWidget, draws_own: Callable[[QWidget], bool] = draws_own_focus
    ) -> None:
        super().__init__(window)
        self._draws_own = draws_own
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _window_widget(self) -> QWidget:
        """The window (not kept: a reference would hold its Python side in a cycle)."""
        window = self.parentWidget()
        assert window is not None
        return window

    @property
    def target(self) -> QWidget | None:
        """The control the ring is around (None: none)."""
        return self._target if self.isVisible() else None

    def colour(self) -> str:
        return control_colours(self._window_widget().palette()).focus

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):  # a closed window's controls are gone already
                widget.removeEventFilter(self)
        self._watched = []
        self._target = self._control_of(new)
        if self._target is None:
            self.hide()
            return
        # The control and its parents: a scrolled or switched page moves it too.
        followed: QWidget | None = self._target
        while followed is not None and followed is not self._window_widget():
            followed.installEventFilter(self)
            self._watched.append(followed)
            followed = followed.parentWidget()
        self._place()

    def _control_of(self, widget: QWidget | None) -> QWidget | None:
        if widget is None or not self._window_widget().isAncestorOf(widget):
            return None
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):  # the date's own text field
            widget = parent
        return None if self._draws_own(widget) else widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _FOLLOWED:
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        target = self._target
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            self.hide()
            return
        corner = target.mapTo(self._window_widget(), QPoint(0, 0))
        area = QRect(corner, target.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        self.setGeometry(area)
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(self.colour()), FOCUS_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = FOCUS_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        painter.end()
