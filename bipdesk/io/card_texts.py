"""The translator's round trip: a card's texts out to a workbook (back in card_texts_import).

`bipdesk card texts` writes one sheet with a row per text (Swedish, English
and the language to fill in side by side), so a translator can work in Excel
without seeing a card file; `bipdesk card import-texts` reads it back. The
texts go into a new version of the card, never into the one measurements
were made with, and a hidden sheet says which card and version the
workbook was made from, so that a workbook of an older version is refused
rather than quietly dropping what changed since.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bipdesk.core.card_parsing import LANGUAGE_CODE
from bipdesk.core.cards import (
    BASE_LANGUAGE,
    Card,
    Question,
    is_right_to_left,
)
from bipdesk.io.file_error import FileError
from bipdesk.language import language_name
from bipdesk.messages import QT_TRANSLATE_NOOP

SHEET = "Texts"
META_SHEET = "bipdesk"
FORMAT = "bipdesk-card-texts"
FORMAT_VERSION = 1
HEADER_ROW = 2
FIRST_ROW = 3
KEY, SWEDISH, ENGLISH, TARGET, GUIDE = "A", "B", "C", "D", "E"

_WORDS: dict[str, dict[str, str]] = {
    "sv": {
        "instruction": (
            "Översätt texterna i kolumn B (svenska) till {language} i kolumn D. Kolumn C visar "
            "den engelska texten som stöd och kolumn E var texten syns. Skriv enkelt och kort, "
            "med vardagliga ord och i jag-form där svenskan gör det: deltagarna kan ha gått kort "
            "tid i skolan. Ändra inte kolumn A. Alla rader behöver en text."
        ),
        "key": "Nyckel (ändra inte)",
        "guide": "Var texten syns",
        "title": "Kortets namn",
        "min_label": "Under den lägsta siffran ({value})",
        "max_label": "Under den högsta siffran ({value})",
        "text": "Fråga {number}: frågan som läses upp",
        "label": "Fråga {number}: kort namn i diagrammet, högst cirka 25 tecken",
        "anchor": "Fråga {number}: svaret vid {first}–{last} ({part}), i jag-form",
    },
    "en": {
        "instruction": (
            "Translate the texts in column B (Swedish) into {language} in column D. Column C "
            "shows the English text as support and column E where the text is shown. Write "
            "plainly and briefly, in everyday words and in the first person where the Swedish "
            "is: participants may have had little schooling. Do not change column A. Every row "
            "needs a text."
        ),
        "key": "Key (do not change)",
        "guide": "Where it is shown",
        "title": "The card's name",
        "min_label": "Under the lowest number ({value})",
        "max_label": "Under the highest number ({value})",
        "text": "Question {number}: the question as read out",
        "label": "Question {number}: short name in the chart, about 25 characters at most",
        "anchor": "Question {number}: the answer at {first}–{last} ({part}), in the first person",
    },
}
_PARTS = {"sv": ("lågt", "mitten", "högt"), "en": ("low", "middle", "high")}
"""The low, middle and high part of the scale, in the guide column."""


class CardTextsError(FileError):
    """A texts workbook that cannot be used; the reason names sheet, row and column."""


@dataclass(frozen=True)
class TextRow:
    """One text of a card: its key, the Swedish and English, and the language's (or '')."""

    key: str
    swedish: str
    english: str
    target: str
    guide: str


def _question_rows(
    card: Card, number: int, question: Question, language: str, ui_language: str
) -> Iterator[TextRow]:
    words = _WORDS[ui_language]
    prefix = f"questions.{question.id}"
    for field, texts in (("text", question.text), ("label", question.label)):
        yield TextRow(
            f"{prefix}.{field}",
            texts[BASE_LANGUAGE],
            texts.get("en", ""),
            texts.get(language, ""),
            words[field].format(number=number),
        )
    if BASE_LANGUAGE not in question.anchors:
        return
    target = question.anchors.get(language, ("", "", ""))
    english = question.anchors.get("en", ("", "", ""))
    ranges = card.scale.anchor_ranges
    for index in range(3):
        first, last = ranges[index]
        yield TextRow(
            f"{prefix}.anchors.{index + 1}",
            question.anchors[BASE_LANGUAGE][index],
            english[index],
            target[index],
            words["anchor"].format(
                number=number, first=first, last=last, part=_PARTS[ui_language][index]
            ),
        )


