"""Printing and saving follow-up sheets from the desktop app.

The sheet is always the PDF of `bipdesk.reports.sheet` — Print… sends the
same pages to the printer (rendered by PDFium at the printer's resolution),
Save as PDF… writes the file, and the batch for everyone due this week runs
off the UI thread with a progress dialog and Cancel.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bipdesk.reports.sheet import (
    SheetCancelledError,
    save_path,
    sheet_pdf,
    write_sheet,
    write_sheets,
)
from bipdesk.reports.sheet_data import SheetData, due_this_week, load_sheet
from bipdesk.ui.context import AppContext
from bipdesk.ui.operations import BackgroundOperation, Progress, run_in_background
from bipdesk.ui.storage_messages import storage_message

MAX_PRINT_DPI = 300


def default_file_name(code: str) -> str:
    return f"uppfoljning-{code}.pdf"


def print_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of `pdf` onto `printer`, fitted to its page; returns the pages."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    document = pdfium.PdfDocument(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("printing", "The printer could not be started."))
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        for index in range(len(document)):
            if index:
                printer.newPage()
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = bitmap.to_pil().convert("RGB")
            data = image.tobytes("raw", "RGB")
            qimage = QImage(
                data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
            )
            area = QRectF(0, 0, target.width(), target.height())
            scale = min(area.width() / image.width, area.height() / image.height)
            width, height = image.width * scale, image.height * scale
            painter.drawImage(
                QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height),
                qimage,
            )
    finally:
        painter.end()
    return len(document)


def print_pages(parent: QWidget, document_name: str, title: str, pdf: Callable[[], bytes]) -> bool:
    """The system print dialog (A4, titled `title`), then the pages of `pdf()`; True when
    printed. A printer that fails is told in a message box."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            printer.pageLayout().margins(),
        )
    )
    printer.setDocName(document_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    try:
        print_pdf(printer, pdf())
    except OSError as error:
        QMessageBox.warning(parent, title, storage_message(error))
        return False
    return True


def print_sheet(parent: QWidget, sheet: SheetData) -> bool:
    """File → Print…: the system print dialog, then the sheet's pages; True when printed."""
    title = QCoreApplication.translate("printing", "Print follow-up sheet")
    return print_pages(parent, default_file_name(sheet.code), title, lambda: sheet_pdf(sheet))


def save_pdf(
    parent: QWidget, title: str, suggested: Path, write: Callable[[Path], object]
) -> Path | None:
    """Ask for a file name (".pdf" added when missing) and `write` the PDF there; the path
    written, or None when cancelled or when writing failed (said in a message box)."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), "PDF (*.pdf)")
    if not chosen:
        return None
    path = save_path(chosen)
    try:
        write(path)
    except OSError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("printing", "Save as PDF"),
            f"{path}: {error.strerror or error}",
        )
        return None
    return path


def save_sheet_as_pdf(parent: QWidget, sheet: SheetData) -> Path | None:
    """Save as PDF…: asks for a file name and writes the sheet there."""
    title = QCoreApplication.translate("printing", "Save follow-up sheet as PDF")
    suggested = Path.home() / default_file_name(sheet.code)
    return save_pdf(parent, title, suggested, lambda path: write_sheet(sheet, path))


def write_due_sheets(
    context: AppContext, path: Path, language: str, show_names: bool, progress: Progress
) -> tuple[int, int]:
    """The work of the batch (runs in a worker thread): (sheets, pages) written to `path`.

    Writes to memory first, so a cancelled or failed batch leaves no half file.
    """
    database = context.database
    today = context.today()
    with database.transaction(write=False) as repository:
        codes = due_this_week(repository, today)
        sheets = [
            load_sheet(
                repository, database.cards, code, "first,latest", language, show_names, today
            )
            for code in codes
        ]
    if not sheets:
        return 0, 0
    buffer = io.BytesIO()
    pages = write_sheets(sheets, buffer, len(sheets), progress)
    progress(len(sheets), len(sheets))
    path.write_bytes(buffer.getvalue())
    return len(sheets), pages


def print_due_this_week(
    parent: QWidget,
    context: AppContext,
    language: str,
    on_done: Callable[[int], None] | None = None,
) -> BackgroundOperation[tuple[int, int]] | None:
    """'Print sheets for all due this week': one PDF, written with a progress dialog."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("printing", "Sheets for everyone due this week"),
        str(Path.home() / f"uppfoljning-vecka-{context.today().isocalendar().week}.pdf"),
        "PDF (*.pdf)",
    )
    if not chosen:
        return None
    path = save_path(chosen)
    show_names = context.show_names

    def work(progress: Progress) -> tuple[int, int]:
        return write_due_sheets(context, path, language, show_names, progress)

    def succeeded(result: tuple[int, int]) -> None:
        sheets, pages = result
        if sheets == 0:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("printing", "Sheets"),
                QCoreApplication.translate("printing", "Nobody is due this week."),
            )
        else:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("printing", "Sheets"),
                QCoreApplication.translate(
                    "printing", "The sheets were saved in %3.\n\nSheets: %1\nPages: %2"
                )
                .replace("%1", str(sheets))
                .replace("%2", str(pages))
                .replace("%3", str(path)),
            )
        if on_done is not None:
            on_done(sheets)

    def failed(error: BaseException) -> None:
        if isinstance(error, SheetCancelledError):
            return
        QMessageBox.warning(
            parent, QCoreApplication.translate("printing", "Sheets"), storage_message(error)
        )

    return run_in_background(
        parent,
        QCoreApplication.translate("printing", "Writing the sheets of everyone due this week…"),
        work,
        succeeded,
        failed,
    )
