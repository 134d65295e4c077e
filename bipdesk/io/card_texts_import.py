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

_CODE_IN_HEADER = re.compile(r"\(([^()]*)\)\s*$")


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
        raise CardTextsError(name, f"cannot be read ({error.strerror or error})") from None
    except Exception:  # openpyxl has no error type of its own (see io/tabular.py)
        raise CardTextsError(name, "is not a readable XLSX workbook") from None
    try:
        if META_SHEET not in workbook.sheetnames:
            raise CardTextsError(
                name, "was not made by `bipdesk card texts` (it has no sheet 'bipdesk')"
            )
        meta: dict[str, object] = {}
        for row in workbook[META_SHEET].iter_rows(min_row=1, max_col=2, values_only=True):
            if row and row[0] is not None:
                meta[str(row[0])] = row[1] if len(row) > 1 else None
        if meta.get("format") != FORMAT or meta.get("format_version") != FORMAT_VERSION:
            raise CardTextsError(
                name, "was not made by `bipdesk card texts` (sheet 'bipdesk' is not its own)"
            )
        if SHEET not in workbook.sheetnames:
            raise CardTextsError(name, f"has no sheet '{SHEET}'")
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
        raise CardTextsError(name, "is not a readable XLSX workbook (a part is damaged)") from None
    finally:
        workbook.close()
    return meta, rows, header


def _base_card(path: Path, meta: dict[str, object], library: CardLibrary) -> Card:
    card_id, version = meta.get("card"), meta.get("version")
    if not isinstance(card_id, str) or not isinstance(version, int):
        raise CardTextsError(str(path), "sheet 'bipdesk' does not name the card and its version")
    base = library.get(card_id, version)
    if base is None:
        raise CardTextsError(
            str(path), f"was made from card {card_id} v{version}, which is not installed"
        )
    newest = library.get(card_id)
    if newest is not None and newest.version != version:
        raise CardTextsError(
            str(path),
            f"was made from {base.key}, but {newest.key} is newer; make a new workbook "
            f"with `bipdesk card texts {card_id}` so that no change is lost",
        )
    return base


def _language(path: Path, header: str) -> str:
    where = f"sheet {SHEET}, row {HEADER_ROW}, column {TARGET}"
    found = _CODE_IN_HEADER.search(header)
    code = found.group(1).strip() if found else ""
    if not code:
        raise CardTextsError(
            str(path), f"{where}: missing language code; the header ends with it, e.g. '(ar)'"
        )
    try:
        check_target_language(code)
    except ValueError as error:
        raise CardTextsError(str(path), f"{where}: {error}") from None
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
        where = f"sheet {SHEET}, row {number}"
        if key not in expected:
            shown = f"'{key}'" if key else "an empty key"
            raise CardTextsError(
                name, f"{where}, column {KEY}: {shown} is not a text of {base.key}"
            )
        if key in found:
            raise CardTextsError(
                name, f"{where}, column {KEY}: '{key}' is also in row {found[key][0]}"
            )
        found[key] = (number, text)
    for key in expected:
        if key not in found:
            raise CardTextsError(
                name, f"sheet {SHEET}: no row for '{key}' in column {KEY}; make a new workbook"
            )
    if not any(text for _, text in found.values()):
        raise CardTextsError(
            name, f"sheet {SHEET}, column {TARGET}: no {language} text is filled in"
        )
    anchors = _anchors(name, base, found)
    for key, (number, text) in found.items():
        if not text:
            raise CardTextsError(
                name, f"sheet {SHEET}, row {number}, column {TARGET}: the text for '{key}' is empty"
            )
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
            f"changes nothing: its {language} texts and their status ({status}) are those of "
            f"{base.key} already; no new version written",
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
                f"sheet {SHEET}, rows {rows[0]}–{rows[-1]}, column {TARGET}: "
                f"questions.{question.id}.anchors needs exactly three texts "
                f"(low, middle, high), found {filled}",
            )
        if filled == 3:
            result[question.id] = (texts[0], texts[1], texts[2])
    return result
