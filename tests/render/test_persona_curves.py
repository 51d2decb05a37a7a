"""Several personas: curves in the persona's colour, to-be dashed, a legend in the lane header,
and every persona side by side in the persona band."""

from journey_studio.model import EmotionPoint, Lane, LaneKind, Persona
from journey_studio.render.geometry import LineShape, PathShape, Rect, TextShape
from journey_studio.render.layout import LayoutOptions, layout_map
from journey_studio.templates import new_journey


def bank_like():
    journey = new_journey("classic")
    m = journey.map
    m.personas[0].name = "Inès"
    m.personas.append(Persona(id="persona-karim", name="Karim", color="#c2410c", quote="Keep my adviser"))
    steps = m.step_ids()
    points = [EmotionPoint(step=steps[0], score=-1), EmotionPoint(step=steps[1], score=1)]
    today = m.emotion_lanes()[0]
    today.points, today.persona, today.variant = points, "persona-main", "asIs"
    m.lanes.append(Lane(id="lane-ines-to-be", kind=LaneKind.EMOTIONS, title="Target", persona="persona-main",
                        variant="toBe", points=points))
    m.lanes.append(Lane(id="lane-karim", kind=LaneKind.EMOTIONS, title="Karim", persona="persona-karim",
                        points=points))
    return journey


def curve_stroke(curve) -> PathShape:
    return next(s for s in curve.shapes if isinstance(s, PathShape) and s.stroke)


def test_curves_take_their_persona_colour_and_to_be_is_dashed():
    ines, ines_to_be, karim = layout_map(bank_like()).curves
    assert curve_stroke(ines).stroke == curve_stroke(ines_to_be).stroke == "#1f5fa8"
    assert curve_stroke(karim).stroke == "#c2410c"
    assert curve_stroke(ines).dash == () and curve_stroke(karim).dash == ()
    assert curve_stroke(ines_to_be).dash != ()


def test_each_curve_has_a_legend_with_its_persona_and_variant_under_the_lane_title():
    layout = layout_map(bank_like())
    legends = {}
    for curve in layout.curves:
        header = next(lane for lane in layout.lanes if lane.lane_id == curve.lane_id)
        key = next(s for s in header.shapes if isinstance(s, LineShape) and s.color == curve_stroke(curve).stroke)
        assert key.dash == curve_stroke(curve).dash
        legends[curve.lane_id] = [s.text for s in header.shapes if isinstance(s, TextShape)][-1]
    assert legends == {"lane-ines-to-be": "Inès · to-be", "lane-karim": "Karim · as-is",
                       next(iter(legends)): "Inès · as-is"}


def test_a_lane_colour_still_wins_over_the_persona_colour():
    journey = bank_like()
    journey.map.find_lane("lane-karim").color = "#123456"
    assert curve_stroke(layout_map(journey).curves[2]).stroke == "#123456"


def test_the_persona_band_shows_every_persona_side_by_side():
    layout = layout_map(bank_like(), LayoutOptions(show_persona=True))
    band = layout.persona.rect
    names = {s.text: s for s in layout.persona.shapes if isinstance(s, TextShape) and s.text in ("Inès", "Karim")}
    assert set(names) == {"Inès", "Karim"}
    assert names["Inès"].x < band.x + band.w / 2 <= names["Karim"].x
    bars = [s for s in layout.persona.shapes if getattr(s, "fill", None) in ("#1f5fa8", "#c2410c")]
    assert len(bars) == 2 and all(isinstance(b.rect, Rect) for b in bars)


def test_a_map_with_one_persona_and_no_variants_draws_as_before():
    journey = new_journey("classic")
    layout = layout_map(journey)
    header = next(lane for lane in layout.lanes if lane.kind == LaneKind.EMOTIONS)
    assert not any(isinstance(s, LineShape) for s in header.shapes)


def test_an_export_with_a_view_fades_the_cards_the_view_leaves_out():
    from journey_studio.export.views import view_dimmed
    from journey_studio.model import View

    journey = bank_like()
    m = journey.map
    pain = next(lane.id for lane in m.lanes if lane.kind == LaneKind.PAIN_POINTS)
    other = next(lane.id for lane in m.lanes if lane.kind == LaneKind.ACTIONS)
    step = m.step_ids()[0]
    from journey_studio.model import Card
    m.cards = [Card(id="c-pain", step=step, lane=pain, text="Slow"), Card(id="c-act", step=step, lane=other, text="Go")]
    m.views = [View(name="Pain points only", filter={"laneKinds": ["painPoints"]})]
    dimmed = view_dimmed(journey, "pain points ONLY")
    assert dimmed == {"c-act"}
    fills = {c.card_id: c.shapes[1].fill for c in layout_map(journey, LayoutOptions(dimmed=dimmed)).cards}
    plain = {c.card_id: c.shapes[1].fill for c in layout_map(journey).cards}
    assert fills["c-pain"] == plain["c-pain"] and fills["c-act"] != plain["c-act"]


def test_evidence_bars_show_the_share_of_backed_cards_per_step():
    from journey_studio.model import Card

    journey = new_journey("classic")
    m = journey.map
    lane = m.lanes[0].id
    first, second = m.step_ids()[:2]
    m.cards = [Card(id="a", step=first, lane=lane, source={"kind": "interview"}),
               Card(id="b", step=first, lane=lane, source={"kind": "assumption"}),
               Card(id="c", step=second, lane=lane)]
    assert layout_map(journey).steps == layout_map(journey, LayoutOptions(show_evidence=False)).steps
    layout = layout_map(journey, LayoutOptions(show_evidence=True))

    def bars(step_id):
        box = next(s for s in layout.steps if s.step_id == step_id)
        holder = box if box.rect.h > 0 else next(s for s in layout.stages if s.stage_id == box.stage_id)
        return [s.rect.w for s in holder.shapes if getattr(s, "fill", None) in ("#c9d1d8", "#15803d")]

    track, backed = bars(first)
    assert backed == track / 2  # one card of two is backed by an interview
    assert bars(second) == [bars(second)[0]]  # a track and no green: guesswork only
