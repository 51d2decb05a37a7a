"""A workbook with several sheets: the map comes from the first sheet that holds values, and
the warning names the sheet read and the sheets left aside (nothing is dropped silently)."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.chart import BarChart, Reference

from journey_studio.fileformat import JourneyFileError
from journey_studio.fileformat.xlsx_io import journey_from_xlsx_bytes, read_xlsx_file

GRID = [["Stages", "Discover", "Buy"], ["Steps", "See ad", "Pay"], ["Actions", "Scrolls", "Pays by card"],
        ["Feelings", 1, -2]]


def workbook(*sheets: tuple[str, list[list[object]]], chart_first: bool = False) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    if chart_first:  # a chart of the scores of the first sheet, on a chart sheet before it
        chart = BarChart()
        chart.add_data(Reference(book.worksheets[0], min_col=2, max_col=3, min_row=4))
        book.create_chartsheet("Chart", 0).add_chart(chart)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def stage_names(result) -> list[str]:
    return [stage.name for stage in result.journey.map.stages]


def test_one_sheet_gives_no_warning():
    result = journey_from_xlsx_bytes(workbook(("Journey", GRID)))
    assert stage_names(result) == ["Discover", "Buy"] and result.warnings == []


def test_other_sheets_with_values_are_named_in_a_warning():
    result = journey_from_xlsx_bytes(workbook(("Journey", GRID), ("Notes", [["Call Anna"]]),
                                              ("Sheet3", []), ("Raw data", [[1, 2], [3, 4]])))
    assert stage_names(result) == ["Discover", "Buy"]
    assert result.warnings == ["the map was read from the sheet 'Journey'; a map is read from one sheet, "
                               "so these were ignored: 'Notes', 'Raw data'"]  # the empty Sheet3 is no loss


def test_an_empty_first_sheet_is_passed_over_and_named():
    result = journey_from_xlsx_bytes(workbook(("Sheet1", []), ("Cover", [[None, "   "]]), ("Journey", GRID)))
    assert stage_names(result) == ["Discover", "Buy"]
    assert [p.score for p in result.journey.map.lanes[1].points] == [1, -2]
    assert result.warnings == ["the map was read from the sheet 'Journey' (the sheet(s) before it are empty: "
                               "'Sheet1', 'Cover')"]


def test_a_chart_sheet_first_is_passed_over_quietly():
    """A chart sheet holds no cells, only a drawing of the other sheets' values: no loss."""
    data = workbook(("Journey", GRID), chart_first=True)
    assert load_workbook(io.BytesIO(data)).sheetnames == ["Chart", "Journey"]
    result = journey_from_xlsx_bytes(data)
    assert stage_names(result) == ["Discover", "Buy"]
    assert result.warnings == []


def test_a_workbook_whose_sheets_are_all_empty_is_refused_with_one_line(tmp_path):
    path = tmp_path / "blank.xlsx"
    path.write_bytes(workbook(("Sheet1", []), ("Sheet2", [[None, " "]])))
    with pytest.raises(JourneyFileError) as refused:
        read_xlsx_file(path)
    assert str(refused.value) == f"{path}: the workbook's 2 sheets are all empty"
    with pytest.raises(JourneyFileError, match="the spreadsheet is empty"):
        journey_from_xlsx_bytes(workbook(("Sheet1", [])))
