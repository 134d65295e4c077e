"""The subject-access extract's edit history: every recorded change of the person's
record — when, by whom, from where, old → new — as the last section of the PDF
that `reports/subject_access.py` writes.

The person has the right to know who changed what was recorded about them, so
the history is listed in full, newest first, in the extract's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from babel.dates import format_datetime
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from bipdesk.core.cards import Card, localized
from bipdesk.core.history import (
    IMPORT_PREFIX,
    SOURCE_APP,
    SOURCE_COMMAND_LINE,
    Edit,
    Subject,
    Words,
    what_changed,
)
from bipdesk.io.table_figures import label
from bipdesk.reports.pdf_document import MARGIN
from bipdesk.reports.subject_access_follow_up import EXIT_FIELDS, TABLE_GRID, follow_up_text
from bipdesk.reports.texts import format_day, language_of

_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "history": "Ändringshistorik ({count})",
        "no_history": "Inga ändringar är sparade.",
        "about": (
            "Varje ändring av uppgifterna om deltagaren och av mätningarna: när, av vem "
            "och varifrån (appen, kommandoraden eller en importerad fil), med värdet före "
            "och efter. Nyaste först."
        ),
        "when": "När",
        "by": "Vem",
        "source": "Varifrån",
        "change": "Ändring",
        "measurement": "Mätning {day}",
        "participant": "Deltagare",
        "app": "appen",
        "command line": "kommandoraden",
        "import": "import av {file}",
        "participant_added": "deltagaren lades till",
        "measurement_added": "mätningen lades till",
        "measurement_removed": "mätningen togs bort",
        "added": "lades till",
        "removed": "togs bort",
        "not_answered": "inget svar",
        "empty": "tomt",
        "note": "anteckning",
        "question_note": "anteckning om {question}",
        "date": "datum",
        "card": "kort",
        "talked_through": "genomgången tillsammans",
        "yes": "ja",
        "no": "nej",
        "coordinator_view": "koordinatorns bild av {question}",
    },
    "en": {
        "history": "Edit history ({count})",
        "no_history": "No changes are stored.",
        "about": (
            "Every change to the facts about the participant and to the measurements: when, "
            "by whom and from where (the app, the command line or an imported file), with the "
            "value before and after. Newest first."
        ),
        "when": "When",
        "by": "Who",
        "source": "From",
        "change": "Change",
        "measurement": "Measurement {day}",
        "participant": "Participant",
        "app": "the app",
        "command line": "the command line",
        "import": "import of {file}",
        "participant_added": "participant added",
        "measurement_added": "measurement added",
        "measurement_removed": "measurement removed",
        "added": "added",
        "removed": "removed",
        "not_answered": "not answered",
        "empty": "empty",
        "note": "note",
        "question_note": "note on {question}",
        "date": "date",
        "card": "card",
        "talked_through": "talked through together",
        "yes": "yes",
        "no": "no",
        "coordinator_view": "coordinator's view of {question}",
    },
}

def history_text(key: str, language: str, **values: object) -> str:
    template = _TEXTS[language_of(language)][key]
    return template.format(**values) if values else template


def plain_words(language: str) -> Words:
    """The words of a change in `language`, with question ids, stored values and ISO
    dates, as the command line prints them ('job_search_knowhow 9 → 1')."""
    return Words(
        participant_added=history_text("participant_added", language),
        measurement_added=history_text("measurement_added", language),
        measurement_removed=history_text("measurement_removed", language),
        not_answered=history_text("not_answered", language),
        empty=history_text("empty", language),
        note_word=history_text("note", language),
        question_note=history_text("question_note", language, question="{question}"),
        date_word=history_text("date", language),
        card_word=history_text("card", language),
        talked_through=history_text("talked_through", language),
        yes=history_text("yes", language),
        no=history_text("no", language),
        coordinator_view=history_text("coordinator_view", language, question="{question}"),
    )


def source_words(source: str, language: str) -> str:
    """Where a change came from, in words: 'the app', 'import of visits.csv'."""
    if source in (SOURCE_APP, SOURCE_COMMAND_LINE):
        return history_text(source, language)
    if source.startswith(IMPORT_PREFIX):
        return history_text("import", language, file=source[len(IMPORT_PREFIX) :])
    return source


class HistoryStory:
    """The history section, in the extract's styles and words."""

    def __init__(
        self,
        language: str,
        cards: Mapping[tuple[str, int], Card],
        texts: Callable[[str], str],
        styles: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle],
    ) -> None:
        """`texts`: the extract's words of the participant's fields and sexes, by key;
        `styles`: heading, meta, cell and table head."""
        self.language = language_of(language)
        self.cards = cards
        self.texts = texts
        self.heading, self.meta, self.cell, self.head = styles

    def _t(self, key: str, **values: object) -> str:
        return history_text(key, self.language, **values)

    def _p(self, words: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(escape(words).replace("\n", "<br/>"), style or self.cell)

    def _moment(self, value: datetime) -> str:
        # Local time of this computer, as the coordinator knows it.
        return str(format_datetime(value.astimezone(), format="short", locale=self.language))

    def _field_name(self, name: str) -> str:
        return follow_up_text(name, self.language) if name in EXIT_FIELDS else self.texts(name)

    def _field_value(self, name: str, value: str) -> str:
        """A participant's field's stored value in the extract's words."""
        try:
            if name == "sex":
                return self.texts(value)
            if name == "exit_reason":
                return label(f"reason:{value}", self.language)
            if name == "subsidised":
                return follow_up_text(value, self.language)
            if name == "exit_branch":
                return label(f"branch:{value}", self.language)
            if name in ("employment", "working_time"):
                return label(f"attribute:{value}", self.language)
        except (KeyError, ValueError):  # a value of an older vocabulary: as stored
            pass
        return value

    def _words(self, edit: Edit) -> Words:
        card = None if edit.card is None else self.cards.get((edit.card.id, edit.card.version))
        language = self.language

        def question(question_id: str) -> str:
            if card is None or not card.has_question(question_id):
                return question_id
            return localized(card.question(question_id).label, language)

        added, removed = self._t("added"), self._t("removed")
        return replace(
            plain_words(language),
            # after "Participant:" or "Measurement 5 Sep 2021:"
            participant_added=added,
            measurement_added=added,
            measurement_removed=removed,
            question=question,
            participant_field=self._field_name,
            participant_value=self._field_value,
            day=lambda day: format_day(day, language),
        )

    def _change(self, edit: Edit) -> str:
        what = what_changed(edit, self._words(edit))
        if edit.subject is Subject.MEASUREMENT and edit.measurement_date is not None:
            day = format_day(edit.measurement_date, self.language)
            return f"{self._t('measurement', day=day)}: {what}"
        return f"{self._t('participant')}: {what}"

    def history(self, edits: Sequence[Edit]) -> Iterator[Flowable]:
        heading = Paragraph(escape(self._t("history", count=len(edits))), self.heading)
        if not edits:
            yield heading
            yield self._p(self._t("no_history"), self.meta)
            return
        rows: list[list[Any]] = [
            [self._p(self._t(c), self.head) for c in ("when", "by", "source", "change")]
        ]
        for edit in edits:
            rows.append(
                [
                    self._p(self._moment(edit.when)),
                    self._p(edit.by),
                    self._p(source_words(edit.source, self.language)),
                    self._p(self._change(edit)),
                ]
            )
        width = A4[0] - 2 * MARGIN
        shares = (0.17, 0.14, 0.19, 0.50)
        table = Table(rows, colWidths=[width * s for s in shares], repeatRows=1)
        table.setStyle(TableStyle(TABLE_GRID))
        # The heading never stays behind at the foot of a page; a long table still splits.
        yield KeepTogether([heading, self._p(self._t("about"), self.meta), Spacer(0, 3), table])
