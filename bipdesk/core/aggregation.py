"""The tables of the aggregate file (DESIGN §7), counted from plain participants.

`Aggregator` takes one participant at a time with their measurements, so an
export can stream a large database; `aggregate` is the one-call form.
`Aggregator.add_facts` takes the same as plain tuples (`ParticipantFacts`,
`MeasurementFacts`): what a streaming read of the database yields without
building a Participant and Measurement object per row.

The result is exact: `KeyedCell`s, each a `Cell` with its true value and the
cell key of the people it counts (the sum of their record keys mod 256). The
unit's own report shows the exact values; what leaves the computer goes
through `bipdesk.core.protection.protect` first. Nothing personal enters a
cell: only counts, sums of answers and means.

Period semantics: `registered` are the participants active at some time in the
period; latest is their last measurement of the card inside it and first is
chosen by the baseline (`bipdesk.core.baseline`, DESIGN §4); `exits` are the participants whose
end date lies inside it. The age band is that of the age in the year of the
participant's first measurement of any card (or of the start date), so that it
does not move between quarterly exports; without a birth year the band is
`unknown`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any, TypeAlias

from bipdesk.core.ages import DEFAULT_AGE_BANDS, AgeBands, age_in_year
from bipdesk.core.baseline import DEFAULT_BASELINE, Baseline, compared_pair
from bipdesk.core.cards import Card
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import (
    ExitReason,
    OutcomeGroup,
    Participant,
    Sex,
    exit_reasons_in,
    outcome_group,
)
from bipdesk.core.periods import Period
from bipdesk.core.perturbation import KEY_SPACE, MEAN_DECIMALS
from bipdesk.core.progression import exact_threshold
from bipdesk.messages import QT_TRANSLATE_NOOP

ALL = "all"
"""The margin value of a dimension."""
UNKNOWN_BAND = "unknown"
"""The age band of participants without a birth year (or any date to take the age at)."""

PARTICIPANTS = "participants"
EXITS = "exits"
QUESTIONS = "questions"
TABLES = (PARTICIPANTS, EXITS, QUESTIONS)

REGISTERED = "registered"
MEASURED = "measured"
COMPARABLE = "comparable"
POSITIVE = "positive"
NEGATIVE = "negative"
NEUTRAL = "neutral"
PARTICIPANT_MEASURES = (REGISTERED, MEASURED, COMPARABLE, POSITIVE, NEGATIVE, NEUTRAL)

LEFT = "left"

N = "n"
IMPROVED = "improved"
WORSENED = "worsened"
UNCHANGED = "unchanged"
SUM_FIRST = "sum_first"
SUM_LATEST = "sum_latest"
MEAN_FIRST = "mean_first"
MEAN_LATEST = "mean_latest"
QUESTION_MEASURES = (
    N,
    IMPROVED,
    WORSENED,
    UNCHANGED,
    SUM_FIRST,
    SUM_LATEST,
    MEAN_FIRST,
    MEAN_LATEST,
)
QUESTION_COUNTS = (N, IMPROVED, WORSENED, UNCHANGED)
SUM_MEASURES = frozenset({SUM_FIRST, SUM_LATEST})
MEAN_MEASURES = frozenset({MEAN_FIRST, MEAN_LATEST})
MEAN_OF_SUM = {SUM_FIRST: MEAN_FIRST, SUM_LATEST: MEAN_LATEST}
HOURS = "hours"
"""The hours of the activities table (DESIGN §10): a magnitude, not a count."""
NOT_COUNTS = MEAN_MEASURES | SUM_MEASURES | {HOURS}

SEXES = tuple(s.value for s in Sex)
"""The sexes of every file, in order: women, men, other, unknown."""

DIMENSIONS = (
    "sex",
    "age_band",
    "exit_reason",
    "outcome_group",
    "question",
    "area",
    "activity",
    "month",
    "attribute",
    "branch",
)
"""The dimension fields a cell may carry, in the order they are written."""

CellKey = tuple[
    str,
    str,
    str | None,
    str | None,
    str | None,
    str | None,
    str | None,
    str | None,
    str | None,
    int | None,
    str | None,
    str | None,
]

ParticipantFacts: TypeAlias = tuple[str, int | None, date | None, date | None, str | None, int]
"""What the tables need of a participant: sex, birth year, start date, end date,
exit reason and record key (0–255, secret: it only ever enters a cell key)."""
MeasurementFacts: TypeAlias = tuple[int | None, str, date, Mapping[str, int] | None]
"""What the tables need of a measurement: its id (None when not saved), card id,
date and answered questions (question → answer, unanswered ones left out). The
answers may be None for a measurement that cannot count: of another card, or
dated outside the period."""

_SEXES = {sex.value: sex.value for sex in Sex}


@dataclass(frozen=True)
class Cell:
    """One figure of one table: its dimensions, its measure and its value.

    `value` is an int for counts and sums, a float for means, None for a mean
    that is withheld (too few people behind it) or over nobody. `margin` is
    the 95 % margin of error of a merged count (None in a unit's file).
    """

    table: str
    measure: str
    value: int | float | None
    sex: str | None = None
    age_band: str | None = None
    exit_reason: str | None = None
    outcome_group: str | None = None
    question: str | None = None
    area: str | None = None
    activity: str | None = None
    month: int | None = None
    attribute: str | None = None
    branch: str | None = None
    withheld: bool = False
    margin: int | None = None

    @property
    def key(self) -> CellKey:
        """Table, measure and dimensions: what `merge` sums by."""
        return (
            self.table,
            self.measure,
            self.sex,
            self.age_band,
            self.exit_reason,
            self.outcome_group,
            self.question,
            self.area,
            self.activity,
            self.month,
            self.attribute,
            self.branch,
        )

    def replaced(self, value: int | float | None, withheld: bool = False) -> Cell:
        """The same cell with another value (the published one, a sum): positional, since
        exports and merges build hundreds of thousands of cells."""
        return Cell(
            self.table,
            self.measure,
            value,
            self.sex,
            self.age_band,
            self.exit_reason,
            self.outcome_group,
            self.question,
            self.area,
            self.activity,
            self.month,
            self.attribute,
            self.branch,
            withheld,
            self.margin,
        )

    @property
    def is_count(self) -> bool:
        """A count of people (not a mean, a sum of answers or hours)."""
        return self.measure not in NOT_COUNTS

    def dimensions(self) -> dict[str, str | int]:
        return {name: v for name in DIMENSIONS if (v := getattr(self, name)) is not None}


@dataclass(frozen=True)
class KeyedCell:
    """An exact cell and the cell key of the people behind it (never written anywhere).

    `top` is the largest contribution of one person to a magnitude cell (hours):
    the noise of such a cell is scaled to it (the top-contributor rule of ABS
    TableBuilder, DESIGN §10)."""

    cell: Cell
    cell_key: int
    top: float = 0.0


def band_labels(bands: AgeBands) -> tuple[str, ...]:
    """Every age band value of the participants table, margin last."""
    return (*bands.labels, UNKNOWN_BAND, ALL)


class _Tally:
    """How many people, and the sum of their record keys (mod 256 when read)."""

    __slots__ = ("keys", "n")

    def __init__(self) -> None:
        self.n = 0
        self.keys = 0

    def add(self, record_key: int) -> None:
        self.n += 1
        self.keys += record_key

    @staticmethod
    def total(tallies: Iterable[_Tally | None]) -> tuple[int, int]:
        n = keys = 0
        for tally in tallies:
            if tally is not None:
                n += tally.n
                keys += tally.keys
        return n, keys % KEY_SPACE


class _QuestionSums:
    """One question: its counts (with their people's keys) and the sums of the answers."""

    __slots__ = ("counts", "first", "latest")

    def __init__(self) -> None:
        self.counts = {measure: _Tally() for measure in QUESTION_COUNTS}
        self.first = 0
        self.latest = 0


class Aggregator:
    """Counts participants one at a time; `cells()` gives the exact tables with cell keys."""

    def __init__(
        self,
        card: Card,
        period: Period,
        bands: AgeBands = DEFAULT_AGE_BANDS,
        threshold: Fraction | float = 0,
        baseline: Baseline | str = DEFAULT_BASELINE,
    ) -> None:
        self.card = card
        self.period = period
        self.bands = bands
        self.baseline = Baseline(baseline)
        self.threshold = exact_threshold(threshold)
        self._questions = card.question_ids
        self._participants: dict[tuple[str, str, str], _Tally] = {}
        self._exits: dict[tuple[str, str], _Tally] = {}
        self._sums = {q: _QuestionSums() for q in self._questions}
        self._bands: dict[tuple[int, int], str] = {}
        self._since = period.start or date.min
        self._until = period.end or date.max
        self._numerator = self.threshold.numerator
        self._denominator = self.threshold.denominator

    def add(
        self, participant: Participant, measurements: Iterable[Measurement], record_key: int = 0
    ) -> None:
        """Count one participant with all of their measurements (any card, any date)."""
        self.add_facts(
            (
                participant.sex,
                participant.birth_year,
                participant.start_date,
                participant.end_date,
                participant.exit_reason,
                record_key,
            ),
            [(m.id, m.card.id, m.date, m.answered) for m in measurements],
        )

    def _count(self, table: dict[Any, _Tally], key: Any, record_key: int) -> None:
        tally = table.get(key)
        if tally is None:
            tally = table[key] = _Tally()
        tally.n += 1
        tally.keys += record_key

    def add_facts(
        self, participant: ParticipantFacts, measurements: Sequence[MeasurementFacts]
    ) -> None:
        """`add` on plain tuples: one participant with all of their measurements.

        Latest is the last of the card's measurements dated in the period and
        first is chosen by the baseline, in `chronological` order (date, then
        saved id); they are compared over the questions answered in both (§4).
        """
        sex_code, birth_year, start_date, end_date, exit_reason, record_key = participant
        if not 0 <= record_key < KEY_SPACE:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "aggregation", "a participant's record key is 0–255, not {key}"
                ).format(key=str(record_key))
            )
        sex = _SEXES.get(sex_code) or Sex(sex_code).value
        period = self.period
        count = self._count
        if end_date is not None and period.contains(end_date):
            reason = ExitReason(exit_reason or ExitReason.OTHER).value
            count(self._exits, (sex, reason), record_key)
        if not period.overlaps(start_date, end_date):
            return
        first_day = min([m[2] for m in measurements]) if measurements else None
        band = self._band(birth_year, first_day or start_date)
        counts = self._participants
        count(counts, (sex, band, REGISTERED), record_key)
        card_id, since, until = self.card.id, self._since, self._until
        chosen = [m for m in measurements if m[1] == card_id and m[2] <= until]
        if not any(since <= m[2] for m in chosen):
            return
        count(counts, (sex, band, MEASURED), record_key)
        chosen.sort(key=_chronological)
        pair = compared_pair([m[2] for m in chosen], period, self.baseline)
        if pair is None:
            return
        first, latest = chosen[pair[0]][3], chosen[pair[1]][3]
        if first is None or latest is None:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "aggregation", "the answers of a measurement that counts are missing"
                )
            )
        common = [q for q in first if q in latest]
        if not common:
            return
        # The mean change, total / len(common), against the threshold p / q,
        # in whole numbers: exactly what comparing the Fractions gives.
        total = 0
        for question in common:
            total += latest[question] - first[question]
        scaled, bound = total * self._denominator, self._numerator * len(common)
        outcome = POSITIVE if scaled > bound else NEGATIVE if scaled < -bound else NEUTRAL
        count(counts, (sex, band, COMPARABLE), record_key)
        count(counts, (sex, band, outcome), record_key)
        sums_of = self._sums
        for question in common:
            sums = sums_of.get(question)
            if sums is None:  # a question the exported card does not have
                continue
            before, after = first[question], latest[question]
            tallies = sums.counts
            tallies[N].add(record_key)
            sums.first += before
            sums.latest += after
            change = IMPROVED if after > before else WORSENED if after < before else UNCHANGED
            tallies[change].add(record_key)

    def _band(self, birth_year: int | None, reference: date | None) -> str:
        """`age_band_of`: the band of the age in the reference year, `unknown` without one."""
        if birth_year is None or reference is None:
            return UNKNOWN_BAND
        key = (birth_year, reference.year)
        band = self._bands.get(key)
        if band is None:
            band = self._bands[key] = self.bands.band_of(age_in_year(*key))
        return band

    def cells(self) -> list[KeyedCell]:
        """All three tables, every combination present (zeros included), exact."""
        return [*self._participant_cells(), *self._exit_cells(), *self._question_cells()]

    def _participant_cells(self) -> list[KeyedCell]:
        inner_bands = (*self.bands.labels, UNKNOWN_BAND)
        cells: list[KeyedCell] = []
        get = self._participants.get
        for sex in (*SEXES, ALL):
            for band in (*inner_bands, ALL):
                for measure in PARTICIPANT_MEASURES:
                    n, key = _Tally.total(
                        get((s, b, measure))
                        for s in (SEXES if sex == ALL else (sex,))
                        for b in (inner_bands if band == ALL else (band,))
                    )
                    cell = Cell(PARTICIPANTS, measure, n, sex=sex, age_band=band)
                    cells.append(KeyedCell(cell, key))
        return cells

    def _exit_cells(self) -> list[KeyedCell]:
        cells: list[KeyedCell] = []
        get = self._exits.get
        for sex in (*SEXES, ALL):
            sexes = SEXES if sex == ALL else (sex,)
            for reason in ExitReason:
                n, key = _Tally.total(get((s, reason.value)) for s in sexes)
                cell = Cell(EXITS, LEFT, n, sex=sex, exit_reason=reason.value)
                cells.append(KeyedCell(cell, key))
            for group in OutcomeGroup:
                n, key = _Tally.total(
                    get((s, r.value)) for s in sexes for r in exit_reasons_in(group)
                )
                cell = Cell(EXITS, LEFT, n, sex=sex, outcome_group=group.value)
                cells.append(KeyedCell(cell, key))
        return cells

    def _question_cells(self) -> list[KeyedCell]:
        cells: list[KeyedCell] = []
        for question in self._questions:
            sums = self._sums[question]
            tallies = sums.counts
            n = tallies[N].n
            people = tallies[N].keys % KEY_SPACE
            values: dict[str, tuple[int | float | None, int]] = {
                measure: (tallies[measure].n, tallies[measure].keys % KEY_SPACE)
                for measure in QUESTION_COUNTS
            }
            # The sums and means are over the people of `n`: they share its key.
            values[SUM_FIRST] = (sums.first, people)
            values[SUM_LATEST] = (sums.latest, people)
            values[MEAN_FIRST] = (round(sums.first / n, MEAN_DECIMALS) if n else None, people)
            values[MEAN_LATEST] = (round(sums.latest / n, MEAN_DECIMALS) if n else None, people)
            for measure in QUESTION_MEASURES:
                value, key = values[measure]
                cells.append(KeyedCell(Cell(QUESTIONS, measure, value, question=question), key))
        return cells


def aggregate(
    participants: Iterable[Participant],
    measurements: Mapping[str, Sequence[Measurement]],
    card: Card,
    period: Period,
    bands: AgeBands = DEFAULT_AGE_BANDS,
    threshold: Fraction | float = 0,
    record_keys: Mapping[str, int] | None = None,
    baseline: Baseline | str = DEFAULT_BASELINE,
) -> list[KeyedCell]:
    """The exact tables for `participants` (measurements and record keys by participant code)."""
    aggregator = Aggregator(card, period, bands, threshold, baseline)
    keys = record_keys or {}
    for participant in participants:
        aggregator.add(
            participant, measurements.get(participant.code, ()), keys.get(participant.code, 0)
        )
    return aggregator.cells()


def exact_cells(cells: Iterable[KeyedCell]) -> list[Cell]:
    """The exact values without their keys: the unit's own report (DESIGN §9)."""
    return [keyed.cell for keyed in cells]


def _chronological(measurement: MeasurementFacts) -> tuple[date, bool, int]:
    """The order of `bipdesk.core.measurements.chronological`."""
    return measurement[2], measurement[0] is None, measurement[0] or 0


def outcome_group_of(reason: str) -> str:
    return outcome_group(ExitReason(reason)).value
