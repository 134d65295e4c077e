"""The fill-in's zoom: the question's size, remembered in per cent, and all other
text in proportion (WCAG 1.4.4) as far as the window's height allows.

100 % follows the system font (`text_scale.system_factor`); Ctrl+plus/minus step
10 % between 80 and 200 %. The question page sizes its own texts and shrinks
them only while it is too low; the text around it (header, footer, summary)
grows with the zoom but gives way first when the window is too low for both,
so that the question never ends up smaller than the text around it and the
buttons below never leave the screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLayout, QSizePolicy, QStackedWidget, QWidget

from bipdesk.ui.fill_in.question_page import DEFAULT_POINT_SIZE, QuestionPage
from bipdesk.ui.fill_in.summary_page import SummaryPage
from bipdesk.ui.fill_in.text_scale import (
    MAX_PERCENT,
    MIN_PERCENT,
    OLD_POINTS_KEY,
    PERCENT_KEY,
    STEP_PERCENT,
    TextScale,
    forget_sizes,
    system_factor,
)


class Zoom:
    """Keeps `window`'s text at the zoom: `chrome` scaled, the pages' room shared."""

    def __init__(
        self,
        window: QWidget,
        settings: QSettings,
        pages: QStackedWidget,
        question_page: QuestionPage,
        summary_page: SummaryPage,
        chrome: Sequence[QWidget],
    ) -> None:
        # Not the window itself: a Zoom that held it would keep its Python side
        # alive in a cycle after Qt has deleted it.
        self._settings = settings
        self._pages = pages
        self._question_page = question_page
        self._summary_page = summary_page
        self._chrome = list(chrome)
        self._scale = TextScale([*chrome, summary_page])
        self._points = self.default_points
        pages.currentChanged.connect(self.page_shown)
        self.page_shown()
        layout = window.layout()
        if layout is not None:
            # The window may be as low as everything needs at 100 %; larger text
            # around the question then gives way instead of pushing the window
            # past the bottom of the screen.
            window.setMinimumSize(layout.minimumSize())
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    @property
    def default_points(self) -> float:
        """The question's size at 100 %: larger when the system's text is larger."""
        return DEFAULT_POINT_SIZE * system_factor()

    @property
    def step(self) -> float:
        return self.default_points * STEP_PERCENT / 100

    def clamp(self, points: float) -> float:
        default = self.default_points
        return max(default * MIN_PERCENT / 100, min(default * MAX_PERCENT / 100, points))

    def remembered_points(self) -> float:
        """The question's size the user chose last time (100 % when never)."""
        percent = 100.0
        try:
            if self._settings.contains(PERCENT_KEY):
                percent = float(self._settings.value(PERCENT_KEY))
            elif self._settings.contains(OLD_POINTS_KEY):  # before issue 19, in points
                percent = float(self._settings.value(OLD_POINTS_KEY)) / DEFAULT_POINT_SIZE * 100
        except (TypeError, ValueError):
            percent = 100.0
        return self.clamp(self.default_points * percent / 100)

    def apply(self, points: float) -> None:
        """The question is at `points` (set by the window): the rest follows, and
        the zoom is remembered."""
        self._points = points
        self.fit()
        self._settings.setValue(PERCENT_KEY, round(points / self.default_points * 100))

    def fit(self) -> None:
        """The text around the question at the zoom, less while the window is too
        low for it (after a resize, or as the window shows)."""
        self._scale.fit(self._points / self.default_points * 100, self._fits)
        self._summary_page.fit_note()

    def _fits(self) -> bool:
        """Whether the question stays as large as the text around it (and its page
        is not squeezed into its compact layout)."""
        window = self._pages.window()
        outer = window.layout()
        if not window.isVisible() or outer is None:
            return True
        for part in self._chrome:
            layout = part.layout()
            if layout is not None:
                forget_sizes(layout)
        outer.invalidate()
        outer.activate()  # the question page gets its height and fits its text to it
        if self._pages.currentWidget() is not self._question_page:
            return True  # the summary scrolls
        page = self._question_page
        least = self.default_points * self._scale.percent / 100
        return not page.compact and page.text_size >= min(least, self._points)

    def page_shown(self) -> None:
        """Only the page shown asks for room: the summary's height at 200 % text must
        not keep the window from fitting a low screen while a question is shown."""
        current = self._pages.currentWidget()
        for page in (self._question_page, self._summary_page):
            shown = page is current
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
