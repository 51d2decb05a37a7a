"""Qt's own texts that the ``qtbase_fr.qm`` shipped with PySide6 does not translate.

Qt 6's file dialog gave its labels keyboard accelerators ("&Look in:", "Files of &type:") and
the French catalogue still holds them without ("Look in:"), so the dialog showed English. They
are listed here, in Qt's own context, so ``lupdate`` puts them in our catalogue: Qt asks every
installed translator, and finds them in ours.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def qt_gap_texts() -> list[str]:
    """The texts, as the interface shows them now (a test checks they are French)."""
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
    ]
