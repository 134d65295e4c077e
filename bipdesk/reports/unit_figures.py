"""The unit's own exact figures (DESIGN §9): what its report and workbook show.

The same three tables as the aggregate file — participants by sex and age
band, exits by sex and reason or outcome group, and per question n,
improved, worsened, unchanged and the mean of the first and the latest
answer — counted by `bipdesk.io.export.count_exact`, but NOT perturbed: a
unit follows up its own work with the true counts, small ones included. That
is why everything made from these figures is marked internal, and why none
of it is ever an aggregate file. The cell keys are dropped here
(`exact_cells`), so no record key reaches a report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bipdesk.core.ages import DEFAULT_AGE_BANDS, AgeBands
from bipdesk.core.aggregation import (
    ALL,
    EXITS,
    LEFT,
    PARTICIPANTS,
    QUESTIONS,
    UNKNOWN_BAND,
    Cell,
    CellKey,
    exact_cells,
)
from bipdesk.core.baseline import DEFAULT_BASELINE, Baseline
from bipdesk.core.cards import Card, localized
from bipdesk.core.participants import OutcomeGroup
from bipdesk.core.periods import Period
from bipdesk.core.surveys import DEFAULT_GOAL, goal_from_percent
from bipdesk.io.export import DEFAULT_CARD_ID, count_exact
from bipdesk.reports.sheet_data import UNIT_SETTING
from bipdesk.reports.texts import format_day, text
from bipdesk.storage.database import Database
from bipdesk.storage.demo import is_demo_database
from bipdesk.storage.survey_goal import survey_goal_percent


@dataclass(frozen=True)
class UnitFigures:
    """A unit's exact tables for one period, with what names them."""

    unit: str
    period: Period
    card: Card
    bands: AgeBands
    cells: tuple[Cell, ...]
    demo: bool = False
    made: date = field(default_factory=date.today)
    survey_goal: float = DEFAULT_GOAL
    """The project's goal for the exit survey's shares of positive answers."""
    baseline: Baseline = DEFAULT_BASELINE
    """What the latest measurement is compared with (DESIGN §4)."""
    _index: Mapping[CellKey, Cell] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {cell.key: cell for cell in self.cells})

    @property
    def band_values(self) -> tuple[str, ...]:
        """The age bands of the participants table, `unknown` last (the margin left out)."""
        return (*self.bands.labels, UNKNOWN_BAND)

    def participants(self, measure: str, sex: str = ALL, band: str = ALL) -> int:
        return self._count(PARTICIPANTS, measure, sex=sex, age_band=band)

    def exits(self, sex: str = ALL, *, reason: str | None = None, group: str | None = None) -> int:
        """People who left: of one exit reason, of one outcome group, or all of them."""
        if reason is None and group is None:
            return sum(self.exits(sex, group=g.value) for g in OutcomeGroup)
        return self._count(EXITS, LEFT, sex=sex, exit_reason=reason, outcome_group=group)

    def question(self, measure: str, question: str) -> int | float | None:
        """A count of one question, or its mean (None: nobody answered it twice)."""
        cell = self._index.get(Cell(QUESTIONS, measure, None, question=question).key)
        return None if cell is None else cell.value

    def question_label(self, question: str, language: str) -> str:
        if self.card.has_question(question):
            return localized(self.card.question(question).label, language)
        return question

    def _count(self, table: str, measure: str, **dimensions: Any) -> int:
        cell = self._index.get(Cell(table, measure, None, **dimensions).key)
        return int(cell.value) if cell is not None and cell.value is not None else 0


def period_words(period: Period, language: str) -> str:
    """A period for people: '1 jan. 2024 – 31 dec. 2024'; open ends in words."""
    start = format_day(period.start, language) if period.start else None
    end = format_day(period.end, language) if period.end else None
    if start and end:
        return text("unit_period_both", language, start=start, end=end)
    if start:
        return text("unit_period_from", language, start=start)
    if end:
        return text("unit_period_to", language, end=end)
    return text("unit_period_open", language)


def compares_words(period: Period, baseline: Baseline | str, language: str) -> str:
    """One sentence on what the progression figures compare (DESIGN §4)."""
    if period.start is None:  # the two baselines are the same
        return text("unit_compares_open", language)
    return text(f"unit_compares_{Baseline(baseline).value}", language)


def unit_name(database: Database, fallback: str = "") -> str:
    """The unit's name from the settings; `fallback` (e.g. the file's name) without one."""
    with database.transaction(write=False) as repository:
        value = repository.get_setting(UNIT_SETTING, "")
    name = " ".join(value.split()) if isinstance(value, str) else ""
    return name or fallback


def count_unit(
    database: Database,
    period: Period,
    *,
    unit: str | None = None,
    card_id: str = DEFAULT_CARD_ID,
    bands: AgeBands = DEFAULT_AGE_BANDS,
    made: date | None = None,
    survey_goal: float | None = None,
    baseline: Baseline | str = DEFAULT_BASELINE,
) -> UnitFigures:
    """The exact tables of `database` for `period` (ExportError: the card is missing);
    the survey goal is the database's own unless one is given."""
    card, keyed = count_exact(database, period, card_id=card_id, bands=bands, baseline=baseline)
    name = unit if unit is not None else unit_name(database, _unnamed(database))
    return UnitFigures(
        unit=name,
        period=period,
        card=card,
        bands=bands,
        cells=tuple(exact_cells(keyed)),
        demo=is_demo_database(database),
        made=made or date.today(),
        survey_goal=(
            survey_goal
            if survey_goal is not None
            else goal_from_percent(survey_goal_percent(database))
        ),
        baseline=Baseline(baseline),
    )


def _unnamed(database: Database) -> str:
    """The unit's name when the settings give none: the file's name; on a team database
    the login's one unit (all it sees), else the database's name."""
    if database.server is None:
        return database.path.stem
    from bipdesk.storage.team_access import my_memberships

    units = {m.unit for m in my_memberships(database) if m.unit is not None}
    return units.pop() if len(units) == 1 else database.server.database
