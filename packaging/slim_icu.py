"""A smaller ICU data library for the build: Qt Core links ICU, whose data library
(``libicudata.so.NN``, 31 MB) holds every locale, codepage and dictionary. Journey Studio speaks
English and French and converts only UTF-8 (built into ICU), so the build ships a copy with
only what Qt asks ICU for: the Unicode properties and normalisation, and the root, English and
French data for collation, calendars and time-zone names (31 MB -> about 3 MB).

The data is ICU's "common data" package (a table of contents of named items); this module
reads it out of the shared library, keeps the wanted items, and links a new library with the
same soname and data symbol using the GNU assembler and linker (binutils). Only the standard
library here: the spec runs it inside PyInstaller.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

KEEP_LANGUAGES = ("en", "fr")
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
# Qt calls ICU for collation (ucol: coll/), time-zone names and calendars (ucal: zone/ and the
# locale files), case mapping and codecs; never for transliteration, break iteration, or the
# names of currencies, languages, regions and units, nor for spelled-out numbers.
_DROPPED_TREES = {"translit", "brkitr", "curr", "lang", "region", "unit", "rbnf"}
# Nor for the names of characters (u_charName), spoofing checks (uspoof), IDNA (uidna: Qt has
# its own) with the StringPrep profiles behind it, or measure units.
_DROPPED_FILES = {"unames.icu", "confusables.cfu", "confusablesWholeScript.cfu", "uts46.nrm", "units.res"}


def _data_symbol(library: bytes) -> tuple[str, bytes]:
    """The ``icudtNN_dat`` symbol's name and bytes, found through the ELF section headers."""
    if library[:4] != b"\x7fELF" or library[4] != 2:
        raise ValueError("not a 64-bit ELF library")
    (shoff,) = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)]
    for section in sections:
        if section[1] != 11:  # SHT_DYNSYM
            continue
        names = sections[section[6]]
        for index in range(section[5] // 24):
            name_at, _, _, shndx, value, size = struct.unpack_from("<IBBHQQ", library, section[4] + index * 24)
            start = names[4] + name_at
            name = library[start:library.index(b"\0", start)].decode()
            if name.startswith("icudt") and name.endswith("_dat") and size:
                home = sections[shndx]
                offset = home[4] + value - home[3]
                return name, library[offset:offset + size]
    raise ValueError("no ICU data symbol in this library")


def _items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its (name, bytes) items, in table order."""
    (header_size,) = struct.unpack_from("<H", package, 0)
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    (count,) = struct.unpack_from("<I", package, header_size)
    entries = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        start = header_size + name_at
        name = package[start:package.index(b"\0", start)].decode()
        end = header_size + entries[i + 1][1] if i + 1 < count else len(package)
        items.append((name, package[header_size + data_at:end]))
    return package[:header_size], items


def wanted(name: str, languages=KEEP_LANGUAGES) -> bool:
    """Whether the build keeps the data item ``name`` (e.g. ``icudt73l/coll/fr.res``)."""
    parts = name.split("/")[1:]
    tree, file = (parts[0], parts[-1]) if len(parts) > 1 else ("", parts[0])
    stem, _, kind = file.rpartition(".")
    if tree in _DROPPED_TREES or file in _DROPPED_FILES or kind in ("cnv", "dict", "spp"):
        return False  # codepages (UTF-8 needs none) and CJK/Thai word dictionaries
    if kind == "res" and _LOCALE.match(stem):
        return stem.split("_")[0] in languages
    return True


def _package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common data package of ``items`` (kept in their sorted order, 16-byte aligned)."""
    names = b"".join(name.encode() + b"\0" for name, _ in items)
    table = 4 + 8 * len(items)
    names_end = table + len(names)
    first_data = (names_end + 15) // 16 * 16
    entries, blobs, at, name_at = [], [], first_data, table
    for name, data in items:
        entries.append(struct.pack("<II", name_at, at))
        name_at += len(name.encode()) + 1
        padded = data + b"\0" * (-len(data) % 16)
        blobs.append(padded)
        at += len(padded)
    return (header + struct.pack("<I", len(items)) + b"".join(entries) + names
            + b"\0" * (first_data - names_end) + b"".join(blobs))


def slim_library(original: Path, folder: Path) -> Path:
    """Write a slim copy of the ICU data library ``original`` into ``folder``; return its path.
    Raises OSError or ValueError (the caller keeps the original) when it cannot."""
    if not shutil.which("as") or not shutil.which("ld"):
        raise OSError("the GNU assembler and linker (binutils) are not installed")
    symbol, package = _data_symbol(original.read_bytes())
    header, items = _items(package)
    kept = [(name, data) for name, data in items if wanted(name)]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "icudata.dat").write_bytes(_package(header, kept))
    (folder / "icudata.s").write_text(
        f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n'
        f'{symbol}:\n.incbin "icudata.dat"\n.size {symbol}, .-{symbol}\n'
        '.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    subprocess.run(["as", "--64", "-o", "icudata.o", "icudata.s"], cwd=folder, check=True)
    target = folder / original.name
    subprocess.run(["ld", "-shared", "-soname", original.name, "-o", str(target), "icudata.o"],
                   cwd=folder, check=True)
    return target
