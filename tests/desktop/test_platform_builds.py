"""The Windows and macOS builds, checked as files on Linux: the Inno Setup script, the
Info.plist keys, the version resource, and the two entry points (console and windowed)."""

from __future__ import annotations

import ast
import plistlib
import re
import sys
import tomllib

import pytest
from support import ROOT

from journey_studio import DESKTOP_ID, MIME_TYPE, __version__

sys.path.insert(0, str(ROOT / "packaging"))
import build_info  # noqa: E402

ISS = ROOT / "packaging" / "windows" / "journey-studio.iss"


def _iss_registry() -> list[dict[str, str]]:
    """The [Registry] lines of the .iss, each as {key: value}."""
    text = ISS.read_text(encoding="utf-8")
    section = text.split("[Registry]", 1)[1].split("\n[", 1)[0]
    rows = []
    for line in section.splitlines():
        if line.strip() and not line.lstrip().startswith(";"):
            rows.append({k.strip(): v.strip() for k, v in (part.split(":", 1) for part in line.split("; ") if ":" in part)})
    return rows


def _iss_define(name: str) -> str:
    return re.search(rf'#define {name} "([^"]+)"', ISS.read_text(encoding="utf-8")).group(1)


def test_the_installer_is_per_user_and_registers_the_journey_type_with_its_icon():
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.M)
    assert re.search(r"^ChangesAssociations=yes$", text, re.M)
    assert (ISS.parent / re.search(r"^SetupIconFile=(.+)$", text, re.M).group(1).replace("\\", "/")).is_file()
    rows = _iss_registry()
    prog_id = _iss_define("ProgId")
    assert {"Subkey": '"Software\\Classes\\.journey"', "ValueData": '"{#ProgId}"'}.items() <= rows[0].items()
    assert any(r["ValueData"] == f'"{MIME_TYPE}"' for r in rows)
    assert any(r["Subkey"] == '"Software\\Classes\\{#ProgId}\\DefaultIcon"' for r in rows)
    open_command = next(r for r in rows if r["Subkey"] == '"Software\\Classes\\{#ProgId}\\shell\\open\\command"')
    assert open_command["ValueData"] == '"""{app}\\{#GuiExe}"" ""%1"""' and prog_id == "JourneyStudio.Map"
    assert any(r["Subkey"] == '"Software\\Classes\\.png\\OpenWithProgids"' for r in rows)  # exported PNGs
    assert all(r["Root"] in {"HKA", "HKCU"} for r in rows)  # nothing machine-wide


def test_the_installer_packs_the_folder_and_the_executables_the_spec_builds():
    spec = (ROOT / "journey_studio.spec").read_text(encoding="utf-8")
    ast.parse(spec)
    assert _iss_define("BuildDir").replace("\\", "/") == "../../dist/journey-studio"
    assert _iss_define("GuiExe") == "Journey Studio.exe" and 'name="Journey Studio"' in spec
    assert _iss_define("ConsoleExe") == "journey-studio.exe" and 'NAME = "journey-studio"' in spec


def test_the_windows_version_resource_carries_the_package_version():
    text = build_info.windows_version_text()
    ast.parse(text)  # PyInstaller evaluates it as a Python expression
    numbers = tuple(int(n) for n in __version__.split(".")) + (0,)
    assert f"filevers={numbers}" in text and f"prodvers={numbers}" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert "StringStruct('OriginalFilename', 'journey-studio.exe')" in text


def test_the_macos_info_plist_has_the_version_icon_document_type_and_exported_uti(tmp_path):
    plist = plistlib.loads(plistlib.dumps(build_info.macos_info_plist()))  # a valid plist
    assert plist["CFBundleShortVersionString"] == __version__ == build_info.version()
    assert (ROOT / "icons" / "app" / plist["CFBundleIconFile"]).is_file()
    journey = plist["CFBundleDocumentTypes"][0]
    assert journey["LSItemContentTypes"] == [build_info.UTI] and journey["CFBundleTypeRole"] == "Editor"
    exported = plist["UTExportedTypeDeclarations"][0]
    assert exported["UTTypeIdentifier"] == build_info.UTI
    assert exported["UTTypeTagSpecification"] == {"public.filename-extension": ["journey"],
                                                  "public.mime-type": [MIME_TYPE]}
    assert "public.json" in exported["UTTypeConformsTo"]
    assert build_info.APP_ID == DESKTOP_ID and build_info.MIME_TYPE == MIME_TYPE


def test_the_console_command_and_the_windowed_launcher_are_separate_entry_points(monkeypatch, capsys):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["journey-studio"] == "journey_studio.cli:entry"  # main, then a quick exit
    assert project["gui-scripts"]["journey-studio-gui"] == "journey_studio.gui:main"
    from journey_studio import gui

    monkeypatch.setattr(sys, "argv", ["journey-studio-gui", "--version"])
    with pytest.raises(SystemExit) as done:
        gui.main()
    assert done.value.code == 0 and capsys.readouterr().out.strip() == f"Journey Studio {__version__}"
