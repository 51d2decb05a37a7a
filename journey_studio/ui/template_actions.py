"""What the window does with templates: New from Template, Save as Template…, Clear Examples."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMenu, QWidget,
)

from ..fileformat import JourneyFileError
from ..i18n import interface_language, plural
from ..messages import translate_message
from ..model import limits
from ..templates import builtin_templates
from ..user_templates import save_template, user_templates
from . import plain_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def fill_template_menu(menu: QMenu, window) -> None:
    """The built-in templates, then "My templates", titled in the interface language."""
    menu.clear()
    language = interface_language()
    for template in builtin_templates():
        action = menu.addAction(plain_text.menu_text(template.title(language)))
        action.triggered.connect(lambda _=False, name=template.name: window.new_map(name, language))
    mine = user_templates()
    if mine:
        menu.addSection(translate("Templates", "My templates"))
        for template in mine:
            action = menu.addAction(plain_text.menu_text(template.title(language)))
            action.triggered.connect(lambda _=False, name=template.name: window.new_map(name, language))


def clear_examples(window) -> None:
    """Edit › Clear Examples: every grey example card goes, in one undo step."""
    count = window.document.clear_examples()
    if count:
        window.report(plural(count, translate("Templates", "{count} example card removed"),
                             translate("Templates", "{count} example cards removed")))
    else:
        window.report(translate("Templates", "This map has no example cards"))


class SaveTemplateDialog(QDialog):
    """The name of the new template, and whether the persona's photo goes with it."""

    def __init__(self, title: str, has_photo: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as Template"))
        form = QFormLayout(self)
        self.name = QLineEdit(title)
        self.name.setMaxLength(limits.NAME_MAX)
        self.name.selectAll()
        form.addRow(self.tr("Template name"), self.name)
        self.photo = QCheckBox(self.tr("Keep the persona’s photo"))
        self.photo.setChecked(has_photo)
        self.photo.setEnabled(has_photo)
        form.addRow("", self.photo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(text.strip())))
        form.addRow(buttons)


def save_as_template(window, dialog: SaveTemplateDialog | None = None) -> bool:
    """File › Save as Template…: the map (its cards, persona, stages, lanes) goes to "My templates"."""
    journey = window.document.journey
    dialog = dialog or SaveTemplateDialog(journey.map.title, any(p.photo is not None for p in journey.map.personas), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        save_template(journey, dialog.name.text().strip(), keep_photo=dialog.photo.isChecked())
    except (JourneyFileError, OSError) as error:
        plain_text.warning(window, translate("Templates", "Cannot save the template"),
                            translate_message(str(error), interface_language()))
        return False
    window.report(translate("Templates", "Saved in the gallery under “My templates”"))
    return True
