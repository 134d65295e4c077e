"""The printable follow-up sheet (uppföljningsblad): A4 portrait, fonts embedded.

A sheet shows the participant's code (the name only when asked), the unit and
the compared dates; the spider chart drawn as vectors; under it the timeline
and list of their activities (`sheet_activities`); every question's full
text with the answers and the change since the first measurement; ruled lines
for "Det här kom vi överens om"; and on every page "Sida x av y" and the day
it was printed. Many sheets go into one PDF, each numbering its own pages.

`load_sheet` gathers what one sheet needs from a repository; `write_sheets`
writes any number of sheets; the CLI, Print… and Save as PDF… all use them.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from bipdesk import __version__
from bipdesk.core.cards import Card, CardLibrary, Texts, localized
from bipdesk.core.coordinator_view import CoordinatorView
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.core.scheduling import DEFAULT_INTERVAL_MONTHS, DueState, due_status
from bipdesk.language import language_name
from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.reports.changes import ChangeTable, change_table, choose_measurements, of_card
from bipdesk.reports.fonts import BOLD, OBLIQUE, REGULAR, markup, register_fonts
from bipdesk.reports.rtl import RightToLeftParagraph, needs_right_to_left
from bipdesk.reports.sheet_activities import ActivityHistory, activity_story, load_history
from bipdesk.reports.sheet_agreed import AgreedBlock
from bipdesk.reports.sheet_anchors import anchor_legend
from bipdesk.reports.sheet_talking_points import latest_view, talking_points_story
from bipdesk.reports.spider import SpiderChart
from bipdesk.reports.spider_outline import show_with_coordinator_view
from bipdesk.reports.texts import format_day, format_number, language_of, signed, text
from bipdesk.reports.vector import draw_figure
from bipdesk.storage.demo import DEMO_SETTING
from bipdesk.storage.participant_language import card_language
from bipdesk.storage.repository import Repository

UNIT_SETTING = "unit_name"
INTERVAL_SETTING = "measurement_interval_months"
DEFAULT_CARD_ID = "bip-standard"
MARGIN = 16 * mm
FOOTER_Y = 9 * mm
CHART_SIZE = (6.9, 4.75)
"""Inches: the full width of the text column."""

Progress = Callable[[int, int], bool]
"""progress(done, total) -> keep going? (as bipdesk.ui.operations expects)"""


class SheetError(ValueError):
    """A sheet that cannot be made; the message says why in one line."""


class SheetCancelledError(Exception):
    """Writing sheets was cancelled through the progress callback."""


@dataclass(frozen=True)
class SheetData:
    """Everything one follow-up sheet shows."""

    participant: Participant
    card: Card
    measurements: tuple[Measurement, ...]
    """The compared measurements, oldest first (may be empty: a first meeting)."""
    unit: str = ""
    language: str = "sv"
    show_name: bool = False
    printed: date = field(default_factory=date.today)
    second_language: str | None = None
    """The participant's language, printed under each question (None: only `language`)."""
    history: ActivityHistory | None = None
    """The activities' timeline under the chart (None: no activities, none shown)."""
    coordinator_view: CoordinatorView | None = None
    """The coordinator's view of the latest compared measurement (a dashed outline
    and the talking points); None: none shown."""
    demo: bool = False
    """From a demo database: every page says its people are invented (DESIGN §7)."""

    @property
    def code(self) -> str:
        return self.participant.code

    def second_texts(self) -> Texts:
        """Question id → text in the participant's language (empty when there is none)."""
        second = self.second_language
        if second is None or second == self.language or second not in self.card.languages:
            return {}
        return {q.id: q.text[second] for q in self.card.questions}


def load_sheet(
    repository: Repository,
    cards: CardLibrary,
    code: str,
    compare: str = "first,latest",
    language: str = "sv",
    show_name: bool = False,
    printed: date | None = None,
) -> SheetData:
    """What the sheet of participant `code` shows; SheetError for an unknown code.

    The card is the one of the latest measurement; only measurements of that
    card id are compared. `compare` is as for `choose_measurements`. The
    questions are printed in the participant's language too when one was
    chosen for them in the fill-in view and the card has it.
    """
    participant = repository.participant(code)
    if participant is None:
        raise SheetError(
            QT_TRANSLATE_NOOP("sheet", "there is no participant '{code}'").format(code=code)
        )
    everything = repository.measurements(code)
    card = _card_for(cards, everything)
    chosen = choose_measurements(of_card(everything, card.id), compare)
    unit = repository.get_setting(UNIT_SETTING, "")
    if not isinstance(unit, str) or not unit.strip():
        unit = participant.unit or ""
    return SheetData(
        participant,
        card,
        tuple(chosen),
        unit.strip(),
        language_of(language),
        show_name,
        printed or date.today(),
        card_language(repository, code),
        load_history(repository, participant, everything),
        latest_view(repository, chosen),
        demo=bool(repository.get_setting(DEMO_SETTING, False)),
    )


