"""Merge the order of a list (stages, steps, lanes, cards) edited on two sides.

Start from our order; every element that the other side inserted or moved (not in the longest
run it kept in the original's order) goes right after the element that precedes it on their
side. Both sides' insertions are kept; where both inserted after the same element, ours come
first. An element both sides moved stays where we put it.
"""

from __future__ import annotations

from collections.abc import Collection
from difflib import SequenceMatcher


def kept_in_place(base: list[str], side: list[str]) -> set[str]:
    """The elements of ``side`` that keep their original relative order (a longest match)."""
    common = set(base) & set(side)
    a = [k for k in base if k in common]
    b = [k for k in side if k in common]
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return {k for block in matcher.get_matching_blocks() for k in a[block.a:block.a + block.size]}


def merge_order(base: list[str], ours: list[str], theirs: list[str], keep: Collection[str]) -> list[str]:
    """The merged order of the elements in ``keep``."""
    keep = set(keep)
    ours_stay = kept_in_place(base, ours) | (set(ours) - set(base))
    theirs_stay = kept_in_place(base, theirs)
    theirs_moved = {k for k in theirs if k not in theirs_stay and k in ours_stay}
    theirs_added = {k for k in theirs if k not in set(ours)}
    ours_added = set(ours) - set(base) - set(theirs)
    ours_moved = (set(ours) & set(base)) - ours_stay  # a poor anchor for their insertions
    result = [k for k in ours if k in keep and k not in theirs_moved]
    placed = set(result)
    for i, key in enumerate(theirs):
        if key in keep and key not in placed and (key in theirs_moved or key in theirs_added):
            _insert_after_predecessor(result, placed, theirs, i, ours_added, ours_moved)
    for sequence in (theirs, base):  # anything kept but not placed yet (brought back)
        for i, key in enumerate(sequence):
            if key in keep and key not in placed:
                _insert_after_predecessor(result, placed, sequence, i, ours_added, ours_moved)
    return result


def _insert_after_predecessor(result: list[str], placed: set[str], sequence: list[str], i: int,
                              ours_added: set[str], ours_moved: set[str]) -> None:
    key = sequence[i]
    at = 0
    befores = [b for b in reversed(sequence[:i]) if b in placed]
    anchors = [b for b in befores if b not in ours_moved] or befores
    if anchors:
        at = result.index(anchors[0]) + 1
    else:
        for after in sequence[i + 1:]:  # nothing before it: go before its first follower
            if after in placed:
                at = result.index(after)
                break
    while at < len(result) and result[at] in ours_added:  # our insertions there come first
        at += 1
    result.insert(at, key)
    placed.add(key)
