"""Swedish alphabetical order and case-insensitive search of names and codes.

Lists of people are sorted and searched here, in Python, never by the
database: SQLite and a PostgreSQL server each have their own idea of text order
(a server's depends on how its database was made), and a team database must
show the same list as a laptop file (DESIGN §11). Swedish puts å, ä, ö after z,
in that order; æ and ø count as ä and ö, accented letters as their base letter
(é as e, ü as y); upper and lower case count as one letter.
"""

from __future__ import annotations

import unicodedata

_AFTER_Z = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"})
"""The three last letters of the alphabet as the three characters after z."""


def search_text(text: str) -> str:
    """`text` as searches compare it: case folded, so 'ÅSA' finds 'Åsa' and 'ö' 'Östen'."""
    return text.casefold()


def sort_key(text: str) -> str:
    """The key that sorts `text` as a Swedish list does: Anna, Zara, Åsa, Ärla, Örjan.

    Ties of the letters alone (case, accents: 'anna' and 'Anna', 'Eva' and 'Éva')
    are broken by the case-folded text and then the text itself, so that every
    list comes out in one order. One string (the parts joined by NUL, which sorts
    before every other character), so that a table model can hand it to Qt.
    """
    folded = text.casefold()
    if folded.isascii():  # most codes and many names: the letters are the text
        return f"{folded}\x00{folded}\x00{text}"
    primary = _without_accents(folded.translate(_AFTER_Z))
    return f"{primary}\x00{folded}\x00{text}"


def _without_accents(text: str) -> str:
    """'é' → 'e' (å, ä, ö were taken out before, so their dots and rings stay letters)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
