"""Refresh the interface translations: lupdate, fill the French texts, lrelease.

    python tools/update_translations.py [--retranslate]

1. ``pyside6-lupdate`` reads every ``self.tr(...)`` / ``translate("Context", ...)`` of the
   package's Python files into ``resources/i18n/journey_studio_fr.ts``; translations already in
   the ``.ts`` are kept, messages no longer in the code are dropped.
2. Each message still without a translation gets the one in ``tools/translations_fr.py``
   (by context and source text, else by source text); what is left is listed and the
   script exits with 1, so a missing translation is never shipped silently.
   ``--retranslate``: the table's text replaces a translation already there (after a
   wording change in ``translations_fr.py``).
   Plural messages (``self.tr("%n card(s)", "", n)``, marked ``numerus="yes"``) take a tuple
   (singular, plural) from the table. English has a catalogue too, holding only these plural
   forms (``tools/translations_en.py``): the source "%n card(s)" reads "1 card", "3 cards".
3. ``pyside6-lrelease`` compiles the ``.ts`` into ``journey_studio_fr.qm``, the file the
   application loads (both are committed).

The tools are the ones next to the Python running this script (a virtual environment's
``bin``), else the first on ``PATH``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journey_studio"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "en")


def tool(name: str) -> str:
    """The path of a Qt tool: beside the Python executable, else on PATH."""
    for candidate in (Path(sys.executable).parent / name, Path(sys.executable).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found next to {sys.executable} nor on PATH (pip install PySide6)")
    return found


def ts_path(language: str) -> Path:
    return I18N / f"journey_studio_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"journey_studio_{language}.qm"


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(language: str) -> None:
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    subprocess.run([tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
                    "-target-language", f"{language}_FR" if language == "fr" else language,
                    "-ts", str(ts_path(language).relative_to(ROOT))],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   stdout=subprocess.DEVNULL)


def messages(tree: ET.ElementTree):
    """(context name, message element) for every message of a .ts."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def fill(ts: Path, table: dict, retranslate: bool = False, plurals_only: bool = False) -> list[tuple[str, str]]:
    """Fill the unfinished messages of ``ts`` from ``table`` (all of them with ``retranslate``);
    returns those still missing. ``plurals_only``: only plural messages are wanted (English)."""
    tree = ET.parse(ts)
    missing = []
    for context, message in messages(tree):
        source = message.findtext("source", "")
        if message.get("numerus") == "yes":
            for comment in message.findall("extracomment"):
                message.remove(comment)
            forms = table.get((context, source), table.get(source))
            translation = message.find("translation")
            done = translation is not None and translation.get("type") != "unfinished" and all(
                (f.text or "").strip() for f in translation.findall("numerusform"))
            if done and not (retranslate and forms):
                continue
            if not isinstance(forms, tuple):
                missing.append((context, source))
                continue
            if translation is not None:
                message.remove(translation)
            translation = ET.SubElement(message, "translation")
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            continue
        if plurals_only:  # English holds its plural forms and nothing else
            message.set("drop", "yes")
            continue
        for comment in message.findall("extracomment"):  # our "#:" doc comments, not notes to translators
            message.remove(comment)
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        text = table.get((context, source), table.get(source))
        done = translation.get("type") != "unfinished" and (translation.text or "").strip()
        if done and not (retranslate and text):
            continue  # already translated (by this table or in Qt Linguist): kept
        if text:
            translation.text = text
            translation.attrib.pop("type", None)
        else:
            missing.append((context, source))
    for context in list(tree.getroot().iter("context")):
        for message in [m for m in context.findall("message") if m.get("drop")]:
            context.remove(message)
        if not context.findall("message"):
            tree.getroot().remove(context)
    ET.indent(tree, "    ")
    with open(ts, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return missing


def main(argv: list[str]) -> int:
    retranslate = "--retranslate" in argv
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from translations_en import ENGLISH
    from translations_fr import FRENCH

    tables = {"fr": FRENCH, "en": ENGLISH}
    status = 0
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        run_lupdate(language)
        missing = fill(ts_path(language), tables[language], retranslate, plurals_only=language == "en")
        for context, source in missing:
            print(f"{language}: no translation for {context}: {source!r}")
            status = 1
        run_lrelease(ts_path(language), qm_path(language))
        print(f"{ts_path(language).relative_to(ROOT)} -> {qm_path(language).relative_to(ROOT)}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
