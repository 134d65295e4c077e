"""Settings: the unit name, measurement interval, retention, idle lock and backups kept
(the project's), showing names, the language and your name in the edit history (yours)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.retention import MAX_RETENTION_YEARS, MIN_RETENTION_YEARS
from bipdesk.language import language_name, system_language
from bipdesk.storage.backup import keep_count, set_keep_count
from bipdesk.storage.history_repository import os_user
from bipdesk.ui.backups_dialog import MAX_KEEP
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.encryption import MAX_IDLE_MINUTES, idle_minutes, save_idle_minutes
from bipdesk.ui.file_features import disable_file_only
from bipdesk.ui.language import CHOICES, SYSTEM, current_language
from bipdesk.ui.read_only import disable_writing

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
        self.retention_spin = QSpinBox(self)
        self.retention_spin.setRange(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
        self.retention_spin.setValue(context.retention_years)
        self.retention_spin.setSuffix(self.tr(" years"))
        self.retention_spin.setAccessibleName(self.tr("Retention period in years"))
        self.retention_spin.setToolTip(
            self.tr(
                "File → Retention review lists participants who ended longer ago than this, "
                "to be erased. Follow your organisation's rules for thinning out records."
            )
        )
        form.addRow(self.tr("Keep &ended participants for:"), self.retention_spin)
        database = context.database
        self.lock_spin = QSpinBox(self)
        self.lock_spin.setRange(1, MAX_IDLE_MINUTES)
        self.lock_spin.setValue(idle_minutes(database))
        self.lock_spin.setSuffix(self.tr(" minutes"))
        self.lock_spin.setAccessibleName(self.tr("Lock after minutes without use"))
        if database.encrypted:
            self.lock_spin.setToolTip(
                self.tr(
                    "After this many minutes without use BIP Desk covers its windows until "
                    "the passphrase is typed again."
                )
            )
        else:
            self.lock_spin.setEnabled(False)
            self.lock_spin.setToolTip(
                self.tr(
                    "Only for an encrypted database: this one has no passphrase, so BIP Desk "
                    "cannot lock it."
                )
            )
        form.addRow(self.tr("&Lock when idle for:"), self.lock_spin)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(1, MAX_KEEP)
        self.keep_spin.setValue(keep_count(database))
        self.keep_spin.setSuffix(self.tr(" backups"))
        self.keep_spin.setAccessibleName(self.tr("Number of backups to keep"))
        self.keep_spin.setToolTip(
            self.tr(
                "BIP Desk backs the database up at start and at exit; older backups than "
                "this many are deleted."
            )
        )
        form.addRow(self.tr("Keep the &newest:"), self.keep_spin)
        layout.addLayout(form)
        disable_writing(
            database,
            self.unit_edit,
            self.interval_spin,
            self.retention_spin,
            self.lock_spin,
            self.keep_spin,
        )
        disable_file_only(database, self.keep_spin)  # a team database: the server's backups

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
        personal_form = QFormLayout()
        personal_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.language_combo = QComboBox(self)
        for choice in CHOICES:
            self.language_combo.addItem(self._choice_text(choice), choice)
        self.language_combo.setCurrentIndex(CHOICES.index(context.language_choice))
        self.language_combo.setAccessibleName(self.tr("Language of BIP Desk"))
        self.language_combo.setToolTip(
            self.tr(
                "The language of menus, sheets, exports and reports. It changes at once; "
                "'bipdesk --lang' overrides it for one run."
            )
        )
        personal_form.addRow(self.tr("&Language:"), self.language_combo)
        self.editor_name_edit = QLineEdit(context.editor_name, self)
        self.editor_name_edit.setPlaceholderText(os_user())
        self.editor_name_edit.setAccessibleName(self.tr("Your name in the edit history"))
        self.editor_name_edit.setToolTip(
            self.tr(
                "Recorded with every change you make, so that colleagues can see who changed "
                "what. Left empty, the computer's login name is recorded."
            )
        )
        personal_form.addRow(
            self.tr("Your na&me (recorded in the edit history):"), self.editor_name_edit
        )
        layout.addLayout(personal_form)
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
        self.setTabOrder(self.interval_spin, self.retention_spin)
        self.setTabOrder(self.retention_spin, self.lock_spin)
        self.setTabOrder(self.lock_spin, self.keep_spin)
        self.setTabOrder(self.keep_spin, self.show_names_check)
        self.setTabOrder(self.show_names_check, self.language_combo)
        self.setTabOrder(self.language_combo, self.editor_name_edit)
        self.setTabOrder(self.editor_name_edit, self.buttons)

    def _save_safety(self) -> None:
        """The idle lock (encrypted databases only) and the backups kept, when changed."""
        database = self.context.database
        if database.read_only:
            return
        changed = False
        if database.encrypted and self.lock_spin.value() != idle_minutes(database):
            save_idle_minutes(database, self.lock_spin.value())
            changed = True
        if self.keep_spin.value() != keep_count(database):
            set_keep_count(database, self.keep_spin.value())
            changed = True
        if changed:
            self.context.announce(Change.SETTINGS)

    def _choice_text(self, choice: str) -> str:
        """Each language in its own name; 'System' names the system's in the app's."""
        if choice == SYSTEM:
            return self.tr("System ({language})").format(
                language=language_name(system_language(), current_language(), capitalised=False)
            )
        return language_name(choice)

    def accept(self) -> None:
        self.save()
        super().accept()

    def save(self) -> None:
        """Store what the dialog shows; each part announces its change once."""
        unit, interval = self.unit_edit.text().strip(), self.interval_spin.value()
        if unit != self.context.unit_name or interval != self.context.interval_months:
            self.context.save_project_settings(unit, interval)
        if self.retention_spin.value() != self.context.retention_years:
            self.context.save_retention_years(self.retention_spin.value())
        self._save_safety()
        if self.show_names_check.isChecked() != self.context.show_names:
            self.context.set_show_names(self.show_names_check.isChecked())
        if self.editor_name_edit.text().strip() != self.context.editor_name:
            self.context.set_editor_name(self.editor_name_edit.text())
        choice = str(self.language_combo.currentData())
        if choice != self.context.language_choice:
            self.context.set_language_choice(choice)
