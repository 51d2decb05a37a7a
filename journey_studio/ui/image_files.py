"""An image file the user picked, checked and shrunk as a map image (the persona photo, a card's
image) and handed to whatever stores it; a refusal comes back as the reason to show."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ..fileformat import JourneyFileError
from ..fileformat.images import prepare_photo
from .localized import localized

PHOTO_FILE_MAX = 50 * 1024 * 1024


def image_from_file(path: str, too_large: str):
    """An image file checked and shrunk as a map image: an Asset, or JourneyFileError /
    OSError / ValueError saying why not. ``too_large`` is the caller's translated "the file is
    larger than {size} MB"."""
    if os.path.getsize(path) > PHOTO_FILE_MAX:
        raise JourneyFileError(too_large.format(size=PHOTO_FILE_MAX // 1024 // 1024))
    return prepare_photo(Path(path).read_bytes())


def store_image_file(path: str, store: Callable, too_large: str) -> str | None:
    """Check ``path`` as a map image and give the asset to ``store``; None when stored, else the
    reason (in the interface language) it was refused. Nothing is stored on a refusal."""
    try:
        store(image_from_file(path, too_large))
    except JourneyFileError as exc:
        return localized(exc.reason)
    except (OSError, ValueError) as exc:
        return localized(getattr(exc, "strerror", None) or str(exc))
    return None
