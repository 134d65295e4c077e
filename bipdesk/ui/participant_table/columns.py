"""The participant table's columns and the item roles beyond Qt's own: what the model,
the filter and the page agree on."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Real values for sorting: dates as `date`, counts as `int`, text casefolded."""
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The participant code of the row, in every column."""


class Column(IntEnum):
    CODE = 0
    NAME = 1
    SEX = 2
    AGE_BAND = 3
    START = 4
    LAST_MEASUREMENT = 5
    NEXT_DUE = 6
    MEASUREMENTS = 7
