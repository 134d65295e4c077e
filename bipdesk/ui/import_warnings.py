"""The rows an import lets through but tells about (a measurement before the
participant's start, a start in the future), in the import dialog's preview and
in its closing message. They never block the import: the date may be right."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from bipdesk.io.import_problems import ImportProblem
from bipdesk.ui.formatting import format_day
from bipdesk.ui.language import said_in_app

MESSAGE_ROWS = 10
"""Warnings listed in the message at the end of an import."""
WARNING_COLOUR = "#8a5a00"


def _day(text: str) -> str:
    try:
        return format_day(date.fromisoformat(text))
    except ValueError:
        return text


def warning_text(warning: ImportProblem) -> str:
    """One warning in the user's language: row, column and what to look at."""
    values = dict(warning.values)
    participant = values.get("participant", "")
    if warning.code == "before_start":
        reason = QCoreApplication.translate(
            "ImportWarnings",
            "participant {participant}: the measurement date {date} is before the start "
            "date {start}",
        ).format(participant=participant, date=_day(values["date"]), start=_day(values["start"]))
    elif warning.code == "start_in_future":
        reason = QCoreApplication.translate(
            "ImportWarnings", "participant {participant}: the start date {start} is in the future"
        ).format(participant=participant, start=_day(values["start"]))
    else:
        reason = said_in_app(warning.reason)
    column = said_in_app(warning.column_text)
    if warning.letter:
        column = f"{warning.letter} ({column})"
    return QCoreApplication.translate(
        "ImportWarnings", "Row {row}, column {column}: {reason}"
    ).format(row=warning.row, column=column, reason=reason)


def warnings_message(warnings: Sequence[ImportProblem]) -> str:
    """The paragraph the closing message adds; '' when there is no warning."""
    if not warnings:
        return ""
    lines = [warning_text(warning) for warning in warnings[:MESSAGE_ROWS]]
    if len(warnings) > MESSAGE_ROWS:
        lines.append(
            QCoreApplication.translate("ImportWarnings", "…and {count} more to check.").format(
                count=len(warnings) - MESSAGE_ROWS
            )
        )
    title = QCoreApplication.translate("ImportWarnings", "Imported, but worth a second look:")
    return "\n\n" + "\n".join([title, *lines])


class ImportWarningsBox(QWidget):
    """The preview's list of rows worth a second look; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
        self.list = QPlainTextEdit()
        self.list.setReadOnly(True)
        self.list.setAccessibleName(self.tr("Rows worth a second look"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        self.hide()

    def show_warnings(self, warnings: Sequence[ImportProblem]) -> None:
        self.label.setText(
            self.tr(
                "{count} rows will be imported but are worth a second look "
                "(they do not stop the import):"
            ).format(count=len(warnings))
            if len(warnings) != 1
            else self.tr(
                "1 row will be imported but is worth a second look (it does not stop the import):"
            )
        )
        self.list.setPlainText("\n".join(warning_text(warning) for warning in warnings))
        self.setVisible(bool(warnings))
