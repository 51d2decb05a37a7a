"""Starting points for a new map: blank, the built-in templates, and the user's own.

The built-in templates are ``.journey`` files in ``resources/templates/`` (``NAME.en.journey``
and ``NAME.fr.journey``, written separately for each language by ``tools/make_templates.py``),
listed with their titles in ``index.json`` so listing them opens no map. "blank" is made here.
A user's templates ("My templates") are ``.journey`` files in a folder of the data folder
(:mod:`journey_studio.user_templates`); they keep the language they were saved in.

No Qt here: the command line lists and uses templates without starting Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .fileformat import load
from .model import Journey, Lane, Language, Map, Stage, Step, new_id
from .paths import resource
from .vocabulary import DEFAULT_LANES, lane_title

BLANK = "blank"
USER_PREFIX = "my:"  # the name of a user's template: "my:" and its file name

BLANK_TITLES = {Language.EN: "Untitled journey", Language.FR: "Parcours sans titre"}
BLANK_NAMES = {"en": "Blank map", "fr": "Parcours vierge"}  # its name in the gallery
BLANK_STAGE = {Language.EN: "Stage {n}", Language.FR: "Étape {n}"}

#: titles a map gets from the blank template: a map still called this has not been named
TEMPLATE_TITLES = frozenset(BLANK_TITLES.values())


@dataclass(frozen=True)
class Template:
    """One entry of the gallery."""

    name: str
    titles: dict[str, str] = field(hash=False, compare=False)
    #: a user's template: one file, in the language it was saved in
    path: Path | None = None

    @property
    def user(self) -> bool:
        return self.path is not None

    def title(self, language: Language | str) -> str:
        return self.titles.get(str(Language(language)), next(iter(self.titles.values())))

    def file(self, language: Language | str) -> Path | None:
        """The map file to start from in ``language`` (None for blank)."""
        if self.path is not None:
            return self.path
        if self.name == BLANK:
            return None
        return resource("templates", f"{self.name}.{Language(language)}.journey")

    def search_text(self) -> str:
        """What the gallery's filter searches: the name, the titles in every language and what
        each language's map says of itself (its description: "banque" finds "Ouverture d'un
        compte bancaire", whose description speaks of "la banque")."""
        files = [self.path] if self.path is not None else [self.file(language) for language in self.titles]
        return " ".join([self.name, *self.titles.values(), *(_description(f) for f in files if f)])


def _description(path: Path) -> str:
    """A map file's description, read without validating the map (the gallery fills fast);
    "" when the file cannot be read."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        description = data["map"].get("description", "")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return ""
    return description if isinstance(description, str) else ""


@cache
def builtin_templates() -> tuple[Template, ...]:
    """Blank first, then the built-in templates in gallery order."""
    index = json.loads(resource("templates", "index.json").read_text(encoding="utf-8"))
    entries = [Template(BLANK, dict(BLANK_NAMES))]
    entries += [Template(entry["name"], dict(entry["title"])) for entry in index["templates"]]
    return tuple(entries)


def template_names() -> list[str]:
    return [template.name for template in builtin_templates()]


def find_template(name: str) -> Template:
    """A built-in template (a user's is found by :func:`journey_studio.user_templates.find_any_template`)."""
    for template in builtin_templates():
        if template.name == name:
            return template
    raise ValueError(f"unknown template '{name}' (choose from {', '.join(template_names())})")


def blank_journey(language: Language | str = Language.EN) -> Journey:
    """Three empty stages and the default lanes, titled in ``language``."""
    lang = Language(language)
    stages = [Stage(id=new_id("stage"), name=BLANK_STAGE[lang].format(n=n), steps=[Step(id=new_id("step"))])
              for n in (1, 2, 3)]
    lanes = [Lane(id=new_id("lane"), kind=kind, title=lane_title(kind, lang)) for kind in DEFAULT_LANES]
    return Journey(map=Map(id=new_id("map"), title=BLANK_TITLES[lang], language=lang,
                           stages=stages, lanes=lanes))


def journey_from(template: Template, language: Language | str = Language.EN) -> Journey:
    """A new map from ``template``: its own map id, so two maps made from it differ."""
    path = template.file(language)
    if path is None:
        return blank_journey(language)
    journey = (load(path) if template.user else _builtin_map(path)).model_copy(deep=True)
    journey.map.id = new_id("map")
    return journey


@cache
def _builtin_map(path: Path) -> Journey:
    """A built-in template read once per process (copied for each new map)."""
    return load(path)


def new_journey(template: str = BLANK, language: Language | str = Language.EN) -> Journey:
    """A fresh map from the built-in template called ``template``, in ``language``."""
    return journey_from(find_template(template), language)


def translated_default(title: str, source: Language | str, target: Language | str) -> str | None:
    """``title``, a default title in ``source``, as ``target`` says it; None if it is not one."""
    src, dst = Language(source), Language(target)
    if title == BLANK_TITLES[src]:
        return BLANK_TITLES[dst]
    for kind in DEFAULT_LANES:
        if title == lane_title(kind, src):
            return lane_title(kind, dst)
    for n in range(1, 31):
        if title == BLANK_STAGE[src].format(n=n):
            return BLANK_STAGE[dst].format(n=n)
    return None

