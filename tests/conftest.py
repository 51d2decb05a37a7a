import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_TESTS = Path(__file__).resolve().parent
for folder in (_TESTS.parent, _TESTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
