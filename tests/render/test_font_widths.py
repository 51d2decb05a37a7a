"""The precomputed width table is the bundled fonts' own metrics, and the layout uses it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from journey_studio.render import fonts
from journey_studio.render.font_widths import font_widths
from journey_studio.render.fonts import FontStyle, font_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("style", list(FontStyle))
def test_the_table_holds_every_character_and_width_of_the_font(style):
    face = TTFont(f"Check-{style}", font_path(style)).face
    table = font_widths(str(style))
    assert table.widths == face.charWidths
    assert table.default == face.defaultWidth


@pytest.mark.parametrize("text", ["Customer opens the app", "Élodie paie 20 € — « devis »", "ΑΒΓ ЖЩ", "x\u0378y"])
def test_widths_from_the_table_equal_reportlabs_measure(text):
    from reportlab.pdfbase import pdfmetrics

    fonts.register_fonts()
    for style in FontStyle:
        # reportlab's C accelerator (rl_accel) sums in another order: equal to the last bits
        assert fonts.font_widths(str(style)).string_width(text, 13) == \
            pytest.approx(pdfmetrics.stringWidth(text, fonts.PDF_NAMES[style], 13), rel=1e-12)


def test_the_committed_table_is_what_the_tool_writes_from_the_fonts():
    result = subprocess.run([sys.executable, "tools/make_font_widths.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
