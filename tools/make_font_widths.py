"""Write ``resources/fonts/widths.json``: the advance widths of the bundled fonts.

    python tools/make_font_widths.py [--check]

The layout measures every line of text; parsing four TrueType files with reportlab at each
start cost more than the rest of a command-line export. This table holds, for each bundled
font, every character it maps and its advance width in font units (exactly the numbers
reportlab's ``TTFont`` computes from them, so line breaks and the PDF agree), plus the width of a
character the font lacks. ``--check`` exits 1 when the committed table differs from the fonts
(``tests/render/test_font_widths.py`` checks the same).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journey_studio.render.font_widths import TABLE_PATH  # noqa: E402
from journey_studio.render.fonts import FONT_FILES, font_path  # noqa: E402


def ranges(widths: dict[int, float], units_per_em: int) -> list[list]:
    """``{code: width}`` as ``[[first code, [advance, advance, ...]], ...]`` over runs of codes,
    advances in font units (integers: exact, and quick to read)."""
    out: list[list] = []
    for code in sorted(widths):
        width = _units(widths[code], units_per_em)
        if out and out[-1][0] + len(out[-1][1]) == code:
            out[-1][1].append(width)
        else:
            out.append([code, [width]])
    return out


def _units(width: float, units_per_em: int) -> int:
    units = round(width * units_per_em / 1000)
    if units * (1000 / units_per_em) != width:
        raise SystemExit(f"a width of {width} is not a whole number of font units")
    return units


def build() -> dict:
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = {}
    for style, file_name in FONT_FILES.items():
        path = font_path(style)
        face = TTFont(f"Widths-{style}", path).face
        if set(face.charWidths) != set(face.charToGlyph):
            extra = set(face.charWidths) ^ set(face.charToGlyph)
            raise SystemExit(f"{file_name}: widths and character map differ on {len(extra)} characters")
        fonts[str(style)] = {
            "file": file_name,
            "sha256": hashlib.sha256(Path(path).read_bytes()).hexdigest(),
            "units_per_em": face.unitsPerEm,
            "default": _units(face.defaultWidth, face.unitsPerEm),
            "ranges": ranges(face.charWidths, face.unitsPerEm),
        }
    return {"about": "advance widths in font units per character; made by tools/make_font_widths.py",
            "fonts": fonts}


def text(table: dict) -> str:
    return json.dumps(table, separators=(",", ":"), sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    wanted = text(build())
    if "--check" in argv:
        same = TABLE_PATH.exists() and TABLE_PATH.read_text(encoding="utf-8") == wanted
        print(f"{TABLE_PATH.relative_to(ROOT)}: {'up to date' if same else 'OUT OF DATE'}")
        return 0 if same else 1
    TABLE_PATH.write_text(wanted, encoding="utf-8")
    print(f"wrote {TABLE_PATH.relative_to(ROOT)} ({len(wanted) // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
