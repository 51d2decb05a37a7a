"""Render the application icon files from icons/app/journey-studio.svg.

    python tools/make_app_icons.py

writes icons/app/journey-studio.png and .ico (Windows), journey-studio.icns (macOS) and
icons/app/hicolor/<N>x<N>/journey-studio.png at the sizes of the freedesktop hicolor theme
(installed by `make deb` and `journey-studio --install-desktop` as the application icon and
the .journey file-type icon). Run it after editing the SVG; tests/packaging checks that the
files match the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from journey_studio import icons, paths  # noqa: E402

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def hicolor_png(size: int) -> Path:
    return paths.icon("app", "hicolor", f"{size}x{size}", "journey-studio.png")


def render(size: int):
    """The SVG at ``size`` pixels as a Pillow image."""
    return icons._to_pillow(icons.render_svg_to_image(icons.APP_ICON_SVG, size))


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    icons.write_app_icon_files()
    for size in HICOLOR_SIZES:
        target = hicolor_png(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        render(size).save(target, format="PNG", optimize=True)
    images = [render(size) for size in ICNS_SIZES]
    images[-1].save(paths.icon("app", "journey-studio.icns"), format="ICNS", append_images=images[:-1])
    print("wrote the .png, .ico, .icns and hicolor icons in", paths.icon("app"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
