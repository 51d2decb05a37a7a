"""A generated map for benchmarks and performance tests: stages x lanes, cards spread over the cells."""

from __future__ import annotations

import random

from journey_studio.model import Card, EmotionPoint, Journey, Lane, LaneKind, Map, Stage, Step

_WORDS = ("customer", "opens", "the", "app", "compares", "prices", "asks", "support", "waits",
          "for", "an", "answer", "invoice", "email", "trial", "signs", "up", "team", "admin")


def big_journey(stages: int = 30, lanes: int = 10, cards: int = 600, seed: int = 7) -> Journey:
    rng = random.Random(seed)
    kinds = [k for k in LaneKind if k != LaneKind.EMOTIONS]
    stage_list = [Stage(id=f"stage-{i}", name=f"Stage {i + 1}", steps=[Step(id=f"step-{i}")])
                  for i in range(stages)]
    lane_list = [Lane(id="lane-emotions", kind=LaneKind.EMOTIONS, title="Emotions",
                      points=[EmotionPoint(step=f"step-{i}", score=rng.uniform(-2, 2)) for i in range(stages)])]
    lane_list += [Lane(id=f"lane-{j}", kind=kinds[j % len(kinds)], title=f"Lane {j}") for j in range(lanes - 1)]
    card_list = [Card(id=f"card-{n}", step=f"step-{rng.randrange(stages)}", lane=f"lane-{rng.randrange(lanes - 1)}",
                      text=" ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 14))))
                 for n in range(cards)]
    return Journey(map=Map(id="map-big", title="Big map", stages=stage_list, lanes=lane_list, cards=card_list))
