"""The top line of the participant page: back to the list, who this is, and whether
their participation is still going on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from bipdesk.core.participants import Participant
from bipdesk.ui.contrast import readable_colour
from bipdesk.ui.formatting import format_day
from bipdesk.ui.participant_page.part import GOOD_COLOUR, MUTED_COLOUR, PagePart


class PageHeader(PagePart):
    """The back button, the title (code, and name when names are shown) and the state."""

    def _build_header(self) -> None:
        self.back_button = QPushButton(self.tr("← All participants"))
        self.back_button.setAccessibleName(self.tr("Back to all participants"))
        self.back_button.setToolTip(self.tr("Back to the list of participants"))
        self.back_button.clicked.connect(self.closed)
        self.title_label = QLabel()
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.header_layout = QHBoxLayout()
        self.header_layout.addWidget(self.back_button)
        self.header_layout.addSpacing(12)
        self.header_layout.addWidget(self.title_label)
        self.header_layout.addSpacing(12)
        self.header_layout.addWidget(self.state_label)
        self.header_layout.addStretch(1)

    def _show_header(self, participant: Participant | None) -> None:
        if participant is None:
            self.title_label.setText(self.tr("New participant"))
            self.state_label.setText("")
            return
        self.title_label.setText(self._title(participant))
        if participant.end_date is not None:
            self.state_label.setText(
                self.tr("Ended {date}").format(date=format_day(participant.end_date))
            )
            self.state_label.setStyleSheet(
                f"color: {readable_colour(MUTED_COLOUR)}; font-weight: bold;"
            )
        else:
            self.state_label.setText(self.tr("Active"))
            self.state_label.setStyleSheet(
                f"color: {readable_colour(GOOD_COLOUR)}; font-weight: bold;"
            )

    def _title(self, participant: Participant) -> str:
        if self._context.show_names and participant.name:
            return self.tr("{code} · {name}").format(code=participant.code, name=participant.name)
        return participant.code
