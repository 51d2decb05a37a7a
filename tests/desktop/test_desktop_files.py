"""The desktop files: the .desktop entry, the MIME type, AppStream, icons, and the per-user
install. The system validators run when installed (.ci/run installs them)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from support import EXAMPLES, ROOT

from journey_studio import DESKTOP_ID, MIME_TYPE, __version__, desktop_integration

DESKTOP_DIR = ROOT / "resources" / "desktop"
DESKTOP_FILE = DESKTOP_DIR / f"{DESKTOP_ID}.desktop"
METAINFO = DESKTOP_DIR / f"{DESKTOP_ID}.metainfo.xml"
MIME_XML = DESKTOP_DIR / "journey-studio.xml"


def _needs(tool: str):
    return pytest.mark.skipif(shutil.which(tool) is None, reason=f"{tool} is not installed (.ci/run installs it)")


def _entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read_string(text)
    return parser["Desktop Entry"]


def _xdg_env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"), XDG_CONFIG_HOME=str(tmp_path / "config"),
                XDG_DATA_DIRS="/usr/local/share:/usr/share", HOME=str(tmp_path))


def test_the_desktop_entry_opens_journey_files_and_exported_pngs_and_speaks_french():
    entry = _entry(DESKTOP_FILE.read_text(encoding="utf-8"))
    assert entry["Exec"] == "journey-studio %F" and entry["Icon"] == DESKTOP_ID
    assert entry["MimeType"].split(";")[:2] == [MIME_TYPE, "image/png"]
    assert entry["Name[fr]"] and "parcours client" in entry["Comment[fr]"]


@_needs("desktop-file-validate")
def test_desktop_file_validate_accepts_the_entry(tmp_path):
    installed = tmp_path / f"{DESKTOP_ID}.desktop"
    installed.write_text(desktop_integration.desktop_entry(["/opt/Journey Studio/journey-studio"]), encoding="utf-8")
    for path in (DESKTOP_FILE, installed):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@_needs("appstreamcli")
def test_appstreamcli_validates_the_metainfo():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_names_this_release_the_desktop_entry_and_screenshots_from_docs_images():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    assert component.find("releases/release").get("version") == __version__
    assert component.findtext("provides/mediatype") == MIME_TYPE
    images = [image.text.rsplit("/", 1)[-1] for image in component.iter("image")]
    assert images and all((ROOT / "docs" / "images" / name).is_file() for name in images)


def test_the_mime_xml_declares_the_type_with_its_glob_and_magic():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(MIME_XML).getroot().find("m:mime-type", ns)
    assert mime.get("type") == MIME_TYPE
    assert mime.find("m:glob", ns).get("pattern") == "*.journey"
    assert '"format": "journey-studio"' in [m.get("value") for m in mime.iter(f"{{{ns['m']}}}match")]
    assert EXAMPLES[0].read_text(encoding="utf-8")[:256].count('"format": "journey-studio"') == 1


@_needs("xdg-mime")
@_needs("update-mime-database")
def test_xdg_mime_maps_an_example_to_the_type_by_name_and_by_content(tmp_path):
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages)
    subprocess.run(["update-mime-database", str(packages.parent)], check=True, capture_output=True)
    renamed = tmp_path / "attachment"  # a mail client that lost the file name
    shutil.copy(EXAMPLES[0], renamed)
    plain_json = tmp_path / "other.json"
    plain_json.write_text('{"format": "something-else"}', encoding="utf-8")

    def filetype(path):
        return subprocess.run(["xdg-mime", "query", "filetype", str(path)], env=_xdg_env(tmp_path),
                              capture_output=True, text=True, check=True).stdout.strip()

    assert filetype(EXAMPLES[0]) == MIME_TYPE
    assert filetype(renamed) == MIME_TYPE
    assert filetype(plain_json) != MIME_TYPE


@_needs("xdg-mime")
def test_install_desktop_per_user_makes_journey_studio_the_handler_and_uninstall_removes_it(tmp_path):
    env = _xdg_env(tmp_path) | {"PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "journey_studio"]
    result = subprocess.run(command + ["--install-desktop"], env=env, capture_output=True, text=True)
    assert result.returncode == 0 and "applications menu" in result.stdout, result.stderr
    share = tmp_path / "share"
    entry = _entry((share / "applications" / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8"))
    assert entry["Exec"].startswith(sys.executable) and entry["Exec"].endswith("-m journey_studio %F")
    assert (share / "icons/hicolor/48x48/apps" / f"{DESKTOP_ID}.png").is_file()
    assert (share / "icons/hicolor/scalable/mimetypes/application-vnd.journey-studio+json.svg").is_file()
    default = subprocess.run(["xdg-mime", "query", "default", MIME_TYPE], env=env, capture_output=True, text=True)
    assert default.stdout.strip() == f"{DESKTOP_ID}.desktop"

    result = subprocess.run(command + ["--uninstall-desktop"], env=env, capture_output=True, text=True)
    assert result.returncode == 0 and "Removed" in result.stdout
    assert not (share / "applications" / f"{DESKTOP_ID}.desktop").exists()
    assert not list(share.glob("icons/hicolor/*/*/*journey*"))
    assert not (share / "mime" / "packages" / "journey-studio.xml").exists()


def test_exec_lines_quote_paths_with_spaces_as_the_specification_says():
    entry = _entry(desktop_integration.desktop_entry(["/opt/Journey Studio/journey-studio"]))
    assert entry["Exec"] == '"/opt/Journey Studio/journey-studio" %F'
    assert entry["TryExec"] == "/opt/Journey Studio/journey-studio"


def test_the_hicolor_icons_are_the_svg_at_the_usual_sizes_and_the_icns_for_macos(qapp):
    from PIL import Image

    from journey_studio import icons

    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ROOT / "icons" / "app" / "hicolor" / f"{size}x{size}" / "journey-studio.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            rendered = icons._to_pillow(icons.render_svg_to_image(icons.APP_ICON_SVG, size))
            difference = sum(abs(a - b) for a, b in zip(image.tobytes(), rendered.tobytes()))
            assert difference / len(rendered.tobytes()) < 2, "re-run python tools/make_app_icons.py"
    with Image.open(ROOT / "icons" / "app" / "journey-studio.icns") as icns:
        assert icns.format == "ICNS" and (512, 512, 2) in icns.info["sizes"]
