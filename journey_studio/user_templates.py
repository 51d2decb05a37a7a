"""A user's own templates ("My templates"): maps kept as ``.journey`` files in the data folder.

File › Save as Template… writes the current map here (with or without the persona's photo);
the gallery lists them after the built-in ones, and can rename and delete them. A user's
template keeps the language it was written in. No Qt here besides finding the data folder.
"""

from __future__ import annotations

import re
from pathlib import Path

from .fileformat import JourneyFileError, dump_to, load
from .model import Journey
from .storage.app_dirs import data_dir
from .templates import USER_PREFIX as PREFIX
from .templates import Template, find_template


def folder() -> Path:
    path = data_dir() / "templates"
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_templates() -> list[Template]:
    """The user's templates, by title; a file that cannot be read is left out."""
    found = []
    for path in sorted(folder().glob("*.journey")):
        try:
            journey = load(path)
        except (JourneyFileError, OSError):
            continue
        title = journey.map.title or path.stem
        found.append(Template(PREFIX + path.stem, {str(journey.map.language): title}, path))
    return sorted(found, key=lambda t: next(iter(t.titles.values())).casefold())


def find_any_template(name: str) -> Template:
    """A user's template ("my:NAME") or a built-in one; ValueError when there is none."""
    if name.startswith(PREFIX):
        for template in user_templates():
            if template.name == name:
                return template
        raise ValueError(f"unknown template '{name}' (it is no longer in {folder()})")
    return find_template(name)


def _file_name(title: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip().replace(" ", "-")[:60] or "template"
    path, n = folder() / f"{stem}.journey", 2
    while path.exists():
        path, n = folder() / f"{stem}-{n}.journey", n + 1
    return path.name


def save_template(journey: Journey, title: str, keep_photo: bool = True) -> Template:
    """Keep ``journey`` as a template called ``title``."""
    personas, assets = list(journey.map.personas), dict(journey.assets)
    if not keep_photo:
        for i, persona in enumerate(personas):
            if persona.photo:
                assets.pop(persona.photo, None)
                personas[i] = persona.model_copy(update={"photo": None})
    kept = journey.model_copy(update={
        "map": journey.map.model_copy(update={"title": title, "personas": personas}), "assets": assets})
    path = folder() / _file_name(title)
    dump_to(Journey.model_validate(kept.model_dump(mode="json", by_alias=True)), path)
    return Template(PREFIX + path.stem, {str(journey.map.language): title}, path)


def rename_template(template: Template, title: str) -> None:
    journey = load(template.path)
    dump_to(journey.model_copy(update={"map": journey.map.model_copy(update={"title": title})}),
            template.path)


def delete_template(template: Template) -> None:
    if template.path is not None and template.path.parent == folder():
        template.path.unlink(missing_ok=True)
