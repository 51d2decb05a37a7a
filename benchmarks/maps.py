"""The benchmark's maps: deterministic, with text of the length consultants really write.

``large_journey()``: 40 stages, 80 steps, 12 lanes (2 of them emotion lanes), 3,000 cards,
a 1 MB persona photo. ``huge_journey()``: 300 stages, 600 steps, 15 lanes, 12,000 cards.
The same seed always gives the same map, so runs on different days compare.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from journey_studio.model import Asset, Card, EmotionPoint, Journey, Lane, LaneKind, Map, Stage, Step
from journey_studio.model.kinds import CHANNEL_LANES, Channel, Priority
from journey_studio.model.persona import Persona

CACHE = Path(__file__).resolve().parent / ".cache"

_SUBJECTS = ("The customer", "She", "He", "The admin", "Our agent", "The finance team", "The user",
             "Support", "The sales rep", "The onboarding specialist", "A new hire", "The manager")
_VERBS = ("compares", "opens", "reads", "fills in", "signs", "asks about", "waits for", "pays",
          "cancels", "downloads", "shares", "reviews", "forwards", "calls about", "searches for",
          "uploads", "approves", "books", "complains about", "renews")
_OBJECTS = ("the pricing page", "the welcome email", "the invoice", "a support ticket", "the contract",
            "the mobile app", "the trial account", "two-factor login", "the onboarding checklist",
            "the quarterly report", "a refund", "the chatbot", "the delivery slot", "the loyalty card",
            "the help centre article", "the security questionnaire", "the data export", "the renewal quote")
_TAILS = ("before the meeting", "on a phone in the train", "and gets lost", "twice because the link expired",
          "with their manager", "late at night", "without finding the answer", "in under two minutes",
          "after a reminder", "— frustrated by the wait", "and recommends it to a colleague",
          "but the form loses what they typed", "while comparing with a competitor", "(SLA 24 h, 3 € fee)")
_STAGE_NAMES = ("Discover", "Research", "Compare", "Try", "Buy", "Onboard", "Use", "Get help", "Renew",
                "Expand", "Advocate", "Leave")


def _sentence(rng: random.Random) -> str:
    parts = [rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_OBJECTS)]
    if rng.random() < 0.7:
        parts.append(rng.choice(_TAILS))
    return " ".join(parts) + "."


def _card_text(rng: random.Random) -> str:
    """One to three sentences: 5 to 40 words, like a real sticky note."""
    return " ".join(_sentence(rng) for _ in range(rng.choice((1, 1, 1, 2, 2, 3))))


def _photo(size_bytes: int = 1_000_000, seed: int = 3) -> bytes:
    """A deterministic JPEG of about ``size_bytes`` (noise over a gradient: photos compress badly)."""
    from PIL import Image

    rng = random.Random(seed)
    side = 820
    noise = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    gradient = Image.linear_gradient("L").resize((side, side)).convert("RGB")
    image = Image.blend(gradient, noise, 0.6)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=88)
    return out.getvalue()


def journey(stages: int, steps_per_stage: int, lanes: int, cards: int, emotion_lanes: int = 2,
            photo: bool = True, seed: int = 12) -> Journey:
    rng = random.Random(seed)
    stage_list = []
    for i in range(stages):
        steps = [Step(id=f"s{i}-{j}", name=f"{_STAGE_NAMES[(i + j) % len(_STAGE_NAMES)]} step {j + 1}")
                 for j in range(steps_per_stage)]
        stage_list.append(Stage(id=f"stage-{i}", name=f"{i + 1}. {_STAGE_NAMES[i % len(_STAGE_NAMES)]}",
                                steps=steps, moment_of_truth=i % 9 == 4))
    step_ids = [step.id for stage in stage_list for step in stage.steps]
    kinds = [k for k in LaneKind if k != LaneKind.EMOTIONS]
    lane_list = []
    for e in range(emotion_lanes):
        points = [EmotionPoint(step=s, score=round(rng.uniform(-2, 2), 1),
                               label=rng.choice(("", "relief", "confused", "delighted", "annoyed")))
                  for s in step_ids]
        lane_list.append(Lane(id=f"emotions-{e}", kind=LaneKind.EMOTIONS, title=f"Feelings {e + 1}",
                              points=points))
    card_lanes = [Lane(id=f"lane-{j}", kind=kinds[j % len(kinds)], title=f"{kinds[j % len(kinds)]} {j + 1}")
                  for j in range(lanes - emotion_lanes)]
    lane_list[1:1] = card_lanes  # emotion lanes first and last, cards in between
    channels, priorities = list(Channel), list(Priority)
    card_list = []
    for n in range(cards):
        lane = rng.choice(card_lanes)
        meta = {}
        if lane.kind in CHANNEL_LANES and rng.random() < 0.6:
            meta["channel"] = rng.choice(channels)
        if rng.random() < 0.15:
            meta["owner"] = rng.choice(("marie", "ops-team", "j.doe"))
        if rng.random() < 0.1:
            meta["priority"] = rng.choice(priorities)
        if rng.random() < 0.1:
            meta["votes"] = rng.randint(1, 9)
        card_list.append(Card(id=f"card-{n}", step=rng.choice(step_ids), lane=lane.id,
                              text=_card_text(rng), **meta))
    assets = {}
    persona = Persona(name="Camille Martin", role="Operations lead", age=38,
                      quote="I just want it to work the first time.",
                      goals=["Get the team onboarded in a week"], frustrations=["Waiting on support"])
    if photo:
        assets["persona-photo"] = Asset.from_bytes("image/jpeg", _photo())
        persona = persona.model_copy(update={"photo": "persona-photo"})
    journey_map = Map(id="map-bench", title="Programme journey (benchmark)", persona=persona,
                      stages=stage_list, lanes=lane_list, cards=card_list)
    return Journey(map=journey_map, assets=assets)


def large_journey() -> Journey:
    return journey(stages=40, steps_per_stage=2, lanes=12, cards=3_000)


def huge_journey() -> Journey:
    return journey(stages=300, steps_per_stage=2, lanes=15, cards=12_000)


MAPS = {"large": large_journey, "huge": huge_journey}


def map_file(name: str) -> Path:
    """The map ``name`` ("large", "huge") as a ``.journey`` file, written once into ``.cache``."""
    from journey_studio.fileformat import dump_to

    path = CACHE / f"{name}.journey"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        dump_to(MAPS[name](), str(path))
    return path


MERMAID_TASKS = ("Find the product", "Read reviews", "Compare plans", "Start the trial", "Invite the team",
                 "Import data", "Ask support", "Pay the invoice", "Renew", "Recommend")


def mermaid_journey(index: int = 0, tasks: int = 10) -> str:
    """A Mermaid ``journey`` diagram with ``tasks`` tasks over a few sections."""
    rng = random.Random(100 + index)
    lines = ["journey", f"    title Customer journey {index + 1}"]
    for t in range(tasks):
        if t % 3 == 0:
            lines.append(f"    section {_STAGE_NAMES[(index + t // 3) % len(_STAGE_NAMES)]}")
        actors = ", ".join(rng.sample(("Customer", "Support", "Sales", "Admin"), rng.randint(1, 2)))
        lines.append(f"      {MERMAID_TASKS[(t + index) % len(MERMAID_TASKS)]}: {rng.randint(1, 5)}: {actors}")
    return "\n".join(lines) + "\n"


def mermaid_folder(count: int = 8) -> Path:
    folder = CACHE / "mermaid"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"journey-{i + 1}.mmd").write_text(mermaid_journey(i), encoding="utf-8")
    return folder
