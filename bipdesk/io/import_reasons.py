"""The reasons the participant and measurement import gives for a refused row or
column, as marked sentences (bipdesk.messages), so that a Swedish reader gets
them in Swedish; columns are named by `column_label` in the reader's language."""

from __future__ import annotations

from datetime import date

from bipdesk.io.import_columns import column_label
from bipdesk.io.import_problems import Reason, column_list
from bipdesk.messages import QT_TRANSLATE_NOOP, Message, message_of

EMPTY_CODE = QT_TRANSLATE_NOOP("import", "the participant code is empty")


def not_a_year(text: str) -> Message:
    return QT_TRANSLATE_NOOP("import", "'{text}' is not a four-digit year").format(text=text)


def not_an_answer(text: str) -> Message:
    return QT_TRANSLATE_NOOP(
        "import",
        "'{text}' is not an answer: 1 (Stämmer inte alls) to 4 (Stämmer helt), "
        "or empty when not answered",
    ).format(text=text)


def repeated_measurement(code: str, card: str, day: date, row: int) -> Message:
    return QT_TRANSLATE_NOOP(
        "import",
        "participant {participant} already has a {card} measurement on {date} in row {row}",
    ).format(participant=code, card=card, date=day, row=row)


def survey_unreadable(error: Exception) -> Message:
    return QT_TRANSLATE_NOOP("import", "the exit survey cannot be read ({reason})").format(
        reason=message_of(error)
    )


def unknown_column(name: str, known: tuple[str, ...]) -> Message:
    return QT_TRANSLATE_NOOP(
        "import", "unknown column '{name}'; expected {expected} or a question id of the card"
    ).format(name=name, expected=column_list(known))


def participant_column_missing() -> Message:
    return QT_TRANSLATE_NOOP(
        "import", "the column '{participant}' (the participant code) is missing"
    ).format(participant=column_label("participant"))


def disagreeing(code: str, column: str, text: str, earlier: object, row: int) -> Message:
    """Two rows of one participant give a field different values."""
    return QT_TRANSLATE_NOOP(
        "import",
        "participant {participant} has {column} '{text}' here but '{earlier}' in row {row}",
    ).format(
        participant=code, column=column_label(column), text=text, earlier=str(earlier), row=row
    )


def unknown_card(text: str, known: str) -> Message:
    if not known:
        return QT_TRANSLATE_NOOP("import", "unknown card '{text}' (no card is installed)").format(
            text=text
        )
    return QT_TRANSLATE_NOOP("import", "unknown card '{text}' (known cards: {known})").format(
        text=text, known=known
    )


def no_such_question(card: str, question: str) -> Message:
    return QT_TRANSLATE_NOOP("import", "card {card} has no question '{question}'").format(
        card=card, question=question
    )


def answer_without_date() -> Message:
    return QT_TRANSLATE_NOOP("import", "an answer is given but {measurement_date} is empty").format(
        measurement_date=column_label("measurement_date")
    )


def of_participant(code: str, reason: Reason) -> Message:
    """A problem of the participant as a whole (from `core.validation`)."""
    return QT_TRANSLATE_NOOP("import", "participant {participant}: {reason}").format(
        participant=code, reason=reason
    )


def exit_form_without_work(code: str, column: str) -> Message:
    return QT_TRANSLATE_NOOP(
        "import",
        "participant {participant}: {column} tells what job the participant "
        "left for, so the {exit_reason} must be work",
    ).format(participant=code, column=column_label(column), exit_reason=column_label("exit_reason"))


def survey_without_end(code: str) -> Message:
    return QT_TRANSLATE_NOOP(
        "import",
        "participant {participant}: the exit survey is answered at exit; give the {end_date} too",
    ).format(participant=code, end_date=column_label("end_date"))
