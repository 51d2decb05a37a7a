"""The start screen: what the app shows when no map is open (never a blank page).

Left, the ways in: New Blank Map, Open…, and the recent maps (thumbnail, title, file, date;
one click opens one). Right, the template gallery: a preview of each template drawn by the shared layout,
the user's own under "My templates" (rename, delete). It is driven from the keyboard: typing
filters the gallery, the arrows move, Enter opens; Tab goes between the filter, the gallery
and the recent maps. It speaks the interface language, and the chosen template opens in it.

The screen only says what was chosen (signals); the window that hosts it opens the map.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QKeySequence, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QFrame, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListView,
    QListWidget, QListWidgetItem, QMenu, QMessageBox, QPushButton, QStyle, QStyledItemDelegate,
    QVBoxLayout, QWidget,
)

from ..i18n import interface_language
from ..model.search_text import fold
from ..templates import BLANK, Template, blank_journey, builtin_templates
from ..user_templates import delete_template, rename_template, user_templates
from . import map_preview
from .recent_files import RecentFiles
from .recent_names import distinguishing_folders
from . import plain_text

NAME_ROLE = Qt.ItemDataRole.UserRole
TEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # what the filter searches (folded): names, titles, descriptions
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # a recent map's title (its file's name until it is read)
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 3  # "" or what tells it from a map with its name or title
#: the recent maps' side of the screen: room for a thumbnail and a typical path, in characters
SIDE_CHARACTERS = 52
SIDE_MIN = 360


class _TileDelegate(QStyledItemDelegate):
    """Draws a tile without the style's focus box around its title (the frame says it)."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        option.state &= ~QStyle.StateFlag.State_HasFocus


def elide_path(path: str, metrics, width: int) -> str:
    """``path`` in ``width`` pixels, cut in the middle where folders matter least: as many of
    its last parts as fit (the file and the folders nearest it, where two recent maps differ),
    after its first folder when there is room: "/work/…/benchmarks/programme-200.journey",
    "…/client-a/programme.journey", else the end of the file's name: "…mme-200.journey"."""
    if metrics.horizontalAdvance(path) <= width:
        return path
    separator = "/" if "/" in path else os.sep
    parts = path.split(separator)
    head = separator.join(parts[:2]) if parts[0] == "" else parts[0]  # "/work" or "~" or "C:"
    rest = parts[2:] if parts[0] == "" else parts[1:]
    fits = [count for count in range(1, len(rest))
            if metrics.horizontalAdvance(separator.join(["…", *rest[-count:]])) <= width]
    if not fits:  # no room for a folder: the end of the file's name, where "-50" and "-200" differ
        return metrics.elidedText(f"…{separator}{parts[-1]}", Qt.TextElideMode.ElideLeft, width)
    tail = separator.join(["…", *rest[-max(fits):]])
    with_head = f"{head}{separator}{tail}"
    return with_head if metrics.horizontalAdvance(with_head) <= width else tail


_LINE = "\u2028"  # how QStyledItemDelegate shows an item text's "\n"


