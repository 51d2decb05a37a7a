"""What screen readers (Orca, NVDA) read on the canvas: the map as a tree of accessible objects.

Qt asks :func:`_factory` for the view's interface only when an assistive technology is
active (or a test asks); nothing here runs, and nothing is connected, before that. The tree
is virtual: one small node per thing the reader has asked about, reading the model and the
scene's layout on each query, so an edit costs one flag and a few events, never a rebuild::

    map (the view: its name is the map's title)
    ├── persona
    ├── stage ── step …
    ├── lane ── cell (lane × step) ── card … (an emotion lane's cell: its point)
    └── the in-place editor, while one is open (``accessible_editor``: the text being typed)

Roles, for what the readers say with them:
- the view is a Pane (PySide6 has no QAccessibleTableInterface to back a Table, and a Table
  without it makes Orca read nonsense coordinates);
- stages and steps are ColumnHeaders, lanes Groupings (a named group: "Pain points, grouping");
- a cell is a List and its cards ListItems: both readers then say the card's text and "2 of 3",
  its place in the cell, which is what a sighted user sees at a glance;
- an emotion point is StaticText whose name carries its value and word ("Sign-up: −1 on
  −2…+2 · worry"): a Slider would need a value interface that PySide6 cannot attach to a
  Python interface.
The selected thing is the focused child; moving the selection sends a Focus event so the
reader follows the keyboard. While a card or a title is typed in place, the editor is the
focused child: the reader gets its text as it is typed, then the edited thing again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QRectF, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from .accessible_editor import EditorNode, PartOfMap
from .map_reading import Key, MapIndex, node_key

Role, Text, Event = QAccessible.Role, QAccessible.Text, QAccessible.Event
_ROLES = {"persona": Role.StaticText, "stage": Role.ColumnHeader, "step": Role.ColumnHeader,
          "lane": Role.Grouping, "cell": Role.List, "card": Role.ListItem, "point": Role.StaticText}


def install() -> None:
    """Let Qt ask us for the map view's interface (once per process; cheap until an AT asks)."""
    app = QCoreApplication.instance()
    if app is not None and not app.property("journeyStudioMapAccessible"):
        QAccessible.installFactory(_factory)
        app.setProperty("journeyStudioMapAccessible", True)


def _factory(key: str, obj):
    # Qt asks once per class of the object's ancestry; the name is the map view's (not imported: it imports us)
    if key == "MapView" and hasattr(obj, "map_scene") and hasattr(obj, "selection_changed"):
        return MapAccessible(obj)
    return None


def send_event(event: QAccessibleEvent) -> None:
    """Tell the platform's bridge (AT-SPI, UI Automation); a seam for tests."""
    QAccessible.updateAccessibility(event)


