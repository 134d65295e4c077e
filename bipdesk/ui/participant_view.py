"""The participant's own page: "Show to participant", a calm full-screen view.

A window of its own covering the whole screen, so that nothing of the
coordinator's work shows behind it — not the participant list, not the
codes, notes or the coordinator's view. It shows the participant's spider
chart large (first, previous and latest measurement, labels also in their
language where the card has it) and one plain sentence per question that
moved (`bipdesk.core.plain_changes`), in their language first and Swedish
under it. Escape (or the one button) closes it.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.text import Text
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.cards import Card, is_right_to_left, localized
from bipdesk.core.measurements import Measurement
from bipdesk.core.plain_changes import first_previous_latest, plain_sentences, sentence_languages
from bipdesk.reports.spider import SpiderChart
from bipdesk.storage.participant_language import card_language
from bipdesk.ui.context import AppContext
from bipdesk.ui.fonts import shipped_font_families
from bipdesk.ui.language import current_language

DEFAULT_CARD_ID = "bip-standard"
BACKGROUND = "#ffffff"
TEXT_COLOUR = "#202020"
MUTED_COLOUR = "#5f6368"
REBUILD_STEP = 0.4
"""Inches the chart's area must change by before the chart is laid out anew."""
MIN_CHART_INCHES = 2.0
"""Below this the canvas is not laid out yet: wait for its real size."""
SENTENCE_POINTS = 15.0
"""The sentence in the participant's language: large, for reading together."""
UNDER_POINTS = 12.0
"""The same sentence in Swedish under it."""
FONT_SIZES = (13.0, 11.0, 9.5, 8.0, 7.0)
"""The chart's type sizes to try, largest first."""
DISC_SHARE = 0.22
"""The disc's radius as a share of the chart's smaller side that a type size must leave."""
"""Pixels the chart's area must change by before the chart is laid out anew."""


