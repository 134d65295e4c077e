"""The follow-up sheet's activities: the timeline under the spider chart and the list."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from matplotlib.colors import to_rgb
from pypdf import PdfReader

from bipdesk.core.activities import Activity, ActivityType
from bipdesk.core.cards import Area
from bipdesk.core.participants import Participant
from bipdesk.reports.sheet import sheet_pdf
from bipdesk.reports.sheet_data import load_sheet
from bipdesk.reports.spider_styles import AREA_TINTS
from bipdesk.reports.timeline import timeline_figure
from tests.reports.support import measurement, standard_card

TODAY = date(2026, 11, 23)
START = date(2025, 9, 1)


def _activities(code: str) -> list[Activity]:
    return [
        Activity(
            code, ActivityType.COUNSELLING, Area.HEALTH, date(2025, 9, 8), date(2026, 3, 31), 24
        ),
        Activity(
            code,
            ActivityType.WORK_TRAINING,
            Area.JOB,
            date(2025, 11, 3),
            date(2026, 4, 30),
            320,
            place="Lagret på Storgatan 5",
            branch="G",
        ),
        Activity(code, ActivityType.INTERNSHIP, Area.JOB, date(2026, 5, 4), None, 200.5),
        Activity(
            code,
            ActivityType.HOUSING_SUPPORT,
            Area.SOCIAL,
            date(2025, 10, 1),
            date(2025, 10, 20),
            6,
        ),
    ]


@pytest.fixture
def filled(database):  # type: ignore[no-untyped-def]
    card = standard_card()
    with database.transaction() as repository:
        repository.set_setting("unit_name", "Växjö kommun")
        for code in ("AKT-1", "NY-2", "TOM-3"):
            repository.add_participant(Participant(code, start_date=START))
        for activity in _activities("AKT-1"):
            repository.add_activity(activity)
        repository.add_measurement(
            measurement(card, date(2025, 9, 3), [4, 7, 4, 7, 5, 2, 6, 5, 4, 5], "AKT-1")
        )
        repository.add_measurement(
            measurement(card, date(2026, 3, 2), [8, 9, None, 10, 9, 8, 10, 9, 7, 9], "AKT-1")
        )
        # activities but no measurement yet
        repository.add_activity(
            Activity("NY-2", ActivityType.REHABILITATION, Area.HEALTH, date(2025, 9, 15), None, 40)
        )
    return database


def _sheet(database, code: str, language: str = "sv"):  # type: ignore[no-untyped-def]
    with database.transaction(write=False) as repository:
        return load_sheet(repository, database.cards, code, "all", language=language, printed=TODAY)


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def test_the_sheet_lists_every_activity_and_draws_the_four_areas(filled) -> None:  # type: ignore[no-untyped-def]
    sheet = _sheet(filled, "AKT-1")
    assert sheet.history is not None
    assert sheet.history.measurement_dates == (date(2025, 9, 3), date(2026, 3, 2))
    text = _text(sheet_pdf(sheet))
    assert "Aktiviteter" in text
    for kind in ("Samtalsstöd", "Arbetsträning", "Praktik", "Boendestöd"):
        assert text.count(kind) >= 2, kind  # on its bar in the timeline and in the list
    for lane in ("Jobbfokus", "Hälsa", "Socialt", "Kompetens"):
        assert lane in text  # all four lanes, the empty skills lane too
    assert "Månad sedan start" in text
    assert "3 sep. 2025" in text and "2 mars 2026" in text  # the measurement dates
    assert "3 nov. 2025 – 30 apr. 2026" in text
    assert "4 maj 2026 – (pågår)" in text
    assert "200,5" in text and "320" in text
    assert "G Handel" in text
    assert "Storgatan" not in text  # the place never leaves the computer
    # the questions are still all there
    for question in standard_card().questions:
        assert question.text["sv"] in text


def test_english_sheet(filled) -> None:  # type: ignore[no-untyped-def]
    text = _text(sheet_pdf(_sheet(filled, "AKT-1", "en")))
    for words in ("Activities", "Work training", "Internship", "Job focus", "Skills", "ongoing"):
        assert words in text, words
    assert "Month since start" in text


def test_activities_without_a_measurement_still_give_a_sheet(filled) -> None:  # type: ignore[no-untyped-def]
    sheet = _sheet(filled, "NY-2")
    assert sheet.measurements == ()
    assert sheet.history is not None and sheet.history.measurement_dates == ()
    text = _text(sheet_pdf(sheet))
    assert "Inga mätningar ännu" in text
    assert "Rehabilitering" in text and "Hälsa" in text
    assert "Mätning" not in text.replace("Mätningar", "")  # no measurement in the legend
    assert "Det här kom vi överens om" in text


def test_no_activities_no_timeline(filled) -> None:  # type: ignore[no-untyped-def]
    sheet = _sheet(filled, "TOM-3")
    assert sheet.history is None
    text = _text(sheet_pdf(sheet))
    assert "Aktiviteter" not in text and "Månad sedan start" not in text


def _near(pixel: tuple[int, ...], colour: str, tolerance: int = 6) -> bool:
    wanted = [round(255 * c) for c in to_rgb(colour)]
    return all(abs(int(p) - w) <= tolerance for p, w in zip(pixel, wanted, strict=False))


def test_the_timeline_is_drawn_under_the_chart_in_the_area_colours(filled) -> None:  # type: ignore[no-untyped-def]
    document = pdfium.PdfDocument(sheet_pdf(_sheet(filled, "AKT-1")))
    image = document[0].render(scale=1.0).to_pil().convert("RGB")
    width, height = image.size
    rows_with: dict[Area, list[int]] = {}
    for y in range(height):
        row = [image.getpixel((x, y)) for x in range(0, width, 2)]
        for area in (Area.JOB, Area.HEALTH, Area.SOCIAL):
            if sum(1 for p in row if _near(p, AREA_TINTS[area])) >= 4:
                rows_with.setdefault(area, []).append(y)
    # the bars of the three areas with activities, in the lower half (the chart is above),
    # job focus on top of health on top of social
    for area in (Area.JOB, Area.HEALTH, Area.SOCIAL):
        assert any(y > height / 2 for y in rows_with[area]), area
    lower = {a: [y for y in ys if y > height / 2] for a, ys in rows_with.items()}
    assert max(lower[Area.JOB]) < min(lower[Area.HEALTH])
    assert max(lower[Area.HEALTH]) < min(lower[Area.SOCIAL])
    # vectors, not a picture
    assert not any(o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE for o in document[0].get_objects())


def _texts(figure) -> list[str]:  # type: ignore[no-untyped-def]
    found = [t.get_text() for t in figure.texts]
    for axes in figure.axes:
        found += [t.get_text() for t in axes.texts]
        found += [t.get_text() for t in axes.get_yticklabels()]
        found += [t.get_text() for t in axes.get_xticklabels()]
    for legend in figure.legends:
        found += [t.get_text() for t in legend.get_texts()]
    return found


def test_overlapping_activities_of_one_area_get_rows_of_their_own() -> None:
    one = [Activity("X", ActivityType.INTERNSHIP, Area.JOB, date(2025, 9, 1), date(2026, 2, 1), 10)]
    two = [
        *one,
        Activity("X", ActivityType.JOB_COACHING, Area.JOB, date(2025, 10, 1), date(2025, 12, 1), 5),
    ]
    single = timeline_figure(one, START, None, [], TODAY, "sv", 6.9)
    double = timeline_figure(two, START, None, [], TODAY, "sv", 6.9)
    assert double.get_size_inches()[1] > single.get_size_inches()[1]
    texts = _texts(double)
    assert "Praktik" in texts and "Jobbcoachning" in texts
    assert "Mätning" not in texts  # no measurements: no such legend entry
    assert "I dag" in texts


def test_months_since_start_and_the_end_of_a_participant_who_left() -> None:
    activities = [
        Activity("X", ActivityType.STUDIES, Area.SKILLS, date(2025, 9, 1), None, 100),
    ]
    figure = timeline_figure(
        activities, START, date(2026, 2, 27), [date(2025, 12, 1)], TODAY, "en", 6.9
    )
    texts = _texts(figure)
    assert "Left the project" in texts and "Today" not in texts
    assert "Measurement" in texts
    # month 1 begins on the start date; the months up to the end (month 6) are numbered
    assert [t for t in texts if t.isdigit()] == ["1", "2", "3", "4", "5", "6"]
    axes = figure.axes[0]
    assert axes.get_xlim()[1] == date(2026, 3, 1).toordinal()  # month 7 begins
    # the ongoing activity of someone who left ends on the end date, no arrow head
    bars = [p for p in axes.patches if p.get_zorder() == 2]
    assert len(bars) == 1
    assert bars[0].get_x() + bars[0].get_width() == date(2026, 2, 28).toordinal()
    assert not [p for p in axes.patches if p.get_zorder() == 2.1]


def test_cli_sheet_of_a_participant_with_activities_and_no_measurement(  # type: ignore[no-untyped-def]
    filled, tmp_path: Path
) -> None:
    out = tmp_path / "blad.pdf"
    db = str(filled.path)
    filled.close()
    command = [sys.executable, "-m", "bipdesk", "--db", db, "--lang", "sv", "sheet", "NY-2"]
    done = subprocess.run(
        [*command, "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = _text(out.read_bytes())
    assert "NY-2" in text and "Rehabilitering" in text and "Inga mätningar ännu" in text


def test_a_label_without_room_after_its_bar_goes_before_it() -> None:
    late = Activity(
        "X", ActivityType.SKILLS_COURSE, Area.SKILLS, date(2026, 11, 1), date(2026, 11, 20), 8
    )
    figure = timeline_figure([late], START, None, [], TODAY, "sv", 3.4)
    (label,) = [t for t in figure.axes[0].texts if t.get_text() == "Kompetenshöjande insats"]
    assert label.get_horizontalalignment() == "right"
    assert label.get_position()[0] < late.start_date.toordinal()
    # a narrow figure numbers fewer months, so that the numbers never run together
    numbers = [t for t in _texts(figure) if t.isdigit()]
    assert 1 < len(numbers) < 15


def test_a_long_branch_name_wraps_between_words(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from bipdesk.reports.fonts import register_fonts
    from bipdesk.reports.sheet_activities import activity_table

    register_fonts()
    hotel = Activity(
        "P1",
        ActivityType.COUNSELLING,
        Area.JOB,
        date(2026, 1, 12),
        date(2026, 4, 30),
        24.5,
        branch="I",  # I Hotell- och restaurangverksamhet
    )
    path = tmp_path / "activities.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([activity_table([hotel], "sv")])
    words = PdfReader(path).pages[0].extract_text().split()
    assert "restaurangverksamhet" in words  # not "restaura" / "ngverksamhet"
    assert "Timmar" in words and "2026" in words
