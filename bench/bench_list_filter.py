"""A search keystroke in the participant list with 20,000 participants (target < 50 ms).

The model and proxy are loaded with 20,000 demo overview rows and shown in a
QTableView offscreen; then "D012" is typed one character at a time and
deleted again, each keystroke timed until the view has processed its events.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from datetime import date

from bench import Clock, Result

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


CPU: dict[str, list[float]] = {}
"""CPU milliseconds of every timed run, by benchmark (Clock.cpu_ms)."""


def timed(action: Callable[[], None], settle: Callable[[], None], name: str = "") -> float:
    """Wall milliseconds of `action` until `settle` returns; its CPU time goes to CPU[name]."""
    with Clock() as clock:
        action()
        settle()
    CPU.setdefault(name, []).append(clock.cpu_ms)
    return clock.wall_ms


def main() -> list[Result]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

    from bipdesk.ui.participant_table.columns import Column
    from bipdesk.ui.participant_table.filters import ParticipantFilterProxy, StatusFilter
    from bipdesk.ui.participant_table.model import ParticipantTableModel

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

    load = timed(lambda: model.set_rows(rows), app.processEvents, "load")

    per_key: list[float] = []
    for _ in range(RUNS):
        for text in keystrokes():
            per_key.append(
                timed(lambda text=text: proxy.set_search(text), app.processEvents, "key")
            )
    view.setModel(None)  # the same without a view: the proxy's own share
    proxy_only: list[float] = []
    for _ in range(RUNS):
        for text in keystrokes():
            proxy_only.append(
                timed(lambda text=text: proxy.set_search(text), proxy.rowCount, "proxy")
            )
    view.setModel(proxy)
    sorts: list[float] = []
    for run in range(RUNS):
        order = Qt.SortOrder.DescendingOrder if run % 2 else Qt.SortOrder.AscendingOrder
        column = proxy.proxy_column(Column.NEXT_DUE)
        sorts.append(
            timed(lambda o=order, c=column: view.sortByColumn(c, o), app.processEvents, "sort")
        )
    view.close()
    return [
        Result(
            f"list filter keystroke ({PARTICIPANTS:,} rows)",
            statistics.median(per_key),
            50.0,
            percentile(per_key, 0.95),
            cpu_ms=statistics.median(CPU["key"]),
        ),
        Result(
            f"  of which filter proxy alone ({PARTICIPANTS:,} rows)",
            statistics.median(proxy_only),
            50.0,
            percentile(proxy_only, 0.95),
            cpu_ms=statistics.median(CPU["proxy"]),
        ),
        Result(
            f"list sort by next due ({PARTICIPANTS:,} rows)",
            statistics.median(sorts),
            200.0,
            percentile(sorts, 0.95),
            cpu_ms=statistics.median(CPU["sort"]),
        ),
        Result(f"list load ({PARTICIPANTS:,} rows, once)", load, 500.0, cpu_ms=CPU["load"][0]),
    ]


if __name__ == "__main__":
    from bench.__main__ import format_table

    print(format_table(main()))
