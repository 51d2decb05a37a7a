"""Read and write the ``.journey`` format: canonical UTF-8 JSON, one self-contained file."""

from __future__ import annotations

import json
import os
from typing import Any

from pydantic import ValidationError

from .. import APP_NAME, __version__
from ..gc_pause import collector_paused
from ..model import FORMAT_NAME, FORMAT_VERSION, Generator, Journey
from . import safe_json
from .atomic import write_atomic
from .errors import JourneyFileError
from .file_bytes import read_bytes
from .images import check_image
from .migrations import migrate

SUFFIX = ".journey"
#: Far above real maps (the benchmarks' huge map with a photo is 5 MB; a map with the largest
#: photo allowed, 25 MB, stays under 50 MB), low enough that reading never costs gigabytes.
MAX_FILE_BYTES = 64 * 1024 * 1024


def dumps(journey: Journey) -> bytes:
    """The canonical text of a journey: fixed key order, 2-space indent, final newline."""
    data = journey.model_dump(mode="json", by_alias=True)
    data["generator"] = Generator(name=APP_NAME, version=__version__).model_dump(mode="json")
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def dump_to(journey: Journey, path: str | os.PathLike[str], *, record: bool = True) -> None:
    """Save atomically: the file on disk is the old version or the new one, never half.

    With ``record`` (every save of a map), the map is first added to ``journey.versions``
    when it differs from the last recorded version (see :mod:`journey_studio.compare.history`).
    """
    if not record:
        write_atomic(path, dumps(journey))
        return
    from ..compare.history import versions_with_this_one  # saving only: not on the read or export path

    versions = versions_with_this_one(journey)
    write_atomic(path, dumps(journey.model_copy(update={"versions": versions})))
    journey.versions = versions  # only once written: a failed save leaves the map as it was


def loads(raw: bytes, *, file: str | None = None) -> Journey:
    """Parse the bytes of a ``.journey`` file; any problem is a :class:`JourneyFileError`."""
    try:
        with collector_paused():  # the parsed JSON and the models all stay alive: no cycles to find
            return _loads(raw)
    except JourneyFileError as exc:
        raise exc.with_file(file) if file else exc from None


def load(path: str | os.PathLike[str]) -> Journey:
    """Read a ``.journey`` file from disk, refusing oversized files before reading them."""
    return loads(read_bytes(path, MAX_FILE_BYTES), file=str(path))


def _loads(raw: bytes) -> Journey:
    if not raw.strip():
        raise JourneyFileError("the file is empty")
    if len(raw) > MAX_FILE_BYTES:
        raise JourneyFileError(f"the file is larger than {MAX_FILE_BYTES // 1024 // 1024} MB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JourneyFileError(f"not a Journey Studio file (not UTF-8 text, byte {exc.start})") from None
    data = safe_json.parse(text)
    data = _check_envelope(data)
    data = migrate(data, FORMAT_VERSION)
    try:
        journey = Journey.model_validate(data)
    except ValidationError as exc:
        raise JourneyFileError(_describe(exc.errors()[0]), where=_location(exc.errors()[0])) from None
    _check_images(journey)
    return journey


def _check_images(journey: Journey) -> None:
    """Decode every image once now: no bomb, disguised or truncated image gets further."""
    for asset_id, asset in journey.assets.items():
        try:
            check_image(asset.raw_bytes(), asset.mime_type)
        except JourneyFileError as exc:
            raise JourneyFileError(exc.reason, where=f"assets.{asset_id}") from None


def _check_envelope(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise JourneyFileError("not a Journey Studio file (the JSON is not an object)")
    if data.get("format") != FORMAT_NAME:
        found = data.get("format")
        detail = f"format is {json.dumps(found)[:60]}" if found is not None else "no \"format\" field"
        raise JourneyFileError(f"not a Journey Studio file ({detail}; expected \"{FORMAT_NAME}\")")
    if "formatVersion" not in data:
        raise JourneyFileError("no formatVersion", where="formatVersion")
    return data


def _location(error: dict[str, Any]) -> str:
    """``('map', 'cards', 3, 'lane')`` -> ``map.cards[3].lane``; plus any path in the message."""
    path = ""
    for part in error.get("loc", ()):
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    message = str(error.get("msg", ""))
    inner = message.removeprefix("Value error, ")
    if ": " in inner and error.get("type") == "value_error":
        head = inner.split(": ", 1)[0]
        if " " not in head:  # a path such as cards[3].lane, written by the model's own checks
            path = head if head.startswith("map.") else (f"{path}.{head}" if path else head)
    return path or "file"


def _describe(error: dict[str, Any]) -> str:
    message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
    if error.get("type") == "value_error" and ": " in message:
        head, rest = message.split(": ", 1)
        if " " not in head:
            message = rest
    value = error.get("input")
    if error.get("type") in {"missing"}:
        return "this field is required"
    if isinstance(value, (str, int, float)) and not isinstance(value, bool) and error.get("type") != "value_error":
        shown = json.dumps(value, ensure_ascii=False)
        if len(shown) > 40:
            shown = shown[:37] + "..."
        return f"{message} (found {shown})"
    return message
