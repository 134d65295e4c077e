"""Where the fill-in starts: the participant, a new card or the measurement to change,
and the kept draft to resume or discard.

Apart from the dialog, so that what can stand in the way of filling in (no
such participant, a card that is not installed, a measurement gone) is read
in one place; each becomes a problem the dialog shows instead of the card.
"""

from __future__ import annotations

from bipdesk.storage import DatabaseError
from bipdesk.storage.drafts import Draft
from bipdesk.storage.participant_language import card_language
from bipdesk.ui.fill_in.offline import FillInOffline
from bipdesk.ui.fill_in.prompts import ask_resume, tell
from bipdesk.ui.fill_in.state import FillInState
from bipdesk.ui.formatting import format_day
from bipdesk.ui.storage_messages import storage_message

STANDARD_CARD = "bip-standard"


class FillInLoading(FillInOffline):
    """Reading what the fill-in starts from (a part of FillInDialog)."""

    def _load(self, measurement_id: int | None) -> tuple[FillInState | None, str, str]:
        """The state to start from, the participant as shown, or a problem to show."""
        cards = self._context.database.cards
        try:
            with self._context.database.transaction(write=False) as repository:
                participant = repository.participant(self._code)
                self._measurements = repository.measurements(self._code)
                draft = repository.draft(self._code)
                self._remembered_language = card_language(repository, self._code)
                editing = (
                    repository.measurement(measurement_id) if measurement_id is not None else None
                )
        except DatabaseError as error:
            return None, "", storage_message(error)
        if participant is None:
            return None, "", self.tr("There is no participant {code}.").format(code=self._code)
        self._participant = participant
        who = participant.code
        if self._context.show_names and participant.name:
            who = self.tr("{code} · {name}").format(code=participant.code, name=participant.name)
        if measurement_id is not None:
            if editing is None or editing.participant_code != self._code:
                return None, who, self.tr("The measurement no longer exists.")
            card = cards.get(editing.card.id, editing.card.version)
            if card is None:
                return (
                    None,
                    who,
                    self.tr(
                        "The measurement was made with card {card}, which is not installed."
                    ).format(card=str(editing.card)),
                )
            state = FillInState.from_measurement(editing, card)
        else:
            newest = cards.get(STANDARD_CARD)
            if newest is None:
                return (
                    None,
                    who,
                    self.tr("The card {card} is not installed.").format(card=STANDARD_CARD),
                )
            state = FillInState(self._code, newest, self._context.today())
        draft = self._draft_kept_here(draft)
        if draft is not None:
            state = self._offer_draft(draft, state)
        return state, who, ""

    def _offer_draft(self, draft: Draft, fresh: FillInState) -> FillInState:
        """Resume the kept draft, or start over (which discards it)."""
        card = self._context.database.cards.get(draft.card.id, draft.card.version)
        if card is None:
            tell(
                self,
                self.tr("Unfinished measurement"),
                self.tr(
                    "There is an unfinished measurement, but its card {card} is not installed "
                    "any more. It cannot be resumed; you start over."
                ).format(card=str(draft.card)),
            )
            self._delete_draft()
            return fresh
        resumed = FillInState.from_draft(draft, card)
        answered = sum(1 for q in card.questions if q.id in resumed.answers)
        if draft.measurement_id is None:
            text = self.tr(
                "There is an unfinished measurement of {date} for {code}: {answered} of {total} "
                "questions answered. Resume it, or start over and discard it?"
            )
        else:
            text = self.tr(
                "There are unsaved changes to the measurement of {date} for {code}: {answered} "
                "of {total} questions answered. Resume them, or start over and discard them?"
            )
        text = text.format(
            date=format_day(draft.date),
            code=self._code,
            answered=answered,
            total=len(card.questions),
        )
        if ask_resume(self, text):
            self._dirty = True
            if resumed.measurement_id == fresh.measurement_id:
                # Saved only while nobody changes the measurement from now on.
                resumed.measurement_version = fresh.measurement_version
            return resumed
        self._delete_draft()
        return fresh
