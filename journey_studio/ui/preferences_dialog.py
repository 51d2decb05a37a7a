"""Edit › Preferences…: backups, autosave, interface language and size.

Changes apply when the user clicks OK: backups and autosave at once (every open window
takes the new interval), the language at the next start (the dialog says so), the
interface size at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QVBoxLayout, QWidget,
)

from .. import i18n
from . import preferences as prefs
from .interface_size import apply_interface_size, large_interface_wanted


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.keep_backups = QCheckBox(self.tr("Keep the previous version of a map when saving"))
        self.keep_backups.setToolTip(self.tr("One backup copy per map, in Journey Studio's data folder"))
        self.autosave = QComboBox()
        for seconds, label in prefs.AUTOSAVE_CHOICES:
            self.autosave.addItem(QCoreApplication.translate("Preferences", label), seconds)
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        language_note = QLabel(self.tr("A new language applies the next time Journey Studio starts."))
        language_note.setWordWrap(True)
        language_note.setEnabled(False)  # greyed: a hint, not a setting
        self.large_interface = QCheckBox(self.tr("Large interface (bigger menus and panels, for a projector)"))

        form = QFormLayout()
        form.addRow(self.tr("Backups"), self.keep_backups)
        form.addRow(self.tr("Autosave unsaved changes"), self.autosave)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow("", language_note)
        form.addRow(self.tr("Interface size"), self.large_interface)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        self.keep_backups.setChecked(prefs.keep_backups())
        _select(self.autosave, prefs.autosave_interval_s(), fallback=prefs.AUTOSAVE_CHOICES[2][0])
        _select(self.language, prefs.language_setting())
        self.large_interface.setChecked(large_interface_wanted())

    def apply(self) -> None:
        """Store the choices and apply what applies at once."""
        prefs.set_keep_backups(self.keep_backups.isChecked())
        prefs.set_autosave_interval_s(self.autosave.currentData())
        prefs.set_language(self.language.currentData())
        if self.large_interface.isChecked() != large_interface_wanted():
            apply_interface_size(QApplication.instance(), self.large_interface.isChecked(), remember=True)

    def accept(self) -> None:
        self.apply()
        super().accept()


def _select(combo: QComboBox, value, fallback=None) -> None:
    index = combo.findData(value)
    if index < 0 and fallback is not None:
        index = combo.findData(fallback)
    combo.setCurrentIndex(max(index, 0))


def show_preferences(parent: QWidget | None = None) -> bool:
    """Edit › Preferences…; True when the user clicked OK (the caller tells the application,
    whose open windows then take the changes)."""
    return PreferencesDialog(parent).exec() == QDialog.DialogCode.Accepted
