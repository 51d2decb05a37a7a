"""Regenerate the export pictures in docs/images/ from the examples.

    QT_QPA_PLATFORM=offscreen python tools/make_doc_images.py

Needs ``pdftoppm`` (poppler-utils) to turn the PDF's first page into a picture.
Each picture is kept under 400 KB.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from journey_studio.export.pdf_export import PdfOptions, export_pdf  # noqa: E402
from journey_studio.export.png_export import PngOptions, export_png  # noqa: E402
from journey_studio.fileformat import load  # noqa: E402

OUT = ROOT / "docs" / "images"
MAX_BYTES = 400 * 1024


def _pdf_page(pdf: Path, page: int, target: Path, dpi: int) -> None:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing (install poppler-utils); skipped", target.name)
        return
    stem = target.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile",
                    str(pdf), str(stem)], check=True)
    _shrink(target)


def _shrink(target: Path) -> None:
    image = Image.open(target).convert("RGB")
    while True:
        image.save(target, optimize=True)
        if target.stat().st_size <= MAX_BYTES:
            return
        image = image.resize((int(image.width * 0.85), int(image.height * 0.85)), Image.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    examples = sorted((ROOT / "examples").glob("*.journey"))
    preferred = [p for p in examples if p.stem == "banque-entrepreneuse"] or examples
    journey = load(preferred[0])
    name = preferred[0].stem
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one-page.pdf"
        export_pdf(journey, str(one), PdfOptions(page="A3"))
        _pdf_page(one, 1, OUT / f"export-pdf-{name}.png", 60)
        poster = Path(tmp) / "poster.pdf"
        export_pdf(journey, str(poster), PdfOptions(page="A4", poster=True))
        _pdf_page(poster, 1, OUT / f"export-poster-page-{name}.png", 40)
        png = Path(tmp) / "map.png"
        export_png(journey, str(png), PngOptions(dpi=300, embed=False))
        with Image.open(png) as image:
            crop = image.crop((0, 0, min(image.width, 1800), min(image.height, 1300)))
            target = OUT / f"export-png-300dpi-crop-{name}.png"
            crop.convert("RGB").save(target, optimize=True)
            _shrink(target)
    for picture in sorted(OUT.glob("export-*.png")):
        print(picture.relative_to(ROOT), f"{picture.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
