"""What one follow-up sheet shows, gathered from a repository, and who needs one this week.

Apart from the drawing, so that the participant page's chart, the command line
and the batch for everyone due this week read a sheet's facts without laying
out a PDF: `load_sheet` picks the card, the compared measurements, the unit,
the participant's language, activities and the coordinator's view.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from bipdesk.core.cards import Card, CardLibrary, Texts
from bipdesk.core.coordinator_view import CoordinatorView
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.core.scheduling import DEFAULT_INTERVAL_MONTHS, DueState, due_status
from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.reports.changes import choose_measurements, of_card
from bipdesk.reports.sheet_activities import ActivityHistory, load_history
from bipdesk.reports.sheet_talking_points import latest_view
from bipdesk.reports.texts import language_of
from bipdesk.storage.demo import DEMO_SETTING
from bipdesk.storage.participant_language import card_language
from bipdesk.storage.repository import Repository

UNIT_SETTING = "unit_name"
INTERVAL_SETTING = "measurement_interval_months"
DEFAULT_CARD_ID = "bip-standard"


class SheetError(ValueError):
    """A sheet that cannot be made; the message says why in one line."""


@dataclass(frozen=True)
class SheetData:
    """Everything one follow-up sheet shows."""

    participant: Participant
    card: Card
    measurements: tuple[Measurement, ...]
    """The compared measurements, oldest first (may be empty: a first meeting)."""
    unit: str = ""
    language: str = "sv"
    show_name: bool = False
    printed: date = field(default_factory=date.today)
    second_language: str | None = None
    """The participant's language, printed under each question (None: only `language`)."""
    history: ActivityHistory | None = None
    """The activities' timeline under the chart (None: no activities, none shown)."""
    coordinator_view: CoordinatorView | None = None
    """The coordinator's view of the latest compared measurement (a dashed outline
    and the talking points); None: none shown."""
    demo: bool = False
    """From a demo database: every page says its people are invented (DESIGN §7)."""

    @property
    def code(self) -> str:
        return self.participant.code

    def second_texts(self) -> Texts:
        """Question id → text in the participant's language (empty when there is none)."""
        second = self.second_language
        if second is None or second == self.language or second not in self.card.languages:
            return {}
        return {q.id: q.text[second] for q in self.card.questions}


def load_sheet(
    repository: Repository,
    cards: CardLibrary,
    code: str,
    compare: str = "first,latest",
    language: str = "sv",
    show_name: bool = False,
    printed: date | None = None,
) -> SheetData:
    """What the sheet of participant `code` shows; SheetError for an unknown code.

    The card is the one of the latest measurement; only measurements of that
    card id are compared. `compare` is as for `choose_measurements`. The
    questions are printed in the participant's language too when one was
    chosen for them in the fill-in view and the card has it.
    """
    participant = repository.participant(code)
    if participant is None:
        raise SheetError(
            QT_TRANSLATE_NOOP("sheet", "there is no participant '{code}'").format(code=code)
        )
    everything = repository.measurements(code)
    card = _card_for(cards, everything)
    chosen = choose_measurements(of_card(everything, card.id), compare)
    unit = repository.get_setting(UNIT_SETTING, "")
    if not isinstance(unit, str) or not unit.strip():
        unit = participant.unit or ""
    return SheetData(
        participant,
        card,
        tuple(chosen),
        unit.strip(),
        language_of(language),
        show_name,
        printed or date.today(),
        card_language(repository, code),
        load_history(repository, participant, everything),
        latest_view(repository, chosen),
        demo=bool(repository.get_setting(DEMO_SETTING, False)),
    )


def _card_for(cards: CardLibrary, measurements: Sequence[Measurement]) -> Card:
    if measurements:
        key = measurements[-1].card
        card = cards.get(key.id, key.version) or cards.get(key.id)
        if card is None:
            raise SheetError(
                QT_TRANSLATE_NOOP(
                    "sheet", "card {card} is not installed, so the sheet cannot be drawn"
                ).format(card=str(key))
            )
        return card
    card = cards.get(DEFAULT_CARD_ID) or next(iter(cards), None)
    if card is None:
        raise SheetError(
            QT_TRANSLATE_NOOP("sheet", "no card is installed, so the sheet cannot be drawn")
        )
    return card


def due_this_week(repository: Repository, today: date) -> list[str]:
    """Codes of active participants whose next measurement is due by Sunday (or overdue)."""
    interval = repository.get_setting(INTERVAL_SETTING, DEFAULT_INTERVAL_MONTHS)
    if not isinstance(interval, int) or interval < 1:
        interval = DEFAULT_INTERVAL_MONTHS
    sunday = today + timedelta(days=6 - today.weekday())
    latest = repository.latest_measurement_dates()
    codes: list[str] = []
    for participant in repository.participants():
        if participant.start_date is not None and participant.start_date > today:
            continue
        status = due_status(participant, latest.get(participant.code), today, interval)
        if status.state in (DueState.ENDED, DueState.NEVER_MEASURED):
            continue
        if status.due_date is not None and status.due_date <= sunday:
            codes.append(participant.code)
    return codes
