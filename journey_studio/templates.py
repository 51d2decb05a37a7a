"""Starting points for a new map: blank, or the classic five stages."""

from __future__ import annotations

from .model import Journey, Lane, Language, Map, Stage, Step, new_id
from .vocabulary import CLASSIC_STAGES, DEFAULT_LANES, lane_title

TEMPLATES = ("blank", "classic")

_TITLES = {
    ("blank", Language.EN): "Untitled journey",
    ("blank", Language.FR): "Parcours sans titre",
    ("classic", Language.EN): "Customer journey",
    ("classic", Language.FR): "Parcours client",
}


#: titles a map gets from a template: a map still called this has not been named by anyone
TEMPLATE_TITLES = frozenset(_TITLES.values())


def _stage(name: str) -> Stage:
    return Stage(id=new_id("stage"), name=name, steps=[Step(id=new_id("step"))])


def new_journey(template: str = "blank", language: Language | str = Language.EN) -> Journey:
    """A fresh map from a template, with the default lanes titled in ``language``."""
    if template not in TEMPLATES:
        raise ValueError(f"unknown template '{template}' (choose from {', '.join(TEMPLATES)})")
    lang = Language(language)
    if template == "classic":
        stages = [_stage(name) for name in CLASSIC_STAGES[lang]]
    else:
        word = "Stage" if lang == Language.EN else "Étape"
        stages = [_stage(f"{word} {n}") for n in (1, 2, 3)]
    lanes = [Lane(id=new_id("lane"), kind=kind, title=lane_title(kind, lang)) for kind in DEFAULT_LANES]
    journey_map = Map(id=new_id("map"), title=_TITLES[(template, lang)], language=lang,
                      stages=stages, lanes=lanes)
    return Journey(map=journey_map)
