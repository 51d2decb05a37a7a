"""``journey-studio schema``: print the JSON Schema of the ``.journey`` format."""

from __future__ import annotations

import argparse
import sys

from ..fileformat.schema import schema_text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(schema_text())
    return 0
