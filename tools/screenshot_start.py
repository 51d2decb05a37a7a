"""Pictures of the start screen for the README: docs/images/start-screen.png (English, with
three recent maps) and docs/images/gallery-fr.png (the French interface, typing "parcours").

    python tools/screenshot_start.py            # both pictures, offscreen
    python tools/screenshot_start.py en OUT.png [--filter TEXT]

Settings and the data folder are temporary, so nothing of the user's own is shown.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def shoot(language: str, out: str, typed: str, size: str) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtTest import QTest

    from journey_studio.app import Application, create_application

    app = create_application()
    QCoreApplication.setOrganizationName("JourneyStudioScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["JOURNEY_STUDIO_DATA_DIR"])
    application = Application(app)
    application.install_translators(language)
    folder = Path.home() / "Documents" / "Workshops"  # a temporary home: no path of this machine
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("cafe-remote-worker", "banque-entrepreneuse", "saas-customer"):
        copy = folder / f"{name}.journey"
        copy.write_bytes((ROOT / "examples" / f"{name}.journey").read_bytes())
        application.recent_files.add(str(copy))
    start = application.show_start_screen()
    width, height = (int(v) for v in size.split("x"))
    start.resize(width, height)
    screen = start.screen_widget
    screen.refresh()
    screen.finish_thumbnails()
    app.processEvents()
    screen.gallery.setFocus()
    if typed:
        QTest.keyClicks(screen.gallery, typed)  # typing in the gallery filters it
    app.processEvents()
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    start.grab().save(out)
    print("wrote", out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language", nargs="?")
    parser.add_argument("out", nargs="?")
    parser.add_argument("--filter", default="")
    parser.add_argument("--size", default="1440x900")
    args = parser.parse_args(argv)
    if args.language is None:  # one process per picture: a process speaks one language
        for language, name, typed in (("en", "start-screen.png", ""), ("fr", "gallery-fr.png", "parcours")):
            subprocess.run([sys.executable, __file__, language, str(ROOT / "docs" / "images" / name),
                            "--filter", typed, "--size", args.size], check=True)
        return 0
    with tempfile.TemporaryDirectory() as data:
        os.environ["JOURNEY_STUDIO_DATA_DIR"] = data
        os.environ["HOME"] = data
        shoot(args.language, args.out, args.filter, args.size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