class ParticipantView(QWidget):
    """One participant's chart and what moved, for the participant's eyes."""

    def __init__(self, context: AppContext, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("participant_view")
        self.setWindowTitle(self.tr("Your follow-up"))  # never the code: others see titles
        self.setStyleSheet(
            f"#participant_view {{ background: {BACKGROUND}; }}"
            f" #participant_view QLabel {{ color: {TEXT_COLOUR}; background: transparent; }}"
        )
        self.language = current_language()
        self.card, self.measurements, participant_language = self._load(context, code)
        self.languages = (
            sentence_languages(self.card, participant_language, self.language)
            if self.card is not None
            else [self.language]
        )
        self.chart: SpiderChart | None = None
        self._chart_size = (0.0, 0.0)
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self._draw_chart)

        self.title_label = self._label(self._title(), 26, bold=True, language=self.languages[0])
        subtitle = self.tr("Your follow-up")
        if self.card is not None:
            subtitle = f"{subtitle} – {localized(self.card.title, self.language)}"
        self.subtitle_label = self._label(subtitle, 15, muted=True)
        self.close_button = QPushButton(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the participant's view"))
        self.close_button.clicked.connect(self.close)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        top.addLayout(titles, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

        self.canvas = FigureCanvasQTAgg()
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setAccessibleName(self.tr("Your spider chart"))
        self.canvas.installEventFilter(self)
        body = QHBoxLayout()
        body.addWidget(self.canvas, 3)
        body.addWidget(self._sentence_panel(), 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addSpacing(12)
        layout.addLayout(body, 1)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(self.close)

    # -- building -------------------------------------------------------------------

    def _load(
        self, context: AppContext, code: str
    ) -> tuple[Card | None, list[Measurement], str | None]:
        with context.database.transaction(write=False) as repository:
            everything = repository.measurements(code)
            language = card_language(repository, code)
        cards = context.database.cards
        card: Card | None
        if everything:
            key = everything[-1].card
            card = cards.get(key.id, key.version) or cards.get(key.id)
        else:
            card = cards.get(DEFAULT_CARD_ID)
        shown = first_previous_latest(everything, card.id) if card is not None else []
        return card, shown, language

    def _title(self) -> str:
        if self.card is None:
            return self.tr("Your follow-up")
        return localized(self.card.title, self.languages[0])

    def _label(
        self,
        text: str,
        points: float,
        bold: bool = False,
        muted: bool = False,
        language: str | None = None,
    ) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(label.font())
        font.setFamilies([*font.families(), *shipped_font_families()])
        font.setPointSizeF(points)
        font.setBold(bold)
        label.setFont(font)
        if muted:
            label.setStyleSheet(f"color: {MUTED_COLOUR};")
        if language is not None and is_right_to_left(language):
            label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        return label

    def _sentence_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(16, 8, 8, 8)
        self.heading_label = self._label(self.tr("What has changed"), 20, bold=True)
        column.addWidget(self.heading_label)
        column.addSpacing(8)
        self.sentence_labels: list[QLabel] = []
        groups: list[list[QLabel]] = []
        if self.card is None or len(self.measurements) < 2:
            message = self.tr(
                "This is your first measurement. Next time you can see what has changed."
            )
            groups.append([self._label(message, SENTENCE_POINTS)])
        else:
            sentences = plain_sentences(self.card, self.measurements, self.languages)
            if not sentences:
                message = self.tr("No answer has changed between the measurements.")
                groups.append([self._label(message, SENTENCE_POINTS)])
            for sentence in sentences:
                groups.append(
                    [
                        self._label(
                            words,
                            SENTENCE_POINTS if index == 0 else UNDER_POINTS,
                            muted=index > 0,
                            language=language,
                        )
                        for index, (language, words) in enumerate(sentence.texts)
                    ]
                )
        for group in groups:
            for label in group:
                column.addWidget(label)
                self.sentence_labels.append(label)
            column.addSpacing(14)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel.setObjectName("sentences")
        panel.setStyleSheet(f"#sentences {{ background: {BACKGROUND}; }}")
        return scroll

    def _draw_chart(self) -> None:
        """Lay the chart out anew for the canvas's size (its labels get room worked out
        in inches when it is built), once the size has settled after a resize."""
        if self.card is None or not self.measurements:
            self.canvas.hide()
            return
        width, height = (float(v) for v in self.canvas.figure.get_size_inches())
        if min(width, height) < MIN_CHART_INCHES:
            return  # not laid out yet: the resize that follows draws it
        if (
            self.chart is not None
            and abs(width - self._chart_size[0]) < REBUILD_STEP
            and abs(height - self._chart_size[1]) < REBUILD_STEP
        ):
            return
        self._chart_size = (width, height)
        figure = self.canvas.figure
        second = self.languages[0] if self.languages[0] != self.language else None
        # Large type on a large screen; smaller where the labels would leave the disc
        # too little room (the chart works out the room its labels need).
        chart: SpiderChart | None = None
        for font_size in FONT_SIZES:
            figure.clear()
            try:
                chart = SpiderChart(
                    self.card,
                    self.language,
                    figure=figure,
                    font_size=font_size,
                    second_language=second,
                )
            except ValueError:  # the labels alone would not fit
                chart = None
                continue
            radius = chart.axes.get_position().width * width / 2
            if radius >= DISC_SHARE * min(width, height):
                break
        if chart is None:
            figure.clear()
            return
        chart.show_measurements(self.measurements)
        self.chart = chart
        self.canvas.draw_idle()

    # -- events ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.canvas and event.type() == QEvent.Type.Resize:
            self._redraw_timer.start()  # after the canvas has resized its figure
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def texts(self) -> list[str]:
        """Every text the view shows (for tests: no code, note or coordinator's view)."""
        labels = [self.title_label, self.subtitle_label, self.heading_label, *self.sentence_labels]
        words = [label.text() for label in labels] + [self.windowTitle()]
        if self.chart is not None:
            words += [item.get_text() for item in self.chart.figure.findobj(Text)]
        return words


def show_to_participant(view: ParticipantView) -> ParticipantView:
    """Put the participant's view over the whole screen."""
    view.showFullScreen()
    view.activateWindow()
    view.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
    return view
