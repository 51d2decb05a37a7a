"""The participant page speaks the map's language, whatever the phone's language."""

from __future__ import annotations

import pytest

from journey_studio.document import Document
from journey_studio.model import Journey
from journey_studio.workshop.session import WorkshopSession

from .browser import headless_chromium
from .conftest import workshop_journey
from .workshop_client import in_thread

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture
def french_session(qapp, gui_thread_collector):
    data = workshop_journey().model_dump(mode="json", by_alias=True, exclude_none=True)
    data["map"].update(language="fr", title="Atelier test")
    document = Document(Journey.model_validate(data))
    workshop = WorkshopSession(document)
    workshop.start("127.0.0.1", 0)
    yield workshop
    workshop.stop()
    document.undo_stack.clear()


def _texts(driver):
    from selenium.webdriver.common.by import By

    find = lambda selector: driver.find_element(By.CSS_SELECTOR, selector)  # noqa: E731
    return {"lang": driver.execute_script("return document.documentElement.lang"),
            "phone": driver.execute_script("return navigator.language"),
            "state": find("#state").text, "send": find("#send").text,
            "name": find("label[for=nickname]").text, "lane": find("#lane-label").text,
            "placeholder": find("#text").get_attribute("placeholder"),
            "empty": find("#board .empty").text}


def test_a_french_map_shows_french_on_an_english_phone(qtbot, french_session, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    session = french_session
    with headless_chromium(tmp_path / "profile", language="en-US") as driver:
        wait = WebDriverWait(driver, 15)
        # textContent: .text is empty while the form is hidden (paused)
        message = lambda: driver.find_element(By.ID, "message").get_attribute("textContent")  # noqa: E731

        def contributing():
            driver.get(session.url())
            wait.until(lambda d: d.find_element(By.ID, "title").text == "Atelier test")
            wait.until(lambda d: d.find_element(By.ID, "add").is_displayed())
            texts = _texts(driver)
            driver.find_element(By.ID, "nickname").send_keys("Camille")
            driver.find_element(By.ID, "send").click()
            wait.until(lambda d: message())
            complaint = message()
            driver.find_element(By.ID, "text").send_keys("File d’attente")  # sent once paused, below
            return texts, complaint

        texts, empty_note = in_thread(qtbot, contributing)
        assert texts == {"lang": "fr", "phone": "en-US", "state": "Ajoutez vos notes", "send": "Envoyer",
                         "name": "Votre nom", "lane": "Ligne",
                         "placeholder": f"Qu’en pensez-vous, que ressentez-vous, que souhaitez-vous{NNBSP}?",
                         "empty": "Pas encore de note"}
        assert empty_note == "Saisissez d’abord une note."

        session.set_paused(True)

        def refused_by_the_server():
            wait.until(lambda d: d.find_element(By.ID, "state").text == "En pause (animateur)")
            driver.execute_script("document.getElementById('card-form').requestSubmit()")
            wait.until(lambda d: "pause" in message())
            return message()

        # the server's English reason ("the facilitator has paused the workshop"), said in French
        assert in_thread(qtbot, refused_by_the_server) == "L’animateur a mis l’atelier en pause."

        session.set_paused(False)
        session.start_voting(2)

        def voting():
            wait.until(lambda d: d.find_element(By.ID, "vote-help").is_displayed())
            wait.until(lambda d: "gommettes sur" in d.find_element(By.ID, "dots").text)
            dots = driver.find_element(By.ID, "dots").text
            driver.find_element(By.CSS_SELECTOR, "[data-card='c2']").click()
            wait.until(lambda d: "1 gommette sur" in d.find_element(By.ID, "dots").text)
            # textContent: .text turns the no-break spaces into spaces
            return (dots, driver.find_element(By.ID, "state").get_attribute("textContent"), driver.find_element(By.ID, "dots").text,
                    driver.find_element(By.CSS_SELECTOR, "#vote-help .hint").text)

        dots, state, one_left, hint = in_thread(qtbot, voting)
        assert dots == "Il vous reste 2 gommettes sur 2"
        assert one_left == "Il vous reste 1 gommette sur 2"  # the singular
        assert state == f"Vote par gommettes{NBSP}: touchez les notes que vous préférez"
        assert hint == "Touchez une note pour lui donner une gommette. Touchez − pour la reprendre."


def test_an_english_map_shows_english_on_a_french_phone(qtbot, session, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    with headless_chromium(tmp_path / "profile", language="fr-FR") as driver:
        wait = WebDriverWait(driver, 15)

        def check():
            driver.get(session.url())
            wait.until(lambda d: d.find_element(By.ID, "title").text == "Workshop test")
            wait.until(lambda d: d.find_element(By.ID, "add").is_displayed())
            return _texts(driver)

        assert in_thread(qtbot, check) == {
            "lang": "en", "phone": "fr-FR", "state": "Add your notes", "send": "Send", "name": "Your name",
            "lane": "Lane", "placeholder": "What do you think, feel, wish?", "empty": "No notes yet"}
