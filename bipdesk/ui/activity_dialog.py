"""Add or edit one activity: type, area, dates, hours, place and branch (DESIGN §10).

The area follows the type and can be chosen only for 'other'; the end date is
empty while the activity goes on; hours are typed with the language's decimal
sign. The dialog refuses what storage would refuse (an end before the start,
hours that are not a number, 'other' without an area) with one message next
to the buttons, and OK stays disabled until it is right.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.activities import DEFAULT_AREA, Activity, ActivityType
from bipdesk.core.cards import Area
from bipdesk.ui.activity_labels import (
    activity_type_labels,
    area_labels,
    fill_branch_combo,
    format_hours,
    parse_hours,
)
from bipdesk.ui.date_edits import date_edit, pydate, qdate
from bipdesk.ui.formatting import format_day

ERROR_COLOUR = "#c62828"
MUTED_COLOUR = "#616161"
MAX_PLACE_LENGTH = 200


class ActivityDialog(QDialog):
    """One activity of `code`; `activity()` is what the dialog describes (after OK)."""

    def __init__(
        self,
        code: str,
        today: date,
        parent: QWidget | None = None,
        *,
        existing: Activity | None = None,
        participant_start: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._code = code
        self._existing = existing
        adding = existing is None
        title = self.tr("Add activity") if adding else self.tr("Edit activity")
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Activity type"))
        for kind, label in activity_type_labels().items():
            self.type_combo.addItem(label, kind.value)
        self.area_combo = QComboBox()
        self.area_combo.setAccessibleName(self.tr("Area"))
        self.area_combo.setPlaceholderText(self.tr("Choose an area…"))
        for area, label in area_labels().items():
            self.area_combo.addItem(label, area.value)
        self.area_note = QLabel(self.tr("Follows the type; chosen only for Other."))
        self.area_note.setStyleSheet(f"color: {MUTED_COLOUR};")

        first = existing.start_date if existing else today
        self.start_edit = date_edit(first, self.tr("Start date"))
        self.ongoing_check = QCheckBox(self.tr("&Ongoing"))
        self.ongoing_check.setToolTip(self.tr("The activity has no end date yet."))
        self.end_edit = date_edit(
            existing.end_date if existing and existing.end_date else max(today, first),
            self.tr("End date"),
        )
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_edit, 1)
        end_row.addWidget(self.ongoing_check)

        self.hours_edit = QLineEdit()
        self.hours_edit.setAccessibleName(self.tr("Hours"))
        self.hours_edit.setPlaceholderText(
            self.tr("Total, planned or done, e.g. {example}").format(example=format_hours(12.5))
        )
        self.place_edit = QLineEdit()
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.place_edit.setMaxLength(MAX_PLACE_LENGTH)
        self.place_edit.setPlaceholderText(self.tr("Optional; stays on this computer"))
        self.place_edit.setToolTip(
            self.tr("Free text for you; it is never exported or printed on the sheet.")
        )
        self.branch_combo = QComboBox()
        self.branch_combo.setAccessibleName(self.tr("Branch"))
        fill_branch_combo(self.branch_combo, self.tr("No branch"))
        self.branch_combo.setToolTip(
            self.tr("The SNI 2007 section of the workplace, for work training and internships.")
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Type:"), self.type_combo)
        form.addRow(self.tr("&Area:"), self.area_combo)
        form.addRow("", self.area_note)
        form.addRow(self.tr("&Start date:"), self.start_edit)
        end_label = QLabel(self.tr("&End date:"))
        end_label.setBuddy(self.end_edit)
        form.addRow(end_label, end_row)
        form.addRow(self.tr("&Hours:"), self.hours_edit)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("&Branch:"), self.branch_combo)
        if participant_start is not None:
            started = QLabel(format_day(participant_start))
            started.setStyleSheet(f"color: {MUTED_COLOUR};")
            form.addRow(self.tr("Participant started:"), started)

        self.error_label = QLabel()
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add activity") if adding else self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)

        self._fill(existing)
        self.type_combo.currentIndexChanged.connect(self._type_chosen)
        for signal in (
            self.area_combo.currentIndexChanged,
            self.start_edit.dateChanged,
            self.end_edit.dateChanged,
            self.ongoing_check.toggled,
            self.hours_edit.textChanged,
        ):
            signal.connect(self._check)
        self.ongoing_check.toggled.connect(self._ongoing_toggled)
        self._ongoing_toggled(self.ongoing_check.isChecked())
        self._check()

    # -- what is shown ----------------------------------------------------------

    def _fill(self, existing: Activity | None) -> None:
        kind = existing.activity if existing else ActivityType.WORK_TRAINING
        self.type_combo.setCurrentIndex(self.type_combo.findData(kind.value))
        self._show_area(kind, existing.area if existing else None)
        self.ongoing_check.setChecked(existing is None or existing.end_date is None)
        self.hours_edit.setText(format_hours(existing.hours) if existing and existing.hours else "")
        self.place_edit.setText((existing.place or "") if existing else "")
        branch = existing.branch if existing else None
        self.branch_combo.setCurrentIndex(max(0, self.branch_combo.findData(branch)))

    def _show_area(self, kind: ActivityType, chosen: Area | None) -> None:
        default = DEFAULT_AREA[kind]
        area = default if default is not None else chosen
        self.area_combo.setEnabled(default is None)
        self.area_note.setVisible(default is not None)
        self.area_combo.setCurrentIndex(
            -1 if area is None else self.area_combo.findData(Area(area).value)
        )

    def _type_chosen(self) -> None:
        kind = self.activity_type
        self._show_area(kind, None)
        if kind is ActivityType.OTHER:
            self.area_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        self._check()

    def _ongoing_toggled(self, ongoing: bool) -> None:
        self.end_edit.setEnabled(not ongoing)

    # -- values -----------------------------------------------------------------

    @property
    def activity_type(self) -> ActivityType:
        return ActivityType(self.type_combo.currentData())

    @property
    def area(self) -> Area | None:
        value = self.area_combo.currentData()
        return Area(value) if isinstance(value, str) else None

    @property
    def start_date(self) -> date:
        return pydate(self.start_edit.date())

    @property
    def end_date(self) -> date | None:
        return None if self.ongoing_check.isChecked() else pydate(self.end_edit.date())

    def set_end_date(self, day: date | None) -> None:
        self.ongoing_check.setChecked(day is None)
        if day is not None:
            self.end_edit.setDate(qdate(day))

    def select_type(self, kind: ActivityType) -> None:
        self.type_combo.setCurrentIndex(self.type_combo.findData(kind.value))

    def select_area(self, area: Area | None) -> None:
        self.area_combo.setCurrentIndex(
            -1 if area is None else self.area_combo.findData(area.value)
        )

    def select_branch(self, letter: str | None) -> None:
        self.branch_combo.setCurrentIndex(max(0, self.branch_combo.findData(letter)))

    def problem(self) -> str | None:
        """What keeps the activity from being saved, in words (None: nothing)."""
        if self.area is None:
            return self.tr("Choose the area of an activity of the type Other.")
        end = self.end_date
        if end is not None and end < self.start_date:
            return self.tr("The end date cannot be before the start date, {date}.").format(
                date=format_day(self.start_date)
            )
        try:
            parse_hours(self.hours_edit.text())
        except ValueError:
            return self.tr(
                "Hours: '{text}' is not a number of hours; write e.g. {example}."
            ).format(text=self.hours_edit.text().strip(), example=format_hours(12.5))
        return None

    def activity(self) -> Activity:
        """The activity as the dialog describes it (ValueError while `problem()` says why)."""
        area = self.area
        if area is None:
            raise ValueError("no area")
        existing = self._existing
        branch = self.branch_combo.currentData()
        return Activity(
            participant_code=self._code,
            activity=self.activity_type,
            area=area,
            start_date=self.start_date,
            end_date=self.end_date,
            hours=parse_hours(self.hours_edit.text()),
            place=self.place_edit.text().strip() or None,
            branch=branch if isinstance(branch, str) else None,
            id=existing.id if existing else None,
        )

    def show_problem(self, message: str | None) -> None:
        """Show a message next to the buttons (also one from storage after OK)."""
        self.error_label.setText(message or "")
        if self.error_label.isVisibleTo(self) != bool(message):
            self.error_label.setVisible(bool(message))
            self.adjustSize()

    def _check(self) -> None:
        problem = self.problem()
        self.show_problem(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def accept(self) -> None:
        if self.problem() is None:
            super().accept()


class EndActivityDialog(QDialog):
    """Asks for the end date of an ongoing activity (today unless changed)."""

    def __init__(
        self, activity_name: str, start: date, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._start = start
        self.setWindowTitle(self.tr("End activity"))
        self.setAccessibleName(self.tr("End activity"))
        intro = QLabel(
            self.tr("When did {activity} end? It started {date}.").format(
                activity=activity_name, date=format_day(start)
            )
        )
        intro.setWordWrap(True)
        self.date_edit = date_edit(max(today, start), self.tr("End date"))
        form = QFormLayout()
        form.addRow(self.tr("&End date:"), self.date_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("End activity"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 28)
        self.date_edit.dateChanged.connect(self._check)
        self._check()

    @property
    def end_date(self) -> date:
        return pydate(self.date_edit.date())

    def problem(self) -> str | None:
        if self.end_date < self._start:
            return self.tr("The end date cannot be before the start date, {date}.").format(
                date=format_day(self._start)
            )
        return None

    def _check(self) -> None:
        problem = self.problem()
        self.error_label.setText(problem or "")
        self.error_label.setVisible(problem is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def accept(self) -> None:
        if self.problem() is None:
            super().accept()
