"""The windowed launcher (``journey-studio-gui``, ``Journey Studio.exe``): the editor only.

On Windows a console program always gets a console window, so the editor has its own entry
point without one (``[project.gui-scripts]`` in pyproject.toml, the second executable of the
spec), while ``journey-studio`` stays the console command for the sub-commands. Absolute
imports: PyInstaller runs this file as a script.
"""

import sys

from journey_studio.cli import editor_main


def main() -> int:
    return editor_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
