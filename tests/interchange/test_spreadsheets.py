"""The grid as CSV and XLSX: layout, forgiving reading, round trips, refusals."""

import io
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from journey_studio.fileformat import JourneyFileError
from journey_studio.fileformat.csv_io import csv_from_journey, journey_from_csv_text, read_csv_file, write_csv
from journey_studio.fileformat.spreadsheet_grid import grid_from_journey
from journey_studio.fileformat.xlsx_io import journey_from_xlsx_bytes, read_xlsx_file, write_xlsx
from journey_studio.model import Card, EmotionPoint, Journey, Lane, LaneKind, Map, Stage, Step


def sample() -> Journey:
    return Journey(map=Map(
        id="m", title="Café visit", language="en",
        stages=[Stage(id="s1", name="Discover", steps=[Step(id="t1", name="See ad"), Step(id="t2", name="Visit site")]),
                Stage(id="s2", name="Visit", steps=[Step(id="t3")])],
        lanes=[Lane(id="a", kind=LaneKind.ACTIONS, title="Actions"),
               Lane(id="e", kind=LaneKind.EMOTIONS, title="Emotions",
                    points=[EmotionPoint(step="t1", score=1), EmotionPoint(step="t3", score=-1.5)]),
               Lane(id="o", kind=LaneKind.OPPORTUNITIES, title="Opportunities"),
               Lane(id="n", kind=LaneKind.TEXT, title="Verbatims")],
        cards=[Card(id="c1", step="t1", lane="a", text="Scrolls Instagram"),
               Card(id="c2", step="t1", lane="a", text="Sees a post\nabout the café"),
               Card(id="c3", step="t3", lane="o", text="=Better lighting"),
               Card(id="c4", step="t2", lane="n", text="« Trop sombre ; pas de prises »")],
    ))


def cells(m: Map):
    """(lane title, step index, text) of every card: position and text, ids aside."""
    index = {step_id: n for n, step_id in enumerate(m.step_ids())}
    return sorted((m.find_lane(c.lane).title, index[c.step], c.text) for c in m.cards)


def same_grid(a: Map, b: Map):
    assert [(s.name, [st.name for st in s.steps]) for s in b.stages] == [(s.name, [st.name for st in s.steps]) for s in a.stages]
    assert [(ln.title, ln.kind) for ln in b.lanes] == [(ln.title, ln.kind) for ln in a.lanes]
    assert cells(b) == cells(a)
    index_a, index_b = {s: n for n, s in enumerate(a.step_ids())}, {s: n for n, s in enumerate(b.step_ids())}
    assert [sorted((index_b[p.step], p.score) for p in ln.points) for ln in b.lanes] == \
           [sorted((index_a[p.step], p.score) for p in ln.points) for ln in a.lanes]


def test_grid_layout():
    rows, spans, warnings = grid_from_journey(sample())
    assert rows[0] == ["Stages", "Discover", None, "Visit"]
    assert rows[1] == ["Steps", "See ad", "Visit site", ""]
    assert rows[2] == ["Actions", "Scrolls Instagram\n\nSees a post\nabout the café", None, None]
    assert rows[3] == ["Emotions", 1, None, -1.5]  # numbers, not text
    assert spans == [(1, 2), (3, 3)] and warnings == []


def test_xlsx_round_trip_keeps_stages_steps_lanes_and_card_texts(tmp_path):
    path = tmp_path / "map.xlsx"
    assert write_xlsx(sample(), path) == []
    sheet = load_workbook(path).active
    assert sheet["B4"].value == 1 and sheet["D4"].value == -1.5
    assert sheet["D5"].data_type == "s"  # '=Better lighting' stays text
    assert "B1:C1" in {str(r) for r in sheet.merged_cells.ranges}
    result = read_xlsx_file(path)
    same_grid(sample().map, result.journey.map)
    assert result.journey.map.title == "Café visit"


def test_csv_round_trip_keeps_the_grid(tmp_path):
    path = tmp_path / "map.csv"
    write_csv(sample(), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    same_grid(sample().map, read_csv_file(path).journey.map)


def test_csv_with_semicolons_and_windows_encoding(tmp_path):
    text, _ = csv_from_journey(sample())
    path = tmp_path / "fr.csv"
    path.write_bytes(text.replace(",", ";").replace("« Trop sombre ; pas de prises »", "Trop sombre")
                     .encode("cp1252"))
    m = read_csv_file(path).journey.map
    assert [s.name for s in m.stages] == ["Discover", "Visit"]
    assert ("Verbatims", 1, "Trop sombre") in cells(m)


def test_a_grid_drafted_by_hand_without_step_row_and_with_blank_rows():
    text = "Phase,Discover,Buy,Use\n\n,,,\nActions,Search,Pay,Install\nFeelings,2,-1,\nPain points,,Slow checkout,\n"
    m = journey_from_csv_text(text).journey.map
    assert [(s.name, len(s.steps)) for s in m.stages] == [("Discover", 1), ("Buy", 1), ("Use", 1)]
    assert [(ln.title, ln.kind) for ln in m.lanes] == [
        ("Actions", LaneKind.ACTIONS), ("Feelings", LaneKind.EMOTIONS), ("Pain points", LaneKind.PAIN_POINTS)]
    assert [p.score for p in m.lanes[1].points] == [2, -1]
    assert ("Pain points", 1, "Slow checkout") in cells(m)


def test_merged_stage_cells_in_a_hand_made_workbook():
    book = Workbook()
    sheet = book.active
    sheet.append(["", "Onboarding", None, "Use"])
    sheet.append(["", "Sign up", "Confirm", "Daily"])
    sheet.append(["Actions", "Fills form", "Clicks link", "Logs in"])
    sheet.merge_cells("B1:C1")
    out = io.BytesIO()
    book.save(out)
    m = journey_from_xlsx_bytes(out.getvalue()).journey.map
    assert [(s.name, [st.name for st in s.steps]) for s in m.stages] == [
        ("Onboarding", ["Sign up", "Confirm"]), ("Use", ["Daily"])]


def test_broken_workbooks_are_refused_with_one_line(tmp_path):
    for name, data in [("junk.xlsx", b"not a zip"), ("empty.xlsx", b"")]:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(JourneyFileError) as info:
            read_xlsx_file(path)
        assert "\n" not in str(info.value) and str(info.value).startswith(str(path))
    path = tmp_path / "zip.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(JourneyFileError, match="xl/workbook.xml"):
        read_xlsx_file(path)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/sharedStrings.xml", "w") as handle:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(210):
                handle.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(JourneyFileError, match="unpacks to 210 MB"):
        read_xlsx_file(path)


def test_huge_grids_are_refused():
    with pytest.raises(JourneyFileError, match="more than 1000 rows"):
        journey_from_csv_text("S,A\n" + "lane,x\n" * 1200)
    with pytest.raises(JourneyFileError, match="more than 1,000 columns"):
        journey_from_csv_text("S" + ",x" * 1100 + "\n")
    with pytest.raises(JourneyFileError, match="characters"):
        journey_from_csv_text("S,A\nlane," + "x" * 120_000 + "\n")


def test_empty_spreadsheet_is_refused():
    with pytest.raises(JourneyFileError, match="empty"):
        journey_from_csv_text("\n,,\n")
