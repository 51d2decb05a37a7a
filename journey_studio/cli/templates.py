"""``journey-studio templates``: list the built-in templates, one a line.

Each line holds the name (what ``journey-studio new --template NAME`` takes), then the title in
English and in French, separated by tabs.
"""

from __future__ import annotations

import argparse

from ..templates import builtin_templates


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    for template in builtin_templates():
        print(f"{template.name}\t{template.title('en')}\t{template.title('fr')}")
    return 0
