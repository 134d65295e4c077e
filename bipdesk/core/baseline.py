"""The baseline of a period's progression (DESIGN §4): what `latest` is compared with.

A quarter seldom holds two measurements three months apart, so comparing only
inside the period (`period`) leaves a quarterly report without figures; the
default `start` compares with the participant's first measurement ever, up to
the period's end. One rule, here, for the export, the unit report and the
repository's streaming read, so that they never choose differently.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum

from bipdesk.core.periods import Period


class Baseline(StrEnum):
    START = "start"
    """First = the earliest measurement on any date up to the period's end."""
    PERIOD = "period"
    """First = the earliest measurement inside the period."""


DEFAULT_BASELINE = Baseline.START


def first_window(period: Period, baseline: Baseline | str) -> tuple[date, date]:
    """The days (inclusive) a baseline measurement may lie on; latest lies in the period."""
    until = period.end or date.max
    if Baseline(baseline) is Baseline.START:
        return date.min, until
    return period.start or date.min, until


def compared_pair(
    days: Sequence[date], period: Period, baseline: Baseline | str
) -> tuple[int, int] | None:
    """Indices of first and latest among `days` (one participant's measurements of
    one card, in chronological order); None when there are not two to compare.

    Latest is the last inside the period: without one the participant is not
    compared at all, however many measurements lie before it.
    """
    since, until = period.start or date.min, period.end or date.max
    first_since, _ = first_window(period, baseline)
    first = latest = -1
    for index, day in enumerate(days):
        if day > until:
            break
        if first < 0 and day >= first_since:
            first = index
        if day >= since:
            latest = index
    if latest < 0 or first == latest:
        return None
    return first, latest
