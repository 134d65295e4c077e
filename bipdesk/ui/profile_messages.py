"""Why a project profile cannot be used, in the app's language: one sentence naming the file.

`bipdesk.io.profile` words its refusals (`ProfileError`) in English for the
command line. The export window recognises each known reason here and says
it again through tr(), with the file's name instead of its whole path; a
reason this module does not know is shown as it came, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from bipdesk.io.profile import ProfileError

_Wording = Callable[[str, re.Match[str]], str]


def _unreadable(file: str, m: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "ProfileMessages", "The project profile {file} cannot be read ({reason})."
    ).format(file=file, reason=m["reason"])


def _not_utf8(file: str, _m: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "ProfileMessages", "The project profile {file} is not JSON: it is not UTF-8 text."
    ).format(file=file)


def _not_json(file: str, m: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "ProfileMessages",
        "The project profile {file} is not JSON: there is an error at line {line}, column "
        "{column}.",
    ).format(file=file, line=m["line"], column=m["column"])


def _not_profile(file: str, _m: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "ProfileMessages",
        "{file} is not a BIP Desk project profile; open the profile the project office sent.",
    ).format(file=file)


def _schema(file: str, m: re.Match[str]) -> str:
    if m["where"] == "the top level":
        return QCoreApplication.translate(
            "ProfileMessages",
            "The project profile {file} lacks something a profile must have ({detail}).",
        ).format(file=file, detail=m["detail"])
    return QCoreApplication.translate(
        "ProfileMessages",
        "The project profile {file} has a wrong value in the field “{field}” ({detail}).",
    ).format(file=file, field=m["where"], detail=m["detail"])


def _field(file: str, m: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "ProfileMessages",
        "The project profile {file} has a wrong value in the field “{field}” ({detail}).",
    ).format(file=file, field=m["field"], detail=m["detail"])


def _same_label(file: str, _m: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "ProfileMessages",
        "The project profile {file} has two periods with the same label in the field “periods”.",
    ).format(file=file)


def _other_card_version(file: str, m: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "ProfileMessages",
        "The project profile {file} asks for card {card} version {version}, but this BIP Desk "
        "has version {installed}, so the export would not merge with the other units' files; "
        "install the project's card first.",
    ).format(file=file, card=m["card"], version=m["version"], installed=m["installed"])


def _no_card(file: str, m: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "ProfileMessages",
        "The project profile {file} asks for card {card} version {version}, which this BIP "
        "Desk does not have, so the export would not merge with the other units' files; "
        "install the project's card first.",
    ).format(file=file, card=m["card"], version=m["version"])


def _other_ptable(file: str, m: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "ProfileMessages",
        "The project profile {file} asks for the perturbation table {wanted}, but this BIP "
        "Desk protects with {used}, so the export would not merge with the other units' "
        "files; ask the project office which BIP Desk to use.",
    ).format(file=file, wanted=m["wanted"], used=m["used"])


def _no_periods(file: str, _m: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "ProfileMessages",
        "The project profile {file} names no reporting periods; ask the project office for "
        "a profile with its periods.",
    ).format(file=file)


NO_PERIODS = "names no reporting periods"
"""The export window's own refusal: a profile without periods leaves nothing to export."""

_RULES: tuple[tuple[re.Pattern[str], _Wording], ...] = (
    (re.compile(r"cannot be read \((?P<reason>.*)\)"), _unreadable),
    (re.compile(r"is not JSON \(not UTF-8 text\)"), _not_utf8),
    (re.compile(r"is not JSON \(.* at line (?P<line>\d+), column (?P<column>\d+)\)"), _not_json),
    (re.compile(r"is not a BIP Desk project profile"), _not_profile),
    (
        re.compile(r"does not follow the profile schema at (?P<where>.+?): (?P<detail>.*)"),
        _schema,
    ),
    (re.compile(r"(?P<field>age_bands|periods/\d+): (?P<detail>.*)"), _field),
    (re.compile(r"periods: two periods have the same label"), _same_label),
    (re.compile(NO_PERIODS), _no_periods),
    (
        re.compile(
            r"asks for card (?P<card>\S+) version (?P<version>\d+), but this BIP Desk has "
            r"version (?P<installed>[\d, ]+);"
        ),
        _other_card_version,
    ),
    (
        re.compile(
            r"asks for card (?P<card>\S+) version (?P<version>\d+), but this BIP Desk does "
            r"not have that card"
        ),
        _no_card,
    ),
    (
        re.compile(
            r"asks for perturbation table (?P<wanted>\S+), but this BIP Desk protects with "
            r"(?P<used>\S+);"
        ),
        _other_ptable,
    ),
)


def profile_message(error: ProfileError) -> str:
    """The one sentence the window shows for `error`, naming the profile file."""
    file = Path(error.file).name or error.file
    for pattern, wording in _RULES:
        found = pattern.match(error.reason)
        if found is not None:
            return wording(file, found)
    return QCoreApplication.translate(
        "ProfileMessages", "The project profile {file} cannot be used: {reason}"
    ).format(file=file, reason=error.reason)
