"""The review's French points, in the French interface: the recovery list's date and folder, the
save-failed sentence said once, the Checks panel's words and details, Qt's "Folder" and
"Discard"."""

from __future__ import annotations

import shutil
import time
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from journey_studio import i18n
from journey_studio.ui import file_dialogs
from journey_studio.ui.file_dialogs import RecoverableMap, _describe
from journey_studio.ui.qt_gaps import qt_gap_texts

from support import ROOT

NBSP = "\u00a0"


@pytest.fixture
def french(qapp):
    translators = i18n.install_translators(qapp, "fr")
    yield
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_recovery_list_says_the_date_as_french_people_write_it(french, utc):
    saved = datetime(2026, 12, 1, 11, 16, 58, tzinfo=timezone.utc)
    title, when, where = _describe(RecoverableMap("Séjour à l’hôtel", saved, "/tmp/review/hotel.journey")).split("\n")
    assert when == f"enregistré automatiquement le mardi 1er{NBSP}décembre 2026 à 11{NBSP}h{NBSP}16"
    assert where == "hotel.journey dans /tmp/review"


def test_the_recovery_list_in_english(utc):
    saved = datetime(2026, 12, 1, 11, 16, 58, tzinfo=timezone.utc)
    text = _describe(RecoverableMap("Hotel", saved, "/tmp/review/hotel.journey"))
    assert text == f"Hotel\nautosaved on Tuesday 1{NBSP}December 2026 at 11:16\nhotel.journey in /tmp/review"


def test_a_failed_save_says_why_once_and_in_french(french, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    file_dialogs.ask_save_failed(None, "hotel.journey", "could not save: the disk is read-only")
    assert shown == ["Impossible d’enregistrer «\u202fhotel.journey\u202f»\u202f: le disque est en lecture seule."]


def test_qt_texts_its_french_lacks_or_words_badly(french):
    texts = qt_gap_texts()
    assert "Dossier" in texts and "Ne pas enregistrer" in texts and not {"Folder", "Discard", "Drive"} & set(texts)
    # Qt's own lookups find ours before its catalogue: the save question's button and the file dialog's type
    box = QMessageBox(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.Save
                      | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Discard).text() == "Ne pas enregistrer"
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "Dossier"
    assert QCoreApplication.translate("QFileSystemModel", "Name") == "Nom"  # Qt's catalogue still answers the rest


def test_the_checks_panel_speaks_french(qtbot, open_windows, french, tmp_path):
    window = open_windows.open_path(shutil.copy(ROOT / "examples" / "banque-entrepreneuse.journey", tmp_path))
    qtbot.waitExposed(window)
    window.checks.show_checks.trigger()
    panel = window.checks.panel
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    step = next(t for t in texts if t.startswith("Sous-étape sans point de contact\n"))
    assert step.split("\n")[1].startswith("la sous-étape «\u202f") and "n’a aucun point de contact" in step
    assert not any(word in text for text in texts for word in ("has no", " step ", "Phase", "stage"))
    assert panel.boxes["empty-stage"].text() == "Étape vide"


def test_an_error_of_the_system_is_said_plainly_and_in_french(french):
    import errno

    from journey_studio.ui.localized import localized

    error = OSError(errno.ENOSPC, "No space left on device", "/tmp/plan.pdf")
    assert localized(error) == f"/tmp/plan.pdf{NBSP}: le disque est plein"
    assert localized(OSError(errno.EIO, "Input/output error")) == "le disque a signalé une erreur (erreur d’entrée-sortie)"
    assert localized(FileNotFoundError(errno.ENOENT, "No such file or directory", "x.csv")) == (
        f"x.csv{NBSP}: fichier ou dossier introuvable")
