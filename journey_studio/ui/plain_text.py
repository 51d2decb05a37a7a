"""Text from files and data shown as plain text, never interpreted as HTML.

Qt guesses whether a label, a message box or a tooltip holds rich text (``Qt::AutoText``,
``Qt::mightBeRichText``): a map title ``<h1>Hi</h1>`` or a file named ``<font color=red>x.journey``
would show as a giant red heading. A file from a stranger must do no harm, so every message
box here is built with ``PlainText`` (its informative text too), labels that show map content
are made ``PlainText``, tooltips carrying user text go through :func:`escape_for_tooltip`.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from ..plain_tooltip import escape_for_tooltip

__all__ = ["ask_text", "escape_for_tooltip", "information", "make_plain", "menu_text", "message_box", "question",
           "warning"]

Button = QMessageBox.StandardButton


def menu_text(text: str) -> str:
    """``text`` as a menu item's label: a ``&`` in a title or a file name is shown, not taken
    for a keyboard mnemonic."""
    return text.replace("&", "&&")


def make_plain(box: QMessageBox) -> QMessageBox:
    """Show every text of ``box`` as plain text; call after its texts are set.

    ``setTextFormat`` covers the main text only: the informative text has its own label."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        if label.objectName() == "qt_msgbox_informativelabel":
            label.setTextFormat(Qt.TextFormat.PlainText)
    return box


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: Button = Button.Ok, default: Button = Button.NoButton) -> QMessageBox:
    """A message box (not yet shown) whose text is plain."""
    box = QMessageBox(icon, title, text, buttons, parent)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return make_plain(box)


def _show(box: QMessageBox) -> Button:
    return Button(box.exec())


def warning(parent: QWidget | None, title: str, text: str,
            buttons: Button = Button.Ok, default: Button = Button.NoButton) -> Button:
    """Like ``QMessageBox.warning``, with the text shown as plain text."""
    return _show(message_box(parent, QMessageBox.Icon.Warning, title, text, buttons, default))


def information(parent: QWidget | None, title: str, text: str) -> Button:
    """Like ``QMessageBox.information``, with the text shown as plain text."""
    return _show(message_box(parent, QMessageBox.Icon.Information, title, text))


def question(parent: QWidget | None, title: str, text: str,
             buttons: Button = Button.Yes | Button.No, default: Button = Button.NoButton) -> Button:
    """Like ``QMessageBox.question``, with the text shown as plain text."""
    return _show(message_box(parent, QMessageBox.Icon.Question, title, text, buttons, default))



def ask_text(parent: QWidget | None, title: str, label: str,
             echo: QLineEdit.EchoMode = QLineEdit.EchoMode.Normal) -> tuple[str, bool]:
    """Like ``QInputDialog.getText``, with the label (which may quote the map) as plain text."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(echo)
    for shown in dialog.findChildren(QLabel):
        shown.setTextFormat(Qt.TextFormat.PlainText)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.textValue() if accepted else ""), accepted
