"""The names an import file's header may give its columns: the English names of
DESIGN §6 and §10, and Swedish ones (`deltagare`, `kön`, `mätdatum`...), read
regardless of case, spaces, hyphens and diacritics, since people type headers
by hand in a Swedish spreadsheet ("Födelseår", "Mät datum", "fodelsear")."""

from __future__ import annotations

import re
import unicodedata

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
}
"""Swedish header names (as `column_key` folds them) → the column they name."""
_SEPARATORS = re.compile(r"[\s\-]+")


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
    return SWEDISH_COLUMNS.get(key.replace("_", ""), key)
