"""Data a refresh must not read wrong: commas in numbers, answers outside the scale, steps
sharing a name; and how the refresh command reports what it left out."""

import sqlite3

import pytest

from journey_studio.cli import main
from journey_studio.datasources import compute_refresh
from journey_studio.datasources.compute import Ambiguous, number
from journey_studio.fileformat import dumps, load
from journey_studio.messages import translate_message

from .conftest import living_journey, write_csv


@pytest.mark.parametrize(("text", "value"), [
    ("4,5", 4.5), ("1,2345", 1.2345), ("0,125", 0.125), ("1234,567", 1234.567), ("1,234.5", 1234.5),
    ("1,234,567", 1234567), ("1.234,5", 1234.5), ("1 500", 1500), ("1\u00a0500", 1500), ("1\u202f234,5", 1234.5),
    ("12 500.5", 12500.5), ("80 %", 80),
])
def test_unambiguous_numbers(text, value):
    assert number(text) == pytest.approx(value) and not isinstance(number(text), Ambiguous)


@pytest.mark.parametrize("text", ["1 5", "15 00", "1,23,4", "1.234.5", "1,2.5"])
def test_malformed_groupings_are_not_numbers(text):
    with pytest.raises(ValueError):
        number(text)


def test_a_comma_and_three_digits_is_ambiguous_alone():
    value = number("12,500")
    assert isinstance(value, Ambiguous) and value.grouped == 12500 and float(value) == 12.5


def saved_map(tmp_path, journey):
    """``journey`` saved as ``m.journey`` in ``tmp_path`` (beside its data files)."""
    path = tmp_path / "m.journey"
    path.write_bytes(dumps(journey))
    return path


def volume_map(tmp_path, values, delimiter=","):
    write_csv(tmp_path / "v.csv", [["step", "volume"]] + [["Découverte", v] for v in values], delimiter=delimiter)
    source = {"id": "v", "name": "Volumes", "kind": "csv", "path": "v.csv", "metric": "volume",
              "columns": {"step": "step", "value": "volume"}}
    return saved_map(tmp_path, living_journey([source]))


def test_an_ambiguous_column_is_refused_naming_value_line_and_column(tmp_path, capsys):
    path = volume_map(tmp_path, ["1,234", "12,500"])
    before = path.read_bytes()
    assert main(["refresh", str(path)]) == 1
    err = capsys.readouterr().err
    assert "line 2: '1,234' in the column 'volume' could be 1234 or 1.234" in err
    assert "without a thousands separator" in err and len(err.strip().splitlines()) == 1
    assert path.read_bytes() == before


@pytest.mark.parametrize(("values", "total"), [
    (["1,234", "1,000.5"], 2234.5),   # a thousands separator elsewhere in the column
    (["1,000.5", "1,234"], 2234.5),   # before or after
    (["1,234", "2,5"], 3.734),        # a decimal comma elsewhere
    (["1 500", "1 234"], 2734),       # grouping with spaces
    (["1 500", "1500"], 3000),
])
def test_the_column_decides_what_its_commas_mean(tmp_path, values, total):
    journey = load(volume_map(tmp_path, values, delimiter=";"))
    (measure,) = compute_refresh(journey, tmp_path).measures
    assert measure.value == pytest.approx(total, abs=0.01)


def test_a_column_writing_commas_both_ways_is_refused(tmp_path, capsys):
    path = volume_map(tmp_path, ["2,5", "1,234.5"], delimiter=";")
    assert main(["refresh", str(path)]) == 1
    assert "line 3: '1,234.5' in the column 'volume' uses the comma otherwise than '2,5'" in capsys.readouterr().err


def test_what_the_app_displays_it_reads_back(tmp_path):
    from journey_studio.datasources.presentation import format_value
    for language in ("en", "fr"):
        shown = format_value(1500, None, language)
        journey = load(volume_map(tmp_path, [shown, "2,000.5" if language == "en" else "2 000,5"], delimiter=";"))
        assert compute_refresh(journey, tmp_path).measures[0].value == 3500.5


#: the source of ``n.csv``: NPS answers per step
NPS_SOURCE = {"id": "n", "name": "Enquête", "kind": "csv", "path": "n.csv", "metric": "NPS",
              "columns": {"step": "step", "value": "nps"}}


def nps_map(tmp_path, answers):
    write_csv(tmp_path / "n.csv", [["step", "nps"]] + [["Découverte", a] for a in answers])
    return saved_map(tmp_path, living_journey([NPS_SOURCE]))


def test_answers_outside_the_scale_are_skipped_with_a_warning_even_when_quiet(tmp_path, capsys):
    path = nps_map(tmp_path, ["42", "3", "10", "-1"])
    assert main(["refresh", "--quiet", str(path)]) == 3
    err = capsys.readouterr().err
    assert "warning: Enquête: 2 NPS answers outside 0–10 were skipped" in err
    (measure,) = load(path).map.measures
    assert measure.count == 2 and measure.value == 0  # one promoter, one detractor


def test_a_rule_answer_range_is_used(tmp_path):
    nps_map(tmp_path, ["4", "6"])
    journey = living_journey([NPS_SOURCE], metrics=[{"name": "NPS", "aggregate": "mean", "answerMin": 1, "answerMax": 5}])
    result = compute_refresh(journey, tmp_path)
    assert result.measures[0].count == 1
    assert result.warnings == ["Enquête: 1 NPS answer outside 1–5 was skipped"]


