"""Forget what was measured with the fonts: the fallback fonts found so far, the text widths
and the line breaks made with them (after changing ``fonts.FALLBACK_ENV``; for tests).

It lives apart from ``fonts`` and ``text`` because it clears the caches of both, and
``text`` builds on ``fonts``.
"""

from __future__ import annotations

from . import fonts, text


def reset_fallbacks() -> None:
    for cached in (fonts._candidates, fonts._fallback_fonts, fonts.fallback_for, fonts.text_runs,
                   fonts.text_width, text.wrap):
        cached.cache_clear()
