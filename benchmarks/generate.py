"""A large generated map for the benchmarks: 30 stages x 10 lanes x 600 cards."""

from __future__ import annotations

import random

from journey_studio.model import Card, EmotionPoint, Journey, Lane, LaneKind, Map, Stage, Step

WORDS = ("customer opens the app compares plans with a friend calls support waits for an answer "
         "reads reviews pays online gets a confirmation e-mail shares on social media").split()


def big_journey(stages: int = 30, lanes: int = 10, cards: int = 600, seed: int = 7) -> Journey:
    rng = random.Random(seed)
    kinds = list(LaneKind)
    stage_list = [Stage(id=f"s{i}", name=f"Stage {i + 1}", steps=[Step(id=f"t{i}")]) for i in range(stages)]
    lane_list = [Lane(id=f"l{j}", kind=kinds[j % len(kinds)], title=f"Lane {j + 1}") for j in range(lanes)]
    for lane in lane_list:
        if lane.kind == LaneKind.EMOTIONS:
            lane.points = [EmotionPoint(step=f"t{i}", score=rng.choice([-2, -1, 0, 1, 2])) for i in range(stages)]
    card_list = [
        Card(id=f"c{n}", step=f"t{rng.randrange(stages)}", lane=f"l{rng.randrange(lanes)}",
             text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 12))))
        for n in range(cards)
    ]
    return Journey(map=Map(id="big", title="Benchmark map", stages=stage_list, lanes=lane_list, cards=card_list))
