"""``python -m journey_studio`` and the packaged app's entry point (absolute import for PyInstaller)."""

from journey_studio.cli import entry

entry()
