"""File › Data Sources… and File › Refresh Data in a real window."""

from journey_studio.fileformat import dumps
from journey_studio.ui.data_sources_dialog import DataSourcesDialog
from tests.datasources.conftest import SURVEY, living_journey, write_csv


def open_living_map(open_windows, tmp_path, sources):
    write_csv(tmp_path / "survey.csv", SURVEY)
    path = tmp_path / "banque.journey"
    path.write_bytes(dumps(living_journey(sources, data_lane={"source": sources[0]["id"], "metric": "CSAT"}
                                          if sources else None)))
    return open_windows.open_path(str(path))


SOURCE = {"id": "src", "name": "Enquête", "kind": "csv", "path": "survey.csv",
          "columns": {"step": "étape", "value": "note", "metric": "indicateur", "date": "date"}}


def test_refresh_is_one_undo_step_and_lists_what_changed(qtbot, open_windows, tmp_path, messages):
    window = open_living_map(open_windows, tmp_path, [SOURCE])
    document = window.document
    assert window.living_map.refresh_action.isEnabled()
    window.living_map.refresh_action.trigger()
    assert {(m.step, m.metric) for m in document.map.measures} == {("t1", "CSAT"), ("t2", "CSAT"), ("t2", "NPS")}
    assert [p.step for p in document.map.find_lane("ld").points] == ["t1", "t2"]
    assert document.undo_stack.count() == 1 and document.undo_stack.undoText() == "Refresh data"
    kind, text = messages.shown[-1]
    assert kind == "information" and "Découverte · CSAT" in text and "Agence du centre" in text
    # the canvas shows the tiles in the metrics lane
    band = window.view.scene().bands["lm"]
    assert band.boundingRect().height() > 60
    document.undo_stack.undo()
    assert document.map.measures == [] and [p.step for p in document.map.find_lane("ld").points] == ["t2"]


def test_a_broken_source_says_why_and_changes_nothing(qtbot, open_windows, tmp_path, messages):
    window = open_living_map(open_windows, tmp_path, [{**SOURCE, "path": "gone.csv"}])
    before = window.document.map.model_dump()
    assert window.living_map.refresh() is None
    kind, text = messages.shown[-1]
    assert kind == "warning" and "gone.csv is missing" in text and "not changed" in text
    assert window.document.map.model_dump() == before and window.document.undo_stack.count() == 0


def test_the_dialog_links_a_file_reads_its_columns_and_applies_in_one_step(qtbot, open_windows, tmp_path, messages):
    window = open_living_map(open_windows, tmp_path, [])
    assert not window.living_map.refresh_action.isEnabled()  # nothing to refresh yet
    dialog = DataSourcesDialog(window.document, tmp_path, window)
    qtbot.addWidget(dialog)
    dialog.add_file(str(tmp_path / "survey.csv"))
    assert dialog.sources[0].path == "survey.csv"  # beside the map: stored relative
    assert dialog.read_columns()
    # the usual French names were recognised
    assert dialog.combos["step"].currentText() == "étape" and dialog.combos["value"].currentText() == "note"
    assert dialog.combos["metric"].currentText() == "indicateur" and dialog.combos["date"].currentText() == "date"
    assert dialog.preview.rowCount() == 8 and dialog.preview.item(0, 1).text() == "Découverte"
    dialog.refresh_wanted = False
    dialog.accept()
    document = window.document
    assert document.undo_stack.count() == 1 and len(document.map.data_sources) == 1
    assert document.map.data_sources[0].columns.metric == "indicateur"
    assert window.living_map.refresh_action.isEnabled()
    assert window.living_map.refresh() is not None
    assert document.undo_stack.count() == 2 and document.map.measures


def test_a_password_typed_in_a_database_url_is_not_kept(qtbot, open_windows, tmp_path, messages):
    window = open_living_map(open_windows, tmp_path, [])
    dialog = DataSourcesDialog(window.document, tmp_path, window)
    qtbot.addWidget(dialog)
    dialog.add_database()
    dialog.url.setText("postgresql://ana:secret@db.local/crm")
    dialog.url.editingFinished.emit()
    dialog.query.setPlainText("SELECT a, b FROM t")
    dialog.combos["step"].addItem("a", "a")
    dialog.combos["step"].setCurrentIndex(dialog.combos["step"].count() - 1)
    dialog.accept()
    stored = window.document.map.data_sources[0]
    assert stored.url == "postgresql://ana@db.local/crm" and "secret" not in dumps(window.document.journey).decode()


def test_the_segments_seen_in_the_data_are_offered_and_a_chosen_one_is_kept(qtbot, open_windows, tmp_path,
                                                                                messages):
    window = open_living_map(open_windows, tmp_path, [])
    dialog = DataSourcesDialog(window.document, tmp_path, window)
    qtbot.addWidget(dialog)
    dialog.add_file(str(tmp_path / "survey.csv"))
    assert dialog.segment_filter.count() <= 1  # nothing read yet: only "all rows"
    assert dialog.read_columns()
    assert dialog.combos["segment"].currentText() == "segment"  # guessed from its name
    offered = [dialog.segment_filter.itemText(i) for i in range(dialog.segment_filter.count())]
    in_data = {row[4] for row in SURVEY[1:] if row[4]}
    assert offered[0] == "" and set(offered[1:]) == in_data  # "all rows", then each segment once
    chosen = offered[1]
    dialog.segment_filter.setCurrentIndex(1)
    dialog.segment_filter.activated.emit(1)
    assert dialog.sources[0].segment_filter == chosen
    dialog.segment_filter.setCurrentText("Autre profil")  # a value not in the rows read still goes
    dialog.segment_filter.lineEdit().editingFinished.emit()
    assert dialog.sources[0].segment_filter == "Autre profil"


def test_the_refresh_report_says_1_row_and_lists_answers_skipped(qtbot, open_windows, tmp_path, messages):
    window = open_living_map(open_windows, tmp_path, [SOURCE])
    write_csv(tmp_path / "survey.csv", SURVEY + [["2026-02-08", "En ligne", "NPS", "42", "Pros"]])
    window.living_map.refresh_action.trigger()
    kind, text = messages.shown[-1]
    assert "Enquête: 1 row names no step of the map" in text and "1 rows" not in text
    assert "Enquête: 1 NPS answer outside 0–10 was skipped" in text
