"""The ``journey-studio`` command line: one module per sub-command, listed in ``COMMANDS``.

Only the module of the sub-command being run is imported (the others, and their importers and
exporters, cost start-up time for nothing), so each entry carries its one-line help here.

``journey-studio [FILE]`` opens the editor; ``journey-studio NAME ...`` runs a sub-command.
Every sub-command prints one clear line per problem and never a traceback; when the reader of
its output stops early (``| head``) it ends quietly with status 141, as ``grep`` would. On a French system
the help is French too: every parser formats its help with ``_HelpInLanguage``, which looks each
help text up in ``help_fr`` only when a help is printed.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import os
import sys
from pathlib import Path
from collections.abc import Sequence

from .. import __version__

#: sub-command name -> (module in this package that has ``add_arguments(parser)`` and
#: ``run(args)``, one-line help shown by ``journey-studio --help``; its French in ``help_fr``).
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("validate", "check maps and print 'FILE: ok' or 'FILE: <reason>' for each; "
                             "exit 1 if any is bad"),
    "new": ("new", "create a new map from a template"),
    "templates": ("templates", "list the templates: name, English title, French title"),
    "schema": ("schema", "print the JSON Schema of the .journey format"),
    "convert": ("convert", "convert a map between formats"),
    "export": ("export", "export a map to PNG, PDF, SVG or PowerPoint (works without a display)"),
    "workshop": ("workshop", "let participants add notes and vote from their phones, "
                             "without a window (prints 'Workshop: URL')"),
    "diff": ("diff", "list the differences between two maps (exit 0 same, 1 different); "
                     "--json for JSON"),
    "merge": ("merge", "merge two edited copies of a map (three-way with BASE); "
                       "a git merge driver"),
    "refresh": ("refresh", "re-read a map's data sources, save it, and optionally export it"),
    "check": ("check", "print what a reviewer would point out in maps; exit 1 if anything is found"),
}


class _HelpInLanguage(argparse.HelpFormatter):
    """Help texts, descriptions and epilogs in the system's language: the French is looked up
    (``help_fr.FRENCH_HELP``, by the English text) when a help is printed, never when a parser
    is built, so a normal run pays nothing. ``%(commands)s`` in a description: the commands."""

    def __init__(self, *args, **kwargs) -> None:
        from ..messages import system_language

        super().__init__(*args, **kwargs)
        self._french = system_language() == "fr"

    def _in_language(self, text: str) -> str:
        if self._french:
            from .help_fr import french_help

            # then argparse's own words (the help of --version) through messages.argparse_in
            text = argparse._(french_help(text))
        return text.replace("%(commands)s", ", ".join(COMMANDS))

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return self._in_language(action.help) if action.help else action.help

    def _format_text(self, text: str) -> str:
        return super()._format_text(self._in_language(text))

    def _split_lines(self, text: str, width: int) -> list[str]:
        """As argparse, but an option's value is never cut at a hyphen (step-without-touchpoint)."""
        import textwrap

        return textwrap.wrap(self._whitespace_matcher.sub(" ", text).strip(), width, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        return textwrap.fill(self._whitespace_matcher.sub(" ", text).strip(), width, initial_indent=indent,
                             subsequent_indent=indent, break_on_hyphens=False)

    def start_section(self, heading: str | None) -> None:
        """argparse puts a colon right after a heading: French wants a no-break space before it."""
        super().start_section(f"{heading}\u00a0" if self._french and heading else heading)


def _command_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The parser; only ``chosen``'s module is imported to add its own arguments."""
    parser = argparse.ArgumentParser(
        prog="journey-studio",
        description="Journey Studio: a desktop editor for customer journey maps.",
        epilog="Without a command, 'journey-studio [FILE...]' opens the editor on the given maps.",
        formatter_class=_HelpInLanguage,
    )
    parser.add_argument("--version", action="version", version=f"Journey Studio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text, formatter_class=_HelpInLanguage)
        if name == chosen:
            importlib.import_module(f".{module_name}", __name__).add_arguments(command)
    return parser


def _editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journey-studio",
        description="Open the Journey Studio editor. Sub-commands: %(commands)s (see journey-studio COMMAND --help).",
        formatter_class=_HelpInLanguage,
    )
    parser.add_argument("--version", action="version", version=f"Journey Studio {__version__}")
    parser.add_argument("files", nargs="*", metavar="FILE", help="maps to open")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true",
                         help="add Journey Studio to this user's application menu, with the .journey "
                              "file type and icons (Linux, no root needed)")
    desktop.add_argument("--uninstall-desktop", action="store_true",
                         help="remove what --install-desktop added")
    return parser


