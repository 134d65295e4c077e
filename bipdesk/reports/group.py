"""The group spider: mean first against mean latest for a filtered set of participants.

Pure functions on core dataclasses (no Qt, no database): the desktop dialog
reads the participants and measurements once and calls `compare_group` each
time a filter changes. The rules are those of the aggregate file (DESIGN §7),
so a group chart and an export of the same period count the same people:

- the period (both ends inclusive, either end open) selects the participants
  active at some time in it, and the measurements dated inside it; first and
  latest are taken among those (DESIGN §4);
- the age band is that of the age in the year of the participant's first
  measurement of any card (or of the start date); without a birth year it is
  `UNKNOWN_BAND`;
- only comparable participants (two measurements of the card sharing an
  answered question) stand behind the chart.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from bipdesk.core.ages import DEFAULT_AGE_BANDS, AgeBands
from bipdesk.core.aggregation import UNKNOWN_BAND
from bipdesk.core.baseline import Baseline
from bipdesk.core.cards import Card
from bipdesk.core.measurements import Measurement
from bipdesk.core.overview import age_band_of
from bipdesk.core.participants import Participant, Sex
from bipdesk.core.periods import Period
from bipdesk.core.progression import Progression, progression
from bipdesk.core.swedish_order import sort_key
from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.reports.changes import GroupMeans, group_means

__all__ = [
    "UNKNOWN_BAND",
    "GroupFilter",
    "compare_group",
    "group_progressions",
    "select_group",
    "units_of",
]


@dataclass(frozen=True)
class GroupFilter:
    """Who belongs to the group; None in a field means 'all'."""

    unit: str | None = None
    sex: Sex | None = None
    age_band: str | None = None
    """A label of `bands`, `UNKNOWN_BAND`, or None for every age."""
    period: Period = field(default_factory=Period.always)
    bands: AgeBands = DEFAULT_AGE_BANDS

    def __post_init__(self) -> None:
        allowed = (*self.bands.labels, UNKNOWN_BAND)
        if self.age_band is not None and self.age_band not in allowed:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "group", "'{band}' is not an age band; use one of {bands}"
                ).format(band=self.age_band, bands=", ".join(allowed))
            )


def units_of(participants: Iterable[Participant]) -> list[str]:
    """The distinct non-empty units of `participants`, sorted for a menu."""
    return sorted({p.unit for p in participants if p.unit}, key=sort_key)


def select_group(
    participants: Iterable[Participant],
    measurements: Mapping[str, Sequence[Measurement]],
    group: GroupFilter,
) -> list[Participant]:
    """The participants of the group: unit, sex, age band, and active in the period."""
    chosen: list[Participant] = []
    for participant in participants:
        if group.unit is not None and participant.unit != group.unit:
            continue
        if group.sex is not None and Sex(participant.sex) is not group.sex:
            continue
        if not group.period.overlaps(participant.start_date, participant.end_date):
            continue
        if group.age_band is not None:
            own = measurements.get(participant.code, ())
            first_day = min((m.date for m in own), default=None)
            band = age_band_of(participant, first_day, group.bands) or UNKNOWN_BAND
            if band != group.age_band:
                continue
        chosen.append(participant)
    return chosen


def group_progressions(
    card: Card,
    participants: Iterable[Participant],
    measurements: Mapping[str, Sequence[Measurement]],
    period: Period,
    threshold: Fraction | float = 0,
) -> list[Progression]:
    """First against latest in the period, for everyone with two measurements of `card`."""
    found: list[Progression] = []
    for participant in participants:
        chosen = measurements.get(participant.code, ())
        item = progression(chosen, card.id, period, threshold, Baseline.PERIOD)
        if item is not None:
            found.append(item)
    return found


def compare_group(
    card: Card,
    participants: Iterable[Participant],
    measurements: Mapping[str, Sequence[Measurement]],
    group: GroupFilter,
) -> GroupMeans:
    """Mean first and mean latest per question of `card` over the group's comparable people.

    `measurements` holds every measurement by participant code (any card, any
    date, as `Repository.all_measurements` gives them). The caller decides
    whether `n` is large enough to show (`group_spider_figure` refuses n < k).
    """
    members = select_group(participants, measurements, group)
    return group_means(card, group_progressions(card, members, measurements, group.period))
