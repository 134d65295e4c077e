"""Cyclic garbage is collected on the UI thread, never in a background operation's thread."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtWidgets import QApplication

from bipdesk.ui.garbage import collect_if_due, collect_on_ui_thread


class _Cycle:
    collected_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.collected_in.append(threading.current_thread().name)


def test_a_worker_that_allocates_does_not_collect_the_ui_threads_garbage(
    qapp: QApplication,
) -> None:
    assert collect_on_ui_thread(qapp) is collect_on_ui_thread(qapp)
    assert not gc.isenabled()
    gc.collect()
    _Cycle.collected_in.clear()
    _Cycle()  # unreachable at once, but only a collection can free it

    def allocate() -> None:
        kept = [[index] for index in range(50 * gc.get_threshold()[0])]
        assert kept

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert _Cycle.collected_in == []
    for _ in range(3):  # the young generation first, then the older ones as they fill
        collect_if_due()
    gc.collect()
    assert _Cycle.collected_in == [threading.current_thread().name]
