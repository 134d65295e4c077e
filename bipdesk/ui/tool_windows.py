"""The main window's non-modal tool windows: group comparison, unit report, export,
project office and the user guide.

Each is built on first use (they bring matplotlib, reportlab and openpyxl with
them, which the first screen does not need), kept while the main window lives,
and raised when asked for again; work running in them is waited for before the
window goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from bipdesk.ui.main_window_part import MainWindowPart

if TYPE_CHECKING:
    from bipdesk.ui.export_dialog import ExportDialog
    from bipdesk.ui.group_dialog import GroupComparisonDialog
    from bipdesk.ui.office_dialog import OfficeDialog
    from bipdesk.ui.unit_report_dialog import UnitReportDialog
    from bipdesk.ui.user_guide import UserGuideWindow


class ToolWindows(MainWindowPart):
    """The tool windows the main window opens beside itself (a part of MainWindow)."""

    _group_dialog: GroupComparisonDialog | None = None
    _export_dialog: ExportDialog | None = None
    _office_dialog: OfficeDialog | None = None
    _unit_report_dialog: UnitReportDialog | None = None
    _user_guide: UserGuideWindow | None = None

    def show_group_comparison(self) -> GroupComparisonDialog:
        """View → Group comparison…: one non-modal dialog, raised when already open."""
        if self._group_dialog is None:
            from bipdesk.ui.group_dialog import GroupComparisonDialog

            self._group_dialog = GroupComparisonDialog(self.context, self)
        return _bring_up(self._group_dialog)

    def show_unit_report(self) -> UnitReportDialog:
        """File → Unit report…: one non-modal dialog, raised when already open."""
        if self._unit_report_dialog is None:
            from bipdesk.ui.unit_report_dialog import UnitReportDialog

            self._unit_report_dialog = UnitReportDialog(self.context, self)
            self._unit_report_dialog.saved.connect(self.show_status)
        return _bring_up(self._unit_report_dialog)

    def export_for_project_office(self) -> ExportDialog:
        """File → Export for the project office…: one non-modal dialog, raised when open."""
        if self._export_dialog is None:
            from bipdesk.ui.export_dialog import ExportDialog

            self._export_dialog = ExportDialog(self.context, self)
            self._export_dialog.status_message.connect(self.show_status)
        return _bring_up(self._export_dialog)

    def show_project_office(self) -> OfficeDialog:
        """File → Project office…: one non-modal window over files only, raised when open."""
        if self._office_dialog is None:
            from bipdesk.ui.office_dialog import OfficeDialog

            self._office_dialog = OfficeDialog(
                self.context.settings, self.context.database.cards, self
            )
            self._office_dialog.saved.connect(self.show_status)
        return _bring_up(self._office_dialog)

    def show_user_guide(self) -> UserGuideWindow | None:
        """Help → User guide (F1): the guide in the app's language, in a window of its own."""
        from bipdesk.ui.user_guide import show_user_guide

        self._user_guide = show_user_guide(self, self._user_guide) or self._user_guide
        return self._user_guide

    def open_tool_windows(self) -> list[QDialog]:
        """The non-modal windows on screen (group comparison, export, project office):
        a new language waits for them, so that work in them is not lost."""
        tools = (
            self._group_dialog,
            self._export_dialog,
            self._office_dialog,
            self._unit_report_dialog,
        )
        return [tool for tool in tools if tool is not None and tool.isVisible()]

    def _wait_for_tool_windows(self) -> None:
        if self._group_dialog is not None:
            self._group_dialog.wait()
        if self._export_dialog is not None:
            self._export_dialog.wait()
        if self._office_dialog is not None:
            self._office_dialog.wait()
        if self._unit_report_dialog is not None:
            self._unit_report_dialog.wait()


_Tool = TypeVar("_Tool", bound=QWidget)


def _bring_up(window: _Tool) -> _Tool:
    """Show a non-modal tool window, in front and focused when it is already open."""
    window.show()
    window.raise_()
    window.activateWindow()
    return window
