"""Write the built-in templates in ``resources/templates/`` from ``tools/template_sources``.

    python tools/make_templates.py

Each template becomes ``NAME.en.journey`` and ``NAME.fr.journey`` (canonical, so running this
again gives byte-identical files; a test checks it), plus ``index.json``: the gallery order
and each template's titles, read by ``journey-studio templates`` without opening the maps.
The "blank" template is made in code (:mod:`journey_studio.templates`) and is not written here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from example_maps.avatar import avatar_png  # noqa: E402
from example_maps.builder import MapBuilder  # noqa: E402
from journey_studio.fileformat import dump_to  # noqa: E402
from journey_studio.model import Channel, Journey, LaneKind, Language  # noqa: E402
from journey_studio.vocabulary import lane_title  # noqa: E402
from template_sources import sources  # noqa: E402

FOLDER = ROOT / "resources" / "templates"


def build(module, language: str) -> Journey:
    texts = module.TEXTS[language]
    lang = Language(language)
    m = MapBuilder(f"template-{module.NAME}", texts["title"], lang, texts.get("description", ""))
    persona = dict(texts["persona"])
    m.set_persona(photo_png=avatar_png(module.LOOK), **persona)
    steps: list[list[str]] = []
    for s, (name, step_names) in enumerate(texts["stages"], start=1):
        moment = name.endswith("*")
        name = name.rstrip("*").strip()
        keys = [(f"s{s}-{t}", step) for t, step in enumerate(step_names or [""], start=1)]
        m.stage(f"s{s}", name, keys, moment_of_truth=moment)
        steps.append([k for k, _ in keys])
    titles = texts.get("lanes", {})
    for kind_name in module.LANES:
        kind = LaneKind(kind_name)
        m.lane(kind.value, kind, titles.get(kind_name, lane_title(kind, lang)))
    for stage_steps in steps:
        for step in stage_steps:
            m.feeling(step, 0, "")  # a neutral curve: the team moves the points in the workshop
    for n, (where, lane, text, *rest) in enumerate(texts["cards"], start=1):
        stage_no, _, step_no = where.partition(".")
        step = steps[int(stage_no) - 1][int(step_no or 1) - 1]
        fields = {"channel": Channel(rest[0])} if rest else {}
        m.card(f"example-{n}", step, LaneKind(lane).value, text, example=True, **fields)
    return m.journey()


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    index = []
    for module in sources():
        entry = {"name": module.NAME, "title": {}}
        for language in ("en", "fr"):
            journey = build(module, language)
            dump_to(journey, FOLDER / f"{module.NAME}.{language}.journey", record=False)  # reproducible
            entry["title"][language] = journey.map.title
        index.append(entry)
        print(f"resources/templates/{module.NAME}: {entry['title']['en']} / {entry['title']['fr']}")
    text = json.dumps({"templates": index}, indent=2, ensure_ascii=False) + "\n"
    (FOLDER / "index.json").write_bytes(text.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
