"""Where the bundled resources and icons are: source tree, installed package or PyInstaller."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _root(name: str) -> Path:
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / name)
    candidates += [_PACKAGE.parent / name, _PACKAGE / f"_{name}"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Journey Studio's '{name}' folder is missing from this installation")


def resource(*parts: str) -> Path:
    """A file under ``resources/`` (fonts, translations...)."""
    return _root("resources").joinpath(*parts)


def icon(*parts: str) -> Path:
    """A file under ``icons/``."""
    return _root("icons").joinpath(*parts)
