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

FORMAT = "bipdesk-profile"
VERSION = 1
SCHEMA_FILE = "bipdesk-profile-v1.schema.json"


class ProfileError(FileError):
    """A profile that cannot be read, or an export it does not allow; names the file."""


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
        offered = ", ".join(f"'{p.label}'" for p in self.periods) or "none"
        raise ProfileError(file, f"has no period '{label}' (its periods: {offered})")


@cache
def schema() -> dict[str, Any]:
    path = paths.resources_dir() / "schemas" / SCHEMA_FILE
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def from_json(data: Any, file: str = "profile") -> Profile:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProfileError(
            file, "is not a BIP Desk project profile (format is not bipdesk-profile)"
        )
    validator = jsonschema.validators.validator_for(schema())(schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "the top level"
        raise ProfileError(file, f"does not follow the profile schema at {where}: {error.message}")
    try:
        bands = AgeBands.from_labels(data["age_bands"])
    except ValueError as failure:
        raise ProfileError(file, f"age_bands: {failure}") from None
    periods: list[ProfilePeriod] = []
    for index, entry in enumerate(data["periods"]):
        try:
            start = date.fromisoformat(entry["from"]) if entry["from"] else None
            end = date.fromisoformat(entry["to"]) if entry["to"] else None
            periods.append(ProfilePeriod(" ".join(entry["label"].split()), Period(start, end)))
        except ValueError as failure:
            raise ProfileError(file, f"periods/{index}: {failure}") from None
    labels = [p.label.casefold() for p in periods]
    if len(set(labels)) != len(labels):
        raise ProfileError(file, "periods: two periods have the same label")
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
    if cards.get(profile.card_id, profile.card_version) is None:
        installed = [c.version for c in cards if c.id == profile.card_id]
        have = (
            f"this BIP Desk has version {', '.join(str(v) for v in installed)}"
            if installed
            else "this BIP Desk does not have that card"
        )
        raise ProfileError(
            file,
            f"asks for card {profile.card_id} version {profile.card_version}, but {have}; "
            "install the project's card before exporting",
        )
    if profile.ptable != PTABLE_NAME:
        raise ProfileError(
            file,
            f"asks for perturbation table {profile.ptable}, but this BIP Desk protects with "
            f"{PTABLE_NAME}; the files would not merge",
        )


def periods_of(labels: Sequence[tuple[str, Period]]) -> tuple[ProfilePeriod, ...]:
    return tuple(ProfilePeriod(label, period) for label, period in labels)