def _print_any_file_name() -> None:
    """A file name that is not valid UTF-8 reaches Python with escaped bytes: print those
    bytes as they are (as ``ls`` shows them) instead of failing on them."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="surrogateescape")
        except (AttributeError, ValueError):  # replaced by a test, or not a text stream
            pass


def entry() -> None:
    """The ``journey-studio`` program: ``main`` then, after a sub-command, leave at once.

    A finished command has written its files and printed its lines; tearing down the
    interpreter (freeing every object, Qt's exit handlers) would only add ~70 ms of waiting.
    The editor ends the ordinary way (Qt's own clean-up at quit)."""
    args = sys.argv[1:]
    try:
        code = main(args)
        if args and args[0] in COMMANDS:
            sys.stdout.flush()
            sys.stderr.flush()
    except BrokenPipeError:
        code = _reader_gone()
    if args and args[0] in COMMANDS:
        os._exit(code)
    sys.exit(code)


#: the status of a command whose reader stopped early, as a shell gives a program ended by
#: SIGPIPE (128 + 13): ``journey-studio check FILE | head`` is quiet, and ``set -o pipefail``
#: still sees that not everything was read
READER_GONE = 141


def _reader_gone() -> int:
    """The reader of the output (``head``, a pager) closed the pipe: stop without a word.

    What is still buffered can no longer be written; pointing stdout (and stderr, if it went
    to the same pipe) at the null device lets the interpreter's last flush succeed quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(devnull, stream.fileno())
        except (AttributeError, OSError, ValueError):  # not a real file (a test replaced it)
            pass
    os.close(devnull)
    return READER_GONE


def editor_main(argv: Sequence[str]) -> int:
    """``journey-studio [FILE...]``: the editor (or the per-user desktop integration)."""
    parsed = _editor_parser().parse_args(list(argv))
    if parsed.install_desktop or parsed.uninstall_desktop:
        from .. import desktop_integration

        return desktop_integration.run("install" if parsed.install_desktop else "uninstall")
    from ..app import run_editor  # Qt is imported only when the editor opens

    return run_editor(parsed.files)


def main(argv: Sequence[str] | None = None) -> int:
    _print_any_file_name()
    from ..messages import argparse_in, system_language

    with argparse_in(system_language()):  # usage and argument errors in the system's language
        return _main(list(sys.argv[1:] if argv is None else argv))


def _main(args: list[str]) -> int:
    if args and (args[0] in COMMANDS or args[0] in {"-h", "--help"}):
        parsed = _command_parser(args[0] if args[0] in COMMANDS else None).parse_args(args)
        if parsed.command is None:
            _command_parser().print_help()
            return 0
        module = importlib.import_module(f".{COMMANDS[parsed.command][0]}", __name__)
        try:
            return int(module.run(parsed) or 0)
        except KeyboardInterrupt:
            return 130
    if args and _looks_like_command(args[0]):
        return _unknown_command(args[0])
    return editor_main(args)


def _looks_like_command(word: str) -> bool:
    """A bare word that is no file here and has no extension: a mistyped command, not a map
    (``journey-studio tempates``); ``journey-studio notes.journey`` still opens the editor."""
    return (not word.startswith("-") and "." not in word and "/" not in word and "\\" not in word
            and not Path(word).exists())


def _unknown_command(word: str) -> int:
    """Say so on stderr with the closest command, exit 2 (a usage error)."""
    from ..messages import cli_text

    lines = ["journey-studio: " + cli_text(f"unknown command '{word}'")]
    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.5)
    if close:
        lines.append(cli_text(f"did you mean '{close[0]}'?"))
    lines.append(cli_text(f"commands: {', '.join(COMMANDS)}"))
    print("\n".join(lines), file=sys.stderr)
    return 2