class _RecentDelegate(QStyledItemDelegate):
    """A recent map's three lines (title, file, date): the file's path is shortened in the
    middle (``elide_path``), so two maps with one title still look different; the full path is
    the tooltip. A title too long is cut before its folder ("Programme de forma… — client-a"),
    which is what tells it from another map with its name or title (``recent_names``)."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        lines = option.text.split(_LINE)  # the delegate's display text breaks lines so
        if len(lines) == 3 and option.rect.width() > 0:
            style = option.widget.style() if option.widget is not None else QApplication.style()
            room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget).width()
            width = max(room - 16, 40)  # the sheet's padding
            lines[1] = elide_path(lines[1], option.fontMetrics, width)
            folder = index.data(FOLDER_ROLE)
            if folder and option.fontMetrics.horizontalAdvance(lines[0]) > width:
                tail = f" — {folder}"
                title = option.fontMetrics.elidedText(
                    str(index.data(TITLE_ROLE)), Qt.TextElideMode.ElideRight,
                    max(width - option.fontMetrics.horizontalAdvance(tail), width // 3))
                lines[0] = title + tail
            option.text = _LINE.join(lines)


class _Gallery(QListWidget):
    """Template tiles in a grid; printable keys go to the filter so typing narrows the list."""

    typed = Signal(QKeyEvent)
    rename_requested = Signal(QListWidgetItem)  # F2
    delete_requested = Signal(QListWidgetItem)  # Delete

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(map_preview.TILE)
        self.setGridSize(QSize(map_preview.TILE.width() + 24, map_preview.TILE.height() + 58))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSpacing(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(_TileDelegate(self))
        palette = self.palette()  # the chosen tile is framed; its title is not highlighted
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor(0, 0, 0, 0))
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#1f2a33"))
        self.setPalette(palette)
        #: said in the middle of the list when nothing in it is shown ("No template matches…")
        self.empty_text = ""

    def set_empty_text(self, text: str) -> None:
        if text != self.empty_text:
            self.empty_text = text
            self.viewport().update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#5b6b78"))
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            painter.drawText(self.viewport().rect().adjusted(24, 48, -24, -24), flags, self.empty_text)
            painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.text().isprintable() and event.text().strip() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.typed.emit(event)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemActivated.emit(self.currentItem())
            return
        if event.key() == Qt.Key.Key_F2 and self.currentItem():
            self.rename_requested.emit(self.currentItem())
            return
        if event.key() == Qt.Key.Key_Delete and self.currentItem():
            self.delete_requested.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class StartScreen(QWidget):
    new_blank_requested = Signal()
    open_requested = Signal()
    template_chosen = Signal(str)  # a template's name
    recent_chosen = Signal(str)  # a path

    def __init__(self, recent_files: RecentFiles, parent: QWidget | None = None):
        super().__init__(parent)
        self.recent_files = recent_files
        self.setObjectName("startScreen")
        # the page keeps its own light colours in every theme (View › Theme): its background
        # is painted, so its dark headings never stand on a dark window colour
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self._side_panel())
        root.addWidget(self._gallery_panel(), 1)
        for first, second in ((self.filter, self.gallery), (self.gallery, self.mine),
                              (self.mine, self.new_button), (self.new_button, self.open_button),
                              (self.open_button, self.recent)):
            self.setTabOrder(first, second)
        self.refresh()

    # --- building ----------------------------------------------------------------------
    def _side_panel(self) -> QWidget:
        side = QFrame()
        side.setObjectName("startSide")
        # wide enough for a thumbnail and a typical path ("~/Documents/Workshops/client-a/
        # programme.journey") in the list's font; at most 40 % of a small window (resizeEvent)
        list_font = QFont(self.font())
        list_font.setPointSizeF(9.5)
        typical = QFontMetrics(list_font).averageCharWidth() * SIDE_CHARACTERS
        self._side_wanted = max(SIDE_MIN, min(560, typical + map_preview.THUMB.width() + 2 * 28 + 40))
        side.setFixedWidth(self._side_wanted)
        self._side = side
        box = QVBoxLayout(side)
        box.setContentsMargins(28, 32, 28, 24)
        box.setSpacing(10)
        title = QLabel("Journey Studio")
        title.setObjectName("startTitle")
        box.addWidget(title)
        tagline = QLabel(self.tr("Customer journey maps, ready for the workshop"))
        tagline.setObjectName("startTagline")
        tagline.setWordWrap(True)
        box.addWidget(tagline)
        box.addSpacing(18)
        self.new_button = QPushButton(self.tr("New Blank Map"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Start from three empty stages and the usual lanes"))
        self.new_button.clicked.connect(self.new_blank_requested)
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open a map from a file"))
        self.open_button.clicked.connect(self.open_requested)
        for button in (self.new_button, self.open_button):
            button.setMinimumHeight(38)
            box.addWidget(button)
        box.addSpacing(18)
        heading = QLabel(self.tr("Recent Maps"))
        heading.setObjectName("startHeading")
        box.addWidget(heading)
        self.recent = QListWidget()
        self.recent.setObjectName("recentMaps")
        self.recent.setIconSize(map_preview.THUMB)
        self.recent.setFrameShape(QFrame.Shape.NoFrame)
        self.recent.setWordWrap(False)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.recent.setItemDelegate(_RecentDelegate(self.recent))
        self.recent.setSpacing(2)
        # a list of things to open, as a launcher's: one click opens (Enter too); the hand says so
        self.recent.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.recent.itemClicked.connect(self._open_recent)
        self.recent.itemActivated.connect(self._open_recent)
        self._recent_opening = False
        box.addWidget(self.recent, 100)
        self.no_recent = QLabel(self.tr("Maps you open or save will be listed here."))
        self.no_recent.setObjectName("startMuted")
        self.no_recent.setWordWrap(True)
        box.addWidget(self.no_recent)
        box.addStretch(1)
        return side

    def _gallery_panel(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(32, 32, 24, 16)
        box.setSpacing(10)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Start from a Template"))
        heading.setObjectName("startHeadingLarge")
        top.addWidget(heading)
        top.addStretch(1)
        self.filter = QLineEdit()
        self.filter.setObjectName("templateFilter")
        self.filter.setPlaceholderText(self.tr("Type to filter the templates"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(300)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._open_first_visible)
        top.addWidget(self.filter)
        box.addLayout(top)
        hint = QLabel(self.tr("Each template holds a persona, stages, lanes and grey example cards "
                              "to replace (Edit › Clear Examples removes them)."))
        hint.setObjectName("startMuted")
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.gallery = _Gallery()
        self.gallery.setObjectName("templateGallery")
        self.gallery.typed.connect(self._typed_in_list)
        self.gallery.itemActivated.connect(lambda item: self.template_chosen.emit(item.data(NAME_ROLE)))
        box.addWidget(self.gallery, 3)
        self.mine_heading = QLabel(self.tr("My Templates"))
        self.mine_heading.setObjectName("startHeading")
        box.addWidget(self.mine_heading)
        self.mine = _Gallery()
        self.mine.setObjectName("myTemplates")
        self.mine.typed.connect(self._typed_in_list)
        self.mine.itemActivated.connect(lambda item: self.template_chosen.emit(item.data(NAME_ROLE)))
        self.mine.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.mine.customContextMenuRequested.connect(self._my_template_menu)
        self.mine.rename_requested.connect(lambda item: self._on_my_template(item, self.rename_my_template))
        self.mine.delete_requested.connect(lambda item: self._on_my_template(item, self.delete_my_template))
        box.addWidget(self.mine, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("startMuted")
        box.addWidget(self.count_label)
        return panel

    # --- contents ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the gallery and the recent maps again (the language may have changed)."""
        language = interface_language()
        self.gallery.clear()
        for template in builtin_templates():
            self.gallery.addItem(self._tile(template, language))
        self.mine.clear()
        self._mine = user_templates()
        for template in self._mine:
            self.mine.addItem(self._tile(template, language))
        self._fill_recent()
        self._apply_filter(self.filter.text())
        if self.gallery.count():
            self.gallery.setCurrentRow(0)

    def _tile(self, template: Template, language: str) -> QListWidgetItem:
        item = QListWidgetItem(template.title(language))
        item.setData(NAME_ROLE, template.name)
        item.setData(TEXT_ROLE, fold(template.search_text()))
        item.setToolTip(plain_text.escape_for_tooltip(template.title(language)))
        item.setSizeHint(self.gallery.gridSize())
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        ratio = self.devicePixelRatioF()
        if template.name == BLANK:
            image = map_preview.cached_preview(f"blank:{language}", lambda: blank_journey(language),
                                               map_preview.TILE, ratio)
        else:
            image = map_preview.template_preview(template.file(language), map_preview.TILE, ratio)
        item.setIcon(_icon(image))
        return item

    def _fill_recent(self) -> None:
        self.recent.clear()
        files = [path for path in self.recent_files.files() if os.path.exists(path)]
        for path in files:
            item = QListWidgetItem()
            item.setData(NAME_ROLE, str(path))
            item.setData(TITLE_ROLE, Path(path).stem)
            self.recent.addItem(item)
        self._describe_recent()
        self.recent.setVisible(bool(files))
        self.no_recent.setVisible(not files)
        self._thumbs_to_do = list(range(len(files)))
        QTimer.singleShot(0, self._next_thumbnail)

    def _describe_recent(self) -> None:
        """Each recent map's title, file and date (with the month in the interface language);
        maps sharing a file name or a title say their folders' part that differs ("— client-a")."""
        items = [self.recent.item(row) for row in range(self.recent.count())]
        folders = distinguishing_folders([(item.data(NAME_ROLE), item.data(TITLE_ROLE)) for item in items])
        locale = QLocale(interface_language())
        home = str(Path.home())
        for item, folder in zip(items, folders):
            path = Path(item.data(NAME_ROLE))
            title = item.data(TITLE_ROLE)
            try:
                when = datetime.fromtimestamp(path.stat().st_mtime)
                date = locale.toString(when.date(), "d MMM yyyy") + " " + locale.toString(when.time(), "HH:mm")
            except OSError:  # gone since the list was filled
                date = ""
            shown = "~" + str(path)[len(home):] if str(path).startswith(home + os.sep) else str(path)
            item.setData(FOLDER_ROLE, folder)
            item.setText(f"{title} — {folder}\n{shown}\n{date}" if folder else f"{title}\n{shown}\n{date}")
            item.setToolTip(plain_text.escape_for_tooltip(f"{title}\n{path}"))

    def _open_recent(self, item: QListWidgetItem) -> None:
        """One click, Enter or (on some desktops, with the click) an activation: open once."""
        if self._recent_opening:
            return
        self._recent_opening = True
        QTimer.singleShot(0, self._recent_opened)
        self.recent_chosen.emit(item.data(NAME_ROLE))

    def _recent_opened(self) -> None:
        self._recent_opening = False

    def _next_thumbnail(self) -> None:
        """One recent map's picture per turn of the event loop: the screen shows at once."""
        if not self._thumbs_to_do:
            return
        row = self._thumbs_to_do.pop(0)
        item = self.recent.item(row)
        if item is not None:
            image = map_preview.file_preview(item.data(NAME_ROLE), map_preview.THUMB, self.devicePixelRatioF())
            if image is not None:
                item.setIcon(_icon(image))
            title = map_preview.file_title(item.data(NAME_ROLE))
            if title and title != item.data(TITLE_ROLE):
                item.setData(TITLE_ROLE, title)
                self._describe_recent()  # a title shared with another map may now need its folder
        QTimer.singleShot(0, self._next_thumbnail)

    def finish_thumbnails(self) -> None:
        """Draw the remaining thumbnails now (for tests and screenshots)."""
        while self._thumbs_to_do:
            self._next_thumbnail()

    # --- filtering and keys ------------------------------------------------------------
    def _apply_filter(self, text: str) -> None:
        """Show the templates holding every typed word, without case or accents ("sejour"
        finds "Séjour"), in a name, a title or a description; say so when none does."""
        words = fold(text).split()
        shown = 0
        for gallery in (self.gallery, self.mine):
            for row in range(gallery.count()):
                item = gallery.item(row)
                hidden = not all(word in item.data(TEXT_ROLE) for word in words)
                item.setHidden(hidden)
                shown += not hidden
            current = gallery.currentItem()
            if current is None or current.isHidden():
                first = next((gallery.item(r) for r in range(gallery.count())
                              if not gallery.item(r).isHidden()), None)
                gallery.setCurrentItem(first)
        mine_shown = any(not self.mine.item(r).isHidden() for r in range(self.mine.count()))
        self.mine_heading.setVisible(mine_shown)
        self.mine.setVisible(mine_shown)
        self.gallery.set_empty_text("" if shown else self.tr("No template matches “{text}”.").format(
            text=text.strip()))
        self.count_label.setText(self.tr("%n template(s)", "", shown))

    def visible_templates(self) -> list[str]:
        return [g.item(r).data(NAME_ROLE) for g in (self.gallery, self.mine) for r in range(g.count())
                if not g.item(r).isHidden()]

    def _open_first_visible(self) -> None:
        current = self.gallery.currentItem()
        if current is not None and not current.isHidden():
            self.template_chosen.emit(current.data(NAME_ROLE))
        elif self.visible_templates():
            self.template_chosen.emit(self.visible_templates()[0])

    def _typed_in_list(self, event: QKeyEvent) -> None:
        self.filter.setFocus()
        self.filter.insert(event.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self.filter.hasFocus() and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.gallery.setFocus()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._side.setFixedWidth(max(SIDE_MIN, min(self._side_wanted, int(self.width() * 0.4))))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.gallery.setFocus()

    # --- my templates ------------------------------------------------------------------
    def _my_template(self, item: QListWidgetItem) -> Template | None:
        return next((t for t in self._mine if t.name == item.data(NAME_ROLE)), None)

    def _on_my_template(self, item: QListWidgetItem, action) -> None:
        template = self._my_template(item)
        if template is not None:
            action(template)

    def _my_template_menu(self, pos) -> None:
        item = self.mine.itemAt(pos)
        template = self._my_template(item) if item else None
        if template is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), QKeySequence(Qt.Key.Key_F2), lambda: self.rename_my_template(template))
        menu.addAction(self.tr("Delete"), QKeySequence(Qt.Key.Key_Delete), lambda: self.delete_my_template(template))
        menu.exec(self.mine.viewport().mapToGlobal(pos))

    def rename_my_template(self, template: Template, title: str | None = None) -> None:
        if title is None:
            title, ok = QInputDialog.getText(self, self.tr("Rename Template"), self.tr("Template name"),
                                             text=template.title(interface_language()))
            if not ok:
                return
        if title.strip():
            rename_template(template, title.strip())
            self.refresh()

    def delete_my_template(self, template: Template, ask: bool = True) -> None:
        if ask:
            answer = plain_text.question(
                self, self.tr("Delete Template"),
                self.tr("Delete the template “{name}”? Maps made from it are not affected.").format(
                    name=template.title(interface_language())))
            if answer != QMessageBox.StandardButton.Yes:
                return
        delete_template(template)
        self.refresh()


