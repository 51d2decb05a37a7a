"""Each map check on a small map written for it, and ``journey-studio check``."""

import datetime

import pytest
from support import system_language

from journey_studio.cli import main as cli_main
from journey_studio.fileformat import dump_to
from journey_studio.model import Journey, Map
from journey_studio.review.map_checks import CHECKS, run_checks

TODAY = datetime.date(2026, 12, 1)


def small_map(cards=(), points=(), moment_of_truth=False, lanes=("pain", "opp", "touch", "feel")) -> Map:
    kinds = {"pain": "painPoints", "opp": "opportunities", "touch": "touchpoints", "feel": "emotions"}
    return Map.model_validate({
        "id": "m",
        "stages": [{"id": "s1", "name": "Discover", "steps": [{"id": "t1", "name": "Ad"}, {"id": "t2", "name": "Site"}]},
                   {"id": "s2", "name": "Buy", "momentOfTruth": moment_of_truth, "steps": [{"id": "t3"}]}],
        "lanes": [{"id": lane, "kind": kinds[lane], **({"points": list(points)} if lane == "feel" else {})}
                  for lane in lanes],
        "cards": [{"id": f"c{i}", "step": step, "lane": lane, "text": text, **extra}
                  for i, (step, lane, text, extra) in enumerate(cards)],
    })


def found(m, check, **kwargs):
    return [(f.kind, f.ids) for f in run_checks(m, today=TODAY, **kwargs) if f.check == check]


def test_a_pain_point_needs_an_opportunity_in_its_step():
    m = small_map([("t1", "pain", "Slow", {}), ("t2", "pain", "Ugly", {}), ("t2", "opp", "Redesign", {})])
    assert found(m, "pain-without-opportunity") == [("card", ("c0",))]


def test_a_step_without_touchpoint_is_pointed_out_only_when_the_map_has_that_lane():
    m = small_map([("t1", "touch", "Ad", {}), ("t3", "touch", "Shop", {})])
    assert found(m, "step-without-touchpoint") == [("step", ("t2",))]
    assert found(small_map(lanes=("pain",)), "step-without-touchpoint") == []


def test_an_emotion_drop_of_two_points_needs_a_pain_point_there():
    points = [{"step": "t1", "score": 1}, {"step": "t2", "score": -1}, {"step": "t3", "score": -2}]
    assert found(small_map(points=points), "unexplained-drop") == [("point", ("feel", "t2"))]
    explained = small_map([("t2", "pain", "Hidden fees", {})], points=points)
    assert found(explained, "unexplained-drop") == []


def test_an_empty_stage_and_an_empty_moment_of_truth():
    m = small_map([("t1", "pain", "Slow", {})], moment_of_truth=True)
    assert found(m, "empty-stage") == [("stage", ("s2",))]
    assert found(m, "empty-moment-of-truth") == [("stage", ("s2",))]
    with_point = small_map([("t1", "pain", "Slow", {})], points=[{"step": "t3", "score": 0}], moment_of_truth=True)
    assert found(with_point, "empty-stage") == [] and found(with_point, "empty-moment-of-truth") == [("stage", ("s2",))]


def test_duplicate_cards_in_one_lane_ignoring_case_and_punctuation():
    m = small_map([("t1", "pain", "Too slow!", {}), ("t3", "pain", "too  slow", {}), ("t1", "opp", "Too slow", {})])
    assert found(m, "duplicate-card") == [("card", ("c1",))]


def test_evidence_older_than_the_chosen_age():
    m = small_map([("t1", "pain", "Old", {"source": {"kind": "survey", "date": "2025-01-10"}}),
                   ("t1", "opp", "New", {"source": {"kind": "interview", "date": "2026-10-01"}}),
                   ("t2", "pain", "Undated", {"source": {"kind": "analytics"}})])
    assert found(m, "old-evidence") == [("card", ("c0",))]
    assert found(m, "old-evidence", max_age_days=30) == [("card", ("c0",)), ("card", ("c1",))]


def test_checks_can_be_turned_off_and_unknown_ones_are_refused():
    m = small_map([("t1", "pain", "Slow", {})], moment_of_truth=True)
    assert {f.check for f in run_checks(m, today=TODAY)} >= {"pain-without-opportunity", "empty-stage"}
    assert run_checks(m, off=list(CHECKS), today=TODAY) == []
    with pytest.raises(ValueError, match="unknown check 'nope'"):
        run_checks(m, off=["nope"])


def test_the_command_prints_the_findings_and_exits_1_or_0(tmp_path, capsys):
    bad, good = tmp_path / "bad.journey", tmp_path / "good.journey"
    dump_to(Journey(map=small_map([("t1", "pain", "Slow", {})], lanes=("pain", "opp"))), bad)
    dump_to(Journey(map=small_map([("t1", "pain", "Slow", {}), ("t1", "opp", "Faster", {}),
                                   ("t2", "opp", "x", {}), ("t3", "opp", "y", {})], lanes=("pain", "opp"))), good)
    assert cli_main(["check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "bad.journey: pain-without-opportunity: pain point “Slow” has no opportunity in step “Ad”" in out
    assert "bad.journey: empty-stage: stage “Buy” is empty" in out
    assert cli_main(["check", str(good)]) == 0
    assert capsys.readouterr().out.strip().endswith("good.journey: no findings")
    assert cli_main(["check", "--off", "empty-stage", "--off", "pain-without-opportunity", str(bad)]) == 0
    assert cli_main(["check", str(tmp_path / "missing.journey")]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_a_drop_in_french_is_written_with_a_decimal_comma(tmp_path, monkeypatch, capsys):
    """The Checks speak the language of the system (command line) or interface: « baisse de 2,5 »."""
    points = [{"step": "t1", "score": 1}, {"step": "t2", "score": -1.5}]
    path = tmp_path / "drop.journey"
    dump_to(Journey(map=small_map(points=points)), path)
    system_language(monkeypatch, "fr_FR.UTF-8")
    assert cli_main(["check", str(path)]) == 1
    assert "«\u202ffeel\u202f» baisse de 2,5 à la sous-étape «\u202fSite\u202f»" in capsys.readouterr().out
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert cli_main(["check", str(path)]) == 1
    assert "drops by 2.5 at step “Site”" in capsys.readouterr().out
