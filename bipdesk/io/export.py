"""Export for the project office: one call for the CLI and the desktop app.

`build_aggregate` reads the database and returns the protected tables (what a
preview shows, exactly what will leave the computer); `write_outputs` writes
them as JSON and, on request, CSV and XLSX; `export_aggregate` does both.
`count_exact` is the same count before protection, for the unit's own report.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path

from bipdesk import __version__
from bipdesk.core.ages import DEFAULT_AGE_BANDS, AgeBands
from bipdesk.core.aggregation import Aggregator, KeyedCell
from bipdesk.core.baseline import DEFAULT_BASELINE, Baseline
from bipdesk.core.cards import Card
from bipdesk.core.follow_up import FollowUpAggregator
from bipdesk.core.periods import Period
from bipdesk.core.protection import Protection, protect
from bipdesk.io.aggregate_file import AggregateFile, CardInfo, write_aggregate
from bipdesk.io.aggregate_tables import write_csv, write_xlsx
from bipdesk.io.ptables import load_magnitudes, load_ptable
from bipdesk.io.surveys import exit_survey
from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.storage.database import Database
from bipdesk.storage.demo import is_demo_database

DEFAULT_CARD_ID = "bip-standard"


class ExportError(ValueError):
    """An export that cannot be made as asked; the message says why."""


@dataclass(frozen=True)
class ExportPaths:
    json: Path
    csv: Path | None = None
    xlsx: Path | None = None


def count_exact(
    database: Database,
    period: Period,
    *,
    card_id: str = DEFAULT_CARD_ID,
    card_version: int | None = None,
    bands: AgeBands = DEFAULT_AGE_BANDS,
    threshold: Fraction | float = 0,
    baseline: Baseline | str = DEFAULT_BASELINE,
) -> tuple[Card, list[KeyedCell]]:
    """The exact tables of the participants in `database` for `period`, with cell keys:
    the card's (DESIGN §7), then the follow-up tables (§10)."""
    card = database.cards.get(card_id, card_version)
    if card is None:
        if card_version is None:
            raise ExportError(
                QT_TRANSLATE_NOOP("export", "the card '{card}' is not installed").format(
                    card=card_id
                )
            )
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "export", "the card '{card}' version {version} is not installed"
            ).format(card=card_id, version=str(card_version))
        )
    aggregator = Aggregator(card, period, bands, threshold, baseline)
    # One participant at a time, straight from the database: memory stays
    # bounded, and no names, notes or timestamps are even read.
    follow_up = FollowUpAggregator(period, exit_survey().question_ids, database.today())
    with database.transaction(write=False) as repository:
        facts = repository.iter_aggregation_facts(card.id, period.start, period.end, baseline)
        for participant, measurements in facts:
            aggregator.add_facts(participant, measurements)
        for one in repository.iter_follow_up_facts(period.start, period.end):
            follow_up.add(one)
    return card, [*aggregator.cells(), *follow_up.cells()]


def build_aggregate(
    database: Database,
    period: Period,
    unit: str,
    *,
    project: str | None = None,
    card_id: str = DEFAULT_CARD_ID,
    card_version: int | None = None,
    bands: AgeBands = DEFAULT_AGE_BANDS,
    threshold: Fraction | float = 0,
    baseline: Baseline | str = DEFAULT_BASELINE,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> AggregateFile:
    """The protected tables of the participants in `database` for `period`."""
    unit = " ".join(unit.split())
    if not unit:
        raise ExportError(
            QT_TRANSLATE_NOOP("export", "the unit label is empty; give the exporting unit a name")
        )
    project = " ".join(project.split()) if project else None
    card, exact = count_exact(
        database,
        period,
        card_id=card_id,
        card_version=card_version,
        bands=bands,
        threshold=threshold,
        baseline=baseline,
    )
    protection = Protection()
    cells = protect(
        exact,
        load_ptable(protection.ptable),
        load_magnitudes(),
        protection.means_from_n,
        protection.magnitude_noise,
    )
    return AggregateFile(
        export_id=str(uuid.uuid4()),
        generated_at=now().isoformat(timespec="seconds"),
        software=f"bipdesk {__version__}",
        unit=unit,
        period=period,
        card=CardInfo(
            card.id, card.version, card.question_ids, card.scale.minimum, card.scale.maximum
        ),
        age_bands=bands.labels,
        protection=protection,
        cells=tuple(cells),
        project=project or None,
        baseline=Baseline(baseline).value,
        demo=is_demo_database(database),
    )


def write_outputs(aggregate: AggregateFile, paths: ExportPaths, language: str = "sv") -> None:
    """The JSON file, then CSV and XLSX when asked for (headers in `language`)."""
    write_aggregate(paths.json, aggregate)
    if paths.csv is not None:
        write_csv(paths.csv, aggregate, language)
    if paths.xlsx is not None:
        write_xlsx(paths.xlsx, aggregate, language)


def export_aggregate(
    database: Database,
    period: Period,
    unit: str,
    *,
    paths: ExportPaths,
    language: str = "sv",
    project: str | None = None,
    card_id: str = DEFAULT_CARD_ID,
    card_version: int | None = None,
    bands: AgeBands = DEFAULT_AGE_BANDS,
    threshold: Fraction | float = 0,
    baseline: Baseline | str = DEFAULT_BASELINE,
) -> AggregateFile:
    """Build and write the aggregate file (and CSV/XLSX); returns what was written."""
    aggregate = build_aggregate(
        database,
        period,
        unit,
        project=project,
        card_id=card_id,
        card_version=card_version,
        bands=bands,
        threshold=threshold,
        baseline=baseline,
    )
    write_outputs(aggregate, paths, language)
    return aggregate
