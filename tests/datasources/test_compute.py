"""The numbers a living map shows, on small data sets with answers worked out by hand."""

import datetime as dt

import pytest

from journey_studio.datasources.compute import Tally, number, period, rescale
from journey_studio.datasources.errors import DataSourceError
from journey_studio.datasources.matching import StepMatcher, fold
from journey_studio.datasources.presentation import Status, format_value, status
from journey_studio.model import Aggregate, Language, MetricRule
from tests.sample_maps import rich_journey


def tally(values):
    t = Tally()
    for v in values:
        t.add(v)
    return t


def test_nps_is_promoters_minus_detractors_in_percent():
    # 4 promoters (9, 10), 3 passives (7, 8), 3 detractors (0..6) out of 10
    t = tally([10, 9, 9, 10, 7, 8, 8, 6, 0, 3])
    assert t.value(Aggregate.NPS) == pytest.approx(10.0)
    assert tally([6, 6]).value(Aggregate.NPS) == -100
    assert tally([9]).value(Aggregate.NPS) == 100


def test_csat_is_the_share_of_4_and_5():
    assert tally([5, 4, 3, 2, 5]).value(Aggregate.CSAT) == pytest.approx(60.0)
    assert tally([1, 2, 3]).value(Aggregate.CSAT) == 0


def test_mean_sum_count():
    t = tally([1, 2, 3, 4])
    assert t.value(Aggregate.MEAN) == 2.5 and t.mean() == 2.5
    assert t.value(Aggregate.SUM) == 10 and t.value(Aggregate.COUNT) == 4
    assert Tally().value(Aggregate.MEAN) is None


@pytest.mark.parametrize("cell, expected", [
    ("4", 4.0), (" 4,5 ", 4.5), (4, 4.0), (3.25, 3.25), ("", None), (None, None), ("71%", 71.0),
    ("1\u00a0200", 1200.0), ("-2", -2.0), (".5", 0.5),
])
def test_cells_as_numbers(cell, expected):
    assert number(cell) == expected


@pytest.mark.parametrize("cell", ["good", "4 stars", "nan", "inf", True, "1,2,3"])
def test_text_is_not_a_number(cell):
    with pytest.raises(ValueError):
        number(cell)


@pytest.mark.parametrize("cell, month", [
    ("2026-03-14", "2026-03"), ("2026-3", "2026-03"), ("14/03/2026", "2026-03"), ("01.12.2025", "2025-12"),
    (dt.date(2026, 1, 31), "2026-01"), (dt.datetime(2025, 7, 1, 12, 0), "2025-07"), ("", None),
])
def test_periods_are_months(cell, month):
    assert period(cell) == month


def test_a_bad_date_is_a_clear_error():
    with pytest.raises(DataSourceError, match="not a date"):
        period("yesterday")


def test_rescale_puts_a_mean_on_the_emotion_scale_and_keeps_it_inside():
    assert rescale(3, 1, 5, -2, 2) == 0
    assert rescale(5, 1, 5, -2, 2) == 2
    assert rescale(4.2, 1, 5, -2, 2) == pytest.approx(1.2)
    assert rescale(9, 1, 5, -2, 2) == 2  # a value off the answer range stays on the scale


def test_steps_match_by_name_id_and_stage_ignoring_case_and_accents():
    journey_map = rich_journey().map
    stage = journey_map.stages[0]
    step = stage.steps[0]
    matcher = StepMatcher(journey_map)
    assert matcher.match(step.id) == step.id
    if step.name:
        assert matcher.match(step.name.upper()) == step.id
    assert fold("  Prise   de CONSCIENCE ") == fold("prise de conscience")
    assert fold("Décision") == fold("decision") and fold("Active l’appli") == fold("active l'appli")
    assert matcher.match("no such step") is None


def test_thresholds_give_a_status_in_both_directions():
    csat = MetricRule(name="CSAT", aggregate=Aggregate.CSAT, unit="%", good=80, bad=60)
    delay = MetricRule(name="Delay", good=2, bad=5, unit="d")  # lower is better
    assert status(85, csat) == Status.GOOD and status(70, csat) == Status.WATCH and status(60, csat) == Status.BAD
    assert status(1, delay) == Status.GOOD and status(3, delay) == Status.WATCH and status(6, delay) == Status.BAD
    assert status(50, MetricRule(name="x")) is None


def test_values_read_in_the_map_language():
    csat = MetricRule(name="CSAT", aggregate=Aggregate.CSAT, unit="%")
    nps = MetricRule(name="NPS", aggregate=Aggregate.NPS)
    assert format_value(71, csat, Language.EN) == "71%"
    assert format_value(71, csat, Language.FR) == "71\u00a0%"
    assert format_value(23.4, nps, Language.EN) == "+23"
    assert format_value(2.25, MetricRule(name="CES"), Language.FR) == "2,2"
    assert format_value(1234, None, Language.FR) == "1\u202f234"
