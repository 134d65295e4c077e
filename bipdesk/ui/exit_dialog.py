"""Record a participant's exit: the end date, the reason and, for work, the job.

The way a participation ends on the participant page ("Record exit…"). For
the reason work the dialog also asks what the participant went to — permanent
or temporary, full or part time, subsidised or not, and the branch (DESIGN
§10); each may stay 'not known'. A box below offers the exit survey right
after, which the participant answers in `ExitSurveyDialog`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.exits import Employment, ExitForm, WorkingTime
from bipdesk.core.participants import ExitReason, Participant, exit_reasons_in
from bipdesk.storage import Repository
from bipdesk.ui.activity_labels import fill_branch_combo
from bipdesk.ui.date_edits import date_edit, pydate, qdate
from bipdesk.ui.exit_labels import (
    employment_labels,
    exit_reason_labels,
    outcome_group_labels,
    subsidised_labels,
    working_time_labels,
)
from bipdesk.ui.formatting import format_day

ERROR_COLOUR = "#c62828"
MUTED_COLOUR = "#616161"


class ExitDialog(QDialog):
    """Asks for the end date, the exit reason and, for work, the employment;
    refuses an end before the start."""

    def __init__(
        self,
        start: date | None,
        today: date,
        parent: QWidget | None = None,
        *,
        participant: Participant | None = None,
        survey_answered: bool = False,
        ongoing: int = 0,
    ) -> None:
        """`survey_answered`: the participant has answered the exit survey already;
        `ongoing`: how many of their activities have no end date yet."""
        super().__init__(parent)
        self._start = start
        self.setWindowTitle(self.tr("Record exit"))
        self.setAccessibleName(self.tr("Record exit"))

        self.date_edit = date_edit(max(today, start) if start else today, self.tr("End date"))
        self.reason_combo = QComboBox()
        self.reason_combo.setAccessibleName(self.tr("Exit reason"))
        self.reason_combo.setPlaceholderText(self.tr("Choose a reason…"))
        self.reason_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reason_combo.setModel(self._reason_model())
        self.reason_combo.setCurrentIndex(-1)

        intro = QLabel(
            self.tr(
                "When did the participant leave the project, and why? The reason is counted "
                "in the reports to the project office."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&End date:"), self.date_edit)
        form.addRow(self.tr("Exit &reason:"), self.reason_combo)
        if start is not None:
            start_label = QLabel(format_day(start))
            start_label.setStyleSheet(f"color: {MUTED_COLOUR};")
            form.addRow(self.tr("Started:"), start_label)

        self.employment_box = self._build_employment()
        self.survey_check = QCheckBox(
            self.tr("Answer the exit survey again now (the earlier answers are replaced)")
            if survey_answered
            else self.tr("Let the participant answer the exit survey now")
        )
        self.survey_check.setChecked(not survey_answered)
        self.activities_check = QCheckBox(
            self.tr("End the activities still going on ({count}) on the end date").format(
                count=ongoing
            )
        )
        self.activities_check.setChecked(ongoing > 0)
        self.activities_check.setVisible(ongoing > 0)
        self.survey_check.setToolTip(
            self.tr("Three questions on the support, answered 1–4; each can be skipped.")
        )

        self.error_label = QLabel()
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record exit"))
        ok.setAccessibleName(self.tr("Record exit"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.employment_box)
        layout.addWidget(self.activities_check)
        layout.addWidget(self.survey_check)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 38)

        if participant is not None:
            self._fill(participant)
        self.date_edit.dateChanged.connect(self._check)
        self.reason_combo.currentIndexChanged.connect(self._check)
        self._check()

    # -- building ---------------------------------------------------------------

    def _reason_model(self) -> QStandardItemModel:
        """The nine reasons under their report groups; group headings cannot be chosen."""
        model = QStandardItemModel(self)
        labels = exit_reason_labels()
        for group, heading in outcome_group_labels().items():
            header = QStandardItem(heading)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont()
            font.setBold(True)
            header.setFont(font)
            model.appendRow(header)
            for reason in exit_reasons_in(group):
                item = QStandardItem("    " + labels[reason])
                item.setData(reason, Qt.ItemDataRole.UserRole)
                item.setData(labels[reason], Qt.ItemDataRole.AccessibleTextRole)
                model.appendRow(item)
        return model

    def _combo(self, accessible: str, choices: dict[object, str]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.addItem(self.tr("Not known"), None)
        for value, label in choices.items():
            combo.addItem(label, value)
        return combo

    def _build_employment(self) -> QGroupBox:
        box = QGroupBox(self.tr("The job"))
        self.employment_combo = self._combo(
            self.tr("Employment"), {k.value: v for k, v in employment_labels().items()}
        )
        self.working_time_combo = self._combo(
            self.tr("Working time"), {k.value: v for k, v in working_time_labels().items()}
        )
        self.subsidised_combo = self._combo(
            self.tr("Subsidised"), {"yes" if k else "no": v for k, v in subsidised_labels().items()}
        )
        self.branch_combo = QComboBox()
        self.branch_combo.setAccessibleName(self.tr("Branch"))
        fill_branch_combo(self.branch_combo, self.tr("Not known"))
        note = QLabel(self.tr("Counted in the reports without names; leave what you do not know."))
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED_COLOUR};")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Em&ployment:"), self.employment_combo)
        form.addRow(self.tr("&Working time:"), self.working_time_combo)
        form.addRow(self.tr("&Subsidised:"), self.subsidised_combo)
        form.addRow(self.tr("&Branch (SNI 2007):"), self.branch_combo)
        form.addRow(note)
        return box

    def _fill(self, participant: Participant) -> None:
        if participant.end_date is not None:
            self.date_edit.setDate(qdate(participant.end_date))
        if participant.exit_reason is not None:
            self.select_reason(participant.exit_reason)
        self.set_exit_form(participant.exit_form)

    # -- values -----------------------------------------------------------------

    @property
    def end_date(self) -> date:
        return pydate(self.date_edit.date())

    @property
    def exit_reason(self) -> ExitReason | None:
        value = self.reason_combo.currentData(Qt.ItemDataRole.UserRole)
        return ExitReason(value) if value else None

    def select_reason(self, reason: ExitReason) -> None:
        index = self.reason_combo.findData(reason, Qt.ItemDataRole.UserRole)
        self.reason_combo.setCurrentIndex(index)

    @property
    def exit_form(self) -> ExitForm:
        """The job, for the reason work only (empty for every other reason)."""
        if self.exit_reason is not ExitReason.WORK:
            return ExitForm()
        employment = self.employment_combo.currentData()
        working_time = self.working_time_combo.currentData()
        subsidised = self.subsidised_combo.currentData()
        branch = self.branch_combo.currentData()
        return ExitForm(
            Employment(employment) if employment else None,
            WorkingTime(working_time) if working_time else None,
            None if subsidised is None else subsidised == "yes",
            branch if isinstance(branch, str) else None,
        )

    def set_exit_form(self, form: ExitForm) -> None:
        def pick(combo: QComboBox, value: object) -> None:
            combo.setCurrentIndex(max(0, combo.findData(value)))

        pick(self.employment_combo, form.employment.value if form.employment else None)
        pick(self.working_time_combo, form.working_time.value if form.working_time else None)
        pick(
            self.subsidised_combo,
            None if form.subsidised is None else ("yes" if form.subsidised else "no"),
        )
        pick(self.branch_combo, form.branch)

    @property
    def end_ongoing(self) -> bool:
        """Whether the activities still going on end on the end date."""
        return self.activities_check.isVisibleTo(self) and self.activities_check.isChecked()

    @property
    def survey_now(self) -> bool:
        """Whether the participant answers the exit survey right after."""
        return self.survey_check.isChecked()

    def problem(self) -> str | None:
        if self._start is not None and self.end_date < self._start:
            return self.tr("The end date cannot be before the start date, {date}.").format(
                date=format_day(self._start)
            )
        return None

    def _check(self) -> None:
        problem = self.problem()
        self.error_label.setText(problem or "")
        work = self.exit_reason is ExitReason.WORK
        if self.error_label.isVisibleTo(self) != (problem is not None) or (
            self.employment_box.isVisibleTo(self) != work
        ):
            self.error_label.setVisible(problem is not None)
            self.employment_box.setVisible(work)
            self.adjustSize()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(problem is None and self.exit_reason is not None)

    def accept(self) -> None:
        if self.problem() is None and self.exit_reason is not None:
            super().accept()


def record_exit(
    repository: Repository,
    participant: Participant,
    end: date | None,
    reason: ExitReason | None,
    form: ExitForm,
) -> Participant:
    """Store the end, the reason and the job of `participant` (None, None reopens:
    the job goes with the reason); returns the participant as stored."""
    return repository.update_participant(
        replace(
            participant,
            end_date=end,
            exit_reason=reason,
            employment=form.employment,
            working_time=form.working_time,
            subsidised=form.subsidised,
            exit_branch=form.branch,
        )
    )


def end_ongoing_activities(repository: Repository, code: str, end: date) -> int:
    """End on `end` every activity of `code` that began by then and has no end date;
    returns how many (one planned to start later is left as it is)."""
    ended = 0
    for activity in repository.activities(code):
        if activity.end_date is None and activity.start_date <= end:
            repository.update_activity(replace(activity, end_date=end))
            ended += 1
    return ended
