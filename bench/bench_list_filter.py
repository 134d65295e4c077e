"""A search keystroke in the participant list with 20,000 participants (target < 50 ms).

The model and proxy are loaded with 20,000 demo overview rows and shown in a
QTableView offscreen; then "D012" is typed one character at a time and
deleted again, each keystroke timed until the view has processed its events.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date

from bench import Result

PARTICIPANTS = 20_000
RUNS = 7
TODAY = date(2026, 11, 23)
TYPED = "D012"


def build_rows(count: int = PARTICIPANTS) -> list:  # type: ignore[type-arg]
    from bipdesk.core.demo import generate_demo
    from bipdesk.core.overview import overview
    from bipdesk.io.cards import default_cards

    card = default_cards().get("bip-standard")
    assert card is not None
    people = generate_demo(card, count, seed=7, today=TODAY)
    participants = [person.participant for person in people]
    latest = {p.participant.code: p.measurements[-1].date for p in people if p.measurements}
    first = {p.participant.code: p.measurements[0].date for p in people if p.measurements}
    counts = {p.participant.code: len(p.measurements) for p in people}
    return overview(participants, latest, counts, TODAY, first_dates=first)


def keystrokes(text: str = TYPED) -> list[str]:
    """The search field's contents after each key: typing, then Backspace to empty."""
    typed = [text[: n + 1] for n in range(len(text))]
    deleted = [text[:n] for n in range(len(text) - 1, -1, -1)]
    return typed + deleted


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(action: Callable[[], None], settle: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    settle()
    return (time.perf_counter() - start) * 1000


def main() -> list[Result]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

    from bipdesk.ui.participant_table import (
        Column,
        ParticipantFilterProxy,
        ParticipantTableModel,
        StatusFilter,
    )

    app = QApplication.instance() or QApplication([])
    rows = build_rows()
    model = ParticipantTableModel(today=lambda: TODAY)
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_status(StatusFilter.ALL)
    view = QTableView()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.resize(1000, 700)
    view.show()

    load = timed(lambda: model.set_rows(rows), app.processEvents)

    per_key: list[float] = []
    for _ in range(RUNS):
        for text in keystrokes():
            per_key.append(timed(lambda text=text: proxy.set_search(text), app.processEvents))
    view.setModel(None)  # the same without a view: the proxy's own share
    proxy_only: list[float] = []
    for _ in range(RUNS):
        for text in keystrokes():
            proxy_only.append(timed(lambda text=text: proxy.set_search(text), proxy.rowCount))
    view.setModel(proxy)
    sorts: list[float] = []
    for run in range(RUNS):
        order = Qt.SortOrder.DescendingOrder if run % 2 else Qt.SortOrder.AscendingOrder
        column = proxy.proxy_column(Column.NEXT_DUE)
        sorts.append(timed(lambda o=order, c=column: view.sortByColumn(c, o), app.processEvents))
    view.close()
    return [
        Result(
            f"list filter keystroke ({PARTICIPANTS:,} rows)",
            statistics.median(per_key),
            50.0,
            percentile(per_key, 0.95),
        ),
        Result(
            f"  of which filter proxy alone ({PARTICIPANTS:,} rows)",
            statistics.median(proxy_only),
            50.0,
            percentile(proxy_only, 0.95),
        ),
        Result(
            f"list sort by next due ({PARTICIPANTS:,} rows)",
            statistics.median(sorts),
            200.0,
            percentile(sorts, 0.95),
        ),
        Result(f"list load ({PARTICIPANTS:,} rows, once)", load, 500.0),
    ]


if __name__ == "__main__":
    from bench.__main__ import format_table

    print(format_table(main()))
