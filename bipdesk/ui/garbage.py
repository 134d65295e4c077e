"""Python's cyclic garbage collector, run on the UI thread only.

Left automatic, the collector runs in whichever thread happens to allocate
when a generation fills up. A background export (`bipdesk.ui.operations`)
then collected a cycle that held Qt objects of the UI thread — an exception
with its traceback, whose frames held a closed window's widgets — and
destroyed them on the worker thread while the UI thread was using them: a
segmentation fault, seen in the test suite about once in four runs. This
keeps Python's own thresholds but looks at them from a timer of the UI thread
(the recipe Qt applications use for PySide and PyQt alike).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250
_THRESHOLDS = gc.get_threshold()


def collect_if_due() -> None:
    """Collect the generations whose counts passed Python's thresholds, youngest first.

    Call it on the UI thread only (the collector's timer does; the test suite
    between tests)."""
    young, middle, old = gc.get_count()
    if young > _THRESHOLDS[0]:
        gc.collect(0)
        if middle > _THRESHOLDS[1]:
            gc.collect(1)
            if old > _THRESHOLDS[2]:
                gc.collect(2)


class UiThreadGarbageCollector(QObject):
    """Turns automatic collection off and collects from a timer of the UI thread."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(collect_if_due)
        self._timer.start(interval_ms)

    def stop(self) -> None:
        """Hand collection back to Python."""
        self._timer.stop()
        gc.enable()


def collect_on_ui_thread(app: QObject) -> UiThreadGarbageCollector:
    """Install the collector once per application; returns the one installed."""
    found = app.findChild(UiThreadGarbageCollector)
    if isinstance(found, UiThreadGarbageCollector):
        return found
    return UiThreadGarbageCollector(app)
