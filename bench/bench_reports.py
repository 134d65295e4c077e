"""Spider chart and follow-up sheets: redraw after ticking (target < 50 ms median),
one sheet PDF (< 300 ms), 200 sheets in one PDF (< 30 s).

Demo data (seed 5) in memory; the redraw is the participant page's widget
offscreen, timed from the tick until the canvas has drawn.
"""

from __future__ import annotations

import io
import statistics
from datetime import date

from bench import Clock, Result

CPU: dict[str, list[float]] = {}
"""CPU milliseconds of every timed run, by benchmark."""

TODAY = date(2026, 11, 23)
RUNS = 15
BATCH = 200


def _people():  # type: ignore[no-untyped-def]
    from bipdesk.core.demo import generate_demo
    from bipdesk.io.cards import default_cards

    card = default_cards().get("bip-standard")
    assert card is not None
    return card, generate_demo(card, BATCH + 50, seed=5, today=TODAY)


def _sheets(card, people):  # type: ignore[no-untyped-def]
    from bipdesk.reports.changes import default_selection
    from bipdesk.reports.sheet_data import SheetData

    return [
        SheetData(
            p.participant,
            card,
            tuple(default_selection(list(p.measurements))),
            "Växjö kommun",
            "sv",
            False,
            TODAY,
        )
        for p in people
    ]


def bench_redraw(card, people) -> list[float]:  # type: ignore[no-untyped-def]
    """Tick measurements one by one on a chart of 800 × 600 and draw (Agg, as on screen)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from bipdesk.reports.spider import SpiderChart

    person = max(people, key=lambda p: len(p.measurements))
    measurements = list(person.measurements)
    chart = SpiderChart(card, "sv")
    chart.animated = True
    canvas = FigureCanvasAgg(chart.figure)
    canvas.draw()
    background = canvas.copy_from_bbox(chart.figure.bbox)
    times: list[float] = []
    for run in range(RUNS):
        count = 2 + run % (min(6, len(measurements)) - 1)
        chosen = measurements[:count]
        with Clock() as clock:
            chart.show_measurements(chosen)
            canvas.restore_region(background)
            chart.draw_dynamic()
        times.append(clock.wall_ms)
        CPU.setdefault("redraw", []).append(clock.cpu_ms)
    return times


def bench_widget(card, people) -> list[float]:  # type: ignore[no-untyped-def]
    """The same through SpiderPanel: tick an item, until the Qt canvas has painted."""
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from bipdesk.io.cards import default_cards
    from bipdesk.storage import open_database
    from bipdesk.ui.context import AppContext
    from bipdesk.ui.spider_widget import SpiderPanel

    app = QApplication.instance() or QApplication([])
    person = max(people, key=lambda p: len(p.measurements))
    folder = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    database = open_database(folder / "b.db", default_cards(), today=lambda: TODAY)
    with database.transaction() as repository:
        repository.add_participant(person.participant)
        for m in person.measurements:
            repository.add_measurement(m)
    context = AppContext(database, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    panel = SpiderPanel(context)
    panel.resize(1200, 650)
    panel.show()
    panel.show_participant(person.participant.code)
    app.processEvents()
    times: list[float] = []
    for run in range(RUNS):
        item = panel.measurement_list.item(1 + run % 3)
        state = item.checkState()
        with Clock() as clock:
            item.setCheckState(
                Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
            )
            app.processEvents()  # the blit's repaint (or a pending full draw) happens here
        times.append(clock.wall_ms)
        CPU.setdefault("widget", []).append(clock.cpu_ms)
    panel.close()
    database.close()
    return times


def main() -> list[Result]:
    from bipdesk.reports.fonts import register_fonts
    from bipdesk.reports.sheet import sheet_pdf, write_sheets

    card, people = _people()
    redraw = bench_redraw(card, people)
    widget = bench_widget(card, people)
    sheets = _sheets(card, people)

    with Clock() as cold:
        register_fonts()
        sheet_pdf(sheets[0])
    one: list[float] = []
    for run in range(RUNS):
        with Clock() as clock:
            sheet_pdf(sheets[1 + run])
        one.append(clock.wall_ms)
        CPU.setdefault("sheet", []).append(clock.cpu_ms)
    with Clock() as batch:
        pages = write_sheets(sheets[:BATCH], io.BytesIO())
    cpu = {name: statistics.median(values) for name, values in CPU.items()}
    return [
        Result(
            "spider redraw after a tick (Agg 800×600, blit)",
            statistics.median(redraw),
            50.0,
            max(redraw),
            cpu_ms=cpu["redraw"],
        ),
        Result(
            "spider redraw after a tick (SpiderPanel)",
            statistics.median(widget),
            50.0,
            max(widget),
            cpu_ms=cpu["widget"],
        ),
        Result("one sheet PDF", statistics.median(one), 300.0, max(one), cpu_ms=cpu["sheet"]),
        Result("one sheet PDF, first in process", cold.wall_ms, 300.0, cpu_ms=cold.cpu_ms),
        Result(
            f"{BATCH} sheets in one PDF ({pages} pages)",
            batch.wall_ms,
            30_000.0,
            cpu_ms=batch.cpu_ms,
        ),
    ]


if __name__ == "__main__":
    from bench.__main__ import format_table

    print(format_table(main()))
