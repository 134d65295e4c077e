"""The subject-access extract's activities and exit survey (DESIGN §10), and the
words of the exit form: the parts of the PDF that `reports/subject_access.py`
adds after the measurements.

Unlike the follow-up sheet, the extract shows an activity's place: the person
has the right to see every stored fact about them, free text included.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from bipdesk.core.activities import Activity
from bipdesk.core.participants import Participant
from bipdesk.core.surveys import Survey, SurveyResponse
from bipdesk.io.subject_access import survey_definition
from bipdesk.io.table_figures import label
from bipdesk.reports.fonts import REGULAR
from bipdesk.reports.pdf_document import MARGIN
from bipdesk.reports.texts import format_day, format_number, language_of

_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "employment": "Anställningsform vid avslut",
        "working_time": "Arbetstid vid avslut",
        "subsidised": "Subventionerad anställning",
        "exit_branch": "Bransch vid avslut (SNI 2007)",
        "yes": "Ja",
        "no": "Nej",
        "activities": "Aktiviteter ({count})",
        "no_activities": "Inga aktiviteter är sparade.",
        "activity": "Aktivitet",
        "area": "Område",
        "period": "Tid",
        "hours": "Timmar",
        "place": "Plats",
        "branch": "Bransch",
        "ongoing": "pågår",
        "survey": "Enkät vid avslut",
        "no_survey": "Inga enkätsvar är sparade.",
        "survey_of": "Svar på enkäten {survey} version {version}.",
        "unknown_survey": "(enkätens frågor är inte installerade)",
        "question": "Fråga",
        "answer": "Svar",
    },
    "en": {
        "employment": "Employment at exit",
        "working_time": "Working time at exit",
        "subsidised": "Subsidised employment",
        "exit_branch": "Branch at exit (SNI 2007)",
        "yes": "Yes",
        "no": "No",
        "activities": "Activities ({count})",
        "no_activities": "No activities are stored.",
        "activity": "Activity",
        "area": "Area",
        "period": "When",
        "hours": "Hours",
        "place": "Place",
        "branch": "Branch",
        "ongoing": "ongoing",
        "survey": "Survey at exit",
        "no_survey": "No survey answers are stored.",
        "survey_of": "Answers to the survey {survey} version {version}.",
        "unknown_survey": "(the survey's questions are not installed)",
        "question": "Question",
        "answer": "Answer",
    },
}

EXIT_FIELDS = ("employment", "working_time", "subsidised", "exit_branch")
"""The exit form's fields, in the order the person table lists them."""

TABLE_GRID = [
    ("FONT", (0, 0), (-1, -1), REGULAR, 9),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.7, 0.7, 0.7)),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
]
"""The look of every table of the extract's PDF."""


def follow_up_text(key: str, language: str, **values: object) -> str:
    template = _TEXTS[language_of(language)][key]
    return template.format(**values) if values else template


def exit_value(participant: Participant, name: str, language: str) -> str | None:
    """The words of one exit form field, None when it is empty."""
    value = getattr(participant, name)
    if value is None:
        return None
    if name == "subsidised":
        return follow_up_text("yes" if value else "no", language)
    if name == "exit_branch":
        return label(f"branch:{value}", language)
    return label(f"attribute:{value.value}", language)


class FollowUpStory:
    """The activities and survey sections, in the extract's styles."""

    def __init__(
        self,
        language: str,
        heading: ParagraphStyle,
        meta: ParagraphStyle,
        cell: ParagraphStyle,
        head: ParagraphStyle,
        small: ParagraphStyle,
    ) -> None:
        self.language = language_of(language)
        self.heading, self.meta, self.cell, self.head, self.small = (
            heading,
            meta,
            cell,
            head,
            small,
        )
        self.right = ParagraphStyle("follow_up_right", cell, alignment=TA_RIGHT)
        self.head_right = ParagraphStyle("follow_up_head_right", head, alignment=TA_RIGHT)

    def _t(self, key: str, **values: object) -> str:
        return follow_up_text(key, self.language, **values)

    def _p(self, words: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(escape(words).replace("\n", "<br/>"), style or self.cell)

    def activities(self, activities: Sequence[Activity]) -> Iterator[Flowable]:
        yield Paragraph(escape(self._t("activities", count=len(activities))), self.heading)
        if not activities:
            yield self._p(self._t("no_activities"), self.meta)
            return
        yield Spacer(0, 3)
        language = self.language
        columns = ("activity", "area", "period", "hours", "place", "branch")
        rows: list[list[Any]] = [
            [self._p(self._t(c), self.head_right if c == "hours" else self.head) for c in columns]
        ]
        for activity in activities:
            until = (
                self._t("ongoing")
                if activity.end_date is None
                else format_day(activity.end_date, language)
            )
            branch = "" if activity.branch is None else label(f"branch:{activity.branch}", language)
            rows.append(
                [
                    self._p(label(f"activity:{activity.activity.value}", language)),
                    self._p(_capitalised(label(f"area:{activity.area.value}", language))),
                    self._p(f"{format_day(activity.start_date, language)} – {until}"),
                    self._p(
                        format_number(activity.hours, language, _decimals(activity.hours)),
                        self.right,
                    ),
                    self._p(activity.place or ""),
                    self._p(branch),
                ]
            )
        width = A4[0] - 2 * MARGIN
        shares = (0.17, 0.11, 0.24, 0.09, 0.20, 0.19)
        table = Table(rows, colWidths=[width * s for s in shares], repeatRows=1)
        table.setStyle(TableStyle(TABLE_GRID))
        yield table

    def survey(self, response: SurveyResponse | None) -> Iterator[Flowable]:
        yield Paragraph(escape(self._t("survey")), self.heading)
        if response is None or not response.answers:
            yield self._p(self._t("no_survey"), self.meta)
            return
        survey = survey_definition(response)
        about = self._t("survey_of", survey=response.survey_id, version=response.survey_version)
        yield self._p(about, self.meta)
        if survey is None:
            yield self._p(self._t("unknown_survey"), self.small)
        yield Spacer(0, 3)
        rows: list[list[Any]] = [[self._p(self._t(c), self.head) for c in ("question", "answer")]]
        order = list(survey.question_ids) if survey is not None else []
        order += sorted(set(response.answers) - set(order))
        for question_id in order:
            if question_id in response.answers:
                answer = response.answers[question_id]
                rows.append(
                    [
                        self._p(_question_text(survey, question_id, self.language)),
                        self._p(_answer_text(survey, answer, self.language)),
                    ]
                )
        width = A4[0] - 2 * MARGIN
        table = Table(rows, colWidths=[width * 0.65, width * 0.35], repeatRows=1)
        table.setStyle(TableStyle(TABLE_GRID))
        yield table


def _capitalised(words: str) -> str:
    return words[:1].upper() + words[1:]


def _decimals(hours: float) -> int:
    """Whole hours without decimals, others with up to two."""
    if float(hours).is_integer():
        return 0
    return 1 if round(hours, 1) == round(hours, 2) else 2


def _question_text(survey: Survey | None, question_id: str, language: str) -> str:
    if survey is None or question_id not in survey.question_ids:
        return question_id
    return survey.question(question_id).text_in(language)


def _answer_text(survey: Survey | None, answer: int, language: str) -> str:
    if survey is None:
        return str(answer)
    labels = survey.scale_labels
    words = labels.get(language) or labels["sv"]
    return f"{answer} – {words[answer - 1]}"
