"""The baseline of a period's progression (DESIGN §4), as the export window and the
unit report window offer it: one combo and one sentence saying what is compared.

Both windows must word the choice alike, or a coordinator would think that the
report and the export count differently.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from bipdesk.core.baseline import DEFAULT_BASELINE, Baseline
from bipdesk.core.periods import Period


class BaselineCombo(QComboBox):
    """ "Since they began" (the default) or "During the period"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("baseline_combo")
        self.addItem(self.tr("Since they began"), Baseline.START.value)
        self.addItem(self.tr("During the period"), Baseline.PERIOD.value)
        self.setAccessibleName(self.tr("Compare with"))
        self.setToolTip(
            self.tr(
                "Since they began: the latest measurement in the period against each "
                "participant's first measurement ever. During the period: against the first "
                "measurement inside the period (a quarter seldom holds two)."
            )
        )
        self.select(DEFAULT_BASELINE)

    def baseline(self) -> Baseline:
        return Baseline(str(self.currentData()))

    def select(self, baseline: Baseline | str) -> None:
        self.setCurrentIndex(max(0, self.findData(Baseline(baseline).value)))


def compares_sentence(period: Period, name: str, baseline: Baseline | str) -> str:
    """'The figures compare the latest measurement in 2026 Q3 against each participant's
    first measurement.' — `name` is the period as the window names it."""

    if period.start is None:  # both baselines are the same
        return QCoreApplication.translate(
            "BaselineChoice",
            "The figures compare each participant's latest measurement in {period} against "
            "their first measurement.",
        ).format(period=name)
    if Baseline(baseline) is Baseline.START:
        return QCoreApplication.translate(
            "BaselineChoice",
            "The figures compare the latest measurement in {period} against each "
            "participant's first measurement.",
        ).format(period=name)
    return QCoreApplication.translate(
        "BaselineChoice",
        "The figures compare the latest measurement in {period} against each participant's "
        "first measurement in {period}; people measured only once in it are not compared.",
    ).format(period=name)
