"""``journey-studio convert`` and the reader/writer tables it uses."""

from pathlib import Path

import pytest

from journey_studio.cli import main
from journey_studio.fileformat import JourneyFileError, load
from journey_studio.fileformat.readers import READERS, read_any, read_any_with_warnings
from journey_studio.fileformat.writers import WRITERS, write_any
from journey_studio.templates import new_journey

DATA = Path(__file__).parent / "data"


def test_every_format_is_registered():
    assert set(READERS) == {".journey", ".mmd", ".md", ".ojf", ".csv", ".xlsx", ".png"}
    assert set(WRITERS) == {".journey", ".mmd", ".md", ".csv", ".xlsx"}


def test_read_any_keeps_returning_a_journey_and_the_warnings_variant_adds_them():
    assert read_any(DATA / "support.ojf").map.stages[0].name == "Problem Discovery"
    journey, warnings = read_any_with_warnings(DATA / "support.ojf")
    assert len(warnings) == 2


def test_write_any_refuses_ojf_and_unknown_suffixes(tmp_path):
    with pytest.raises(JourneyFileError, match="does not write them"):
        write_any(new_journey(), tmp_path / "x.ojf")
    with pytest.raises(JourneyFileError, match="cannot save as '.png'"):
        write_any(new_journey(), tmp_path / "x.png")


def test_convert_mermaid_to_journey_and_back(tmp_path, capsys):
    source = tmp_path / "day.mmd"
    source.write_text("journey\ntitle Day\nsection Morning\nTea: 5: Me\nOdd: X\n", encoding="utf-8")
    target = tmp_path / "day.journey"
    assert main(["convert", str(source), "-o", str(target)]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == f"{target}: written"
    assert out.err.startswith("warning: ") and "not numbers" in out.err
    assert load(target).map.title == "Day"
    again = tmp_path / "again.mmd"
    assert main(["convert", str(target), "-o", str(again)]) == 0
    assert "Tea: 5: Me" in again.read_text(encoding="utf-8")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".md", ".journey"])
def test_convert_ojf_to_every_writable_format(tmp_path, suffix, capsys):
    target = tmp_path / f"out{suffix}"
    assert main(["convert", str(DATA / "clinic.ojf"), "-o", str(target)]) == 0
    assert read_any(target).map.stages[0].name == "Check-in"


def test_convert_errors_are_one_line_and_exit_1(tmp_path, capsys):
    bad = tmp_path / "bad.mmd"
    bad.write_text("journey\nno colon\n", encoding="utf-8")
    assert main(["convert", str(bad), "-o", str(tmp_path / "x.journey")]) == 1
    err = capsys.readouterr().err
    assert err == f"{bad}: line 2: 'no colon' is not a statement: a task needs ':' and a score after its name\n"
    assert not (tmp_path / "x.journey").exists()


def test_convert_refuses_to_overwrite_its_input(tmp_path, capsys):
    source = tmp_path / "a.mmd"
    source.write_text("journey\nA: 5\n", encoding="utf-8")
    assert main(["convert", str(source), "-o", str(tmp_path / "." / "a.mmd")]) == 1
    assert "is the input file" in capsys.readouterr().err
    assert source.read_text(encoding="utf-8") == "journey\nA: 5\n"


def test_convert_refuses_ojf_output_and_missing_input(tmp_path, capsys):
    assert main(["convert", str(DATA / "clinic.ojf"), "-o", str(tmp_path / "x.ojf")]) == 1
    assert main(["convert", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "x.journey")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert "does not write them" in err[0] and err[1].endswith("missing.csv: no such file")


def test_convert_in_french_names_the_actors_lane(tmp_path, capsys):
    source = tmp_path / "a.mmd"
    source.write_text("journey\nA: 5: Moi\n", encoding="utf-8")
    target = tmp_path / "a.journey"
    assert main(["convert", str(source), "-o", str(target), "--language", "fr"]) == 0
    assert [lane.title for lane in load(target).map.lanes] == ["Émotions", "Acteurs"]