def text_rows(card: Card, language: str, ui_language: str = "en") -> list[TextRow]:
    """Every text of the card, in the order a reader meets them."""
    ui_language = "sv" if ui_language == "sv" else "en"
    words = _WORDS[ui_language]
    scale = card.scale
    rows = [
        TextRow(
            "title",
            card.title[BASE_LANGUAGE],
            card.title.get("en", ""),
            card.title.get(language, ""),
            words["title"],
        ),
        TextRow(
            "scale.min_label",
            scale.minimum_label[BASE_LANGUAGE],
            scale.minimum_label.get("en", ""),
            scale.minimum_label.get(language, ""),
            words["min_label"].format(value=scale.minimum),
        ),
        TextRow(
            "scale.max_label",
            scale.maximum_label[BASE_LANGUAGE],
            scale.maximum_label.get("en", ""),
            scale.maximum_label.get(language, ""),
            words["max_label"].format(value=scale.maximum),
        ),
    ]
    for number, question in enumerate(card.questions, start=1):
        rows += _question_rows(card, number, question, language, ui_language)
    return rows


def check_target_language(language: str) -> None:
    """A language a workbook can be made for: a code, and not the card's base language."""
    if not LANGUAGE_CODE.match(language):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "card texts", "'{language}' is not a language code such as 'ar', 'so' or 'prs'"
            ).format(language=language)
        )
    if language == BASE_LANGUAGE:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "card texts",
                "Swedish is the card's base language: change it in a copy of the card file",
            )
        )


def _column_header(code: str, ui_language: str) -> str:
    """'Arabiska – العربية (ar)': the user's name, the language's own, and the code."""
    theirs = language_name(code, ui_language)
    own = language_name(code)
    names = theirs if own.casefold() == theirs.casefold() else f"{theirs} – {own}"
    return f"{names} ({code})" if names != code else f"({code})"


def write_texts_workbook(card: Card, language: str, path: Path, ui_language: str = "en") -> int:
    """Write the workbook for translating `card` into `language`; returns the number of texts."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    check_target_language(language)
    words = _WORDS["sv" if ui_language == "sv" else "en"]
    rows = text_rows(card, language, ui_language)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    target_name = language_name(language, ui_language, capitalised=False)
    sheet.merge_cells(f"{KEY}1:{GUIDE}1")
    sheet[f"{KEY}1"] = words["instruction"].format(language=target_name)
    sheet[f"{KEY}1"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[1].height = 62
    headers = {
        KEY: words["key"],
        SWEDISH: _column_header(BASE_LANGUAGE, ui_language),
        ENGLISH: _column_header("en", ui_language),
        TARGET: _column_header(language, ui_language),
        GUIDE: words["guide"],
    }
    for column, header in headers.items():
        cell = sheet[f"{column}{HEADER_ROW}"]
        cell.value = header
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    read_only = PatternFill("solid", fgColor="EEEEEE")
    to_fill = PatternFill("solid", fgColor="FFF8D6")
    right_to_left = is_right_to_left(language)
    for number, row in enumerate(rows, start=FIRST_ROW):
        values = {
            KEY: row.key,
            SWEDISH: row.swedish,
            ENGLISH: row.english,
            TARGET: row.target,
            GUIDE: row.guide,
        }
        for column, value in values.items():
            cell = sheet[f"{column}{number}"]
            cell.value = value
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if column == TARGET:
                cell.fill = to_fill
                cell.protection = Protection(locked=False)
                if right_to_left:
                    cell.alignment = Alignment(
                        wrap_text=True, vertical="top", horizontal="right", readingOrder=2
                    )
            else:
                cell.fill = read_only
                if column in (KEY, GUIDE):
                    cell.font = Font(color="555555", size=9)
    key_width = max(len(row.key) for row in rows) * 0.85 + 2  # keys are 9 pt, unbroken
    for column, width in (
        (KEY, key_width),
        (SWEDISH, 46),
        (ENGLISH, 46),
        (TARGET, 56),
        (GUIDE, 34),
    ):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = f"{SWEDISH}{FIRST_ROW}"
    sheet.protection.sheet = True  # no password: it guards against slips, not people
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    meta = workbook.create_sheet(META_SHEET)
    for entry in (("format", FORMAT), ("format_version", FORMAT_VERSION)):
        meta.append(entry)
    meta.append(("card", card.id))
    meta.append(("version", card.version))
    meta.sheet_state = "hidden"
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return len(rows)