def _card_for(cards: CardLibrary, measurements: Sequence[Measurement]) -> Card:
    if measurements:
        key = measurements[-1].card
        card = cards.get(key.id, key.version) or cards.get(key.id)
        if card is None:
            raise SheetError(
                QT_TRANSLATE_NOOP(
                    "sheet", "card {card} is not installed, so the sheet cannot be drawn"
                ).format(card=str(key))
            )
        return card
    card = cards.get(DEFAULT_CARD_ID) or next(iter(cards), None)
    if card is None:
        raise SheetError(
            QT_TRANSLATE_NOOP("sheet", "no card is installed, so the sheet cannot be drawn")
        )
    return card


def due_this_week(repository: Repository, today: date) -> list[str]:
    """Codes of active participants whose next measurement is due by Sunday (or overdue)."""
    interval = repository.get_setting(INTERVAL_SETTING, DEFAULT_INTERVAL_MONTHS)
    if not isinstance(interval, int) or interval < 1:
        interval = DEFAULT_INTERVAL_MONTHS
    sunday = today + timedelta(days=6 - today.weekday())
    latest = repository.latest_measurement_dates()
    codes: list[str] = []
    for participant in repository.participants():
        if participant.start_date is not None and participant.start_date > today:
            continue
        status = due_status(participant, latest.get(participant.code), today, interval)
        if status.state in (DueState.ENDED, DueState.NEVER_MEASURED):
            continue
        if status.due_date is not None and status.due_date <= sunday:
            codes.append(participant.code)
    return codes


# -- writing --------------------------------------------------------------------------


