"""What the platform builds say about the app: version, identifiers, the Windows version
resource and the macOS Info.plist. Used by journey_studio.spec and tools/make_deb.py, and
read by the tests on Linux (the Windows and macOS builds are checked as files there).

Only the standard library: the spec runs it inside PyInstaller.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.journeystudio.JourneyStudio"  # reverse DNS: desktop file, AppStream, macOS bundle
MIME_TYPE = "application/vnd.journey-studio+json"
UTI = "org.journeystudio.journey"  # the macOS Uniform Type Identifier of .journey files
SUFFIX = "journey"
COMPANY = "Journey Studio"
DESCRIPTION = "Journey Studio: a desktop editor for customer journey maps"


def version() -> str:
    """``__version__`` of the package, read from its source (no import: no Qt needed)."""
    text = (ROOT / "journey_studio" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def version_tuple() -> tuple[int, int, int, int]:
    """The four numbers Windows wants (``0.1.0`` -> ``(0, 1, 0, 0)``; a ``.dev1`` tail is dropped)."""
    numbers = [int(n) for n in re.findall(r"\d+", version().split("+")[0].split(".dev")[0])[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))


def windows_version_text() -> str:
    """The version resource of the .exe files, in PyInstaller's version-file syntax."""
    numbers = version_tuple()
    dotted = ".".join(map(str, numbers))
    strings = {
        "CompanyName": COMPANY, "FileDescription": DESCRIPTION, "FileVersion": dotted,
        "InternalName": "journey-studio", "LegalCopyright": "MIT licence",
        "OriginalFilename": "journey-studio.exe", "ProductName": "Journey Studio",
        "ProductVersion": version(),
    }
    entries = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Windows version resource, written by packaging/build_info.py from __version__
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{entries}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def write_windows_version_file(folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "windows_version_info.txt"
    path.write_text(windows_version_text(), encoding="utf-8")
    return str(path)


def macos_info_plist() -> dict:
    """Info.plist keys of ``Journey Studio.app``: version, the .journey document type (the
    app is its owner and editor) and the exported UTI that declares what a .journey file is."""
    return {
        "CFBundleName": "Journey Studio",
        "CFBundleDisplayName": "Journey Studio",
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "CFBundleIconFile": "journey-studio.icns",
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": "11.0",
        "NSHumanReadableCopyright": "MIT licence",
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "Journey map",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [UTI],
            "CFBundleTypeIconFile": "journey-studio.icns",
        }, {
            "CFBundleTypeName": "PNG image with a journey map",
            "CFBundleTypeRole": "Viewer",
            "LSHandlerRank": "Alternate",
            "LSItemContentTypes": ["public.png"],
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": UTI,
            "UTTypeDescription": "Journey map",
            "UTTypeConformsTo": ["public.json", "public.data"],
            "UTTypeIconFile": "journey-studio.icns",
            "UTTypeTagSpecification": {"public.filename-extension": [SUFFIX],
                                       "public.mime-type": [MIME_TYPE]},
        }],
    }
