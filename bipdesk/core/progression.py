"""Progression ("stegförflyttning") between first and latest measurement (DESIGN §4)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction

from bipdesk.core.baseline import DEFAULT_BASELINE, Baseline, compared_pair
from bipdesk.core.measurements import Measurement, chronological
from bipdesk.core.periods import Period
from bipdesk.messages import QT_TRANSLATE_NOOP


class Outcome(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    NOT_COMPARABLE = "not_comparable"


@dataclass(frozen=True)
class Progression:
    first: Measurement
    latest: Measurement
    compared_questions: tuple[str, ...]
    """Questions answered in both first and latest, in first's answer order."""
    change: Fraction | None
    """Mean of latest − first over the compared questions; None if not comparable."""
    outcome: Outcome

    @property
    def change_value(self) -> float | None:
        return None if self.change is None else float(self.change)


def exact_threshold(threshold: Fraction | float) -> Fraction:
    """The threshold as an exact fraction, read from a float as it is written.

    `Fraction(0.3)` is 5404319552844595/18014398509481984, a little below 3/10,
    so a change of exactly 3/10 would count as positive; `Fraction("0.3")` is 3/10.
    """
    limit = Fraction(repr(threshold)) if isinstance(threshold, float) else Fraction(threshold)
    if limit < 0:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "progression", "the progression threshold must not be negative (got {threshold})"
            ).format(threshold=str(threshold))
        )
    return limit


def classify(change: Fraction, threshold: Fraction | float = 0) -> Outcome:
    """Positive above the threshold, negative below minus it, otherwise neutral."""
    limit = exact_threshold(threshold)
    if change > limit:
        return Outcome.POSITIVE
    if change < -limit:
        return Outcome.NEGATIVE
    return Outcome.NEUTRAL


def compare(
    first: Measurement, latest: Measurement, threshold: Fraction | float = 0
) -> Progression:
    """Compare two measurements over the questions answered in both."""
    threshold = exact_threshold(threshold)
    first_answers = first.answered
    latest_answers = latest.answered
    common = tuple(q for q in first_answers if q in latest_answers)
    if not common:
        return Progression(first, latest, (), None, Outcome.NOT_COMPARABLE)
    change = Fraction(sum(latest_answers[q] - first_answers[q] for q in common), len(common))
    return Progression(first, latest, common, change, classify(change, threshold))


def progression(
    measurements: Iterable[Measurement],
    card_id: str,
    period: Period | None = None,
    threshold: Fraction | float = 0,
    baseline: Baseline | str = DEFAULT_BASELINE,
) -> Progression | None:
    """First against latest of one participant's measurements of `card_id`.

    Latest is the last inside the period, first as the baseline says (DESIGN
    §4); None when there are not two such measurements.
    """
    threshold = exact_threshold(threshold)
    ordered = chronological([m for m in measurements if m.card.id == card_id])
    pair = compared_pair([m.date for m in ordered], period or Period(), baseline)
    if pair is None:
        return None
    return compare(ordered[pair[0]], ordered[pair[1]], threshold)


def measured_dates(measurements: Iterable[Measurement]) -> list[date]:
    return sorted({m.date for m in measurements})
