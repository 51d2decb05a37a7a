"""Importing this module makes every later import cheaper in a process that uses PySide6.

PySide6 watches every module imported after it and asks whether its source mentions "PySide6"
(for its ``from __feature__ import ...`` switch): ``shibokensupport.feature._mod_uses_pyside``
calls ``inspect.getsource(module)``, which goes through ``linecache`` and ``tokenize`` and keeps
every source in memory. The editor imports ~300 modules after Qt: ~50 ms of its start-up.
Here the same question is answered by looking for the same bytes in the module's file.
Modules without a ``.py`` file, and any surprise (PySide6 changed its internals, the file
cannot be read), go to PySide6's own check, so the answer is always the one it would give.
"""

from __future__ import annotations

import sys

import PySide6  # noqa: F401 (loads shibokensupport, whose check is replaced below)

_MARK = "_journey_studio_reads_bytes"


def _install() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original) or getattr(original, _MARK, False):
        return

    def mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(mod_uses_pyside, _MARK, True)
    feature._mod_uses_pyside = mod_uses_pyside


_install()
