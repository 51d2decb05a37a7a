"""``make deb``: pack dist/journey-studio/ into dist/journey-studio_VERSION_ARCH.deb.

Debian's own tool (dpkg-deb) and nothing downloaded. The package holds the app in
/opt/journey-studio, the command /usr/bin/journey-studio, and under /usr/share the desktop
entry, the .journey MIME type, the AppStream metainfo and the icons (the layout of
journey_studio.desktop_integration.share_files, the same as --install-desktop). Its
maintainer scripts refresh the MIME, desktop and icon databases after install and removal.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

import build_info  # noqa: E402
from journey_studio.desktop_integration import share_files  # noqa: E402

PACKAGE = "journey-studio"
# What the build does not carry: the C library, OpenGL/EGL (the system's drivers), fonts
# configuration, the compression and XML libraries, libxcb (Pillow's too), and the X11
# libraries Qt's window plugin loads (also bundled when the build machine had them; named
# here so that a bare system gets them).
DEPENDS = ("libc6, libstdc++6, libgcc-s1, libgl1, libegl1, libfontconfig1, libfreetype6, libglib2.0-0, "
           "libdbus-1-3, zlib1g, libzstd1, liblzma5, libbrotli1, libexpat1, libx11-6, libx11-xcb1, libxcb1, "
           "libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-render-util0, "
           "libxcb-shape0, libxcb-xkb1, libxkbcommon0, libxkbcommon-x11-0, libcups2, libsqlite3-0, "
           "libsystemd0, libgcrypt20, libgssapi-krb5-2, libssl3 | libssl3t64")

_REFRESH = """#!/bin/sh
set -e
if [ "$1" = "{when}" ]{also}; then
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database /usr/share/mime || true; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true; fi
fi
exit 0
"""


def control(version: str, architecture: str, installed_kb: int) -> str:
    return f"""Package: {PACKAGE}
Version: {version}
Architecture: {architecture}
Maintainer: Journey Studio <hello@journey-studio.org>
Installed-Size: {installed_kb}
Depends: {DEPENDS}
Recommends: xdg-utils, shared-mime-info, desktop-file-utils, libpq5
Section: graphics
Priority: optional
Homepage: https://journey-studio.org/
Description: desktop editor for customer journey maps
 Journey Studio draws customer journey maps: stages and steps, the customer's actions,
 thoughts, touchpoints, pain points and opportunities, the persona and the emotion curve.
 Maps are .journey files (application/vnd.journey-studio+json); they export to PNG and PDF,
 also from the command line (journey-studio export).
"""


def _write(path: Path, data: bytes | str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    path.chmod(mode)


def build(dist: Path, out_dir: Path, stage: Path) -> Path:
    if not (dist / PACKAGE).is_file():
        raise FileNotFoundError(f"{dist / PACKAGE} is missing: run 'make dist' first")
    architecture = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                                  check=True).stdout.strip()
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(dist, stage / "opt" / PACKAGE, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    for relative, data in share_files().items():
        _write(stage / "usr" / "share" / relative, data)
    _write(stage / "usr" / "share" / "doc" / PACKAGE / "copyright",
           "Journey Studio: MIT licence. Bundled: Qt and PySide6 (LGPL-3.0), Python (PSF), "
           "DejaVu fonts (Bitstream Vera licence), pydantic, reportlab, Pillow, openpyxl.\n")
    for folder in [stage, *(p for p in stage.rglob("*") if p.is_dir() and not p.is_symlink())]:
        folder.chmod(0o755)
    size_kb = sum(p.lstat().st_size for p in stage.rglob("*") if not p.is_dir()) // 1024
    debian = stage / "DEBIAN"
    _write(debian / "control", control(build_info.version(), architecture, size_kb))
    _write(debian / "postinst", _REFRESH.format(when="configure", also=""), 0o755)
    _write(debian / "postrm", _REFRESH.format(when="remove", also=' || [ "$1" = "purge" ]'), 0o755)
    target = out_dir / f"{PACKAGE}_{build_info.version()}_{architecture}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(target)],
                   check=True, stdout=subprocess.DEVNULL)
    return target


def main() -> int:
    try:
        target = build(ROOT / "dist" / PACKAGE, ROOT / "dist", ROOT / "build" / "deb")
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"make deb: {error}", file=sys.stderr)
        return 1
    print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size // 1_000_000} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