class MapAccessible(QAccessibleWidget):
    """The view's interface: the map, its nodes, the selection as focus, events on changes."""

    def __init__(self, view):
        super().__init__(view, Role.Pane)
        self.view = view
        self._nodes: dict[Key, MapNode] = {}
        self._index: MapIndex | None = None
        self._said: Key | None = None  # the node last announced as the focus
        self._editing: dict[str, EditorNode] = {}  # "node": the open in-place editor's, once asked for
        # made only when an AT (or a test) asks: only then does the map pay for listening
        self._listener = _Listener(self, view)

    # --- the index and the nodes -------------------------------------------------------------
    def index(self) -> MapIndex:
        layout = self.view.map_scene.layout
        if self._index is None or self._index.layout is not layout:
            self._index = MapIndex(self.view.map_scene.document, layout)
            gone = [key for key in self._nodes if not self._index.exists(key)]
            for key in gone:
                _delete(self._nodes.pop(key))
        return self._index

    def _forget_index(self) -> None:
        self._index = None

    def node(self, key: Key | None):
        if key is None:
            return self
        if not self.index().exists(key):
            return None
        node = self._nodes.get(key)
        if node is None:
            node = self._nodes[key] = MapNode(self, key)
            QAccessible.registerAccessibleInterface(node)  # in Qt's cache, kept alive by _nodes until deleted
        return node

    def screen_rect(self, rect) -> QRect:
        if rect is None:
            return QRect()
        view = self.view
        on_view = view.mapFromScene(QRectF(rect.x, rect.y, rect.w, rect.h)).boundingRect()
        on_view.moveTopLeft(view.viewport().mapToGlobal(on_view.topLeft()))
        return on_view

    def editor_node(self) -> EditorNode | None:
        """The open in-place editor's node (made when first asked for), else None."""
        editor = self.view.editor()
        node = self._editing.get("node")
        if node is not None and node.editor is not editor:
            self._drop_editor_node()
            node = None
        if node is None and editor is not None and not editor.is_done():
            node = self._editing["node"] = EditorNode(self, editor, lambda event: send_event(event))
            QAccessible.registerAccessibleInterface(node)  # in Qt's cache, kept alive here until it closes
        return node

    def _drop_editor_node(self) -> None:
        node = self._editing.pop("node", None)
        if node is not None:
            node.detach()
            _delete(node)

    def focused_key(self) -> Key | None:
        # while a card is typed into the inspector, the reader stays there; typed in place: on the editor
        if not self.view.hasFocus() or self.view.is_editing():
            return None
        key = node_key(self.view.selection())
        return key if key is not None and self.index().exists(key) else None

    # --- QAccessibleInterface -----------------------------------------------------------------
    def text(self, kind):
        document = self.view.map_scene.document
        if kind == Text.Name:
            return document.map.title or QCoreApplication.translate("MapAccessible", "Untitled journey")
        if kind == Text.Description:
            return QCoreApplication.translate("MapAccessible",
                                              "Journey map. Arrow keys and Tab move between cells and cards, "
                                              "Enter adds a card, F2 edits.")
        return super().text(kind)

    def childCount(self) -> int:
        return len(self.index().children(None)) + (self.editor_node() is not None)

    def child(self, i: int):
        children = self.index().children(None)
        if i == len(children):
            return self.editor_node()
        return self.node(children[i]) if 0 <= i < len(children) else None

    def indexOfChild(self, child) -> int:
        children = self.index().children(None)
        if isinstance(child, EditorNode):
            return len(children) if child is self._editing.get("node") else -1
        key = getattr(child, "key", None)
        return children.index(key) if key in children else -1

    def childAt(self, x: int, y: int):
        return _child_at(self, None, x, y)

    def focusChild(self):
        if self.view.is_editing():
            return self.editor_node() if self.view.hasFocus() else None
        key = self.focused_key()
        return self.node(key) if key is not None else None

    # --- events ---------------------------------------------------------------------------------
    def _on_changed(self, changes) -> None:
        self._index = None  # read again on the next query: nothing is built per edit
        if not QAccessible.isActive():
            return
        structure = False
        for change in changes:
            if change.action != "updated" or change.subject in ("steps", "persona"):
                structure = True
            elif change.subject == "map":
                send_event(QAccessibleEvent(self, Event.NameChanged))
            elif change.subject == "points":  # a value changed, or a point came or went: say them again
                lanes = set(change.ids)
                for key, node in list(self._nodes.items()):
                    if key[0] == "point" and key[1] in lanes:
                        send_event(QAccessibleEvent(node, Event.NameChanged))
                    elif key[0] == "lane" and key[1] in lanes:
                        send_event(QAccessibleEvent(node, Event.ObjectReorder))
            else:
                kind = {"cards": "card", "stages": "stage", "lanes": "lane"}.get(change.subject)
                for item_id in change.ids if kind else ():
                    node = self._nodes.get((kind, item_id))  # only what the reader has seen
                    if node is not None:
                        send_event(QAccessibleEvent(node, Event.NameChanged))
                        send_event(QAccessibleEvent(node, Event.DescriptionChanged))
        if structure:
            send_event(QAccessibleEvent(self, Event.ObjectReorder))
            # a moved or added card: say the focused one again once the view has followed, unless
            # a new selection was said meanwhile
            self._said = None
            QTimer.singleShot(0, self._listener, self._after_change)

    def _after_change(self) -> None:
        if self._said is None:
            self._on_selection()

    def _on_editing(self) -> None:
        """An in-place editor opened (the reader moves to it) or closed (back to the selection)."""
        if self.view.editor() is None:
            self._drop_editor_node()
        self._said = None
        self._on_selection()

    def _on_selection(self, *_args) -> None:
        if not QAccessible.isActive() or not self.view.hasFocus():
            return
        if self.view.is_editing():  # the editor keeps the focus while the selection shows what it edits
            editor = self.editor_node()
            if editor is not None and self._said != ("editor",):
                self._said = ("editor",)
                send_event(QAccessibleEvent(editor, Event.Focus))
            return
        key = self.focused_key()
        node = self.node(key) if key is not None else None
        self._said = key
        if node is None:  # nothing selected: the reader is back on the map
            send_event(QAccessibleEvent(self, Event.Focus))
            return
        send_event(QAccessibleEvent(node, Event.Focus))
        send_event(QAccessibleEvent(node, Event.Selection))


