"""The tables of the aggregate file (DESIGN §7), counted from plain participants.

`Aggregator` takes one participant at a time with their measurements, so an
export can stream a large database; `aggregate` is the one-call form.
`Aggregator.add_facts` takes the same as plain tuples (`ParticipantFacts`,
`MeasurementFacts`): what a streaming read of the database yields without
building a Participant and Measurement object per row. The
result is a list of `Cell`s in long format, before disclosure control
(`bipdesk.core.disclosure.protect`). Nothing personal enters a cell: only
counts, and means over questions.

Period semantics: `registered` are the participants active at some time in the
period; only measurements dated inside it count (first and latest are taken
among them, DESIGN §4); `exits` are the participants whose end date lies
inside it. The age band is that of the age in the year of the participant's
first measurement of any card (or of the start date), so that it does not move
between quarterly exports; without a birth year the band is `unknown`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction
from typing import TypeAlias

from bipdesk.core.ages import DEFAULT_AGE_BANDS, AgeBands, age_in_year
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
from bipdesk.core.progression import exact_threshold

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
MEAN_FIRST = "mean_first"
MEAN_LATEST = "mean_latest"
IMPROVED = "improved"
WORSENED = "worsened"
UNCHANGED = "unchanged"
QUESTION_MEASURES = (N, MEAN_FIRST, MEAN_LATEST, IMPROVED, WORSENED, UNCHANGED)
MEAN_MEASURES = frozenset({MEAN_FIRST, MEAN_LATEST})

SEXES = tuple(s.value for s in Sex)
"""The sexes of every file, in order: women, men, other, unknown."""
MEAN_DECIMALS = 2

DIMENSIONS = ("sex", "age_band", "exit_reason", "outcome_group", "question")
"""The dimension fields a cell may carry, in the order they are written."""

CellKey = tuple[str, str, str | None, str | None, str | None, str | None, str | None]

ParticipantFacts: TypeAlias = tuple[str, int | None, date | None, date | None, str | None]
"""What the tables need of a participant: sex, birth year, start date, end date, exit reason."""
MeasurementFacts: TypeAlias = tuple[int | None, str, date, Mapping[str, int] | None]
"""What the tables need of a measurement: its id (None when not saved), card id,
date and answered questions (question → answer, unanswered ones left out). The
answers may be None for a measurement that cannot count: of another card, or
dated outside the period."""

_SEXES = {sex.value: sex.value for sex in Sex}


@dataclass(frozen=True)
class Cell:
    """One figure of one table: its dimensions, its measure and its value.

    `value` is an int for counts, a float for means, None when suppressed (or
    a mean over nobody). `lower_bound` and `partial` appear only in merged
    files: a sum with a suppressed part, a mean over only some of the units.
    """

    table: str
    measure: str
    value: int | float | None
    sex: str | None = None
    age_band: str | None = None
    exit_reason: str | None = None
    outcome_group: str | None = None
    question: str | None = None
    suppressed: bool = False
    lower_bound: bool = False
    partial: bool = False

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
        )

    @property
    def is_count(self) -> bool:
        return self.measure not in MEAN_MEASURES

    def dimensions(self) -> dict[str, str]:
        return {name: v for name in DIMENSIONS if (v := getattr(self, name)) is not None}

    def suppress(self) -> Cell:
        return replace(self, value=None, suppressed=True)


def band_labels(bands: AgeBands) -> tuple[str, ...]:
    """Every age band value of the participants table, margin last."""
    return (*bands.labels, UNKNOWN_BAND, ALL)


@dataclass
class _QuestionSums:
    n: int = 0
    first: int = 0
    latest: int = 0
    improved: int = 0
    worsened: int = 0
    unchanged: int = 0


class Aggregator:
    """Counts participants one at a time; `cells()` gives the tables."""

    def __init__(
        self,
        card: Card,
        period: Period,
        bands: AgeBands = DEFAULT_AGE_BANDS,
        threshold: Fraction | float = 0,
    ) -> None:
        self.card = card
        self.period = period
        self.bands = bands
        self.threshold = exact_threshold(threshold)
        self._questions = card.question_ids
        self._participants: dict[tuple[str, str, str], int] = {}
        self._exits: dict[tuple[str, str], int] = {}
        self._sums = {q: _QuestionSums() for q in self._questions}
        self._bands: dict[tuple[int, int], str] = {}
        self._since = period.start or date.min
        self._until = period.end or date.max
        self._numerator = self.threshold.numerator
        self._denominator = self.threshold.denominator

    def add(self, participant: Participant, measurements: Iterable[Measurement]) -> None:
        """Count one participant with all of their measurements (any card, any date)."""
        self.add_facts(
            (
                participant.sex,
                participant.birth_year,
                participant.start_date,
                participant.end_date,
                participant.exit_reason,
            ),
            [(m.id, m.card.id, m.date, m.answered) for m in measurements],
        )

    def add_facts(
        self, participant: ParticipantFacts, measurements: Sequence[MeasurementFacts]
    ) -> None:
        """`add` on plain tuples: one participant with all of their measurements.

        First and latest are the earliest and latest of the card's measurements
        dated in the period, in `chronological` order (date, then saved id);
        they are compared over the questions answered in both (DESIGN §4).
        """
        sex_code, birth_year, start_date, end_date, exit_reason = participant
        sex = _SEXES.get(sex_code) or Sex(sex_code).value
        period = self.period
        if end_date is not None and period.contains(end_date):
            reason = ExitReason(exit_reason or ExitReason.OTHER).value
            self._exits[sex, reason] = self._exits.get((sex, reason), 0) + 1
        if not period.overlaps(start_date, end_date):
            return
        first_day = min([m[2] for m in measurements]) if measurements else None
        band = self._band(birth_year, first_day or start_date)
        counts = self._participants
        key = (sex, band, REGISTERED)
        counts[key] = counts.get(key, 0) + 1
        card_id, since, until = self.card.id, self._since, self._until
        chosen = [m for m in measurements if m[1] == card_id and since <= m[2] <= until]
        if not chosen:
            return
        key = (sex, band, MEASURED)
        counts[key] = counts.get(key, 0) + 1
        if len(chosen) < 2:
            return
        chosen.sort(key=_chronological)
        first, latest = chosen[0][3], chosen[-1][3]
        if first is None or latest is None:
            raise ValueError("the answers of a measurement that counts are missing")
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
        for measure in (COMPARABLE, outcome):
            key = (sex, band, measure)
            counts[key] = counts.get(key, 0) + 1
        sums_of = self._sums
        for question in common:
            sums = sums_of.get(question)
            if sums is None:  # a question the exported card does not have
                continue
            before, after = first[question], latest[question]
            sums.n += 1
            sums.first += before
            sums.latest += after
            if after > before:
                sums.improved += 1
            elif after < before:
                sums.worsened += 1
            else:
                sums.unchanged += 1

    def _band(self, birth_year: int | None, reference: date | None) -> str:
        """`age_band_of`: the band of the age in the reference year, `unknown` without one."""
        if birth_year is None or reference is None:
            return UNKNOWN_BAND
        key = (birth_year, reference.year)
        band = self._bands.get(key)
        if band is None:
            band = self._bands[key] = self.bands.band_of(age_in_year(*key))
        return band

    def cells(self) -> list[Cell]:
        """All three tables, every combination present (zeros included)."""
        return [*self._participant_cells(), *self._exit_cells(), *self._question_cells()]

    def _participant_cells(self) -> list[Cell]:
        inner_bands = (*self.bands.labels, UNKNOWN_BAND)
        cells: list[Cell] = []
        for sex in (*SEXES, ALL):
            for band in (*inner_bands, ALL):
                for measure in PARTICIPANT_MEASURES:
                    value = sum(
                        self._participants.get((s, b, measure), 0)
                        for s in (SEXES if sex == ALL else (sex,))
                        for b in (inner_bands if band == ALL else (band,))
                    )
                    cells.append(Cell(PARTICIPANTS, measure, value, sex=sex, age_band=band))
        return cells

    def _exit_cells(self) -> list[Cell]:
        cells: list[Cell] = []
        for sex in (*SEXES, ALL):
            sexes = SEXES if sex == ALL else (sex,)
            for reason in ExitReason:
                value = sum(self._exits.get((s, reason.value), 0) for s in sexes)
                cells.append(Cell(EXITS, LEFT, value, sex=sex, exit_reason=reason.value))
            for group in OutcomeGroup:
                value = sum(
                    self._exits.get((s, r.value), 0) for s in sexes for r in exit_reasons_in(group)
                )
                cells.append(Cell(EXITS, LEFT, value, sex=sex, outcome_group=group.value))
        return cells

    def _question_cells(self) -> list[Cell]:
        cells: list[Cell] = []
        for question in self._questions:
            sums = self._sums[question]
            means: dict[str, float | None] = {MEAN_FIRST: None, MEAN_LATEST: None}
            if sums.n:
                means[MEAN_FIRST] = round(sums.first / sums.n, MEAN_DECIMALS)
                means[MEAN_LATEST] = round(sums.latest / sums.n, MEAN_DECIMALS)
            values: dict[str, int | float | None] = {
                N: sums.n,
                **means,
                IMPROVED: sums.improved,
                WORSENED: sums.worsened,
                UNCHANGED: sums.unchanged,
            }
            for measure in QUESTION_MEASURES:
                cells.append(Cell(QUESTIONS, measure, values[measure], question=question))
        return cells


def aggregate(
    participants: Iterable[Participant],
    measurements: Mapping[str, Sequence[Measurement]],
    card: Card,
    period: Period,
    bands: AgeBands = DEFAULT_AGE_BANDS,
    threshold: Fraction | float = 0,
) -> list[Cell]:
    """The unprotected tables for `participants` (measurements by participant code)."""
    aggregator = Aggregator(card, period, bands, threshold)
    for participant in participants:
        aggregator.add(participant, measurements.get(participant.code, ()))
    return aggregator.cells()


def _chronological(measurement: MeasurementFacts) -> tuple[date, bool, int]:
    """The order of `bipdesk.core.measurements.chronological`."""
    return measurement[2], measurement[0] is None, measurement[0] or 0


def outcome_group_of(reason: str) -> str:
    return outcome_group(ExitReason(reason)).value
