"""The participant's background on the participant page: the form, its checks and saving.

What the form may hold is the core's rule (`validate_participant`); the form
only says it beside the field in question and keeps Save disabled until
nothing is left to fix.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.participants import Participant, Sex
from bipdesk.core.validation import (
    EARLIEST_BIRTH_YEAR,
    MAX_CODE_LENGTH,
    Problem,
    ValidationError,
    latest_birth_year,
    validate_participant,
)
from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.storage import DatabaseError
from bipdesk.storage.concurrency import ConcurrentChangeError
from bipdesk.ui.context import Change
from bipdesk.ui.contrast import readable_colour
from bipdesk.ui.date_edits import date_format
from bipdesk.ui.date_edits import pydate as _pydate
from bipdesk.ui.date_edits import qdate as _qdate
from bipdesk.ui.exit_labels import exit_reason_labels
from bipdesk.ui.formatting import format_day
from bipdesk.ui.language import said_in_app
from bipdesk.ui.participant_page.part import ERROR_COLOUR, PagePart
from bipdesk.ui.storage_messages import storage_message

NO_DATE = QDate(1900, 1, 1)
"""The minimum of the start-date editor; shown as 'Not set' and read as None."""


def sex_labels() -> dict[Sex, str]:
    return {
        Sex.WOMEN: QCoreApplication.translate("ParticipantPage", "Woman"),
        Sex.MEN: QCoreApplication.translate("ParticipantPage", "Man"),
        Sex.OTHER: QCoreApplication.translate("ParticipantPage", "Other"),
        Sex.UNKNOWN: QCoreApplication.translate("ParticipantPage", "Not stated"),
    }


class FieldWithMessage(QWidget):
    """An editor with a small red message right under it."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {readable_colour(ERROR_COLOUR)};")
        small = self.error.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.error.setFont(small)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)

    def show_problem(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.editor.setProperty("invalid", bool(message))
        self.editor.setAccessibleDescription(message or "")


class BackgroundForm(PagePart):
    """Code, name, sex, birth year, referrer, municipality, unit, coordinator and dates."""

    _other_codes: set[str]
    """The codes of every other participant: a code taken is refused while typing."""
    _loading: bool
    """True while the form is filled in from stored data: no validation meanwhile."""
    _baseline: tuple[object, ...]
    _form_version: int | None = None
    _problems: list[Problem]

    def _line(self, accessible: str, placeholder: str = "") -> QLineEdit:
        editor = QLineEdit()
        editor.setAccessibleName(accessible)
        editor.setPlaceholderText(placeholder)
        editor.setClearButtonEnabled(True)
        editor.textEdited.connect(self._on_edited)
        editor.returnPressed.connect(self._save_on_enter)
        return editor

    def _build_form(self) -> QHBoxLayout:
        """The fields in `self.form`; answers the row of Save and Discard changes."""
        self.code_edit = self._line(self.tr("Participant code"), self.tr("e.g. P-0042"))
        self.code_edit.setMaxLength(MAX_CODE_LENGTH + 10)
        self.code_edit.setClearButtonEnabled(False)
        self.name_edit = self._line(self.tr("Name"), self.tr("Optional"))
        self.sex_combo = QComboBox()
        self.sex_combo.setAccessibleName(self.tr("Sex"))
        for sex, label in sex_labels().items():
            self.sex_combo.addItem(label, sex)
        self.sex_combo.currentIndexChanged.connect(self._on_edited)
        self.birth_year_edit = self._line(self.tr("Birth year"), self.tr("Unknown"))
        self.birth_year_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.birth_year_edit)
        )
        self.birth_year_edit.setClearButtonEnabled(False)
        self.referrer_edit = self._line(self.tr("Referrer"), self.tr("e.g. Arbetsförmedlingen"))
        self.municipality_edit = self._line(self.tr("Municipality"))
        self.unit_edit = self._line(self.tr("Unit"))
        self.coordinator_edit = self._line(self.tr("Coordinator"))
        self.start_edit = QDateEdit()
        self.start_edit.setAccessibleName(self.tr("Start date"))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(date_format())
        self.start_edit.setMinimumDate(NO_DATE)
        self.start_edit.setSpecialValueText(self.tr("Not set"))
        self.start_edit.dateChanged.connect(self._on_edited)
        self.end_label = QLabel()
        self.end_label.setAccessibleName(self.tr("End date"))
        self.exit_label = QLabel()
        self.exit_label.setAccessibleName(self.tr("Exit reason"))
        self.exit_label.setWordWrap(True)

        self.fields: dict[str, FieldWithMessage] = {
            "code": FieldWithMessage(self.code_edit),
            "name": FieldWithMessage(self.name_edit),
            "sex": FieldWithMessage(self.sex_combo),
            "birth_year": FieldWithMessage(self.birth_year_edit),
            "referrer": FieldWithMessage(self.referrer_edit),
            "municipality": FieldWithMessage(self.municipality_edit),
            "unit": FieldWithMessage(self.unit_edit),
            "coordinator": FieldWithMessage(self.coordinator_edit),
            "start_date": FieldWithMessage(self.start_edit),
            "end_date": FieldWithMessage(self.end_label),
            "exit_reason": FieldWithMessage(self.exit_label),
        }
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        labels = {
            "code": self.tr("&Code:"),
            "name": self.tr("&Name:"),
            "sex": self.tr("&Sex:"),
            "birth_year": self.tr("&Birth year:"),
            "referrer": self.tr("&Referrer:"),
            "municipality": self.tr("&Municipality:"),
            "unit": self.tr("&Unit:"),
            "coordinator": self.tr("C&oordinator:"),
            "start_date": self.tr("S&tart date:"),
            "end_date": self.tr("End date:"),
            "exit_reason": self.tr("Exit reason:"),
        }
        for name, label in labels.items():
            self.form.addRow(label, self.fields[name])

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save participant"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.setAccessibleName(self.tr("Discard changes"))
        self.discard_button.clicked.connect(self._discard)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.discard_button)
        save_row.addStretch(1)
        return save_row

    # -- showing --------------------------------------------------------------

    def _fill_form(self, participant: Participant | None) -> None:
        self._loading = True
        try:
            p = participant or Participant(
                code="",
                unit=self._new_participant_unit(),
                start_date=self._context.today(),
            )
            self.code_edit.setText(p.code)
            self.name_edit.setText(p.name or "")
            self.sex_combo.setCurrentIndex(self.sex_combo.findData(p.sex))
            self.birth_year_edit.setText("" if p.birth_year is None else str(p.birth_year))
            self.referrer_edit.setText(p.referrer or "")
            self.municipality_edit.setText(p.municipality or "")
            self.unit_edit.setText(p.unit or "")
            self.coordinator_edit.setText(p.coordinator or "")
            self.start_edit.setDate(_qdate(p.start_date) if p.start_date else NO_DATE)
            self._show_participation(participant)
        finally:
            self._loading = False
        self._baseline = self._form_values()
        # What the form's edits start from: a save is refused when someone else
        # saved the participant since, even after a refresh kept the edits.
        self._form_version = None if participant is None else participant.version
        self._validate()

    def _show_background(self, participant: Participant | None) -> None:
        """The end of the participation (read only here) and the Save button's text."""
        ended = participant is not None and participant.end_date is not None
        end = participant.end_date if participant else None
        reason = participant.exit_reason if participant else None
        self.end_label.setText(format_day(end) if end else self.tr("Still taking part"))
        self.exit_label.setText(exit_reason_labels()[reason] if reason else "—")
        self.form.setRowVisible(self.fields["exit_reason"], ended)
        self.form.setRowVisible(self.fields["end_date"], participant is not None)
        self.save_button.setText(
            self.tr("Add participant") if participant is None else self.tr("Save")
        )

    # -- the form -------------------------------------------------------------

    def _form_values(self) -> tuple[object, ...]:
        return (
            self.code_edit.text(),
            self.name_edit.text(),
            self.sex_combo.currentData(),
            self.birth_year_edit.text(),
            self.referrer_edit.text(),
            self.municipality_edit.text(),
            self.unit_edit.text(),
            self.coordinator_edit.text(),
            self.start_edit.date(),
        )

    def is_dirty(self) -> bool:
        """True when the form differs from what was last loaded or saved."""
        return self._form_values() != self._baseline

    def form_participant(self) -> Participant:
        """The participant as the form describes it (birth year text not yet checked)."""
        stored = self._stored
        year = self.birth_year_edit.text().strip()
        start = self.start_edit.date()

        def text(editor: QLineEdit) -> str | None:
            return editor.text().strip() or None

        return Participant(
            code=self.code_edit.text().strip(),
            name=text(self.name_edit),
            sex=Sex(self.sex_combo.currentData()),
            birth_year=int(year) if len(year) == 4 else None,
            referrer=text(self.referrer_edit),
            municipality=text(self.municipality_edit),
            unit=text(self.unit_edit),
            coordinator=text(self.coordinator_edit),
            start_date=None if start == NO_DATE else _pydate(start),
            end_date=stored.end_date if stored else None,
            exit_reason=stored.exit_reason if stored else None,
            employment=stored.employment if stored else None,
            working_time=stored.working_time if stored else None,
            subsidised=stored.subsidised if stored else None,
            exit_branch=stored.exit_branch if stored else None,
            id=stored.id if stored else None,
            version=self._form_version if stored else None,
        )

    def problems(self) -> list[Problem]:
        """What stops the form from being saved, from the core's rules."""
        participant = self.form_participant()
        problems = validate_participant(participant, self._context.today(), self._other_codes)
        year = self.birth_year_edit.text().strip()
        if year and len(year) != 4:
            problems.append(
                Problem(
                    "birth_year",
                    "birth_year_digits",
                    QT_TRANSLATE_NOOP("validation", "the birth year has four digits"),
                )
            )
        return problems

    def _message(self, problem: Problem) -> str:
        today = self._context.today()
        messages = {
            "code_empty": self.tr("Enter a code for the participant."),
            "code_too_long": self.tr("The code can be at most {count} characters long.").format(
                count=MAX_CODE_LENGTH
            ),
            "code_taken": self.tr("Another participant already has the code {code}.").format(
                code=self.code_edit.text().strip()
            ),
            "birth_year_range": self.tr(
                "The birth year must be between {first} and {last}."
            ).format(first=EARLIEST_BIRTH_YEAR, last=latest_birth_year(today)),
            "birth_year_digits": self.tr(
                "Write the birth year with four digits, or leave it empty when it is not known."
            ),
            "end_before_start": self.tr("The start date is after the end of the participation."),
            "exit_reason_missing": self.tr("An ended participation needs an exit reason."),
            "end_date_missing": self.tr("An exit reason needs an end date."),
        }
        return messages.get(problem.code) or said_in_app(problem.sentence)

    def _on_edited(self) -> None:
        if not self._loading:
            self._validate()

    def _validate(self) -> None:
        self._problems = self.problems()
        by_field: dict[str, list[str]] = {}
        for problem in self._problems:
            field = "start_date" if problem.code == "end_before_start" else problem.field
            if field not in self.fields:
                field = "code"
            by_field.setdefault(field, []).append(self._message(problem))
        for name, field_widget in self.fields.items():
            field_widget.show_problem("\n".join(by_field.get(name, [])) or None)
        dirty = self.is_dirty()
        self.save_button.setEnabled(not self._problems and (dirty or self._stored is None))
        self.discard_button.setEnabled(dirty)
        self._update_actions()

    def show_saved(self) -> None:
        """Show what is stored, the form's edits dropped: someone else saved first."""
        self.refresh()
        self._fill_form(self._stored)
        self._context.announce(Change.PARTICIPANTS)

    def _save_on_enter(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def _discard(self) -> None:
        self._fill_form(self._stored)

    def save(self) -> bool:
        """Add or update the participant; True when it was saved."""
        self._validate()
        if self._problems:
            return False
        participant = self.form_participant()
        try:
            with self._context.database.transaction() as repository:
                if participant.id is None:
                    saved = repository.add_participant(participant)
                else:
                    saved = repository.update_participant(participant)
        except ValidationError as error:
            self._problems = error.problems
            for problem in error.problems:
                field = self.fields.get(problem.field, self.fields["code"])
                field.show_problem(self._message(problem))
            self.save_button.setEnabled(False)
            return False
        except DatabaseError as error:
            if isinstance(error, ConcurrentChangeError):
                self.show_saved()
            QMessageBox.warning(
                self, self.tr("The participant was not saved"), storage_message(error)
            )
            return False
        self._stored = saved
        self._fill_form(saved)
        self.status_message.emit(self.tr("Participant {code} saved.").format(code=saved.code))
        self.participant_saved.emit(saved.code)
        self._context.announce(Change.PARTICIPANTS)
        return True
