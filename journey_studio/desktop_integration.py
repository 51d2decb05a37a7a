"""Journey Studio in the Linux desktop: the menu entry, the ``.journey`` file type, the icons.

The files come from ``resources/desktop/`` (the ``.desktop`` entry, the shared-mime-info XML,
the AppStream metainfo) and ``icons/app/`` (the SVG and the hicolor PNGs made by
``tools/make_app_icons.py``). :func:`share_files` lays them out as they go under a ``share``
folder; ``tools/make_deb.py`` puts that layout under ``/usr/share`` of the package, and
``journey-studio --install-desktop`` under the user's ``~/.local/share`` (no root needed),
with ``Exec=`` naming this very program. ``--uninstall-desktop`` removes the same files.
Either way the MIME and desktop databases are refreshed when their tools are there.

No Qt here: it runs from the command line.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from . import DESKTOP_ID, MIME_TYPE, paths

MIME_PACKAGE = "journey-studio.xml"
MIME_ICON = MIME_TYPE.replace("/", "-")  # the icon name shared-mime-info derives from the type


def data_home() -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share``."""
    chosen = os.environ.get("XDG_DATA_HOME", "")
    return Path(chosen) if os.path.isabs(chosen) else Path.home() / ".local" / "share"


def launcher() -> list[str]:
    """The command that starts this very Journey Studio: the built executable, the
    ``journey-studio`` script that is running, or this Python running the package."""
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    script = Path(os.path.abspath(sys.argv[0])) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "journey-studio" and script.is_file():
        return [str(script)]
    return [os.path.abspath(sys.executable), "-m", "journey_studio"]


def _exec_argument(word: str) -> str:
    """One argument of an ``Exec=`` line, quoted as the Desktop Entry specification says."""
    if re.fullmatch(r"[\w./+,:@=-]+", word):
        return word
    escaped = re.sub(r'(["`$\\])', r"\\\1", word)
    return '"' + escaped.replace("\\", "\\\\") + '"'  # the key's value escapes backslashes again


def desktop_entry(command: list[str] | None = None) -> str:
    """The ``.desktop`` entry; ``command`` replaces ``journey-studio`` (the one on the PATH)."""
    text = paths.resource("desktop", f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    if command:
        text = text.replace("Exec=journey-studio %F",
                            "Exec=" + " ".join(_exec_argument(w) for w in command) + " %F")
        text = text.replace("TryExec=journey-studio", f"TryExec={command[0]}")
    return text


def share_files(command: list[str] | None = None, *, metainfo: bool = True) -> dict[str, bytes]:
    """Relative path under a ``share`` folder -> content, for everything the desktop needs."""
    files = {
        f"applications/{DESKTOP_ID}.desktop": desktop_entry(command).encode("utf-8"),
        f"mime/packages/{MIME_PACKAGE}": paths.resource("desktop", MIME_PACKAGE).read_bytes(),
    }
    if metainfo:
        name = f"{DESKTOP_ID}.metainfo.xml"
        files[f"metainfo/{name}"] = paths.resource("desktop", name).read_bytes()
    svg = paths.icon("app", "journey-studio.svg").read_bytes()
    pictures = [("scalable", "svg", svg)] + [
        (folder.name, "png", (folder / "journey-studio.png").read_bytes())
        for folder in sorted(paths.icon("app", "hicolor").iterdir()) if (folder / "journey-studio.png").is_file()]
    for size, kind, data in pictures:
        files[f"icons/hicolor/{size}/apps/{DESKTOP_ID}.{kind}"] = data
        files[f"icons/hicolor/{size}/mimetypes/{MIME_ICON}.{kind}"] = data
    return files


def update_databases(share: Path) -> None:
    """Refresh the MIME and desktop-entry caches under ``share`` (skipping missing tools). The
    icons need none: a user's hicolor folder is read as it is (the deb refreshes the system's
    icon cache itself)."""
    for tool, *arguments in (
            ("update-mime-database", str(share / "mime")),
            ("update-desktop-database", "-q", str(share / "applications"))):
        if shutil.which(tool) and Path(arguments[-1]).is_dir():
            subprocess.run([tool, *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           check=False)


def install(share: Path, command: list[str] | None = None) -> list[Path]:
    """Write the files under ``share`` and refresh the databases; returns what was written."""
    written = []
    for relative, data in share_files(command, metainfo=False).items():
        target = share / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    update_databases(share)
    return written


def uninstall(share: Path) -> list[Path]:
    """Remove what :func:`install` wrote under ``share``; returns what was removed."""
    removed = []
    for relative in share_files(metainfo=False):
        target = share / relative
        if target.is_file():
            target.unlink()
            removed.append(target)
    update_databases(share)
    return removed


def run(action: str) -> int:
    """``journey-studio --install-desktop`` / ``--uninstall-desktop``, for this user."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        print("--install-desktop is for Linux desktops; on Windows and macOS the installer "
              "registers Journey Studio.", file=sys.stderr)
        return 2
    share = data_home()
    try:
        if action == "install":
            install(share, launcher())
            print(f"Journey Studio is in your applications menu and opens .journey files "
                  f"(files in {share}; 'journey-studio --uninstall-desktop' removes them).")
        else:
            removed = uninstall(share)
            print(f"Removed Journey Studio's menu entry, file type and icons ({len(removed)} files "
                  f"in {share})." if removed else f"Journey Studio was not installed in {share}.")
    except OSError as error:
        print(f"Cannot {action} the desktop files: {error}", file=sys.stderr)
        return 1
    return 0
