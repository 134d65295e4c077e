"""The subject-access extract (registerutdrag, GDPR art. 15) as a readable A4 PDF.

The same look as the follow-up sheet (DejaVu Sans embedded, the sheet's
margins, title and table styles, "Sida x av y" in the footer), in Swedish or
English. It lists every stored field of the participant (the exit form
included), every measurement with the full question texts, answers and notes,
an unfinished draft, every activity with its place, the exit survey answers
(`subject_access_follow_up`), the settings about the person and the edit
history (`subject_access_history`); the JSON
beside it (io/subject_access.py) holds the same facts for machines.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from babel.dates import format_datetime
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from bipdesk.core.cards import Card, localized
from bipdesk.core.participants import Sex
from bipdesk.io.table_figures import label as table_label
from bipdesk.reports.fonts import REGULAR, register_fonts
from bipdesk.reports.pdf_document import MARGIN, a4_document, build_document, numbered_canvas
from bipdesk.reports.sheet_story import _Writer
from bipdesk.reports.sheet_talking_points import coordinator_view_paragraph
from bipdesk.reports.subject_access_follow_up import (
    EXIT_FIELDS,
    FollowUpStory,
    exit_value,
    follow_up_text,
)
from bipdesk.reports.subject_access_history import HistoryStory
from bipdesk.reports.texts import format_day, language_of, text
from bipdesk.storage.drafts import Draft
from bipdesk.storage.privacy import SubjectRecord

_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "title": "Registerutdrag för deltagare {code}",
        "intro": (
            "Det här är allt som BIP Desk har sparat om deltagaren i databasen {file}, "
            "utskrivet {day}. Samma uppgifter finns i maskinläsbar form i JSON-filen "
            "som skapades samtidigt. Säkerhetskopior av databasen innehåller uppgifterna "
            "tills de ersätts av nyare kopior."
        ),
        "person": "Uppgifter om deltagaren",
        "code": "Kod",
        "name": "Namn",
        "sex": "Kön",
        "birth_year": "Födelseår",
        "referrer": "Remittent",
        "municipality": "Kommun",
        "unit": "Enhet",
        "coordinator": "Koordinator",
        "start_date": "Startdatum",
        "end_date": "Slutdatum",
        "exit_reason": "Avslutsorsak",
        "created_at": "Registrerad",
        "updated_at": "Senast ändrad",
        "measurements": "Mätningar ({count})",
        "no_measurements": "Inga mätningar är sparade.",
        "measurement": "Mätning {day} – kort {card} version {version}",
        "answer": "Svar",
        "note": "Anteckning",
        "not_answered": "Inget svar",
        "measurement_note": "Anteckning till mätningen: {note}",
        "saved": "Sparad {created}, senast ändrad {updated}.",
        "draft": "Påbörjad mätning som inte är sparad",
        "draft_of": "Utkast för {day} – kort {card} version {version}, senast ändrat {updated}.",
        "settings": "Inställningar om deltagaren",
        "none": "–",
        "women": "Kvinna",
        "men": "Man",
        "other": "Annat",
        "unknown": "Ej angivet",
        "unknown_card": "(kortet är inte installerat)",
    },
    "en": {
        "title": "Subject access extract for participant {code}",
        "intro": (
            "This is everything BIP Desk has stored about the participant in the database "
            "{file}, printed {day}. The same facts are in machine-readable form in the JSON "
            "file made at the same time. Backups of the database hold them until newer "
            "backups replace them."
        ),
        "person": "About the participant",
        "code": "Code",
        "name": "Name",
        "sex": "Sex",
        "birth_year": "Birth year",
        "referrer": "Referrer",
        "municipality": "Municipality",
        "unit": "Unit",
        "coordinator": "Coordinator",
        "start_date": "Start date",
        "end_date": "End date",
        "exit_reason": "Exit reason",
        "created_at": "Registered",
        "updated_at": "Last changed",
        "measurements": "Measurements ({count})",
        "no_measurements": "No measurements are stored.",
        "measurement": "Measurement {day} – card {card} version {version}",
        "answer": "Answer",
        "note": "Note",
        "not_answered": "No answer",
        "measurement_note": "Note on the measurement: {note}",
        "saved": "Saved {created}, last changed {updated}.",
        "draft": "Measurement begun but not saved",
        "draft_of": "Draft for {day} – card {card} version {version}, last changed {updated}.",
        "settings": "Settings about the participant",
        "none": "–",
        "women": "Woman",
        "men": "Man",
        "other": "Other",
        "unknown": "Not stated",
        "unknown_card": "(the card is not installed)",
    },
}
_FIELDS = (
    "code",
    "name",
    "sex",
    "birth_year",
    "referrer",
    "municipality",
    "unit",
    "coordinator",
    "start_date",
    "end_date",
    "exit_reason",
)


def _t(key: str, language: str, **values: object) -> str:
    template = _TEXTS[language_of(language)][key]
    return template.format(**values) if values else template


def _moment(value: datetime | None, language: str) -> str:
    if value is None:
        return _t("none", language)
    # Local time of this computer, as the coordinator knows it.
    return str(format_datetime(value.astimezone(), format="short", locale=language_of(language)))


class _Extract:
    """Builds the flowables of one extract."""

    def __init__(self, record: SubjectRecord, language: str, file: str, printed: date) -> None:
        self.record = record
        self.language = language_of(language)
        self.file = file
        self.printed = printed
        styles = _Writer()
        self.title = styles.title
        self.meta = styles.meta
        self.heading = styles.heading
        self.cell = styles.cell
        self.head_left = styles.head_left
        self.head_cell = styles.head_cell
        self.small = styles.small

    def story(self) -> Iterator[Flowable]:
        language = self.language
        code = self.record.participant.code
        yield Paragraph(escape(_t("title", language, code=code)), self.title)
        yield Spacer(0, 4)
        intro = _t(
            "intro", language, file=self.file, day=format_day(self.printed, language, "long")
        )
        yield Paragraph(escape(intro), self.meta)
        yield HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=6)
        yield Paragraph(escape(_t("person", language)), self.heading)
        yield Spacer(0, 3)
        yield self._person_table()
        yield Spacer(0, 8)
        measurements = self.record.measurements
        heading = _t("measurements", language, count=len(measurements))
        yield Paragraph(escape(heading), self.heading)
        if not measurements:
            yield Paragraph(escape(_t("no_measurements", language)), self.meta)
        for measurement in measurements:
            card = self.record.cards.get((measurement.card.id, measurement.card.version))
            title = _t(
                "measurement",
                language,
                day=format_day(measurement.date, language),
                card=measurement.card.id,
                version=measurement.card.version,
            )
            parts: list[Flowable] = [
                Spacer(0, 6),
                Paragraph(f"<b>{escape(title)}</b>", self.meta),
            ]
            if card is None:
                parts.append(Paragraph(escape(_t("unknown_card", language)), self.small))
            parts.append(
                self._answers_table(card, dict(measurement.answers), measurement.question_notes)
            )
            if measurement.note:
                parts.append(Spacer(0, 3))
                note = _t("measurement_note", language, note=measurement.note)
                parts.append(Paragraph(escape(note).replace("\n", "<br/>"), self.cell))
            view = self.record.coordinator_views.get(measurement.id or 0)
            parts.extend(coordinator_view_paragraph(card, view, language, self.cell))
            saved = _t(
                "saved",
                language,
                created=_moment(measurement.created_at, language),
                updated=_moment(measurement.updated_at, language),
            )
            parts.append(Spacer(0, 2))
            parts.append(Paragraph(escape(saved), self.small))
            yield KeepTogether(parts)
        if self.record.draft is not None:
            yield Spacer(0, 8)
            yield from self._draft(self.record.draft)
        follow_up = FollowUpStory(
            language, self.heading, self.meta, self.cell, self.head_left, self.small
        )
        yield Spacer(0, 8)
        yield from follow_up.activities(self.record.activities)
        yield Spacer(0, 8)
        yield from follow_up.survey(self.record.survey_response)
        if self.record.settings:
            yield Spacer(0, 8)
            yield Paragraph(escape(_t("settings", language)), self.heading)
            rows = [
                [name, json.dumps(value, ensure_ascii=False)]
                for name, value in sorted(self.record.settings.items())
            ]
            yield self._two_columns(rows)
        yield Spacer(0, 8)
        styles = (self.heading, self.meta, self.cell, self.head_left)
        history = HistoryStory(language, self.record.cards, lambda key: _t(key, language), styles)
        yield from history.history(self.record.history)

    def _value(self, name: str) -> str:
        participant = self.record.participant
        value = getattr(participant, name)
        language = self.language
        if value is None or value == "":
            return _t("none", language)
        if name == "sex":
            return _t(Sex(value).value, language)
        if name == "exit_reason":
            return table_label(f"reason:{value.value}", language)
        if isinstance(value, date):
            return format_day(value, language)
        return str(value)

    def _person_table(self) -> Table:
        language = self.language
        rows = [[_t(name, language), self._value(name)] for name in _FIELDS]
        participant = self.record.participant
        for name in EXIT_FIELDS:
            value = exit_value(participant, name, language)
            rows.append([follow_up_text(name, language), value or _t("none", language)])
        rows.append([_t("created_at", language), _moment(self.record.created_at, language)])
        rows.append([_t("updated_at", language), _moment(self.record.updated_at, language)])
        return self._two_columns(rows)

    def _two_columns(self, rows: list[list[str]]) -> Table:
        cells = [
            [Paragraph(f"<b>{escape(a)}</b>", self.cell), Paragraph(escape(b), self.cell)]
            for a, b in rows
        ]
        width = A4[0] - 2 * MARGIN
        table = Table(cells, colWidths=[width * 0.3, width * 0.7])
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.Color(0.7, 0.7, 0.7)),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def _answers_table(
        self, card: Card | None, answers: dict[str, int | None], notes: Any
    ) -> Table:
        language = self.language
        order = [q.id for q in card.questions] if card is not None else []
        order += sorted((set(answers) | set(notes)) - set(order))
        header = [
            Paragraph(escape(text("question", language)), self.head_left),
            Paragraph(escape(_t("answer", language)), self.head_cell),
            Paragraph(escape(_t("note", language)), self.head_left),
        ]
        rows: list[list[Any]] = [header]
        for question_id in order:
            if question_id not in answers and question_id not in notes:
                continue
            if card is not None and card.has_question(question_id):
                question = localized(card.question(question_id).text, language)
            else:
                question = question_id
            answer = answers.get(question_id)
            rows.append(
                [
                    Paragraph(escape(question), self.cell),
                    _t("not_answered", language) if answer is None else str(answer),
                    Paragraph(escape(notes.get(question_id) or ""), self.cell),
                ]
            )
        width = A4[0] - 2 * MARGIN
        table = Table(rows, colWidths=[width * 0.55, width * 0.13, width * 0.32], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1, 1), (1, -1), "CENTER"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.7, 0.7, 0.7)),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def _draft(self, draft: Draft) -> Iterator[Flowable]:
        language = self.language
        yield Paragraph(escape(_t("draft", language)), self.heading)
        about = _t(
            "draft_of",
            language,
            day=format_day(draft.date, language),
            card=draft.card.id,
            version=draft.card.version,
            updated=_moment(draft.updated_at, language),
        )
        yield Paragraph(escape(about), self.meta)
        card = self.record.cards.get((draft.card.id, draft.card.version))
        yield self._answers_table(card, dict(draft.answers), draft.question_notes)
        if draft.note:
            note = _t("measurement_note", language, note=draft.note)
            yield Paragraph(escape(note).replace("\n", "<br/>"), self.cell)


def write_subject_access_pdf(
    record: SubjectRecord,
    out: str | os.PathLike[str] | BinaryIO,
    language: str = "sv",
    database_file: str = "",
    printed: date | None = None,
) -> int:
    """Write the extract as A4 PDF; returns the number of pages."""
    register_fonts()
    language = language_of(language)
    printed = printed or date.today()
    code = record.participant.code
    target: Any = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    title = _t("title", language, code=code)
    document = a4_document(target, title, title, "extract")
    story = list(_Extract(record, language, database_file, printed).story())
    left = f"{code} · {text('printed', language, day=format_day(printed, language))}"
    return build_document(document, story, numbered_canvas(left, language))


def subject_access_pdf(
    record: SubjectRecord, language: str = "sv", database_file: str = ""
) -> bytes:
    buffer = io.BytesIO()
    write_subject_access_pdf(record, buffer, language, database_file)
    return buffer.getvalue()