def test_unmatched_rows_are_warned_even_when_quiet_with_exit_status_3(tmp_path, capsys):
    path = nps_map(tmp_path, ["9"])
    with open(tmp_path / "n.csv", "a", encoding="utf-8") as handle:
        handle.write("Mars;9\n")
    assert main(["refresh", "--quiet", str(path)]) == 3
    out, err = capsys.readouterr()
    assert out == ""
    assert "warning: Enquête: 1 row names no step of the map ('Mars')" in err


def test_a_step_with_no_data_any_more_is_a_warning(tmp_path, capsys):
    path = nps_map(tmp_path, ["9"])
    assert main(["refresh", "--quiet", str(path)]) == 0
    write_csv(tmp_path / "n.csv", [["step", "nps"], ["En ligne", "9"]])
    assert main(["refresh", "--quiet", str(path)]) == 3
    assert "warning: Découverte · NPS: no data any more" in capsys.readouterr().err


def test_exit_status_is_documented_in_both_languages(capsys, monkeypatch):
    from journey_studio.cli.help_fr import french_help
    with pytest.raises(SystemExit):
        main(["refresh", "--help"])
    out = capsys.readouterr().out
    assert "3 refreshed, but some data was left out" in " ".join(out.split())
    epilog = ("exit status: 0 refreshed; 3 refreshed, but some data was left out (the warnings say what); "
              "1 nothing was changed (the error says why)")
    assert "code de sortie" in french_help(epilog)


@pytest.mark.parametrize("name", ["e.pdf", "e.png"])
def test_refresh_export_to_a_missing_folder_is_one_clean_line(tmp_path, capsys, name):
    path = nps_map(tmp_path, ["9"])
    assert main(["refresh", "--quiet", str(path), "--export", str(tmp_path / "gone" / name)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "the folder does not exist" in err


def test_two_steps_with_one_name_are_reported_and_stage_slash_step_still_places(tmp_path, capsys):
    write_csv(tmp_path / "n.csv", [["step", "nps"], ["Pareil", "9"], ["Pareil", "10"],
                                   ["Souscription / Pareil", "9"], ["Découverte", "9"]])
    journey = living_journey([NPS_SOURCE])
    stages = journey.map.stages
    stages[0].steps[0].name = "Pareil"  # one step in each stage: "stage / step" tells them apart
    stages[1].steps[0].name = "Pareil"
    path = saved_map(tmp_path, journey)
    assert main(["refresh", "--quiet", str(path)]) == 3
    err = capsys.readouterr().err
    assert "two or more steps are named 'Pareil': 2 rows naming it cannot be placed" in err
    assert "name no step" not in err
    assert {(m.step, m.count) for m in load(path).map.measures} == {("t1", 1), ("t2", 1)}


def test_sqlite_rows_are_counted_as_result_rows(tmp_path, capsys):
    db = tmp_path / "d.db"
    with sqlite3.connect(db) as connection:
        connection.execute("create table t (step text, v text)")
        connection.executemany("insert into t values (?, ?)", [("Découverte", "4")] * 3 + [("Découverte", "x")])
    source = {"id": "d", "name": "Base", "kind": "sqlite", "path": "d.db", "query": "select step, v from t",
              "metric": "CES", "columns": {"step": "step", "value": "v"}}
    path = saved_map(tmp_path, living_journey([source]))
    assert main(["refresh", str(path)]) == 1
    assert "result row 4: 'x'" in capsys.readouterr().err


def test_the_new_messages_are_french():
    for english in ["Enquête: 2 NPS answers outside 0–10 were skipped",
                    "Enquête: 1 NPS answer outside 0–10 was skipped",
                    "Enquête: two or more steps are named 'Pareil': 2 rows naming it cannot be placed "
                    "(write \"stage / step\" or the step's id)",
                    "Découverte · NPS: no data any more",
                    "line 2: '1,234' in the column 'volume' could be 1234 or 1.234; write it without a "
                    "thousands separator (1234) or with a decimal point (1.234)",
                    "result row 4: 'x' in the column 'v' is not a number"]:
        assert translate_message(english, "fr") != english, english


def test_xlsx_formula_cells_without_a_saved_value_are_warned(tmp_path, capsys):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["step", "score"])
    sheet.append(["Découverte", 4])
    sheet.append(["Découverte", "=2+3"])  # openpyxl saves the formula, never its result
    sheet.append(["Découverte", "=B2"])
    book.save(tmp_path / "s.xlsx")
    source = {"id": "x", "name": "Classeur", "kind": "xlsx", "path": "s.xlsx", "metric": "CES",
              "columns": {"step": "step", "value": "score"}}
    path = saved_map(tmp_path, living_journey([source]))
    assert main(["refresh", "--quiet", str(path)]) == 3
    err = capsys.readouterr().err
    assert "warning: Classeur: 2 formula cells have no saved value (read as empty): open and save" in err
    assert translate_message(err.strip().removeprefix("warning: "), "fr").startswith("Classeur\u00a0: 2 cellules")
