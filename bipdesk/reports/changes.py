"""Which measurements to compare, and the change table beside the spider chart.

Pure functions on core dataclasses: the widget, the sheet and the command line
all use them, so they show the same numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bipdesk.core.cards import Card, localized
from bipdesk.core.measurements import Measurement, chronological
from bipdesk.core.progression import Progression, compare
from bipdesk.messages import QT_TRANSLATE_NOOP

MAX_COMPARED = 6
"""At most this many measurements on one chart: more cannot be told apart."""


class CompareError(ValueError):
    """A --compare choice that does not fit the participant's measurements."""


class Trend(StrEnum):
    UP = "up"
    DOWN = "down"
    SAME = "same"

    @property
    def mark(self) -> str:
        return {"up": "▲", "down": "▼", "same": "="}[self.value]


def trend_of(before: float | int | None, after: float | int | None) -> Trend | None:
    if before is None or after is None:
        return None
    if after > before:
        return Trend.UP
    if after < before:
        return Trend.DOWN
    return Trend.SAME


def of_card(measurements: Iterable[Measurement], card_id: str) -> list[Measurement]:
    """The measurements made with card `card_id` (any version), oldest first."""
    return chronological([m for m in measurements if m.card.id == card_id])


def default_selection(measurements: Sequence[Measurement]) -> list[Measurement]:
    """First and latest (one measurement alone when there is only one)."""
    ordered = chronological(list(measurements))
    if len(ordered) <= 2:
        return ordered
    return [ordered[0], ordered[-1]]


def limit_selection(measurements: Sequence[Measurement]) -> list[Measurement]:
    """At most MAX_COMPARED: the first and the most recent ones."""
    ordered = chronological(list(measurements))
    if len(ordered) <= MAX_COMPARED:
        return ordered
    return [ordered[0], *ordered[-(MAX_COMPARED - 1) :]]


def choose_measurements(measurements: Sequence[Measurement], spec: str) -> list[Measurement]:
    """The measurements named by a --compare value, oldest first.

    `first,latest` (the default), `all` (at most MAX_COMPARED: the first and
    the most recent) or dates `YYYY-MM-DD,YYYY-MM-DD[,...]`.
    """
    ordered = chronological(list(measurements))
    words = [w.strip().lower() for w in spec.split(",") if w.strip()]
    if not words:
        raise CompareError(
            QT_TRANSLATE_NOOP(
                "compare", "--compare is empty; use first,latest, all or dates YYYY-MM-DD,..."
            )
        )
    if words == ["all"]:
        return limit_selection(ordered)
    if not ordered:
        return []
    chosen: dict[int, Measurement] = {}
    for word in words:
        if word == "first":
            found = ordered[0]
        elif word in ("latest", "last"):
            found = ordered[-1]
        else:
            try:
                day = date.fromisoformat(word)
            except ValueError:
                raise CompareError(
                    QT_TRANSLATE_NOOP(
                        "compare", "'{word}' is neither first, latest, all nor a date YYYY-MM-DD"
                    ).format(word=word)
                ) from None
            on_day = [m for m in ordered if m.date == day]
            if not on_day:
                dates = ", ".join(sorted({m.date.isoformat() for m in ordered}))
                raise CompareError(
                    QT_TRANSLATE_NOOP(
                        "compare", "there is no measurement on {day}; there are: {dates}"
                    ).format(day=day, dates=dates)
                )
            found = on_day[-1]
        chosen[ordered.index(found)] = found
    if len(chosen) > MAX_COMPARED:
        raise CompareError(
            QT_TRANSLATE_NOOP("compare", "at most {count} measurements can be compared").format(
                count=str(MAX_COMPARED)
            )
        )
    return [chosen[index] for index in sorted(chosen)]


@dataclass(frozen=True)
class ChangeRow:
    question_id: str
    label: str
    text: str
    answers: tuple[int | None, ...]
    """One answer per compared measurement, oldest first (None = not answered)."""

    @property
    def first(self) -> int | None:
        return self.answers[0] if self.answers else None

    @property
    def previous(self) -> int | None:
        """The answer of the measurement before the latest; None with fewer than three."""
        return self.answers[-2] if len(self.answers) >= 3 else None

    @property
    def latest(self) -> int | None:
        return self.answers[-1] if len(self.answers) >= 2 else None

    @property
    def change(self) -> int | None:
        """Latest − first; None when either is unanswered or only one is compared."""
        if self.first is None or self.latest is None:
            return None
        return self.latest - self.first

    @property
    def trend(self) -> Trend | None:
        """Latest against first."""
        return trend_of(self.first, self.latest)

    @property
    def trend_from_previous(self) -> Trend | None:
        return trend_of(self.previous, self.latest)


@dataclass(frozen=True)
class ChangeTable:
    measurements: tuple[Measurement, ...]
    rows: tuple[ChangeRow, ...]
    means: tuple[float | None, ...]
    """Mean of the answered questions of each compared measurement."""
    mean_change: float | None
    """DESIGN §4: mean of latest − first over the questions answered in both."""

    @property
    def dates(self) -> tuple[date, ...]:
        return tuple(m.date for m in self.measurements)

    @property
    def mean_trend(self) -> Trend | None:
        if self.mean_change is None:
            return None
        return trend_of(0, self.mean_change)


def change_table(card: Card, measurements: Sequence[Measurement], language: str) -> ChangeTable:
    """Per question of `card`, the answers of `measurements` (put oldest first)."""
    ordered = tuple(chronological(list(measurements)))
    rows = tuple(
        ChangeRow(
            q.id,
            localized(q.label, language),
            localized(q.text, language),
            tuple(m.answer(q.id) for m in ordered),
        )
        for q in card.questions
    )
    mean_change: float | None = None
    if len(ordered) >= 2:
        mean_change = compare(ordered[0], ordered[-1]).change_value
    return ChangeTable(ordered, rows, tuple(m.mean() for m in ordered), mean_change)


@dataclass(frozen=True)
class GroupMeans:
    """Mean first and mean latest answer per question over comparable participants."""

    n: int
    """Participants behind the chart (comparable: ≥ 2 measurements sharing an answer)."""
    first: dict[str, float | None]
    latest: dict[str, float | None]
    answered: dict[str, int]
    """Per question, how many of the n answered it in both first and latest."""


def group_means(card: Card, progressions: Iterable[Progression]) -> GroupMeans:
    """Per question of `card`, the means over participants who answered it in both."""
    totals_first = {q: 0 for q in card.question_ids}
    totals_latest = {q: 0 for q in card.question_ids}
    counts = {q: 0 for q in card.question_ids}
    n = 0
    for item in progressions:
        if item.change is None:
            continue
        n += 1
        first, latest = item.first.answered, item.latest.answered
        for question_id in item.compared_questions:
            if question_id in counts:
                counts[question_id] += 1
                totals_first[question_id] += first[question_id]
                totals_latest[question_id] += latest[question_id]
    return GroupMeans(
        n,
        {q: totals_first[q] / c if (c := counts[q]) else None for q in card.question_ids},
        {q: totals_latest[q] / c if (c := counts[q]) else None for q in card.question_ids},
        counts,
    )
