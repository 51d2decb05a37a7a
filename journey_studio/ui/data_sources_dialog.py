"""File › Data Sources…: link the map to its data and say which column holds what.

The dialog edits copies; OK applies every change as one undoable step (``Document.set_data``).
"Read columns" reads the source once and fills the column choices and a preview of its
first rows; nothing is kept from the data but the choices.
"""

from __future__ import annotations

from collections import Counter
from itertools import islice
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..datasources import DataSourceError
from ..datasources.tables import read_table, stored_path, url_without_password
from ..model import Aggregate, ColumnMapping, DataSource, LaneData, MetricRule, SourceKind, new_id
from . import plain_text

NONE = ""
KINDS = {".csv": SourceKind.CSV, ".txt": SourceKind.CSV, ".tsv": SourceKind.CSV, ".xlsx": SourceKind.XLSX,
         ".sqlite": SourceKind.SQLITE, ".sqlite3": SourceKind.SQLITE, ".db": SourceKind.SQLITE}
ROLES = ("step", "value", "metric", "date", "segment")
PREVIEW_ROWS = 8
SCANNED_ROWS = 20_000  # read to offer the segments seen (the refresh reads every row)
MAX_SEGMENTS = 200


class DataSourcesDialog(QDialog):
    def __init__(self, document, map_dir: Path | None, parent=None):
        super().__init__(parent)
        self.document, self.map_dir = document, map_dir
        self.refresh_wanted = False
        m = document.map
        self.sources = [s.model_copy(deep=True) for s in m.data_sources]
        self.columns: dict[str, list[str]] = {}
        self.samples: dict[str, list[tuple]] = {}  # the rows read, for the segments they hold
        self.setWindowTitle(self.tr("Data Sources"))
        self.resize(1100, 860)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        layout.addLayout(top, 3)
        left = QVBoxLayout()
        top.addLayout(left, 1)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Data sources"))
        left.addWidget(self.list)
        for text, slot in ((self.tr("Add &File…"), self.add_file), (self.tr("Add Data&base…"), self.add_database),
                           (self.tr("&Remove"), self.remove)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            left.addWidget(button)
        self.form_box = QGroupBox(self.tr("Source"))
        top.addWidget(self.form_box, 3)
        self._build_form()
        layout.addWidget(QLabel(self.tr("Metrics: how each is computed, its unit and its traffic light")))
        self.rules = QTableWidget(0, 7)
        self.rules.setHorizontalHeaderLabels([self.tr("Metric"), self.tr("Computed as"), self.tr("Unit"),
                                              self.tr("Good at"), self.tr("Alert at"), self.tr("Answers from"),
                                              self.tr("to")])
        self.rules.horizontalHeader().setStretchLastSection(True)
        self.rules.setMinimumHeight(150)
        layout.addWidget(self.rules, 2)
        for rule in m.metrics:
            self._add_rule_row(rule)
        add_rule = QPushButton(self.tr("Add &Metric"))
        add_rule.clicked.connect(lambda: self._add_rule_row(MetricRule(name=self.tr("New metric"))))
        curves = QFormLayout()
        layout.addLayout(curves)
        self.curve_choices: dict[str, QComboBox] = {}
        for lane in m.emotion_lanes():
            combo = QComboBox()
            combo.setEditable(False)
            self.curve_choices[lane.id] = combo
            curves.addRow(self.tr("Curve “{title}”:").format(title=lane.title or lane.id), combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(add_rule, QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button = buttons.addButton(self.tr("OK and &Refresh"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.refresh_button.clicked.connect(lambda: setattr(self, "refresh_wanted", True))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self._fill_list()
        self._fill_curves()

    # --- the form of one source -------------------------------------------------------------
    def _build_form(self) -> None:
        form = QFormLayout(self.form_box)
        self.name = QLineEdit()
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.path)
        row_layout.addWidget(browse)
        self.sheet = QLineEdit()
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://user@host/database")
        self.password_env = QLineEdit()
        self.password_env.setPlaceholderText("JOURNEY_STUDIO_DB_PASSWORD")
        self.query = QPlainTextEdit()
        self.query.setPlaceholderText("SELECT step, score, answered_on FROM survey")
        self.query.setMaximumHeight(70)
        self.read_button = QPushButton(self.tr("Read &Columns"))
        self.read_button.clicked.connect(self.read_columns)
        self.combos = {role: QComboBox() for role in ROLES}
        self.metric_name = QLineEdit()
        self.metric_name.setPlaceholderText("CSAT")
        # the segments seen in the data are offered once the columns are read; any text still goes
        self.segment_filter = QComboBox()
        self.segment_filter.setEditable(True)
        self.segment_filter.lineEdit().setPlaceholderText(self.tr("all rows"))
        self.segment_filter.activated.connect(lambda _i: self._store())
        self.segment_filter.lineEdit().editingFinished.connect(self._store)
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        labels = {"step": self.tr("Step column:"), "value": self.tr("Value column:"),
                  "metric": self.tr("Metric column:"), "date": self.tr("Date column:"),
                  "segment": self.tr("Segment column:")}
        self.rows = {}
        for label, widget in ((self.tr("Name:"), self.name), (self.tr("File:"), row), (self.tr("Sheet:"), self.sheet),
                              (self.tr("Database URL:"), self.url), (self.tr("Password variable:"), self.password_env),
                              (self.tr("Query:"), self.query), ("", self.read_button),
                              *((labels[r], self.combos[r]) for r in ROLES),
                              (self.tr("Metric name:"), self.metric_name), (self.tr("Only the segment:"), self.segment_filter)):
            form.addRow(label, widget)
            self.rows[widget] = label
        form.addRow(self.preview)
        for widget in (self.name, self.path, self.sheet, self.url, self.password_env, self.metric_name):
            widget.editingFinished.connect(self._store)
        self.query.textChanged.connect(self._store)
        for combo in self.combos.values():
            combo.activated.connect(lambda _i: self._store())
        self.combos["segment"].activated.connect(lambda _i: self._fill_segments())

    def _current(self) -> DataSource | None:
        row = self.list.currentRow()
        return self.sources[row] if 0 <= row < len(self.sources) else None

    def _fill_list(self) -> None:
        self.list.clear()
        for source in self.sources:
            self.list.addItem(f"{source.name or source.path or source.url}  ({source.kind.value.upper()})")
        self.list.setCurrentRow(0 if self.sources else -1)
        self._show()

    def _show(self, *_args) -> None:
        source = self._current()
        self.form_box.setEnabled(source is not None)
        if source is None:
            return
        self._loading = True
        self.name.setText(source.name)
        self.path.setText(source.path)
        self.sheet.setText(source.sheet)
        self.url.setText(source.url)
        self.password_env.setText(source.password_env)
        self.query.setPlainText(source.query)
        self.metric_name.setText(source.metric)
        is_file, is_db = source.kind != SourceKind.SQL, source.kind in (SourceKind.SQLITE, SourceKind.SQL)
        for widget, shown in ((self.path.parentWidget(), is_file), (self.sheet, source.kind == SourceKind.XLSX),
                              (self.url, source.kind == SourceKind.SQL), (self.password_env, source.kind == SourceKind.SQL),
                              (self.query, is_db)):
            widget.setEnabled(shown)
        self._fill_combos(source)
        self._fill_segments(source)
        self._loading = False

    def _fill_combos(self, source: DataSource) -> None:
        known = self.columns.get(source.id, [])
        for role, combo in self.combos.items():
            chosen = getattr(source.columns, role) or NONE
            combo.clear()
            if role not in ("step", "value"):
                combo.addItem(self.tr("(none)"), NONE)
            for name in dict.fromkeys([*known, *([chosen] if chosen else [])]):
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def _fill_segments(self, source: DataSource | None = None) -> None:
        """Offer the segments seen in the rows read (most frequent first), keeping the text typed."""
        source = source or self._current()
        if source is None:
            return
        typed = source.segment_filter if getattr(self, "_loading", False) else self.segment_filter.currentText()
        column = self.combos["segment"].currentData() or None
        columns, rows = self.columns.get(source.id, []), self.samples.get(source.id, [])
        seen: Counter[str] = Counter()
        if column in columns:
            index = columns.index(column)
            seen.update(str(row[index]).strip() for row in rows
                        if index < len(row) and row[index] is not None and str(row[index]).strip())
        self.segment_filter.clear()
        self.segment_filter.addItem("")  # all rows
        for value, _count in seen.most_common(MAX_SEGMENTS):
            self.segment_filter.addItem(value)
        self.segment_filter.setCurrentText(typed)

    def _store(self) -> None:
        source = self._current()
        if source is None or getattr(self, "_loading", False):
            return
        url = self.url.text().strip()
        if url:
            try:
                url = url_without_password(url)  # a password typed here is never stored
            except DataSourceError:
                pass
        mapping = ColumnMapping(**{role: (combo.currentData() or None) if role not in ("step", "value")
                                   else (combo.currentData() or "") for role, combo in self.combos.items()})
        row = self.list.currentRow()
        self.sources[row] = source.model_copy(update={
            "name": self.name.text().strip(), "path": self.path.text().strip(), "sheet": self.sheet.text().strip(),
            "url": url, "password_env": self.password_env.text().strip(), "query": self.query.toPlainText(),
            "metric": self.metric_name.text().strip(), "segment_filter": self.segment_filter.currentText().strip(),
            "columns": mapping})
        self.list.item(row).setText(f"{self.sources[row].name or self.sources[row].path or url}  "
                                    f"({source.kind.value.upper()})")
        self._fill_curves()

    # --- adding, removing, reading ----------------------------------------------------------
    def add_file(self, file: str | None = None) -> None:
        if not file:
            file, _ = QFileDialog.getOpenFileName(
                self, self.tr("Add a Data File"), str(self.map_dir or Path.home()),
                self.tr("Data files (*.csv *.tsv *.txt *.xlsx *.sqlite *.sqlite3 *.db)"))
        if not file:
            return
        kind = KINDS.get(Path(file).suffix.lower(), SourceKind.CSV)
        self._add(DataSource(id=new_id("source"), name=Path(file).stem, kind=kind,
                             path=stored_path(file, self.map_dir)))

    def add_database(self) -> None:
        self._add(DataSource(id=new_id("source"), name=self.tr("Database"), kind=SourceKind.SQL))

    def _add(self, source: DataSource) -> None:
        self.sources.append(source)
        self._fill_list()
        self.list.setCurrentRow(len(self.sources) - 1)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self.sources[row]
            self._fill_list()
            self._fill_curves()

    def _browse(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the Data File"), str(self.map_dir or Path.home()))
        if file:
            self.path.setText(stored_path(file, self.map_dir))
            self._store()

    def read_columns(self) -> bool:
        """Read the source's first rows: fill the column choices and the preview."""
        self._store()
        source = self._current()
        if source is None:
            return False
        try:
            columns, rows = read_table(source, self.map_dir)
            sample = list(islice(rows, SCANNED_ROWS))
            rows.close() if hasattr(rows, "close") else None
        except DataSourceError as exc:
            plain_text.warning(self, self.tr("Data Sources"), str(exc))
            return False
        self.columns[source.id] = columns
        self.samples[source.id] = sample
        sample = sample[:PREVIEW_ROWS]
        guesses = _guess(columns)
        mapping = source.columns.model_copy(update={r: getattr(source.columns, r) or guesses.get(r) or
                                                    (None if r not in ("step", "value") else "") for r in ROLES})
        self.sources[self.list.currentRow()] = source.model_copy(update={"columns": mapping})
        self._show()
        self.preview.setColumnCount(len(columns))
        self.preview.setHorizontalHeaderLabels(columns)
        self.preview.setRowCount(len(sample))
        for r, row in enumerate(sample):
            for c, value in enumerate(row[: len(columns)]):
                self.preview.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        return True

    # --- metric rules and curves ------------------------------------------------------------
    def _add_rule_row(self, rule: MetricRule) -> None:
        r = self.rules.rowCount()
        self.rules.insertRow(r)
        self.rules.setItem(r, 0, QTableWidgetItem(rule.name))
        aggregate = QComboBox()
        names = {Aggregate.MEAN: self.tr("mean"), Aggregate.SUM: self.tr("sum"), Aggregate.COUNT: self.tr("count"),
                 Aggregate.NPS: "NPS", Aggregate.CSAT: self.tr("CSAT (% of 4 and 5)")}
        for value, text in names.items():
            aggregate.addItem(text, value.value)
        aggregate.setCurrentIndex(aggregate.findData(rule.aggregate.value))
        self.rules.setCellWidget(r, 1, aggregate)
        self.rules.setItem(r, 2, QTableWidgetItem(rule.unit))
        for c, value in ((3, rule.good), (4, rule.bad), (5, rule.answer_min), (6, rule.answer_max)):
            spin = QDoubleSpinBox()
            spin.setRange(-1_000_000, 1_000_000)
            spin.setDecimals(1)
            spin.setSpecialValueText(self.tr("—"))
            spin.setMinimum(-1_000_000.0)
            spin.setValue(-1_000_000.0 if value is None else value)
            self.rules.setCellWidget(r, c, spin)

    def metric_rules(self) -> list[MetricRule]:
        rules = []
        for r in range(self.rules.rowCount()):
            name = (self.rules.item(r, 0).text() if self.rules.item(r, 0) else "").strip()
            if not name:
                continue
            numbers = [self.rules.cellWidget(r, c).value() for c in (3, 4, 5, 6)]
            numbers = [None if n <= -1_000_000 else n for n in numbers]
            rules.append(MetricRule(name=name, aggregate=Aggregate(self.rules.cellWidget(r, 1).currentData()),
                                    unit=(self.rules.item(r, 2).text() if self.rules.item(r, 2) else "").strip(),
                                    good=numbers[0], bad=numbers[1], answer_min=numbers[2], answer_max=numbers[3]))
        return rules

    def _fill_curves(self) -> None:
        m = self.document.map
        metrics = sorted({r.name for r in m.metrics} | {x.metric for x in m.measures} |
                         {s.metric for s in self.sources if s.metric}, key=str.casefold)
        for lane_id, combo in self.curve_choices.items():
            lane = m.find_lane(lane_id)
            current = combo.currentData() if combo.count() else (
                (lane.data.source, lane.data.metric) if lane.data else None)
            combo.clear()
            combo.addItem(self.tr("Drawn by hand"), None)
            for source in self.sources:
                for metric in metrics:
                    combo.addItem(self.tr("From data: {source} · {metric}").format(
                        source=source.name or source.path or source.id, metric=metric), (source.id, metric))
            index = next((i for i in range(combo.count()) if combo.itemData(i) == current), 0)
            combo.setCurrentIndex(index)

    # --- OK ---------------------------------------------------------------------------------
    def accept(self) -> None:
        self._store()
        lanes = {}
        for lane_id, combo in self.curve_choices.items():
            choice = combo.currentData()
            data = LaneData(source=choice[0], metric=choice[1]) if choice else None
            if data != self.document.map.find_lane(lane_id).data:
                lanes[lane_id] = (data, None)
        kept = {s.id for s in self.sources}
        measures = [m for m in self.document.map.measures if m.source in kept]
        try:
            self.document.set_data(self.sources, self.metric_rules(), measures, lanes, self.tr("Edit data sources"))
        except ValueError as exc:
            plain_text.warning(self, self.tr("Data Sources"), str(exc))
            return
        super().accept()


def _guess(columns: list[str]) -> dict[str, str]:
    """First guesses at which column is which, from usual names in English and French."""
    from ..datasources.matching import fold

    hints = {"step": ("step", "etape", "stage", "touchpoint", "point de contact"),
             "value": ("value", "valeur", "note", "score", "rating"),
             "metric": ("metric", "indicateur", "kpi", "mesure"),
             "date": ("date", "jour", "day", "month", "mois"),
             "segment": ("segment", "cible", "profil", "customer type")}
    found = {}
    for role, words in hints.items():
        for column in columns:
            if any(word in fold(column) for word in words) and column not in found.values():
                found[role] = column
                break
    return found
