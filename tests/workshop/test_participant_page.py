"""The participant page in a real headless Chromium: load it, add a card, vote, see the count change."""

from __future__ import annotations

from .browser import headless_chromium
from .workshop_client import in_thread

NOTE = '<img src=x onerror="document.title=1"> Queue at the counter'


def test_page_adds_a_card_and_votes(qtbot, session, tmp_path):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.select import Select
    from selenium.webdriver.support.ui import WebDriverWait

    with headless_chromium(tmp_path / "profile") as driver:
        # the page redraws its list when the map changes: an element found a moment ago may be gone
        wait = WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,))

        def click(selector: str) -> None:
            wait.until(lambda d: d.find_element(By.CSS_SELECTOR, selector).click() or True)

        def add_a_card():
            driver.get(session.url())
            wait.until(lambda d: d.find_element(By.ID, "title").text == "Workshop test")
            driver.find_element(By.ID, "nickname").send_keys("Camille")
            Select(driver.find_element(By.ID, "stage")).select_by_visible_text("Buy")
            click("[data-lane='lp']")
            driver.find_element(By.ID, "text").send_keys(NOTE)
            driver.find_element(By.ID, "send").click()
            wait.until(lambda d: "Sent" in d.find_element(By.ID, "message").text)
            # the new note is listed, as text
            wait.until(lambda d: any(e.text == NOTE for e in d.find_elements(By.CSS_SELECTOR, ".card .text")))
            return driver.find_elements(By.CSS_SELECTOR, "#board img")

        assert in_thread(qtbot, add_a_card) == []  # shown as text, never as HTML
        added = [c for c in session.document.map.cards if c.owner == "Camille"]
        assert [(c.text, c.step, c.lane) for c in added] == [(NOTE, "t3", "lp")]

        session.start_voting(2)

        def vote():
            wait.until(lambda d: d.find_element(By.ID, "vote-help").is_displayed())
            assert "2 of 2 dots left" in driver.find_element(By.ID, "dots").text
            card = "[data-card='c2']"
            wait.until(lambda d: d.find_element(By.CSS_SELECTOR, f"{card} .votes").text == "1")
            click(card)
            wait.until(lambda d: d.find_element(By.CSS_SELECTOR, f"{card} .votes").text == "2")
            wait.until(lambda d: "1 of 2 dots left" in d.find_element(By.ID, "dots").text)
            return driver.title

        assert in_thread(qtbot, vote) != "1"
        assert session.document.map.find_card("c2").votes == 2
