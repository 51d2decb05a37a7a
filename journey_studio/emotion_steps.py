"""Emotion scores on a map's scale: snapping to whole steps, stepping, and saying them in words.

Plain functions, no Qt: the canvas (dragging a point, Up/Down), the point editor and the
tooltips all use these, so a score means and reads the same everywhere.
"""

from __future__ import annotations

import math

from .human_numbers import number
from .model import EmotionScale

MINUS = "\u2212"  # the typographic minus, wider and clearer than a hyphen
#: the free value (Alt held while dragging) keeps one decimal
FREE_DECIMALS = 1


def whole_steps(scale: EmotionScale, unit: float = 1.0) -> list[float]:
    """The whole numbers of the scale, lowest first (-2, -1, 0, 1, 2 for -2..+2); with
    ``unit=0.5`` the half steps too (-2, -1.5, ..., 2)."""
    first, last = math.ceil(scale.min / unit), math.floor(scale.max / unit)
    return [n * unit if unit != 1.0 else n for n in range(first, last + 1)]


def clamp(score: float, scale: EmotionScale) -> float:
    return min(max(score, scale.min), scale.max)


def snap(score: float, scale: EmotionScale, free: bool = False, half: bool = False) -> float:
    """The score a drag lands on: the nearest whole step, the nearest half step (``half``:
    Shift held), or (``free``: Alt held) a tenth, inside the scale."""
    steps = whole_steps(scale, 0.5 if half else 1.0)
    if free or not steps:
        return clamp(round(score, FREE_DECIMALS), scale)
    return float(min(steps, key=lambda s: (abs(s - score), -s)))


def step_score(score: float, scale: EmotionScale, delta: int, half: bool = False) -> float:
    """One whole step (``half``: half a step) up (``delta`` > 0) or down from ``score``, clamped
    to the scale.

    A free value between two steps goes to the next step in that direction (0.4 up is 1, down is 0).
    """
    unit = 0.5 if half else 1.0
    steps = whole_steps(scale, unit)
    if not steps:
        return clamp(score + delta * unit, scale)
    if delta > 0:
        above = [s for s in steps if s > score + 1e-9]
        target = above[min(delta, len(above)) - 1] if above else steps[-1]
    else:
        below = [s for s in steps if s < score - 1e-9]
        target = below[-min(-delta, len(below))] if below else steps[0]
    return float(target) if delta else score


def format_score(score: float, scale: EmotionScale, language: str = "en") -> str:
    """``+1``, ``0``, ``−1.5`` on a scale with negatives; ``3`` on a 1..5 scale; French
    « −1,5 » (``language``: the map's on the map, the interface's in a tooltip)."""
    text = number(round(score, 2), language).replace("-", MINUS)
    if scale.min < 0 and score > 0:
        text = "+" + text
    return text


def format_scale(scale: EmotionScale, language: str = "en") -> str:
    """``−2…+2``, ``1…5``, ``0…10``."""
    return f"{format_score(scale.min, scale, language)}\u2026{format_score(scale.max, scale, language)}"


def describe_point(score: float, label: str, scale: EmotionScale, on: str = "{score} on {scale}",
                   language: str = "en") -> str:
    """The tooltip of a point: ``+1 on −2…+2 · relief`` (``on``: the words, translated by the caller)."""
    text = on.format(score=format_score(score, scale, language), scale=format_scale(scale, language))
    return f"{text} \u00b7 {label}" if label else text
