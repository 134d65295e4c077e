"""First against latest on the participant page, in one line that adds up.

The means of the first and the latest measurement are taken over the same
questions as the change (those answered in both, DESIGN §4), and the line says
how many they are: "first 3.8 → latest 7.1" then reads as a change of +3.3.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from bipdesk.core.measurements import Measurement, chronological
from bipdesk.core.progression import Outcome, Progression, progression
from bipdesk.ui.contrast import readable_colour
from bipdesk.ui.formatting import change_text, format_day, format_number

GOOD_COLOUR = "#2e7d32"
ERROR_COLOUR = "#b00020"
MUTED_COLOUR = "#616161"


def compared_mean(measurement: Measurement, questions: tuple[str, ...]) -> float | None:
    """The mean of `measurement`'s answers to `questions` (all answered there)."""
    answered = measurement.answered
    values = [answered[q] for q in questions if q in answered]
    return float(Fraction(sum(values), len(values))) if values else None


class ProgressionSummary(QGroupBox):
    """'First and latest measurement': one line of figures, one of outcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("First and latest measurement"), parent)
        self.figures_label = QLabel()
        """First, latest and change over the same questions, and how many."""
        self.figures_label.setWordWrap(True)
        self.figures_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures_label.setAccessibleName(self.tr("First, latest and change"))
        self.outcome_label = QLabel()
        self.outcome_label.setAccessibleName(self.tr("Progression"))
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(f"color: {readable_colour(MUTED_COLOUR)};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.note_label)
        self.result: Progression | None = None

    def show_measurements(self, measurements: list[Measurement]) -> None:
        """The first against the latest measurement of the card of the latest one."""
        latest = chronological(measurements)[-1] if measurements else None
        result = None if latest is None else progression(measurements, latest.card.id)
        self.result = result
        self.figures_label.setVisible(result is not None and result.change is not None)
        self.outcome_label.setVisible(result is not None)
        if result is None:
            self._note(
                self.tr("After the second measurement, the first and the latest are compared here.")
            )
            return
        outcomes = {
            Outcome.POSITIVE: (self.tr("Progression: positive"), GOOD_COLOUR),
            Outcome.NEGATIVE: (self.tr("Progression: negative"), ERROR_COLOUR),
            Outcome.NEUTRAL: (self.tr("Progression: neutral (no change)"), ""),
            Outcome.NOT_COMPARABLE: (self.tr("Progression: not comparable"), MUTED_COLOUR),
        }
        text, colour = outcomes[result.outcome]
        self.outcome_label.setText(text)
        self.outcome_label.setStyleSheet(
            f"color: {readable_colour(colour)}; font-weight: bold;"
            if colour
            else "font-weight: bold;"
        )
        if result.change is None:
            self._note(self.tr("The two measurements have no answered question in common."))
            return
        self._note("")
        questions = result.compared_questions
        first = compared_mean(result.first, questions)
        last = compared_mean(result.latest, questions)
        if len(questions) == 1:
            line = self.tr(
                "First {first_date}: {first} · latest {latest_date}: {latest} · "
                "change {change} — over the one question answered in both"
            )
        else:
            line = self.tr(
                "First {first_date}: {first} · latest {latest_date}: {latest} · "
                "change {change} — means over the {count} questions answered in both"
            )
        self.figures_label.setText(
            line.format(
                first_date=format_day(result.first.date),
                first="—" if first is None else format_number(first, 1),
                latest_date=format_day(result.latest.date),
                latest="—" if last is None else format_number(last, 1),
                change=change_text(float(result.change)),
                count=len(questions),
            )
        )

    def _note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))
