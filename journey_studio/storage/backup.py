"""The previous version of a map, kept before each save (LibreOffice-style ``.bak``).

One backup per file, in the data folder's ``backups/``, never beside the user's file. Its
name joins the file name and a hash of the absolute path, so two ``plan.journey`` files in
different folders keep separate backups.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from pathlib import Path

from ..fileformat.atomic import real_target, short_name
from .app_dirs import backups_dir

log = logging.getLogger(__name__)


def backup_path_for(path: str | os.PathLike[str], folder: Path | None = None) -> Path:
    """Where the backup of ``path`` lives (whether or not it exists yet)."""
    absolute = str(real_target(path))  # through a symbolic link: the backup of its target
    digest = hashlib.sha256(absolute.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return (folder or backups_dir()) / f"{short_name(Path(absolute).name, 26)}.{digest}.bak"


def keep_backup(path: str | os.PathLike[str], *, enabled: bool = True,
                folder: Path | None = None) -> Path | None:
    """Copy the version of ``path`` now on disk to its backup, before it is overwritten.

    Returns the backup's path, or None when backups are off, there is no previous version,
    or the copy failed. A failed backup never stops the save itself: it is logged.
    """
    source = Path(path)
    if not enabled or not source.is_file():
        return None
    target = backup_path_for(source, folder)
    tmp = target.with_name(target.name + ".tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        log.warning("could not keep a backup of %s: %s", source, exc)
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return None
    return target