def _icon(image) -> QIcon:
    """The picture as it is in every state: selection is shown by the tile's frame, not by
    tinting the map."""
    pixmap = QPixmap.fromImage(image)
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)
    return icon


_STYLE = """
#startScreen { background: #f4f6f8; }
#startSide { background: #2f3e4c; }
#startSide QLabel { color: #e9eef2; }
#startTitle { font-size: 22pt; font-weight: 600; color: #ffffff; }
#startTagline { color: #b8c4ce; font-size: 10.5pt; }
#startSide #startMuted { color: #9fb0bd; }
#startHeading { font-size: 11pt; font-weight: 600; color: #2f3e4c; }
#startSide #startHeading { color: #ffffff; }
#startHeadingLarge { font-size: 16pt; font-weight: 600; color: #1f2a33; }
#startMuted { color: #5b6b78; }
#startSide QPushButton { background: #3d5060; color: #ffffff; border: 1px solid #4f6575;
    border-radius: 6px; padding: 6px 14px; font-size: 11pt; text-align: left; }
#startSide QPushButton:hover, #startSide QPushButton:focus { background: #4a6073; border-color: #f2b705; }
#startSide QPushButton#primary { background: #f2b705; color: #1f2a33; border-color: #f2b705; font-weight: 600; }
#startSide QPushButton#primary:hover, #startSide QPushButton#primary:focus { background: #ffca2c; }
#recentMaps { background: #2f3e4c; color: #e9eef2; font-size: 9.5pt;
    selection-background-color: #3d5060; selection-color: #ffffff; }
#recentMaps::item { padding: 6px 4px; border-radius: 6px; }
#recentMaps::item:selected, #recentMaps::item:hover { background: #3d5060; }
#templateGallery, #myTemplates { background: #f4f6f8; font-size: 10.5pt; color: #1f2a33;
    selection-background-color: transparent; selection-color: #1f2a33; }
#templateGallery::item, #myTemplates::item { border-radius: 8px; padding: 6px; }
#templateGallery::item:hover, #myTemplates::item:hover { background: #e6ebef; }
#templateGallery::item:selected, #myTemplates::item:selected { background: #dbe6f3; color: #1f2a33;
    border: 2px solid #3b7dd8; }
#templateFilter { padding: 6px 10px; border: 1px solid #c5ced6; border-radius: 6px; background: #ffffff;
    color: #1f2a33; font-size: 10.5pt; }
#templateFilter:focus { border-color: #3b7dd8; }
"""
