from __future__ import annotations

import math
from datetime import date

import numpy as np
import pytest

from bipdesk.reports.changes import (
    CompareError,
    Trend,
    change_table,
    choose_measurements,
)
from bipdesk.reports.spider import (
    GroupTooSmallError,
    SpiderChart,
    group_spider_figure,
    spider_figure,
)
from bipdesk.reports.spider_styles import series_styles
from tests.reports.support import measurement, standard_card

FIRST = [4, 7, 4, 7, 5, 2, 6, 5, 4, 5]
LATEST = [8, 9, None, 10, 9, 8, 10, 9, 7, 9]


def chart_with_two() -> SpiderChart:
    card = standard_card()
    chart = SpiderChart(card, "sv")
    chart.show_measurements(
        [
            measurement(card, date(2026, 8, 1), LATEST, ident=2),
            measurement(card, date(2026, 2, 1), FIRST, ident=1),
        ]
    )
    return chart


def test_polygon_vertices_equal_the_answers_and_unanswered_is_a_gap() -> None:
    chart = chart_with_two()
    assert len(chart.lines) == 2
    first = chart.radial_values(0)
    latest = chart.radial_values(1)
    assert first.tolist() == FIRST  # oldest first, whatever order they came in
    assert np.isnan(latest[2])  # a gap, not a zero
    assert [v for v in latest.tolist() if not math.isnan(v)] == [v for v in LATEST if v is not None]
    theta, radii = chart.lines[1].get_data()
    assert len(theta) == len(chart.card.questions) + 1  # closed polygon
    assert radii[-1] == radii[0]


def test_one_axis_per_question_in_card_order_and_radial_range_is_the_scale() -> None:
    chart = chart_with_two()
    card = chart.card
    assert len(chart.angles) == len(card.questions)
    assert len(chart.label_texts) == len(card.questions)
    assert chart.label_texts[0].get_text().replace("\n", " ") == "Veta hur jag når arbete"
    assert chart.axes.get_ylim() == (card.scale.minimum, card.scale.maximum)
    # rings at every step, labelled
    labels = {t.get_text() for t in chart.axes.texts}
    assert {str(s) for s in card.scale.steps} <= labels
    # no autoscaling: a new set of polygons leaves the range alone
    chart.show_measurements([measurement(card, date(2026, 1, 1), [1] * 10)])
    assert chart.axes.get_ylim() == (1, 10)


def test_legend_has_dates_and_areas_are_marked() -> None:
    chart = chart_with_two()
    assert chart.legend is not None
    assert [t.get_text() for t in chart.legend.get_texts()] == ["1 feb. 2026", "1 aug. 2026"]
    texts = {t.get_text() for t in chart.axes.texts}
    assert {"jobbfokus", "hälsa", "socialt", "kompetens"} <= texts


def test_series_styles_differ_in_line_and_marker() -> None:
    styles = series_styles(6)
    assert len({s.linestyle for s in styles}) == 6
    assert len({s.marker for s in styles}) == 6
    assert len({s.colour for s in styles}) == 6


def test_english_labels() -> None:
    card = standard_card()
    figure = spider_figure(card, [measurement(card, date(2026, 1, 1), FIRST)], "en")
    assert figure.axes


def test_group_spider_refuses_small_groups() -> None:
    card = standard_card()
    means = {q: 5.0 for q in card.question_ids}
    with pytest.raises(GroupTooSmallError, match="minst 5"):
        group_spider_figure(card, means, means, n=4)
    figure = group_spider_figure(card, means, means, n=5)
    assert any("n = 5" in t.get_text() for t in figure.texts)


def test_change_table_first_previous_latest_and_mean() -> None:
    card = standard_card()
    middle = [5] * 10
    table = change_table(
        card,
        [
            measurement(card, date(2026, 1, 1), FIRST, ident=1),
            measurement(card, date(2026, 4, 1), middle, ident=2),
            measurement(card, date(2026, 8, 1), LATEST, ident=3),
        ],
        "sv",
    )
    row = table.rows[0]
    assert (row.first, row.previous, row.latest, row.change) == (4, 5, 8, 4)
    assert row.trend is Trend.UP and row.trend_from_previous is Trend.UP
    assert table.rows[2].latest is None and table.rows[2].trend is None
    assert table.means[0] == pytest.approx(sum(FIRST) / 10)
    assert table.mean_change is not None and table.mean_change > 0


def test_choose_measurements() -> None:
    card = standard_card()
    ms = [measurement(card, date(2026, m, 1), FIRST, ident=m) for m in range(1, 9)]
    assert [m.id for m in choose_measurements(ms, "first,latest")] == [1, 8]
    assert len(choose_measurements(ms, "all")) == 6
    assert [m.id for m in choose_measurements(ms, "2026-03-01,2026-05-01")] == [3, 5]
    with pytest.raises(CompareError, match="no measurement on 2020-01-01"):
        choose_measurements(ms, "2020-01-01")