def write_sheets(
    sheets: Iterable[SheetData],
    out: str | os.PathLike[str] | BinaryIO,
    total: int | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the sheets into one PDF; returns the number of pages.

    `progress(done, total)` is called as each sheet is laid out; returning
    False stops the work with SheetCancelledError (nothing useful is left in `out`).
    """
    register_fonts()
    writer = _Writer()
    story: list[Flowable] = []
    items = list(sheets)
    count = total if total is not None else len(items)
    for index, sheet in enumerate(items):
        if index:
            story.append(PageBreak())
        story.append(_SheetStart(sheet, index, count, progress))
        story.extend(writer.sheet_story(sheet))
    if not items:
        raise SheetError(QT_TRANSLATE_NOOP("sheet", "there is no sheet to write"))
    target: Any = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    first = items[0]
    title = text("sheet_title", first.language, card=localized(first.card.title, first.language))
    document = a4_document(
        target, title if len(items) > 1 else f"{title}: {first.code}", title, "sheet"
    )
    return build_document(document, story, _SheetCanvas)


def a4_document(target: Any, title: str, subject: str, template: str) -> BaseDocTemplate:
    """The page every BIP Desk PDF shares: A4, margins with room for the footer, metadata."""
    document = BaseDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author="BIP Desk",
        creator=f"BIP Desk {__version__}",
        subject=subject,
        invariant=False,
    )
    frame = Frame(
        document.leftMargin,
        document.bottomMargin,
        document.width,
        document.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document.addPageTemplates([PageTemplate(id=template, frames=[frame])])
    return document


def build_document(document: BaseDocTemplate, story: list[Flowable], canvasmaker: Any) -> int:
    """Lay out `story` with compressed page streams; returns the number of pages."""
    with binary_streams():
        document.build(story, canvasmaker=canvasmaker)
    return int(document.page)


@contextlib.contextmanager
def binary_streams() -> Iterator[None]:
    """Compressed binary page streams instead of ASCII85 (which reportlab encodes in
    pure Python without its optional accelerator): a third of the time, smaller files."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def sheet_pdf(sheet: SheetData) -> bytes:
    """One sheet as PDF bytes."""
    buffer = io.BytesIO()
    write_sheets([sheet], buffer)
    return buffer.getvalue()


def write_sheet(sheet: SheetData, out: str | os.PathLike[str] | BinaryIO) -> int:
    """One sheet into `out`; returns its number of pages."""
    return write_sheets([sheet], out)


class _SheetStart(Flowable):
    """Invisible: marks where a sheet begins, for its footer and the progress."""

    def __init__(self, sheet: SheetData, index: int, total: int, progress: Progress | None):
        super().__init__()
        self.sheet = sheet
        self.index = index
        self.total = total
        self.progress = progress

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.progress is not None and not self.progress(self.index, self.total):
            raise SheetCancelledError(
                QT_TRANSLATE_NOOP("sheet", "writing the sheets was cancelled")
            )
        sheet = self.sheet
        self.canv.bip_sheet = (self.index, _footer_left(sheet), sheet.language)


def _footer_left(sheet: SheetData) -> str:
    printed = text("printed", sheet.language, day=format_day(sheet.printed, sheet.language))
    if sheet.demo:
        return f"{text('unit_demo', sheet.language)} · {sheet.code} · {printed}"
    return f"{sheet.code} · {printed}"


class _SheetCanvas(Canvas):
    """Holds every page back until the end, so each can say 'page x of y' of its sheet."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Start every page in DejaVu Sans, so no unembedded Helvetica is referenced.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
        kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 9.5
        super().__init__(*args, **kwargs)
        self.bip_sheet: tuple[int, str, str] = (0, "", "sv")
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        per_sheet: dict[int, int] = {}
        for state in self._pages:
            key = state["bip_sheet"][0]
            per_sheet[key] = per_sheet.get(key, 0) + 1
        seen: dict[int, int] = {}
        for state in self._pages:
            self.__dict__.update(state)
            key, left, language = self.bip_sheet
            seen[key] = seen.get(key, 0) + 1
            self._footer(left, text("page", language, page=seen[key], pages=per_sheet[key]))
            super().showPage()
        super().save()

    def _footer(self, left: str, right: str) -> None:
        draw_footer(self, left, right)


def numbered_canvas(left: str, language: str) -> type[Canvas]:
    """The canvas of a PDF in one part: `left` and 'page x of y' in every footer."""

    class _Numbered(_SheetCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.bip_sheet = (0, left, language)

    return _Numbered


def draw_footer(canvas: Canvas, left: str, right: str) -> None:
    """The footer of every BIP Desk PDF page: a thin rule, `left` and `right` below it."""
    width = canvas._pagesize[0]
    canvas.saveState()
    canvas.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, FOOTER_Y + 11, width - MARGIN, FOOTER_Y + 11)
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(colors.Color(0.25, 0.25, 0.25))
    canvas.drawString(MARGIN, FOOTER_Y, left)
    canvas.drawRightString(width - MARGIN, FOOTER_Y, right)
    canvas.restoreState()


class _ChartFlowable(Flowable):
    """The spider chart, drawn as vectors when the page is laid out."""

    def __init__(
        self,
        chart: SpiderChart,
        measurements: Sequence[Measurement],
        view: CoordinatorView | None = None,
    ) -> None:
        super().__init__()
        self.chart = chart
        self.measurements = list(measurements)
        self.view = view
        width, height = chart.figure.get_size_inches()
        self.width, self.height = float(width) * 72, float(height) * 72

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        # The chart is shared by the sheets of one card: show this one's polygons now.
        show_with_coordinator_view(self.chart, self.measurements, self.view)
        draw_figure(self.chart.figure, self.canv, 0, 0)


_charts = threading.local()


def _chart(card: Card, language: str, second: str | None = None) -> SpiderChart:
    """A sheet-sized chart for the card (labels also in the participant's language
    `second`), kept per thread (building one costs ~100 ms)."""
    cache: dict[tuple[str, int, str, str], SpiderChart] | None = getattr(_charts, "cache", None)
    if cache is None:
        cache = _charts.cache = {}
    key = (card.id, card.version, language, second or "")
    chart = cache.get(key)
    if chart is None or chart.card != card:
        if len(cache) >= 8:
            cache.clear()
        chart = cache[key] = SpiderChart(
            card, language, size=CHART_SIZE, font_size=8.5, second_language=second
        )
    return chart


class _Writer:
    """Builds the flowables of sheets."""

    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=12.5)
        self.title = ParagraphStyle("title", base, fontName=BOLD, fontSize=15, leading=19)
        self.meta = ParagraphStyle("meta", base, fontSize=10, leading=14)
        self.heading = ParagraphStyle(
            "heading", base, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=4
        )
        self.cell = ParagraphStyle("cell", base, fontSize=9, leading=11.5)
        self.second_cell = ParagraphStyle(
            "second_cell", self.cell, fontName=OBLIQUE, textColor=colors.Color(0.2, 0.2, 0.2)
        )
        self.head_cell = ParagraphStyle(
            "head", base, fontName=BOLD, fontSize=8.5, leading=10.5, alignment=TA_CENTER
        )
        self.head_left = ParagraphStyle("head_left", self.head_cell, alignment=TA_LEFT)
        self.small = ParagraphStyle("small", base, fontSize=8.5, leading=11)

    def sheet_story(self, sheet: SheetData) -> Iterator[Flowable]:
        language = sheet.language
        card_title = localized(sheet.card.title, language)
        yield Paragraph(escape(text("sheet_title", language, card=card_title)), self.title)
        yield Spacer(0, 3)
        who = sheet.code
        if sheet.show_name and sheet.participant.name:
            who = f"{sheet.code} – {sheet.participant.name}"
        lines = [f"<b>{escape(text('participant', language))}:</b> {escape(who)}"]
        if sheet.demo:  # under the title too: the footer alone is easily missed
            lines.insert(0, f'<font color="#9e1212"><b>{text("unit_demo", language)}</b></font>')
        if sheet.unit:
            lines.append(f"<b>{escape(text('unit', language))}:</b> {escape(sheet.unit)}")
        if sheet.measurements:
            days = ", ".join(format_day(m.date, language) for m in sheet.measurements)
        else:
            days = text("no_measurements", language)
        lines.append(f"<b>{escape(text('compared', language))}:</b> {escape(days)}")
        second = sheet.second_texts()
        if second and sheet.second_language is not None:
            name = language_name(sheet.second_language, language, capitalised=False)
            lines.append(f"<b>{escape(text('card_language', language))}:</b> {escape(name)}")
        yield Paragraph("<br/>".join(lines), self.meta)
        yield HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=5)
        second_language = sheet.second_language if second else None
        yield _ChartFlowable(
            _chart(sheet.card, language, second_language),
            sheet.measurements,
            sheet.coordinator_view,
        )
        yield from activity_story(sheet.history, language, sheet.printed)
        yield Spacer(0, 4)
        yield self._table(
            change_table(sheet.card, sheet.measurements, language), language, second, sheet
        )
        yield Spacer(0, 10)
        latest = sheet.measurements[-1] if sheet.measurements else None
        yield from talking_points_story(sheet.card, latest, sheet.coordinator_view, language)
        yield from anchor_legend(sheet.card, language, second_language, CHART_SIZE[0] * 72)
        yield Spacer(0, 10)
        yield AgreedBlock(language, self.heading, self.small)

    def _question_cell(self, row_text: str, second: str | None, sheet: SheetData) -> Any:
        """The question, and under it the participant's language (right to left for
        Arabic and the like: reportlab would draw those letters unjoined and reversed)."""
        first = Paragraph(escape(row_text), self.cell)
        if second is None:
            return first
        if needs_right_to_left(sheet.second_language):
            grey = colors.Color(0.2, 0.2, 0.2)
            return [first, RightToLeftParagraph(second, REGULAR, 9, 11.5, grey)]
        return [first, Paragraph(markup(second), self.second_cell)]

    def _table(
        self,
        table: ChangeTable,
        language: str,
        second: Texts | None = None,
        sheet: SheetData | None = None,
    ) -> Table:
        dash = text("not_answered", language)
        many = len(table.measurements)
        header: list[Any] = [Paragraph(escape(text("question", language)), self.head_left)]
        header += [Paragraph(escape(format_day(d, language)), self.head_cell) for d in table.dates]
        if many >= 2:
            header.append(Paragraph(escape(text("change_since_first", language)), self.head_cell))
        rows: list[list[Any]] = [header]
        for row in table.rows:
            if second and sheet is not None:
                cells: list[Any] = [
                    self._question_cell(row.text, second.get(row.question_id), sheet)
                ]
            else:
                cells = [Paragraph(escape(row.text), self.cell)]
            cells += [dash if a is None else str(a) for a in row.answers]
            if many >= 2:
                cells.append(
                    dash
                    if row.change is None or row.trend is None
                    else f"{row.trend.mark} {signed(row.change, language)}"
                )
            rows.append(cells)
        mean: list[Any] = [Paragraph(f"<b>{escape(text('mean', language))}</b>", self.cell)]
        mean += [dash if v is None else format_number(v, language, 1) for v in table.means]
        if many >= 2:
            mean.append(
                dash
                if table.mean_change is None or table.mean_trend is None
                else f"{table.mean_trend.mark} {signed(table.mean_change, language, 1)}"
            )
        rows.append(mean)

        total_width = CHART_SIZE[0] * 72
        answer_width = 56.0 if many <= 4 else 46.0
        change_width = 62.0 if many >= 2 else 0.0
        widths = [total_width - answer_width * many - change_width]
        widths += [answer_width] * many + ([change_width] if many >= 2 else [])
        result = Table(rows, colWidths=widths, repeatRows=1)
        last = len(rows) - 1
        style = [
            ("FONT", (0, 0), (-1, -1), REGULAR, 9.5),
            ("FONT", (1, last), (-1, last), BOLD, 9.5),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEABOVE", (0, last), (-1, last), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, last - 1), 0.25, colors.Color(0.7, 0.7, 0.7)),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if many:  # the latest answers stand out, also in grey print
            style.append(("BACKGROUND", (many, 1), (many, last), colors.Color(0.93, 0.93, 0.93)))
        result.setStyle(TableStyle(style))
        return result


def save_path(path: str | os.PathLike[str]) -> Path:
    """A .pdf path (the suffix is added when missing)."""
    target = Path(path)
    return target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf")
