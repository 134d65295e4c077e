"""Reading a filled-in texts workbook back as a new version of its card.

Everything is checked before anything is made: a workbook not made by
`bipdesk card texts`, a key it does not know, an empty text or anchors that
are not three each give one line naming the file, sheet, row and column.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from bipdesk.core.cards import DRAFT, Anchors, Card, CardLibrary, CardTranslation
from bipdesk.io.card_texts import (
    FIRST_ROW,
    FORMAT,
    FORMAT_VERSION,
    HEADER_ROW,
    KEY,
    META_SHEET,
    SHEET,
    TARGET,
    CardTextsError,
    check_target_language,
    text_rows,
)
from bipdesk.messages import QT_TRANSLATE_NOOP, message_of

_CODE_IN_HEADER = re.compile(r"\(([^()]*)\)\s*$")
_CELL = QT_TRANSLATE_NOOP("card texts", "sheet {sheet}, row {row}, column {column}")
_AT = QT_TRANSLATE_NOOP("card texts", "{where}: {reason}")


@dataclass(frozen=True)
class TextChange:
    key: str
    before: str
    after: str


@dataclass(frozen=True)
class ImportedTexts:
    """A new card version made from a texts workbook, and what it changes."""

    card: Card
    base: Card
    language: str
    changes: tuple[TextChange, ...]
    unchanged: int

    @property
    def status_before(self) -> str | None:
        return self.base.translation_status.get(self.language)

    @property
    def status_after(self) -> str:
        return self.card.translation_status[self.language]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _read_sheets(path: Path) -> tuple[dict[str, object], list[tuple[int, list[str]]], str]:
    """The meta values, the text rows (number, cells A–E) and the target column's header."""
    import openpyxl

    name = str(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError as error:
        raise CardTextsError(
            name,
            QT_TRANSLATE_NOOP("card texts", "cannot be read ({reason})").format(
                reason=error.strerror or str(error)
            ),
        ) from None
    except Exception:  # openpyxl has no error type of its own (see io/tabular.py)
        raise CardTextsError(
            name, QT_TRANSLATE_NOOP("card texts", "is not a readable XLSX workbook")
        ) from None
    try:
        if META_SHEET not in workbook.sheetnames:
            raise CardTextsError(
                name,
                QT_TRANSLATE_NOOP(
                    "card texts", "was not made by `bipdesk card texts` (it has no sheet 'bipdesk')"
                ),
            )
        meta: dict[str, object] = {}
        for row in workbook[META_SHEET].iter_rows(min_row=1, max_col=2, values_only=True):
            if row and row[0] is not None:
                meta[str(row[0])] = row[1] if len(row) > 1 else None
        if meta.get("format") != FORMAT or meta.get("format_version") != FORMAT_VERSION:
            raise CardTextsError(
                name,
                QT_TRANSLATE_NOOP(
                    "card texts",
                    "was not made by `bipdesk card texts` (sheet 'bipdesk' is not its own)",
                ),
            )
        if SHEET not in workbook.sheetnames:
            raise CardTextsError(
                name,
                QT_TRANSLATE_NOOP("card texts", "has no sheet '{sheet}'").format(sheet=SHEET),
            )
        sheet = workbook[SHEET]
        header = ""
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(max_col=5, values_only=True), start=1):
            cells = [_cell_text(v) for v in values] + [""] * (5 - len(values))
            if number == HEADER_ROW:
                header = cells[3]
            elif number >= FIRST_ROW and any(cells[:4]):
                rows.append((number, cells))
    except CardTextsError:
        raise
    except Exception:
        raise CardTextsError(
            name,
            QT_TRANSLATE_NOOP("card texts", "is not a readable XLSX workbook (a part is damaged)"),
        ) from None
    finally:
        workbook.close()
    return meta, rows, header


def _base_card(path: Path, meta: dict[str, object], library: CardLibrary) -> Card:
    card_id, version = meta.get("card"), meta.get("version")
    if not isinstance(card_id, str) or not isinstance(version, int):
        raise CardTextsError(
            str(path),
            QT_TRANSLATE_NOOP(
                "card texts", "sheet 'bipdesk' does not name the card and its version"
            ),
        )
    base = library.get(card_id, version)
    if base is None:
        raise CardTextsError(
            str(path),
            QT_TRANSLATE_NOOP(
                "card texts", "was made from card {card} v{version}, which is not installed"
            ).format(card=card_id, version=version),
        )
    newest = library.get(card_id)
    if newest is not None and newest.version != version:
        raise CardTextsError(
            str(path),
            QT_TRANSLATE_NOOP(
                "card texts",
                "was made from {base}, but {newest} is newer; make a new workbook "
                "with `bipdesk card texts {card}` so that no change is lost",
            ).format(base=str(base.key), newest=str(newest.key), card=card_id),
        )
    return base


