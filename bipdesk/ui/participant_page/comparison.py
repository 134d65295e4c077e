"""The comparison under the participant's measurements: the spider chart, the follow-up
sheet's Print and Save as PDF, and the summary of the progression.

matplotlib and the printing code are imported only when a page is built or a
sheet printed, so that the main window's first paint does not wait for them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from bipdesk.ui.participant_page.part import PagePart
from bipdesk.ui.progression_summary import ProgressionSummary


class ComparisonArea(PagePart):
    """`chart_area`: the measurements ticked in the chart, compared."""

    def _build_comparison(self) -> None:
        self.chart_area = QWidget()
        self.chart_area.setAccessibleName(self.tr("Comparison of measurements"))
        self.chart_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        chart_layout = QVBoxLayout(self.chart_area)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_box = ProgressionSummary()
        from bipdesk.ui.spider_widget import SpiderPanel  # matplotlib: only when a page opens

        self.spider_panel = SpiderPanel(self._context)
        self.print_button = QPushButton(self.tr("Print follow-up sheet…"))
        self.print_button.setAccessibleName(self.tr("Print follow-up sheet"))
        self.print_button.clicked.connect(self.print_sheet)
        self.save_pdf_button = QPushButton(self.tr("Save sheet as PDF…"))
        self.save_pdf_button.setAccessibleName(self.tr("Save follow-up sheet as PDF"))
        self.save_pdf_button.clicked.connect(self.save_sheet_as_pdf)
        sheet_buttons = QHBoxLayout()
        sheet_buttons.addWidget(self.print_button)
        sheet_buttons.addWidget(self.save_pdf_button)
        sheet_buttons.addStretch(1)
        sheet_buttons.addWidget(self.conversation.copy_button)
        sheet_buttons.addWidget(self.conversation.show_button)
        chart_layout.addWidget(self.spider_panel, 1)
        chart_layout.addLayout(sheet_buttons)
        chart_layout.addWidget(self.summary_box)

    def _show_comparison(self) -> None:
        has_measurements = self._stored is not None and bool(self._measurements)
        conversation = (self.conversation.show_button, self.conversation.copy_button)
        for widget in (self.spider_panel, self.print_button, self.save_pdf_button, *conversation):
            widget.setVisible(has_measurements)
        if self._stored is not None and has_measurements:
            self.spider_panel.show_participant(self._stored.code)

    def _show_summary(self) -> None:
        self.summary_box.show_measurements(self._measurements)

    def print_sheet(self) -> bool:
        """File → Print…: the follow-up sheet of the measurements ticked in the chart."""
        from bipdesk.ui.printing import print_sheet

        sheet = self.spider_panel.current_sheet()
        return sheet is not None and print_sheet(self, sheet)

    def save_sheet_as_pdf(self) -> None:
        from bipdesk.ui.printing import save_sheet_as_pdf

        sheet = self.spider_panel.current_sheet()
        if sheet is not None and (path := save_sheet_as_pdf(self, sheet)) is not None:
            self.status_message.emit(
                self.tr("Saved the follow-up sheet as {path}").format(path=path)
            )
