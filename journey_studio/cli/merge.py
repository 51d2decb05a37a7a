"""``journey-studio merge [BASE] OURS THEIRS [-o OUT]``: combine two edited copies of a map.

With BASE (the common original) the merge is three-way on the real values. Without it, or
with an empty BASE (git's add/add case), the copies' version records give their common saved
version; when they have none, every difference is a conflict (``--keep-both`` keeps both
versions of each differing card). OUT defaults to OURS, so the command is also a git merge
driver: ``journey-studio merge %O %A %B``. Conflicts: OUT keeps ours, each conflict is one line
on stderr, exit 1. Exit 2 when a file cannot be read or the result cannot be written, and when
the files are different maps (another map id: not copies of one map) unless
``--allow-unrelated`` says to merge them anyway. A merge made by hand says on stdout where the
result went (``merged into A.journey``); run by git (OURS is git's temporary
``.merge_file_XXXXXX``), the driver stays silent on success, as git's own merge does.
"""

from __future__ import annotations

import argparse
import os
import sys

from ..fileformat import JourneyFileError, dump_to, load
from ..messages import cli_text
from ..model import Journey


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="[BASE] OURS THEIRS (.journey files)")
    parser.add_argument("-o", "--output", metavar="OUT", help="where to write the merged map (default: OURS)")
    parser.add_argument("--keep-both", action="store_true",
                        help="when the copies share no saved version, keep both versions of each "
                             "differing card instead of ours")
    parser.add_argument("--allow-unrelated", action="store_true",
                        help="merge even when the files are different maps (another map id), "
                             "not copies of one map")


#: how git names the temporary files it gives a merge driver (%O, %A, %B)
GIT_TEMPORARY = ".merge_file_"


def run_by_git(ours_name: str, output: str | None) -> bool:
    """Called as git's merge driver: writing into git's temporary copy of ours."""
    return output is None and os.path.basename(ours_name).startswith(GIT_TEMPORARY)


def _unrelated(copies: list[tuple[str, Journey]]) -> str | None:
    """The message refusing files that are different maps, or None when all are copies of the
    first (ours)."""
    from ..compare.wording import quoted

    ours_name, ours = copies[0]
    for name, journey in copies[1:]:
        if journey.map.id != ours.map.id:
            return (f"{name} is another map ({quoted(journey.map.title)}), not a copy of {ours_name} "
                    f"({quoted(ours.map.title)}); nothing was merged (--allow-unrelated merges them anyway)")
    return None


def run(args: argparse.Namespace) -> int:
    from ..compare.merge import MergeError, merge

    if len(args.files) not in (2, 3):
        print(cli_text("journey-studio merge: give BASE OURS THEIRS, or OURS THEIRS"), file=sys.stderr)
        return 2
    *base_name, ours_name, theirs_name = args.files
    output = args.output or ours_name
    try:
        base = None
        if base_name and os.path.getsize(base_name[0]) > 0:
            base = load(base_name[0])
        ours, theirs = load(ours_name), load(theirs_name)
        copies = [(ours_name, ours), (theirs_name, theirs)] + ([(base_name[0], base)] if base is not None else [])
        refusal = None if args.allow_unrelated else _unrelated(copies)
        if refusal:
            print(cli_text(refusal), file=sys.stderr)
            return 2
        result = merge(base, ours, theirs, keep_both=args.keep_both)
        dump_to(result.journey, output)
    except OSError as exc:
        from ..fileformat.atomic import os_error_reason

        print(cli_text(f"{exc.filename or output}: {os_error_reason(exc)}"), file=sys.stderr)
        return 2
    except (JourneyFileError, MergeError) as exc:
        print(cli_text(str(exc)), file=sys.stderr)
        return 2
    if not run_by_git(ours_name, args.output):
        print(cli_text(f"merged into {output}" if args.output else
                       f"merged into {output} (in place; -o OUT writes the result elsewhere)"))
    if not base_name or base is None:
        print(cli_text(f"merged using {result.base}"), file=sys.stderr)
    for conflict in result.conflicts:
        print(conflict.message, file=sys.stderr)
    if result.conflicts:
        print(cli_text(f"{output}: {len(result.conflicts)} conflict{'s' * (len(result.conflicts) > 1)}; "
                       "the merged map keeps ours where both changed"), file=sys.stderr)
        return 1
    return 0
