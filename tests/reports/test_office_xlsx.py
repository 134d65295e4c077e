"""The project office's XLSX: the merged tables with a ± column beside every count,
numbers as numbers, the protection sentence, and a sheet of the units' files."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from bipdesk.core.aggregation import ALL, COMPARABLE, PARTICIPANTS, QUESTIONS, REGISTERED, N
from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.io.aggregate_tables import protection_sentence
from bipdesk.io.merge import merge_aggregates
from bipdesk.reports.office_xlsx import write_office_xlsx
from tests.reports.office_data import demo_unit, export, north, south
from tests.seed_units import seed_003
from tests.support import QUESTIONS as QUESTION_IDS


def rows_of(sheet: Any) -> list[list[Any]]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def table(sheet: Any, first_header: str) -> tuple[list[Any], list[list[Any]]]:
    """The headers (the row after the heading's blank line) and the rows below them."""
    rows = rows_of(sheet)
    start = next(i for i, row in enumerate(rows) if all(v is None for v in row)) + 1
    assert rows[start][0] == first_header
    return rows[start], [row for row in rows[start + 1 :] if any(v is not None for v in row)]


def test_merged_tables_carry_a_margin_column_beside_every_count(tmp_path: Path) -> None:
    units = [south(), north()]
    merged = merge_aggregates(units)
    path = tmp_path / "r.xlsx"
    write_office_xlsx(path, merged, units, "sv")
    workbook = load_workbook(path)
    assert workbook.sheetnames == [
        "Deltagare",
        "Avslut",
        "Frågor",
        "Aktiviteter",
        "Aktivitetstyper",
        "Parallella insatser",
        "Anställning vid avslut",
        "Bransch vid avslut",
        "Enkät vid avslut",
        "Enheterna",
    ]

    sheet = workbook["Deltagare"]
    texts = [str(v) for row in rows_of(sheet) for v in row if v is not None]
    assert protection_sentence(merged, "sv") in texts
    assert any(t.startswith("Kolumnerna ± är felmarginalerna (95 %)") for t in texts)
    headers, rows = table(sheet, "Kön")
    registered = headers.index("Inskrivna")
    assert headers[registered + 1] == "Inskrivna ±"
    assert "Andel jämförbara av inskrivna ±" not in headers  # shares have no margin column
    total = next(row for row in rows if row[0] == "Totalt" and row[1] == "Totalt")
    cell = merged.cell(PARTICIPANTS, REGISTERED, sex=ALL, age_band=ALL)
    assert cell is not None
    assert total[registered : registered + 2] == [cell.value, cell.margin]
    assert isinstance(total[registered], int) and isinstance(total[registered + 1], int)
    share = headers.index("Andel jämförbara av inskrivna")
    comparable = merged.value(PARTICIPANTS, COMPARABLE, sex=ALL, age_band=ALL)
    assert isinstance(comparable, int) and isinstance(cell.value, int)
    assert total[share] == comparable / cell.value
    assert sheet.cell(rows_of(sheet).index(total) + 1, share + 1).number_format == "0 %"

    headers, rows = table(workbook["Frågor"], "Fråga")
    assert headers[:4] == ["Fråga", "Frågetext", "Antal", "Antal ±"]
    first = rows[0]
    assert first[:2] == [QUESTION_IDS[0], "Veta hur jag når arbete"]
    n = merged.cell(QUESTIONS, N, question=QUESTION_IDS[0])
    assert n is not None and first[2:4] == [n.value, n.margin]
    assert isinstance(first[headers.index("Medel första")], float)

    headers, rows = table(workbook["Enheterna"], "Enhet")
    assert headers[:5] == ["Enhet", "Från", "Till", "Inskrivna", "Inskrivna ±"]
    assert [row[0] for row in rows] == ["Delprojekt Norr", "Delprojekt Syd", "Alla enheter"]
    syd = rows[1]
    assert syd[1] == datetime(2024, 1, 1) and syd[2] == datetime(2024, 12, 31)
    assert syd[3:5] == [units[0].value(PARTICIPANTS, REGISTERED, sex=ALL, age_band=ALL), None]
    assert rows[2][3:5] == [cell.value, cell.margin]


def test_a_unit_alone_has_no_margin_columns_and_withheld_means_read_dots(tmp_path: Path) -> None:
    participants, measurements = seed_003()
    few = [p for p in participants if len(measurements.get(p.code, [])) >= 2][:6]
    tiny: AggregateFile = export("Lilla enheten", few, {p.code: measurements[p.code] for p in few})
    path = tmp_path / "tiny.xlsx"
    write_office_xlsx(path, tiny, [], "en")
    workbook = load_workbook(path)
    assert workbook.sheetnames == [
        "Participants",
        "Exits",
        "Questions",
        "Activities",
        "Activity types",
        "Parallel activities",
        "Employment at exit",
        "Branch at exit",
        "Survey at exit",
    ]
    headers, rows = table(workbook["Questions"], "Question")
    assert not any(str(h).endswith("±") for h in headers)
    assert rows[0][headers.index("Mean first")] == ".."
    texts = [str(v) for row in rows_of(workbook["Questions"]) for v in row if v is not None]
    assert protection_sentence(tiny, "en") in texts


def test_demo_files_say_so_in_every_sheet(tmp_path: Path) -> None:
    unit = demo_unit()
    path = tmp_path / "demo.xlsx"
    write_office_xlsx(path, unit, [unit], "sv")
    for sheet in load_workbook(path):
        texts = [v for row in rows_of(sheet) for v in row if v is not None]
        assert "DEMO – påhittade personer" in texts
