"""Qt's own texts that the ``qtbase_fr.qm`` shipped with PySide6 does not translate, or words
badly.

Qt 6's file dialog gave its labels keyboard accelerators ("&Look in:", "Files of &type:") and
the French catalogue still holds them without ("Look in:"), so the dialog showed English; its
type column says "Folder", which the catalogue lacks too. Its "Discard" button reads « Ne pas
tenir compte »: on the one question that shows it (save before closing?) « Ne pas
enregistrer » says what it does. They are listed here, in Qt's own context, so ``lupdate``
puts them in our catalogue; our translator is installed after Qt's, so Qt asks it first
(:func:`journey_studio.i18n.install_translators`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def qt_gap_texts() -> list[str]:
    """The texts, as the interface shows them now (a test checks they are French)."""
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "Drive"),
        translate("QPlatformTheme", "Discard"),
    ]
