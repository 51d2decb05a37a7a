"""Point a library's dependency at the system's copy: rewrite one DT_NEEDED name of an ELF file.

Pillow's wheel links its ``_imaging`` module to a private ``libxcb-<hash>.so`` (for
``ImageGrab``, which Journey Studio never calls), and that one to a private ``libXau``
that the wheel's tooling padded to 2 MB. The system's ``libxcb.so.1`` serves instead: Qt's
X11 library already needs it, so every system that runs the app has it. The new name must
not be longer than the old one; it is written over the old one in the dynamic string table
(the rest filled with zero bytes), so nothing else in the file moves.

Only the standard library here: the spec runs it inside PyInstaller.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

_SHT_DYNSYM, _SHT_DYNAMIC = 11, 6
_DT_NEEDED, _DT_SONAME, _DT_RPATH, _DT_RUNPATH = 1, 14, 15, 29


def _sections(elf: bytes) -> list[tuple]:
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    # (name, type, flags, addr, offset, size, link, info, addralign, entsize)
    return [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]


def _string(elf: bytes, start: int) -> str:
    return elf[start:elf.index(b"\0", start)].decode()


def needed(elf: bytes) -> list[str]:
    """The DT_NEEDED names of an ELF file, in order."""
    return [name for tag, name, _ in _dynamic_strings(elf) if tag == _DT_NEEDED]


def _dynamic_strings(elf: bytes) -> list[tuple[int, str, int]]:
    """(tag, string, file offset of the string) of the dynamic entries that name a string."""
    sections = _sections(elf)
    result = []
    for section in sections:
        if section[1] != _SHT_DYNAMIC:
            continue
        strings = sections[section[6]][4]
        for at in range(section[4], section[4] + section[5], 16):
            tag, value = struct.unpack_from("<qQ", elf, at)
            if tag == 0:
                break
            if tag in (_DT_NEEDED, _DT_SONAME, _DT_RPATH, _DT_RUNPATH):
                result.append((tag, _string(elf, strings + value), strings + value))
    return result


def _symbol_name_offsets(elf: bytes) -> set[int]:
    sections = _sections(elf)
    offsets = set()
    for section in sections:
        if section[1] == _SHT_DYNSYM:
            strings = sections[section[6]][4]
            for at in range(section[4], section[4] + section[5], 24):
                offsets.add(strings + struct.unpack_from("<I", elf, at)[0])
    return offsets


def with_needed_renamed(elf: bytes, old: re.Pattern[str], new: str) -> bytes:
    """``elf`` with its one DT_NEEDED name matching ``old`` (in full) replaced by ``new``.
    Raises ValueError when no name or several match, when ``new`` is longer, or when another
    name shares the old name's bytes (a linker may merge a string with the tail of another)."""
    matches = [(name, at) for tag, name, at in _dynamic_strings(elf) if tag == _DT_NEEDED and old.fullmatch(name)]
    if len(matches) != 1:
        raise ValueError(f"{len(matches)} needed libraries match {old.pattern}")
    name, start = matches[0]
    if len(new.encode()) > len(name.encode()):
        raise ValueError(f"{new} is longer than {name}")
    end = start + len(name.encode())
    others = {at for _, _, at in _dynamic_strings(elf) if at != start} | _symbol_name_offsets(elf)
    if any(start <= at <= end for at in others):
        raise ValueError(f"{name} shares its bytes with another name")
    patched = bytearray(elf)
    patched[start:end] = new.encode().ljust(end - start, b"\0")
    return bytes(patched)


def rename_needed(source: Path, old: re.Pattern[str], new: str, folder: Path) -> Path:
    """Write a copy of ``source`` into ``folder`` that needs ``new`` instead of the library
    matching ``old``; return its path. Raises OSError or ValueError (the caller keeps the
    original) when it cannot."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    target.write_bytes(with_needed_renamed(source.read_bytes(), old, new))
    target.chmod(source.stat().st_mode)
    return target
