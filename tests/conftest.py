import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_TESTS = Path(__file__).resolve().parent
for folder in (_TESTS.parent, _TESTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

# PySide6 6.12.0 on Python 3.11 returns None (every void method) and True (Signal.emit)
# without taking a reference, so each ``stack.undo()`` or ``signal.emit(...)`` drops the
# count of None or True by one, and a long run aborts with "none_dealloc" / "bool_dealloc".
# From Python 3.12 these objects are immortal and this cannot happen; on 3.11 give them
# enough references never to reach zero. (The application needs the same; see the lead.)
if sys.version_info < (3, 12):
    import ctypes

    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
