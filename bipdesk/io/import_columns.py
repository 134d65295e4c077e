"""The names an import file's header may give its columns: the English names of
DESIGN §6 and §10, and Swedish ones (`deltagare`, `kön`, `mätdatum`...), read
regardless of case, spaces, hyphens and diacritics, since people type headers
by hand in a Swedish spreadsheet ("Födelseår", "Mät datum", "fodelsear").
A problem names a column the file lacks by `column_label`, in the reader's language."""

from __future__ import annotations

import re
import unicodedata

from bipdesk.messages import QT_TRANSLATE_NOOP, Message

SWEDISH_COLUMNS: dict[str, str] = {
    "deltagare": "participant",
    "deltagarkod": "participant",
    "namn": "name",
    "kon": "sex",
    "fodelsear": "birth_year",
    "remittent": "referrer",
    "kommun": "municipality",
    "enhet": "unit",
    "koordinator": "coordinator",
    "startdatum": "start_date",
    "slutdatum": "end_date",
    "avslutsorsak": "exit_reason",
    "anstallningsform": "employment",
    "arbetstid": "working_time",
    "subventionerad": "subsidised",
    "bransch": "branch",
    "matdatum": "measurement_date",
    "kort": "card",
    "aktivitet": "activity",
    "omrade": "area",
    "timmar": "hours",
    "plats": "place",
    "enkatnytta": "survey_useful",
    "enkaterfarenheter": "survey_experience_used",
    "enkatdelaktighet": "survey_involved",
}
"""Swedish header names (as `column_key` folds them) → the column they name."""
SWEDISH_SURVEY_PREFIX = "enkat_"
"""`enkät_<question id>` names the answer of any exit survey question (`survey_<id>`)."""
_SEPARATORS = re.compile(r"[\s\-]+")

_LABELS: dict[str, Message] = {
    "participant": QT_TRANSLATE_NOOP("import column", "participant"),
    "name": QT_TRANSLATE_NOOP("import column", "name"),
    "sex": QT_TRANSLATE_NOOP("import column", "sex"),
    "birth_year": QT_TRANSLATE_NOOP("import column", "birth_year"),
    "referrer": QT_TRANSLATE_NOOP("import column", "referrer"),
    "municipality": QT_TRANSLATE_NOOP("import column", "municipality"),
    "unit": QT_TRANSLATE_NOOP("import column", "unit"),
    "coordinator": QT_TRANSLATE_NOOP("import column", "coordinator"),
    "start_date": QT_TRANSLATE_NOOP("import column", "start_date"),
    "end_date": QT_TRANSLATE_NOOP("import column", "end_date"),
    "exit_reason": QT_TRANSLATE_NOOP("import column", "exit_reason"),
    "employment": QT_TRANSLATE_NOOP("import column", "employment"),
    "working_time": QT_TRANSLATE_NOOP("import column", "working_time"),
    "subsidised": QT_TRANSLATE_NOOP("import column", "subsidised"),
    "branch": QT_TRANSLATE_NOOP("import column", "branch"),
    "survey_useful": QT_TRANSLATE_NOOP("import column", "survey_useful"),
    "survey_experience_used": QT_TRANSLATE_NOOP("import column", "survey_experience_used"),
    "survey_involved": QT_TRANSLATE_NOOP("import column", "survey_involved"),
    "measurement_date": QT_TRANSLATE_NOOP("import column", "measurement_date"),
    "card": QT_TRANSLATE_NOOP("import column", "card"),
    "activity": QT_TRANSLATE_NOOP("import column", "activity"),
    "area": QT_TRANSLATE_NOOP("import column", "area"),
    "hours": QT_TRANSLATE_NOOP("import column", "hours"),
    "place": QT_TRANSLATE_NOOP("import column", "place"),
}
"""Each column's name in the reader's language; the Swedish one is an alias above."""


def column_key(name: str) -> str:
    """`Mät-datum ` → `mat_datum`: case, diacritics and spacing folded away."""
    decomposed = unicodedata.normalize("NFKD", name.strip().casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub("_", bare)


def column_name(name: str) -> str:
    """The column a header name stands for: `Mätdatum` → `measurement_date`.

    A Swedish name may be written with or without its separators (`mät datum`).
    """
    key = column_key(name)
    found = SWEDISH_COLUMNS.get(key.replace("_", ""))
    if found is not None:
        return found
    if key.startswith(SWEDISH_SURVEY_PREFIX):
        return "survey_" + key[len(SWEDISH_SURVEY_PREFIX) :]
    return key


def column_label(column: str) -> Message | str:
    """A column by its name in the reader's language (`mätdatum` in Swedish); a
    question id of the card as it is."""
    return _LABELS.get(column, column)


def labelled_columns() -> tuple[str, ...]:
    """Every fixed column of the import files (a question id of the card is not one)."""
    return tuple(_LABELS)
