"""The model, the file formats and the layout never import Qt (ARCHITECTURE.md)."""

import subprocess
import sys

import pytest

from support import ROOT

QT_FREE = ["journey_studio.model", "journey_studio.fileformat", "journey_studio.fileformat.readers",
           "journey_studio.templates", "journey_studio.vocabulary", "journey_studio.emotion_steps", "journey_studio.cli",
           "journey_studio.clipboard_format", "journey_studio.render.layout",
           "journey_studio.fileformat.images", "journey_studio.storage.autosave",
           "journey_studio.storage.backup", "journey_studio.storage.disk_state", "journey_studio.storage.save",
           "journey_studio.messages", "journey_studio.user_templates", "journey_studio.cli.templates",
           "journey_studio.cli.new"]

BLOCKER = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {'PySide6', 'shiboken6'}:
            raise ImportError('Qt imported by ' + name)
sys.meta_path.insert(0, Block())
import importlib
importlib.import_module(sys.argv[1])
"""


@pytest.mark.parametrize("module", QT_FREE)
def test_module_imports_without_qt(module):
    result = subprocess.run([sys.executable, "-c", BLOCKER, module], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
