"""The project profile (DESIGN §8): what a project office hands its units so
that every unit's aggregate file merges with the others.

A profile names the project, the card id and version, the age bands, the
reporting periods (each with a label such as "2025 H1") and the perturbation
table. `export-aggregate --profile` and the export window take card, bands and
period from it, and refuse an export that would not merge, saying why.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]

from bipdesk import paths
from bipdesk.core.ages import AgeBands
from bipdesk.core.cards import CardLibrary
from bipdesk.core.periods import Period
from bipdesk.core.perturbation import PTABLE_NAME
from bipdesk.io.aggregate_file import write_atomically
from bipdesk.io.file_error import FileError, read_json
from bipdesk.messages import QT_TRANSLATE_NOOP, joined, message_of

FORMAT = "bipdesk-profile"
VERSION = 1
SCHEMA_FILE = "bipdesk-profile-v1.schema.json"


class ProfileError(FileError):
    """A profile that cannot be read, or an export it does not allow; names the file."""


NO_PERIODS = QT_TRANSLATE_NOOP(
    "profile",
    "The project profile names no reporting periods; ask the project office for a profile "
    "with its periods.",
)
"""The export window's refusal: a profile without periods leaves nothing to export."""

_WRONG_VALUE = QT_TRANSLATE_NOOP(
    "profile", "The project profile has a wrong value in the field “{field}” ({detail})."
)


@dataclass(frozen=True)
class ProfilePeriod:
    label: str
    period: Period


@dataclass(frozen=True)
class Profile:
    project: str
    card_id: str
    card_version: int
    age_bands: AgeBands
    periods: tuple[ProfilePeriod, ...]
    ptable: str = PTABLE_NAME

    def period(self, label: str, file: str = "profile") -> Period:
        """The period of that label; ProfileError listing the labels there are."""
        wanted = " ".join(label.split()).casefold()
        for entry in self.periods:
            if entry.label.casefold() == wanted:
                return entry.period
        if not self.periods:
            raise ProfileError(file, NO_PERIODS)
        offered = joined((f"'{p.label}'" for p in self.periods), ", ")
        raise ProfileError(
            file,
            QT_TRANSLATE_NOOP(
                "profile", "The project profile has no period '{label}'; its periods are {periods}."
            ).format(label=label, periods=offered),
        )


@cache
def schema() -> dict[str, Any]:
    path = paths.resources_dir() / "schemas" / SCHEMA_FILE
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def from_json(data: Any, file: str = "profile") -> Profile:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProfileError(
            file,
            QT_TRANSLATE_NOOP(
                "profile",
                "The file is not a BIP Desk project profile; open the profile the project "
                "office sent.",
            ),
        )
    validator = jsonschema.validators.validator_for(schema())(schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path)
        if not where:
            raise ProfileError(
                file,
                QT_TRANSLATE_NOOP(
                    "profile",
                    "The project profile lacks something a profile must have ({detail}).",
                ).format(detail=error.message),
            )
        raise ProfileError(file, _WRONG_VALUE.format(field=where, detail=error.message))
    try:
        bands = AgeBands.from_labels(data["age_bands"])
    except ValueError as failure:
        detail = message_of(failure)
        raise ProfileError(file, _WRONG_VALUE.format(field="age_bands", detail=detail)) from None
    periods: list[ProfilePeriod] = []
    for index, entry in enumerate(data["periods"]):
        try:
            start = date.fromisoformat(entry["from"]) if entry["from"] else None
            end = date.fromisoformat(entry["to"]) if entry["to"] else None
            periods.append(ProfilePeriod(" ".join(entry["label"].split()), Period(start, end)))
        except ValueError as failure:
            field = f"periods/{index}"
            detail = message_of(failure)
            raise ProfileError(file, _WRONG_VALUE.format(field=field, detail=detail)) from None
    labels = [p.label.casefold() for p in periods]
    if len(set(labels)) != len(labels):
        raise ProfileError(
            file,
            QT_TRANSLATE_NOOP(
                "profile",
                "The project profile has two periods with the same label in the field “periods”.",
            ),
        )
    return Profile(
        project=" ".join(data["project"].split()),
        card_id=data["card"]["id"],
        card_version=data["card"]["version"],
        age_bands=bands,
        periods=tuple(periods),
        ptable=data["ptable"],
    )


def read_profile(path: Path) -> Profile:
    return from_json(read_json(path, ProfileError), str(path))


def to_json(profile: Profile) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "project": profile.project,
        "card": {"id": profile.card_id, "version": profile.card_version},
        "age_bands": list(profile.age_bands.labels),
        "periods": [
            {
                "label": entry.label,
                "from": entry.period.start.isoformat() if entry.period.start else None,
                "to": entry.period.end.isoformat() if entry.period.end else None,
            }
            for entry in profile.periods
        ],
        "ptable": profile.ptable,
    }


def write_profile(path: Path, profile: Profile) -> None:
    data = to_json(profile)
    from_json(data, str(path))  # never write what a unit could not read
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_atomically(Path(path), text.encode("utf-8"))


def check_fits(profile: Profile, cards: CardLibrary, file: str = "profile") -> None:
    """Refuse (ProfileError) a profile this installation cannot export for, saying why."""
    card, version = profile.card_id, str(profile.card_version)
    if cards.get(profile.card_id, profile.card_version) is None:
        installed = [str(c.version) for c in cards if c.id == profile.card_id]
        if installed:
            raise ProfileError(
                file,
                QT_TRANSLATE_NOOP(
                    "profile",
                    "The project profile asks for card {card} version {version}, but this BIP "
                    "Desk has version {installed}, so the export would not merge with the other "
                    "units' files; install the project's card first.",
                ).format(card=card, version=version, installed=joined(installed, ", ")),
            )
        raise ProfileError(
            file,
            QT_TRANSLATE_NOOP(
                "profile",
                "The project profile asks for card {card} version {version}, which this BIP "
                "Desk does not have, so the export would not merge with the other units' "
                "files; install the project's card first.",
            ).format(card=card, version=version),
        )
    if profile.ptable != PTABLE_NAME:
        raise ProfileError(
            file,
            QT_TRANSLATE_NOOP(
                "profile",
                "The project profile asks for the perturbation table {wanted}, but this BIP "
                "Desk protects with {used}, so the export would not merge with the other "
                "units' files; ask the project office which BIP Desk to use.",
            ).format(wanted=profile.ptable, used=PTABLE_NAME),
        )


def periods_of(labels: Sequence[tuple[str, Period]]) -> tuple[ProfilePeriod, ...]:
    return tuple(ProfilePeriod(label, period) for label, period in labels)
