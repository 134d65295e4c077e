"""One participant: background form, next due date, measurement history and actions.

The page reads and writes only through `Database.transaction()` and the core's
rules (validation, scheduling, progression); it holds plain dataclasses, never
a session. This module puts the parts together (see the package's docstring),
loads the participant into them and says which actions are open.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.core.validation import Problem
from bipdesk.ui.activities_section import ActivitiesSection
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.history_section import HistorySection
from bipdesk.ui.page_room import keep_rows_visible, scrolling
from bipdesk.ui.participant_page.background import BackgroundForm
from bipdesk.ui.participant_page.comparison import ComparisonArea
from bipdesk.ui.participant_page.handover import HandoverAction
from bipdesk.ui.participant_page.header import PageHeader
from bipdesk.ui.participant_page.measurements import MeasurementList
from bipdesk.ui.participant_page.participation import ParticipationActions
from bipdesk.ui.participant_page.privacy import PrivacyActions
from bipdesk.ui.read_only import disable_writing


class ParticipantPage(
    PageHeader,
    BackgroundForm,
    MeasurementList,
    ComparisonArea,
    ParticipationActions,
    PrivacyActions,
    HandoverAction,
    QWidget,
):
    """Background, next due date and measurement history of one participant."""

    measurement_requested = Signal(str)
    participant_saved = Signal(str)
    closed = Signal()
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stored: Participant | None = None
        self._measurements: list[Measurement] = []
        self._other_codes: set[str] = set()
        self._loading = True  # no validation while the widgets are being built
        self._baseline: tuple[object, ...] = ()
        self._problems: list[Problem] = []
        self.setAccessibleName(self.tr("Participant"))

        self._build_header()
        self._build_background_box()
        self._build_right_panel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.form_box)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(left.minimumSizeHint().width() + 24)

        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(scroll)
        self.body.addWidget(self.right_panel)
        self.body.setStretchFactor(0, 0)
        self.body.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(self.header_layout)
        layout.addWidget(self.body, 1)

        self._set_tab_order()
        self._loading = False
        context.changed.connect(self._on_changed)
        self.show_participant(None)

    # -- building -------------------------------------------------------------

    def _build_background_box(self) -> None:
        """The left side: the form, and below it what can be done with the participation."""
        save_row = self._build_form()
        participation_row = self._build_participation_buttons()
        privacy_row = self._build_privacy_buttons()
        self.form_box = QGroupBox(self.tr("Background"))
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addLayout(self.form)
        box_layout.addLayout(save_row)
        box_layout.addSpacing(8)
        box_layout.addLayout(participation_row)
        box_layout.addLayout(privacy_row)
        box_layout.addLayout(self._build_handover_row())

    def _build_right_panel(self) -> None:
        """The right side: the due line over tabs for measurements, activities and edits."""
        due_row = self._build_measurements()
        self._build_comparison()

        # History above, comparison below: the chart needs the page's full width.
        self.history_split = QSplitter(Qt.Orientation.Vertical)
        self.history_split.setChildrenCollapsible(False)
        self.history_split.addWidget(self.history_box)
        keep_rows_visible(self.history_view)  # five measurements; the chart scrolls
        self.history_split.addWidget(scrolling(self.chart_area))
        self.history_split.setStretchFactor(0, 1)
        self.history_split.setStretchFactor(1, 3)

        self.right_panel = QWidget()
        right = QVBoxLayout(self.right_panel)
        right.setContentsMargins(8, 0, 0, 0)
        right.addLayout(due_row)
        self.activities_section = ActivitiesSection(self._context)
        self.activities_section.status_message.connect(self.status_message)
        self.right_tabs = QTabWidget()
        self.right_tabs.addTab(self.history_split, self.tr("Measurements"))
        self.right_tabs.addTab(self.activities_section, self.tr("Activities"))
        self.history_section = HistorySection(self._context)
        self.right_tabs.addTab(self.history_section, self.tr("Edit history"))
        right.addWidget(self.right_tabs, 1)
        right.addStretch(0)  # keeps the hint at the top while there is no history

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.back_button,
            self.code_edit,
            self.name_edit,
            self.sex_combo,
            self.birth_year_edit,
            self.referrer_edit,
            self.municipality_edit,
            self.unit_edit,
            self.coordinator_edit,
            self.start_edit,
            self.save_button,
            self.discard_button,
            self.end_button,
            self.reopen_button,
            self.extract_button,
            self.erase_button,
            self.new_button,
            self.history_view,
            self.edit_button,
            self.delete_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- loading --------------------------------------------------------------

    @property
    def code(self) -> str | None:
        """The code of the participant shown (as stored), None for a new one."""
        return None if self._stored is None else self._stored.code

    @property
    def participant(self) -> Participant | None:
        return self._stored

    def show_participant(self, code: str | None) -> None:
        """Show a stored participant, or an empty form for a new one (None)."""
        stored = None
        measurements: list[Measurement] = []
        with self._context.database.transaction(write=False) as repository:
            codes = repository.participant_codes()
            if code is not None:
                stored = repository.participant(code)
                if stored is not None:
                    measurements = repository.measurements(stored.code)
        if code is not None and stored is None:
            self.status_message.emit(
                self.tr("The participant {code} no longer exists.").format(code=code)
            )
        self._stored = stored
        self._measurements = measurements
        self._other_codes = codes - ({stored.code} if stored else set())
        self._fill_form(stored)
        self._show_history()
        self._show_sections()
        self._apply_name_visibility()
        if stored is None:
            self.code_edit.setFocus()
        else:
            self.new_button.setFocus()  # the usual next step; Enter or Space starts it

    def refresh(self) -> None:
        """Read the participant again; edits in progress in the form are kept."""
        if self._stored is None:
            with self._context.database.transaction(write=False) as repository:
                self._other_codes = repository.participant_codes()
            self._validate()
            return
        dirty = self.is_dirty()
        assert self._stored.id is not None
        with self._context.database.transaction(write=False) as repository:
            found = [p for p in [repository.participant(self._stored.code)] if p is not None]
            if not found:  # renamed elsewhere: find it by its id
                found = [p for p in repository.participants() if p.id == self._stored.id]
            codes = repository.participant_codes()
            measurements = repository.measurements(found[0].code) if found else []
        if not found:
            self.show_participant(None)
            return
        self._stored = found[0]
        self._measurements = measurements
        self._other_codes = codes - {self._stored.code}
        if dirty:
            self._show_participation(self._stored)
            self._validate()
        else:
            self._fill_form(self._stored)
        self._show_history()
        self._show_sections()
        self._apply_name_visibility()

    def _on_changed(self, what: str) -> None:
        if what == Change.SETTINGS:
            self._apply_name_visibility()
            self._show_history()
        else:
            self.refresh()

    def _show_participation(self, participant: Participant | None) -> None:
        """Whether the participant is new, taking part or ended, in every part that shows it."""
        self._show_header(participant)
        self._show_background(participant)
        self._show_participation_buttons(participant)
        self._show_privacy_buttons(participant)
        self._show_handover(participant)

    def _show_sections(self) -> None:
        self.activities_section.show_participant(self._stored, [m.date for m in self._measurements])
        self.history_section.show_participant(self.code)
        self._show_comparison()

    def _apply_name_visibility(self) -> None:
        show = self._context.show_names
        self.form.setRowVisible(self.fields["name"], show)
        if self._stored is not None:
            self.title_label.setText(self._title(self._stored))

    def _update_actions(self) -> None:
        stored = self._stored is not None
        selected = self.selected_measurement() is not None
        self.new_button.setEnabled(stored and not self.is_dirty())
        self.new_button.setToolTip(
            self.tr("Save the changes to the background first.")
            if stored and self.is_dirty()
            else self.tr("Fill in the card together with the participant")
        )
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.conversation.view_button.setEnabled(selected)
        self.end_button.setEnabled(stored)
        disable_writing(
            self._context.database,
            self.save_button,
            self.discard_button,
            self.end_button,
            self.reopen_button,
            self.survey_button,
            self.erase_button,
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.conversation.view_button,
            *self.fields.values(),
        )