class _Listener(QObject):
    """The interface's ears, a child of the view: the connections end with the view (the
    document and the scene may outlive it), and so do the nodes in Qt's cache."""

    def __init__(self, owner: MapAccessible, view):
        super().__init__(view)
        self._owner = owner
        self._nodes = owner._nodes
        view.map_scene.document.changed.connect(self._changed)
        view.selection_changed.connect(self._selected)
        view.editing_changed.connect(self._editing)
        view.map_scene.relaid_out.connect(self._relaid_out)
        view.installEventFilter(self)
        self.destroyed.connect(lambda *_, nodes=self._nodes, editing=owner._editing: _forget(nodes, editing))

    def _changed(self, changes) -> None:
        self._owner._on_changed(changes)

    def _selected(self, *_args) -> None:
        self._owner._on_selection()

    def _editing(self) -> None:
        self._owner._on_editing()

    def _relaid_out(self) -> None:
        self._owner._forget_index()

    def eventFilter(self, watched, event) -> bool:
        # when the view gets the focus Qt announces the view; then we announce the selected thing
        if event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self, self._selected)
        return False


class MapNode(PartOfMap, QAccessibleInterface):
    """One stage, step, lane, cell, card, emotion point or the persona: reads the map on each query."""

    def __init__(self, root: MapAccessible, key: Key):
        super().__init__()
        self.root, self.key = root, key

    def isValid(self) -> bool:
        return self.root.index().exists(self.key)

    def parent(self):
        return self.root.node(self.root.index().parent(self.key))

    def childCount(self) -> int:
        return len(self.root.index().children(self.key))

    def child(self, i: int):
        children = self.root.index().children(self.key)
        return self.root.node(children[i]) if 0 <= i < len(children) else None

    def indexOfChild(self, child) -> int:
        children = self.root.index().children(self.key)
        key = getattr(child, "key", None)
        return children.index(key) if key in children else -1

    def childAt(self, x: int, y: int):
        return _child_at(self.root, self.key, x, y)

    def focusChild(self):
        focused = self.root.focused_key()
        return self.root.node(focused) if focused is not None and focused != self.key and \
            _is_below(self.root.index(), focused, self.key) else None

    def text(self, kind) -> str:
        index = self.root.index()
        if not index.exists(self.key):
            return ""
        document = self.root.view.map_scene.document
        if kind == Text.Name:
            return index.name(self.key, document)
        if kind == Text.Description:
            return index.description(self.key, document)
        return ""

    def setText(self, kind, text) -> None:
        pass  # editing goes through the canvas's keys (F2), never through the reader

    def rect(self) -> QRect:
        index = self.root.index()
        return self.root.screen_rect(index.rect(self.key)) if index.exists(self.key) else QRect()

    def role(self):
        return _ROLES[self.key[0]]

    def state(self):
        state = QAccessible.State()
        if self.key[0] == "persona" or not self.isValid():
            state.invalid = not self.isValid()
            return state
        state.focusable = state.selectable = True
        selected = node_key(self.root.view.selection())
        if self.key[0] == "card":
            state.selected = self.key[1] in self.root.view.selection().card_ids
        else:
            state.selected = selected == self.key
        state.focused = self.root.focused_key() == self.key
        return state


def _is_below(index: MapIndex, key: Key, ancestor: Key) -> bool:
    while key is not None:
        key = index.parent(key)
        if key == ancestor:
            return True
    return False


def _child_at(root: MapAccessible, key: Key | None, x: int, y: int):
    for child in root.index().children(key):
        node = root.node(child)
        if node is not None and node.rect().contains(x, y):
            return node
    return None


def _delete(node: QAccessibleInterface) -> None:
    """Take ``node`` out of Qt's cache, which deletes it. PySide6 leaves a registered Python
    interface owned by Python: the caller's reference must outlive this call, else the object
    is freed first and Qt deletes it a second time (a crash)."""
    QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(node))


def _forget(*node_dicts: dict) -> None:
    """The view is gone: its nodes leave Qt's cache with it."""
    for nodes in node_dicts:
        for node in list(nodes.values()):
            _delete(node)
        nodes.clear()
