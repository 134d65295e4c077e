"""The tables of the aggregate file (DESIGN §7), counted from plain participants.

`Aggregator` takes one participant at a time with their measurements, so an
export can stream a large database; `aggregate` is the one-call form. The
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
from fractions import Fraction

from bipdesk.core.ages import DEFAULT_AGE_BANDS, AgeBands
from bipdesk.core.cards import Card
from bipdesk.core.measurements import Measurement
from bipdesk.core.overview import age_band_of
from bipdesk.core.participants import (
    ExitReason,
    OutcomeGroup,
    Participant,
    Sex,
    exit_reasons_in,
    outcome_group,
)
from bipdesk.core.periods import Period
from bipdesk.core.progression import Outcome, exact_threshold, progression

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

    def add(self, participant: Participant, measurements: Iterable[Measurement]) -> None:
        """Count one participant with all of their measurements (any card, any date)."""
        period = self.period
        sex = Sex(participant.sex).value
        if participant.end_date is not None and period.contains(participant.end_date):
            reason = ExitReason(participant.exit_reason or ExitReason.OTHER).value
            self._exits[sex, reason] = self._exits.get((sex, reason), 0) + 1
        if not period.overlaps(participant.start_date, participant.end_date):
            return
        everything = list(measurements)
        first_day = min((m.date for m in everything), default=None)
        band = age_band_of(participant, first_day, self.bands) or UNKNOWN_BAND
        counts = self._participants
        counts[sex, band, REGISTERED] = counts.get((sex, band, REGISTERED), 0) + 1
        chosen = [m for m in everything if m.card.id == self.card.id and period.contains(m.date)]
        if not chosen:
            return
        counts[sex, band, MEASURED] = counts.get((sex, band, MEASURED), 0) + 1
        found = progression(chosen, self.card.id, None, self.threshold)
        if found is None or found.outcome is Outcome.NOT_COMPARABLE:
            return
        for measure in (COMPARABLE, found.outcome.value):
            counts[sex, band, measure] = counts.get((sex, band, measure), 0) + 1
        first, latest = found.first.answered, found.latest.answered
        for question in found.compared_questions:
            sums = self._sums.get(question)
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


def outcome_group_of(reason: str) -> str:
    return outcome_group(ExitReason(reason)).value
