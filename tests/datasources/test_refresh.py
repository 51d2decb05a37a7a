"""CSV, XLSX and SQLite sources end to end through compute_refresh and the refresh command."""

import sqlite3

import pytest
from support import system_language

from journey_studio.cli import main
from journey_studio.datasources import DataSourceError, compute_refresh
from journey_studio.fileformat import dumps, load

from .conftest import SURVEY, living_journey, write_csv


def measures_by(journey_map):
    return {(m.step, m.metric): m for m in journey_map.measures}


def test_refresh_computes_each_step_and_metric(survey_map, capsys):
    assert main(["refresh", str(survey_map)]) == 3  # saved; the row naming no step is a warning
    refreshed = load(survey_map).map
    m = measures_by(refreshed)
    assert set(m) == {("t1", "CSAT"), ("t2", "CSAT"), ("t2", "NPS")}
    assert m[("t1", "CSAT")].value == pytest.approx(200 / 3, abs=0.01) and m[("t1", "CSAT")].count == 3
    assert m[("t2", "CSAT")].value == 50 and m[("t2", "NPS")].value == pytest.approx(100 / 3, abs=0.01)
    # a trend needs two months: Découverte has January and February
    assert [(p.period, p.value) for p in m[("t1", "CSAT")].trend] == [("2026-01", 100), ("2026-02", 0)]
    assert m[("t2", "CSAT")].trend == []
    # the known metrics got their rules: CSAT in % on 1..5 answers, NPS on 0..10
    rules = {r.name: r for r in refreshed.metrics}
    assert rules["CSAT"].aggregate == "csat" and rules["CSAT"].unit == "%"
    assert (rules["CSAT"].answer_min, rules["CSAT"].answer_max) == (1, 5)
    assert rules["NPS"].aggregate == "nps"
    out, err = capsys.readouterr()
    assert "Agence du centre" in err  # the unmatched value is named
    assert "Découverte · CSAT 66,7\u00a0% (new)" in out


def test_the_data_curve_follows_the_mean_and_the_hand_curve_stays(survey_map):
    main(["refresh", str(survey_map)])
    lanes = {lane.id: lane for lane in load(survey_map).map.lanes}
    # Découverte mean (5+4+2)/3 = 3.667 on 1..5 -> -2 + 4 × 2.667/4 = 0.667 -> 0.7 on -2..2;
    # En ligne mean (3+5)/2 = 4 -> 1.0
    assert [(p.step, p.score) for p in lanes["ld"].points] == [("t1", 0.7), ("t2", 1.0)]
    assert lanes["ld"].points[1].label == "inquiétude"  # the word given by hand is kept
    assert [(p.step, p.score) for p in lanes["le"].points] == [("t1", 1)]


def test_a_segment_filter_recomputes_everything(survey_map):
    journey = load(survey_map)
    journey.map.data_sources[0].segment_filter = "pros"
    result = compute_refresh(journey, survey_map.parent)
    m = {(x.step, x.metric): x for x in result.measures}
    assert m[("t1", "CSAT")].count == 2 and m[("t1", "CSAT")].value == 50
    assert m[("t2", "NPS")].value == 100


def test_a_second_refresh_lists_what_changed(survey_map, tmp_path, capsys):
    main(["refresh", str(survey_map)])
    write_csv(tmp_path / "survey.csv", SURVEY + [["2026-03-01", "Découverte", "CSAT", "1", "Pros"]])
    capsys.readouterr()
    assert main(["refresh", str(survey_map)]) == 3
    out = capsys.readouterr().out
    assert "Découverte · CSAT 66,7\u00a0% → 50\u00a0%" in out
    assert "1 change" in out


def test_refresh_can_write_elsewhere_and_export(survey_map, tmp_path):
    before = survey_map.read_bytes()
    out = tmp_path / "out.journey"
    assert main(["refresh", str(survey_map), "-o", str(out), "--export", str(tmp_path / "map.pdf"), "--quiet"]) == 3
    assert survey_map.read_bytes() == before
    assert load(out).map.measures
    assert (tmp_path / "map.pdf").read_bytes().startswith(b"%PDF")


