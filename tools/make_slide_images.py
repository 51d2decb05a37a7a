"""Regenerate the PowerPoint pictures in docs/images/: the overview and a stage slide of the bank
example, as LibreOffice Impress draws the exported deck.

    python tools/make_slide_images.py

Needs LibreOffice (``soffice``) and ``pdftoppm`` (poppler-utils).
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journey_studio.export.pptx_export import PptxOptions, export_pptx  # noqa: E402
from journey_studio.export.pptx_pages import deck_plan  # noqa: E402
from journey_studio.fileformat import load  # noqa: E402

OUT = ROOT / "docs" / "images"
EXAMPLE = ROOT / "examples" / "banque-entrepreneuse.journey"
STAGE = "Projet de prêt"  # a moment of truth, with two steps


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        print("needs LibreOffice (soffice) and pdftoppm", file=sys.stderr)
        return 1
    journey = load(EXAMPLE)
    options = PptxOptions(author="Atelier du 14 mars", date=datetime.date(2026, 3, 14))
    plan = deck_plan(journey, options.slides, options.size)
    pages = {"overview": 1 + next(i for i, p in enumerate(plan) if p.kind == "overview"),
             "stage": 1 + next(i for i, p in enumerate(plan) if p.kind == "stage" and p.title == STAGE)}
    with tempfile.TemporaryDirectory() as tmp:
        deck = Path(tmp) / "deck.pptx"
        export_pptx(journey, str(deck), options)
        subprocess.run([soffice, f"-env:UserInstallation={(Path(tmp) / 'profile').as_uri()}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(deck)], check=True, capture_output=True)
        for name, page in pages.items():
            target = OUT / f"pptx-{name}-banque-entrepreneuse"
            subprocess.run(["pdftoppm", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                            "-scale-to-x", "1280", "-scale-to-y", "-1", str(Path(tmp) / "deck.pdf"),
                            str(target)], check=True)
            print(f"{target}.png: slide {page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
