"""Age and age bands, from the birth year only (no birth dates are stored)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bipdesk.messages import QT_TRANSLATE_NOOP

DEFAULT_BAND_STARTS = (20, 30, 40, 50, 60)
"""Lower bounds of every band but the first: gives -19, 20-29, ..., 60-."""


def age_in_year(birth_year: int, year: int) -> int:
    """Age reached during `year`: the best a birth year alone can tell."""
    return year - birth_year


@dataclass(frozen=True)
class AgeBands:
    starts: tuple[int, ...] = DEFAULT_BAND_STARTS

    def __post_init__(self) -> None:
        # A list (e.g. read from a settings file) would make equal bands compare
        # unequal and the object unhashable.
        object.__setattr__(self, "starts", tuple(self.starts))
        if not self.starts or list(self.starts) != sorted(set(self.starts)):
            raise ValueError(QT_TRANSLATE_NOOP("age bands", "age band limits must be increasing"))
        if self.starts[0] < 1:
            raise ValueError(
                QT_TRANSLATE_NOOP("age bands", "the first age band limit must be 1 or more")
            )

    @property
    def labels(self) -> tuple[str, ...]:
        first = f"-{self.starts[0] - 1}"
        middle = [f"{a}-{b - 1}" for a, b in zip(self.starts, self.starts[1:], strict=False)]
        return (first, *middle, f"{self.starts[-1]}-")

    def band_of(self, age: int) -> str:
        labels = self.labels
        for index, start in enumerate(self.starts):
            if age < start:
                return labels[index]
        return labels[-1]

    @classmethod
    def from_labels(cls, labels: Sequence[str]) -> AgeBands:
        """Read bands back from the labels recorded in an aggregate file."""
        unreadable = QT_TRANSLATE_NOOP("age bands", "cannot read the age bands {bands}").format(
            bands=", ".join(labels)
        )
        try:
            starts = tuple(int(label.split("-")[0]) for label in labels[1:])
        except ValueError:
            raise ValueError(unreadable) from None
        bands = cls(starts)
        if bands.labels != tuple(labels):
            raise ValueError(unreadable)
        return bands


DEFAULT_AGE_BANDS = AgeBands()
