"""Settings: the unit name and measurement interval (the project's) and showing names (yours)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bipdesk.ui.context import AppContext

MIN_INTERVAL_MONTHS = 1
MAX_INTERVAL_MONTHS = 12


class SettingsDialog(QDialog):
    """Edits the settings; OK saves them through the context, Cancel changes nothing."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Settings — BIP Desk"))
        self.setAccessibleName(self.tr("Settings"))
        layout = QVBoxLayout(self)

        project = QLabel(self.tr("For this project (saved in the database):"), self)
        project.setWordWrap(True)
        layout.addWidget(project)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.unit_edit = QLineEdit(context.unit_name, self)
        self.unit_edit.setAccessibleName(self.tr("Unit name"))
        self.unit_edit.setPlaceholderText(self.tr("For example Delprojekt Växjö"))
        self.unit_edit.setToolTip(
            self.tr("The name of your unit or sub-project, written on aggregate files.")
        )
        self.unit_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 24)
        form.addRow(self.tr("&Unit name:"), self.unit_edit)
        self.interval_spin = QSpinBox(self)
        self.interval_spin.setRange(MIN_INTERVAL_MONTHS, MAX_INTERVAL_MONTHS)
        self.interval_spin.setValue(context.interval_months)
        self.interval_spin.setSuffix(self.tr(" months"))
        self.interval_spin.setAccessibleName(self.tr("Measurement interval in months"))
        self.interval_spin.setToolTip(
            self.tr("The next measurement is due this many months after the latest one.")
        )
        form.addRow(self.tr("Measurement &interval:"), self.interval_spin)
        layout.addLayout(form)

        layout.addSpacing(8)
        personal = QLabel(self.tr("On this computer:"), self)
        layout.addWidget(personal)
        self.show_names_check = QCheckBox(self.tr("Show participants' &names"), self)
        self.show_names_check.setChecked(context.show_names)
        self.show_names_check.setAccessibleName(self.tr("Show participants' names"))
        self.show_names_check.setToolTip(
            self.tr("When off, participants are shown by code only, everywhere in BIP Desk.")
        )
        layout.addWidget(self.show_names_check)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        ok.setAccessibleName(self.tr("Save settings"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.setTabOrder(self.unit_edit, self.interval_spin)
        self.setTabOrder(self.interval_spin, self.show_names_check)
        self.setTabOrder(self.show_names_check, self.buttons)

    def accept(self) -> None:
        self.save()
        super().accept()

    def save(self) -> None:
        """Store what the dialog shows; each part announces its change once."""
        unit, interval = self.unit_edit.text().strip(), self.interval_spin.value()
        if unit != self.context.unit_name or interval != self.context.interval_months:
            self.context.save_project_settings(unit, interval)
        if self.show_names_check.isChecked() != self.context.show_names:
            self.context.set_show_names(self.show_names_check.isChecked())
