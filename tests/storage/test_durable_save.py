"""A save is durable, not only atomic: the new file's bytes reach the disk before the rename,
and the folder is synced after it, so a power cut right after Save keeps the new name."""

from __future__ import annotations

import os
import stat

import pytest

from journey_studio.fileformat.atomic import write_atomic


@pytest.mark.skipif(os.name != "posix", reason="folders are synced on POSIX only")
def test_the_file_is_synced_before_the_rename_and_its_folder_after(tmp_path, monkeypatch):
    target = tmp_path / "plan.journey"
    target.write_bytes(b"old")
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        is_folder = stat.S_ISDIR(os.fstat(fd).st_mode)
        events.append("fsync folder" if is_folder else "fsync file")
        real_fsync(fd)

    def replace(src, dst):
        events.append("rename")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert events == ["fsync file", "rename", "fsync folder"]
