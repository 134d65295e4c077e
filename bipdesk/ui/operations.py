"""Long work off the UI thread, with one consistent progress dialog.

Like Anki's CollectionOp: the work function runs in a worker thread and
reports `progress(done, total)`; it returns False once the user pressed
Cancel, and the work stops by raising (so its transaction rolls back). The
result or the error comes back on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], bool]
"""progress(done, total) -> keep going?"""


class _Worker(QObject, Generic[T]):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], T]) -> None:
        super().__init__()
        self._work = work
        self.cancelled = threading.Event()

    def report(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.report)
        except BaseException as error:  # handed to the UI thread, never lost
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            # End the thread's event loop now, not when the UI thread gets round to
            # it: `wait()` from the UI thread (closing a window) would otherwise block
            # until its timeout, since the quit() queued for the UI thread cannot run.
            thread = QThread.currentThread()
            if thread is not None:
                thread.quit()


class BackgroundOperation(QObject, Generic[T]):
    """One run of `work` in its own thread; keep a reference until it finishes."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[Progress], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
        cancellable: bool = True,
        show_after_ms: int = 300,
    ) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        self._thread = QThread(self)
        self._worker: _Worker[T] = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._dialog = QProgressDialog(
            label, self.tr("Cancel") if cancellable else "", 0, 0, parent
        )
        self._dialog.setWindowTitle(self.tr("BIP Desk"))
        self._dialog.setMinimumDuration(show_after_ms)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.setAccessibleName(label)
        if not cancellable:
            self._dialog.setCancelButton(None)
        self._dialog.canceled.connect(self.cancel)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._show_progress)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)

    def start(self) -> None:
        self._dialog.setValue(0)
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        self._worker.cancelled.set()
        self._dialog.setLabelText(self.tr("Cancelling…"))

    @property
    def is_cancelled(self) -> bool:
        return self._worker.cancelled.is_set()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """For tests and shutdown: block until the worker thread has ended."""
        return self._thread.wait(milliseconds)

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if self._dialog.maximum() != total:
            self._dialog.setMaximum(total)
        self._dialog.setValue(min(done, total))

    def _finish(self) -> None:
        self._dialog.reset()
        self._dialog.hide()
        self._thread.quit()
        self._thread.wait()
        self.finished.emit()

    @Slot(object)
    def _succeeded(self, result: T) -> None:
        self._finish()
        self._on_success(result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._finish()
        self._on_failure(error)


_RUNNING: set[BackgroundOperation[object]] = set()
"""Operations still under way: Python must not drop an operation (and with it the
worker and thread wrappers) while Qt may still deliver its queued signals."""


def run_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    cancellable: bool = True,
) -> BackgroundOperation[T]:
    operation = BackgroundOperation(parent, label, work, on_success, on_failure, cancellable)
    _RUNNING.add(operation)  # type: ignore[arg-type]
    # Released on the next turn of the event loop, once every queued signal of
    # this operation has been delivered; the parent widget owns the QObject.
    operation.finished.connect(lambda: QTimer.singleShot(0, lambda: _RUNNING.discard(operation)))
    operation.start()
    return operation
