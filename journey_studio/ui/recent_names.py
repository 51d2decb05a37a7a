"""What tells two recent maps apart when they share a file name or a title.

As editors do for two tabs with one file name: each such map gets the shortest end of its
folder that differs from the folders of the maps it could be taken for ("client-a" and
"client-b" for ``…/client-a/programme.journey`` and ``…/client-b/programme.journey``;
"2024/client-a" when the nearest folder is the same). Maps in one folder differ by their
file name, which the list shows anyway; a map alone with its name and title gets nothing.
"""

from __future__ import annotations

import ntpath
import posixpath


def _split(path: str) -> tuple[list[str], str]:
    """The folders (outermost first) and the file name of ``path``, with "/" or "\\"."""
    module = ntpath if "\\" in path and "/" not in path else posixpath
    folder, name = module.split(path)
    drive, rest = module.splitdrive(folder)
    parts = [part for part in rest.replace("\\", "/").split("/") if part]
    return ([drive] if drive else []) + parts, name


def distinguishing_folders(entries: list[tuple[str, str]]) -> list[str]:
    """For each ``(path, title)``: "" or the end of its folder that no map it could be taken
    for (the same file name or the same title, in another folder) shares, joined by "/"."""
    split = [_split(path) for path, _title in entries]
    result = []
    for index, (_path, title) in enumerate(entries):
        folders, name = split[index]
        rivals = [split[other][0] for other, (_other_path, other_title) in enumerate(entries)
                  if other != index and split[other][0] != folders
                  and (split[other][1].casefold() == name.casefold() or (title and other_title == title))]
        if not rivals:
            result.append("")
            continue
        count = 1
        while count < len(folders) and any(rival[-count:] == folders[-count:] for rival in rivals):
            count += 1
        result.append("/".join(folders[-count:]) if folders else "/")
    return result
