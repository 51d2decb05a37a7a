"""``python -m journey_studio`` and the packaged app's entry point (absolute import for PyInstaller)."""

import sys

from journey_studio.cli import main

sys.exit(main())