def test_xlsx_source(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Réponses"
    sheet.append(["Step", "Score"])
    for step, score in [("t1", 4), ("t1", 5), ("En agence", 2.5), (None, None)]:
        sheet.append([step, score])
    book.save(tmp_path / "ops.xlsx")
    source = {"id": "x", "kind": "xlsx", "path": str(tmp_path / "ops.xlsx"), "sheet": "Réponses",
              "metric": "CES", "columns": {"step": "step", "value": "SCORE"}}
    result = compute_refresh(living_journey([source]), None)
    assert {(m.step, m.value, m.count) for m in result.measures} == {("t1", 4.5, 2), ("t3", 2.5, 1)}


def test_sqlite_source(tmp_path):
    db = tmp_path / "ops.sqlite"
    with sqlite3.connect(db) as connection:
        connection.execute("create table delays (step text, days real)")
        connection.executemany("insert into delays values (?, ?)", [("En ligne", 1), ("En ligne", 3), ("En agence", 7)])
    source = {"id": "q", "kind": "sqlite", "path": "ops.sqlite", "metric": "Délai",
              "query": "SELECT step, days FROM delays", "columns": {"step": "step", "value": "days"}}
    result = compute_refresh(living_journey([source]), tmp_path)
    assert {(m.step, m.value) for m in result.measures} == {("t2", 2), ("t3", 7)}


def test_a_query_that_writes_is_refused_and_the_file_is_opened_read_only(tmp_path):
    db = tmp_path / "ops.sqlite"
    sqlite3.connect(db).execute("create table t (step text, v real)").connection.commit()
    for query in ("DELETE FROM t", "SELECT 1; DROP TABLE t", "update t set v = 1"):
        source = {"id": "q", "kind": "sqlite", "path": str(db), "metric": "m", "query": query,
                  "columns": {"step": "step", "value": "v"}}
        with pytest.raises(DataSourceError, match="single SELECT"):
            compute_refresh(living_journey([source]), None)


def test_utf16_csv_from_excel_with_tabs(tmp_path):
    write_csv(tmp_path / "u.csv", [["étape", "note"], ["Découverte", "4"], ["En ligne", "2"]],
              delimiter="\t", encoding="utf-16")
    source = {"id": "u", "kind": "csv", "path": "u.csv", "metric": "CES", "columns": {"step": "étape", "value": "note"}}
    result = compute_refresh(living_journey([source]), tmp_path)
    assert {(m.step, m.value) for m in result.measures} == {("t1", 4), ("t2", 2)}


BAD = {
    "text in a value column": ([["étape", "note"], ["Découverte", "4"], ["Découverte", "bien"]],
                               "line 3: 'bien' in the column 'note' is not a number"),
    "empty file": ([], "is empty"),
    "header only": ([["étape", "note"]], "has no rows"),
    "no step matches": ([["étape", "note"], ["Mars", "4"], ["Vénus", "2"]], "no row names a step of the map"),
    "a column went away": ([["step", "note"], ["Découverte", "4"]], "the column 'étape' (step) is not in the data any more"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_data_says_why_and_changes_nothing(case, tmp_path, capsys):
    rows, message = BAD[case]
    write_csv(tmp_path / "d.csv", rows)
    source = {"id": "d", "name": "Données", "kind": "csv", "path": "d.csv", "metric": "CES",
              "columns": {"step": "étape", "value": "note"}}
    path = tmp_path / "m.journey"
    path.write_bytes(dumps(living_journey([source])))
    before = path.read_bytes()
    assert main(["refresh", str(path)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Données" in err and "not changed" in err
    assert len(err.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_a_missing_source_file(tmp_path, capsys):
    source = {"id": "d", "kind": "csv", "path": "gone.csv", "metric": "CES", "columns": {"step": "a", "value": "b"}}
    path = tmp_path / "m.journey"
    path.write_bytes(dumps(living_journey([source])))
    assert main(["refresh", str(path)]) == 1
    assert "gone.csv is missing" in capsys.readouterr().err


def test_a_map_without_sources(tmp_path, capsys):
    path = tmp_path / "m.journey"
    path.write_bytes(dumps(living_journey([])))
    assert main(["refresh", str(path)]) == 1
    assert "no data sources" in capsys.readouterr().err


def test_a_curve_needs_the_answer_range_of_its_metric(tmp_path):
    write_csv(tmp_path / "d.csv", [["étape", "note"], ["Découverte", "40"]])
    source = {"id": "d", "kind": "csv", "path": "d.csv", "metric": "Effort", "columns": {"step": "étape", "value": "note"}}
    journey = living_journey([source], data_lane={"source": "d", "metric": "Effort"})
    with pytest.raises(DataSourceError, match="answer range"):
        compute_refresh(journey, tmp_path)


def test_a_million_rows(tmp_path):
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("étape;note\n")
        handle.write("Découverte;4\nEn ligne;2\nEn agence;5\nnowhere;1\n" * 250_000)
    source = {"id": "b", "kind": "csv", "path": "big.csv", "metric": "CES", "columns": {"step": "étape", "value": "note"}}
    result = compute_refresh(living_journey([source]), tmp_path)
    assert result.rows_read == 1_000_000
    assert {(m.step, m.value, m.count) for m in result.measures} == {
        ("t1", 4, 250_000), ("t2", 2, 250_000), ("t3", 5, 250_000)}
    assert result.unmatched == {"big.csv": {"nowhere": 250_000}}


def test_a_refreshed_map_round_trips_byte_for_byte_and_a_plain_map_has_no_data_keys(survey_map):
    main(["refresh", str(survey_map)])
    raw = survey_map.read_bytes()
    assert dumps(load(survey_map)) == raw
    assert b'"dataSources"' in raw and b'"measures"' in raw and b'"data": {' in raw
    plain = dumps(living_journey([]))
    assert b"dataSources" not in plain and b"measures" not in plain and b'"data"' not in plain


def test_the_metrics_lane_shows_a_tile_per_measure_with_value_count_and_light(survey_map):
    from journey_studio.render.geometry import EllipseShape, PathShape, TextShape
    from journey_studio.render.layout import layout_map

    main(["refresh", str(survey_map)])
    journey = load(survey_map)
    journey.map.metrics[0].good, journey.map.metrics[0].bad = 80, 60  # CSAT: 66.7 % is "à surveiller"
    layout = layout_map(journey)
    lane = next(b for b in layout.lanes if b.lane_id == "lm")
    texts = [s.text for s in lane.row_shapes if isinstance(s, TextShape)]
    assert "66,7\u00a0%" in texts and "3 réponses" in texts and "à surveiller" in texts
    assert "+33" in texts and "50\u00a0%" in texts
    assert any(isinstance(s, PathShape) and s.fill for s in lane.row_shapes)  # the triangle of "watch"
    assert any(isinstance(s, EllipseShape) for s in lane.row_shapes)  # the trend's last point
    cell = layout.cells[("t1", "lm")]
    assert lane.row.y <= cell.y and all(s.y <= cell.bottom for s in lane.row_shapes if isinstance(s, TextShape))


def test_the_refresh_report_writes_numbers_as_the_system_language_does(survey_map, tmp_path, monkeypatch, capsys):
    """« 1 200 lignes lues » (a narrow no-break space) on a French system, "1,200 rows" in English."""
    write_csv(tmp_path / "survey.csv", SURVEY + [["2026-03-01", "Découverte", "CSAT", "4", "Pros"]] * 1191)
    system_language(monkeypatch, "fr_FR.UTF-8")
    assert main(["refresh", str(survey_map)]) == 3
    assert "actualisé (1\u202f200 lignes lues, " in capsys.readouterr().out
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(["refresh", str(survey_map)]) == 3
    assert "refreshed (1,200 rows, " in capsys.readouterr().out
