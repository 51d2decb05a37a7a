"""packaging/elf_needed.py, which the spec uses to put Pillow on the system's libxcb, on the
Pillow module of this venv (a manylinux wheel links its own libxcb-<hash>.so)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import elf_needed  # noqa: E402

PILLOW_XCB = re.compile(r"libxcb-[0-9a-f]+\.so[.\d]*")


@pytest.fixture
def imaging() -> Path:
    origin = importlib.util.find_spec("PIL._imaging").origin
    data = Path(origin).read_bytes()
    if not sys.platform.startswith("linux") or data[:4] != b"\x7fELF":
        pytest.skip("Linux ELF only")
    if not any(PILLOW_XCB.fullmatch(name) for name in elf_needed.needed(data)):
        pytest.skip("this Pillow does not carry its own libxcb")
    return Path(origin)


def test_the_copy_needs_the_system_library_in_place_of_pillows_own_and_loads(imaging, tmp_path):
    before = elf_needed.needed(imaging.read_bytes())
    copy = elf_needed.rename_needed(imaging, PILLOW_XCB, "libxcb.so.1", tmp_path / "PIL")
    after = elf_needed.needed(copy.read_bytes())
    assert after == ["libxcb.so.1" if PILLOW_XCB.fullmatch(name) else name for name in before]
    assert copy.stat().st_size == imaging.stat().st_size
    assert imaging.read_bytes() != copy.read_bytes()  # the original is untouched
    # the dynamic loader takes the copy (its RPATH $ORIGIN/../pillow.libs finds the others)
    (tmp_path / "pillow.libs").symlink_to(imaging.parent.parent / "pillow.libs")
    loaded = subprocess.run([sys.executable, "-c", f"import ctypes; ctypes.CDLL({str(copy)!r})"],
                            capture_output=True, text=True)
    assert loaded.returncode == 0, loaded.stderr


def test_a_longer_name_or_no_match_is_refused(imaging):
    data = imaging.read_bytes()
    with pytest.raises(ValueError, match="longer"):
        elf_needed.with_needed_renamed(data, PILLOW_XCB, "libxcb-with-a-much-longer-name-than-before.so.1")
    with pytest.raises(ValueError, match="0 needed libraries"):
        elf_needed.with_needed_renamed(data, re.compile(r"libnothing\.so"), "libx.so")
    with pytest.raises(ValueError, match="ELF"):
        elf_needed.with_needed_renamed(b"#!/bin/sh\n", PILLOW_XCB, "libxcb.so.1")