def _language(path: Path, header: str) -> str:
    where = _CELL.format(sheet=SHEET, row=HEADER_ROW, column=TARGET)
    found = _CODE_IN_HEADER.search(header)
    code = found.group(1).strip() if found else ""
    if not code:
        raise CardTextsError(
            str(path),
            QT_TRANSLATE_NOOP(
                "card texts", "{where}: missing language code; the header ends with it, e.g. '(ar)'"
            ).format(where=where),
        )
    try:
        check_target_language(code)
    except ValueError as error:
        raise CardTextsError(str(path), _AT.format(where=where, reason=message_of(error))) from None
    return code


def read_texts_workbook(path: Path, library: CardLibrary, status: str = DRAFT) -> ImportedTexts:
    """The new card version a filled-in workbook makes, or CardTextsError naming the cell."""
    meta, cells, header = _read_sheets(path)
    base = _base_card(path, meta, library)
    language = _language(path, header)
    expected = {row.key: row for row in text_rows(base, language)}
    name = str(path)
    found: dict[str, tuple[int, str]] = {}
    for number, row in cells:
        key, text = row[0], row[3]
        where = _CELL.format(sheet=SHEET, row=number, column=KEY)
        if key not in expected:
            reason = (
                QT_TRANSLATE_NOOP("card texts", "'{key}' is not a text of {card}")
                if key
                else QT_TRANSLATE_NOOP("card texts", "an empty key is not a text of {card}")
            ).format(key=key, card=str(base.key))
            raise CardTextsError(name, _AT.format(where=where, reason=reason))
        if key in found:
            reason = QT_TRANSLATE_NOOP("card texts", "'{key}' is also in row {row}").format(
                key=key, row=found[key][0]
            )
            raise CardTextsError(name, _AT.format(where=where, reason=reason))
        found[key] = (number, text)
    for key in expected:
        if key not in found:
            raise CardTextsError(
                name,
                QT_TRANSLATE_NOOP(
                    "card texts",
                    "sheet {sheet}: no row for '{key}' in column {column}; make a new workbook",
                ).format(sheet=SHEET, key=key, column=KEY),
            )
    if not any(text for _, text in found.values()):
        raise CardTextsError(
            name,
            QT_TRANSLATE_NOOP(
                "card texts", "sheet {sheet}, column {column}: no {language} text is filled in"
            ).format(sheet=SHEET, column=TARGET, language=language),
        )
    anchors = _anchors(name, base, found)
    for key, (number, text) in found.items():
        if not text:
            reason = QT_TRANSLATE_NOOP("card texts", "the text for '{key}' is empty").format(
                key=key
            )
            where = _CELL.format(sheet=SHEET, row=number, column=TARGET)
            raise CardTextsError(name, _AT.format(where=where, reason=reason))
    translation = CardTranslation(
        base.key,
        language,
        found["title"][1],
        found["scale.min_label"][1],
        found["scale.max_label"][1],
        MappingProxyType({q.id: found[f"questions.{q.id}.text"][1] for q in base.questions}),
        MappingProxyType({q.id: found[f"questions.{q.id}.label"][1] for q in base.questions}),
        name,
        MappingProxyType(anchors),
        status,
    )
    newest = max(c.version for c in library if c.id == base.id)
    card = dataclasses.replace(base.with_translation(language, translation), version=newest + 1)
    changes = tuple(
        TextChange(key, expected[key].target, text)
        for key, (_, text) in found.items()
        if expected[key].target != text
    )
    imported = ImportedTexts(card, base, language, changes, len(found) - len(changes))
    if not changes and imported.status_before == imported.status_after:
        raise CardTextsError(
            name,
            QT_TRANSLATE_NOOP(
                "card texts",
                "changes nothing: its {language} texts and their status ({status}) are those of "
                "{card} already; no new version written",
            ).format(language=language, status=status, card=str(base.key)),
        )
    return imported


def _anchors(name: str, base: Card, found: dict[str, tuple[int, str]]) -> dict[str, Anchors]:
    """Each question's three anchors, all filled in or refused naming the rows."""
    result: dict[str, Anchors] = {}
    for question in base.questions:
        keys = [f"questions.{question.id}.anchors.{n}" for n in (1, 2, 3)]
        if keys[0] not in found:
            continue
        texts = [found[key][1] for key in keys]
        filled = sum(1 for text in texts if text)
        if filled not in (0, 3):
            rows = sorted(found[key][0] for key in keys)
            raise CardTextsError(
                name,
                QT_TRANSLATE_NOOP(
                    "card texts",
                    "sheet {sheet}, rows {first}–{last}, column {column}: {key} needs exactly "
                    "three texts (low, middle, high), found {found}",
                ).format(
                    sheet=SHEET,
                    first=rows[0],
                    last=rows[-1],
                    column=TARGET,
                    key=f"questions.{question.id}.anchors",
                    found=filled,
                ),
            )
        if filled == 3:
            result[question.id] = (texts[0], texts[1], texts[2])
    return result
