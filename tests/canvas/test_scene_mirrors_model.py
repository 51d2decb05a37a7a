"""The scene mirrors the model after any sequence of document edits, undos and redos."""

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from support import examples
from journey_studio.canvas import MapScene, MapView, Selection
from journey_studio.document import Document
from journey_studio.fileformat import load
from journey_studio.model import LaneKind

from canvas_gestures import SAAS


def assert_scene_matches(scene: MapScene) -> None:
    layout = scene.layout
    m = scene.document.journey.map
    visible_lanes = {lane.id for lane in m.lanes if not lane.hidden}
    model_ids = {c.id for c in m.cards if c.lane in visible_lanes}
    assert set(scene.cards) == model_ids == {c.card_id for c in layout.cards}
    for box in layout.cards:
        item = scene.cards[box.card_id]
        # (a row that only moved moves its items by the row's offset: equal up to rounding)
        at, where = item.box_rect(), item.scenePos()
        assert (at.w, at.h) == (box.rect.w, box.rect.h)
        assert abs(at.x - box.rect.x) < 1e-6 and abs(at.y - box.rect.y) < 1e-6
        assert abs(where.x() - box.rect.x) < 1e-6 and abs(where.y() - box.rect.y) < 1e-6
        assert item.scene() is scene
    assert set(scene.stages) == {s.id for s in m.stages}
    assert set(scene.lanes) == visible_lanes
    for lane in layout.lanes:
        assert scene.lanes[lane.lane_id].box_rect() == lane.rect
    for stage in layout.stages:
        assert scene.stages[stage.stage_id].box_rect() == stage.rect
    points = {(c.lane_id, p.step_id) for c in layout.curves for p in c.points}
    assert set(scene.points) == points


class SceneMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.document = Document.from_journey(load(SAAS))
        self.scene = MapScene(self.document)
        self.view = MapView(self.scene)

    def _m(self):
        return self.document.journey.map

    @rule(data=st.data(), text=st.text(max_size=40))
    def add_card(self, data, text):
        m = self._m()
        step = data.draw(st.sampled_from(m.step_ids()))
        lane = data.draw(st.sampled_from([lane.id for lane in m.lanes]))
        self.document.add_card(step, lane, text)

    @rule(data=st.data())
    def move_cards(self, data):
        m = self._m()
        if not m.cards:
            return
        ids = data.draw(st.lists(st.sampled_from([c.id for c in m.cards]), min_size=1, max_size=3))
        self.view.select(Selection.cards(ids))
        step = data.draw(st.sampled_from(m.step_ids()))
        lane = data.draw(st.sampled_from([lane.id for lane in m.lanes]))
        self.document.move_cards(ids, step, lane, data.draw(st.none() | st.integers(0, 4)))

    @rule(data=st.data())
    def delete_cards(self, data):
        m = self._m()
        if m.cards:
            self.document.delete_cards(data.draw(st.lists(st.sampled_from([c.id for c in m.cards]),
                                                          min_size=1, max_size=3)))

    @rule(data=st.data())
    def move_stage(self, data):
        m = self._m()
        self.document.move_stage(data.draw(st.sampled_from([s.id for s in m.stages])),
                                 data.draw(st.integers(0, len(m.stages) - 1)))

    @rule(data=st.data())
    def move_lane(self, data):
        m = self._m()
        self.document.move_lane(data.draw(st.sampled_from([lane.id for lane in m.lanes])),
                                data.draw(st.integers(0, len(m.lanes) - 1)))

    @rule(name=st.text(max_size=30))
    def add_stage(self, name):
        self.document.add_stage(name=name)

    @rule(data=st.data())
    def delete_stage(self, data):
        m = self._m()
        if len(m.stages) > 1:
            self.document.delete_stage(data.draw(st.sampled_from([s.id for s in m.stages])))

    @rule(data=st.data())
    def add_step(self, data):
        m = self._m()
        self.document.add_step(data.draw(st.sampled_from([s.id for s in m.stages])), name="step")

    @rule(kind=st.sampled_from(list(LaneKind)))
    def add_lane(self, kind):
        self.document.add_lane(kind)

    @rule(data=st.data(), hidden=st.booleans())
    def hide_lane(self, data, hidden):
        m = self._m()
        self.document.set_lane_hidden(data.draw(st.sampled_from([lane.id for lane in m.lanes])), hidden)

    @rule(data=st.data(), text=st.text(max_size=60))
    def edit_card(self, data, text):
        m = self._m()
        if m.cards:
            self.document.update_card(data.draw(st.sampled_from([c.id for c in m.cards])), text=text)

    @rule(data=st.data(), score=st.floats(-2, 2))
    def set_point(self, data, score):
        m = self._m()
        lanes = m.emotion_lanes()
        if lanes:
            self.document.set_point(lanes[0].id, data.draw(st.sampled_from(m.step_ids())), score)

    @rule()
    def undo(self):
        self.document.undo_stack.undo()

    @rule()
    def redo(self):
        self.document.undo_stack.redo()

    @invariant()
    def scene_matches_model(self):
        assert_scene_matches(self.scene)

    @invariant()
    def selection_only_names_cards_that_exist(self):
        assert all(i in self.scene.cards for i in self.view.selected_card_ids())

    def teardown(self):
        self.view.deleteLater()


SceneMachine.TestCase.settings = settings(max_examples=examples(25), stateful_step_count=20, deadline=None,
                                          suppress_health_check=[HealthCheck.too_slow])


def test_scene_mirrors_model(qapp):
    SceneMachine.TestCase().runTest()
