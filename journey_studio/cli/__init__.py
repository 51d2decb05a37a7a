"""The ``journey-studio`` command line: one module per sub-command, listed in ``COMMANDS``.

``journey-studio [FILE]`` opens the editor; ``journey-studio NAME ...`` runs a sub-command.
Every sub-command prints one clear line per problem and never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .. import __version__

#: sub-command name -> module in this package that has ``add_arguments(parser)`` and ``run(args)``.
COMMANDS: dict[str, str] = {
    "validate": "validate",
    "new": "new",
    "schema": "schema",
    "convert": "convert",
    "export": "export",
}


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journey-studio",
        description="Journey Studio: a desktop editor for customer journey maps.",
        epilog="Without a command, 'journey-studio [FILE...]' opens the editor on the given maps.",
    )
    parser.add_argument("--version", action="version", version=f"Journey Studio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(f".{module_name}", __name__)
        module.add_arguments(sub.add_parser(name, help=module.HELP, description=module.HELP))
    return parser


def _editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journey-studio",
        description="Open the Journey Studio editor. Sub-commands: " + ", ".join(COMMANDS)
        + " (see journey-studio COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"Journey Studio {__version__}")
    parser.add_argument("files", nargs="*", metavar="FILE", help="maps to open")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in COMMANDS or args[0] in {"-h", "--help"}):
        parsed = _command_parser().parse_args(args)
        if parsed.command is None:
            _command_parser().print_help()
            return 0
        module = importlib.import_module(f".{COMMANDS[parsed.command]}", __name__)
        try:
            return int(module.run(parsed) or 0)
        except KeyboardInterrupt:
            return 130
    parsed = _editor_parser().parse_args(args)
    from ..app import run_editor  # Qt is imported only when the editor opens

    return run_editor(parsed.files)
