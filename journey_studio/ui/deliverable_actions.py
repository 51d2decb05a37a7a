"""The consultant's deliverables in the menus: Export PowerPoint… and SVG…, Print… (Ctrl+P),
Copy as Image. Added to the window's File and Edit menus beside the other exports and Copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def install(window, actions) -> None:
    """Create the actions as attributes of ``actions`` (``export_pptx``, ``export_svg``, ``print_``,
    ``copy_image``) and put them in its File and Edit menus."""
    from . import import_export

    def action(text: str, slot, tip: str, shortcut=None) -> QAction:
        made = QAction(text, window)
        made.setStatusTip(tip)
        if shortcut is not None:
            made.setShortcuts(QKeySequence.keyBindings(shortcut))
        made.triggered.connect(slot)
        return made

    actions.export_pptx = action(translate("WindowActions", "Export Po&werPoint…"),
                                 lambda: import_export.export_picture(window, kind="pptx"),
                                 translate("WindowActions", "Slides of editable shapes: title, persona, "
                                                            "overview, one per stage, votes"))
    actions.export_svg = action(translate("WindowActions", "Export S&VG…"),
                                lambda: import_export.export_picture(window, kind="svg"),
                                translate("WindowActions", "The map as a vector drawing with its text as text"))
    actions.print_ = action(translate("WindowActions", "Print…"), lambda: _print(window),
                            translate("WindowActions", "Print the map on one page or as a poster"),
                            QKeySequence.StandardKey.Print)
    actions.copy_image = action(translate("WindowActions", "Copy as &Image"), lambda: _copy_image(window),
                                translate("WindowActions", "Copy the selection, or the whole map, as a picture "
                                                           "(PNG and SVG) to paste into slides or a mail"),
                                None)
    actions.copy_image.setShortcut(QKeySequence("Ctrl+Shift+Alt+C"))
    file_menu = actions.file_menu
    after_pdf = _next_action(file_menu, actions.export_pdf)
    file_menu.insertActions(after_pdf, [actions.export_svg, actions.export_pptx])
    file_menu.insertSeparator(after_pdf)
    file_menu.insertAction(after_pdf, actions.print_)
    actions.edit_menu.insertAction(_next_action(actions.edit_menu, actions.copy), actions.copy_image)


def _next_action(menu, action: QAction) -> QAction | None:
    items = menu.actions()
    index = items.index(action)
    return items[index + 1] if index + 1 < len(items) else None


def _print(window) -> None:
    from .print_support import print_map

    print_map(window)


def _copy_image(window) -> None:
    from .copy_image import copy_as_image

    copy_as_image(window)
