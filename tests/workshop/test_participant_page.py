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


def _open_page(driver, session, wait):
    from selenium.webdriver.common.by import By

    driver.get(session.url())
    wait.until(lambda d: d.find_element(By.ID, "title").text == "Workshop test")
    wait.until(lambda d: d.find_element(By.ID, "add").is_displayed())


def test_the_page_says_the_session_stopped_and_keeps_the_note(qtbot, session, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    with headless_chromium(tmp_path / "profile") as driver:
        wait = WebDriverWait(driver, 15)

        def type_a_note():
            _open_page(driver, session, wait)
            assert not driver.find_element(By.ID, "connection").is_displayed()
            driver.find_element(By.ID, "nickname").send_keys("Camille")
            driver.find_element(By.ID, "text").send_keys("Queue at the counter")

        in_thread(qtbot, type_a_note)
        session.stop()

        def after_the_stop():
            wait.until(lambda d: d.find_element(By.ID, "connection").is_displayed())
            banner = driver.find_element(By.ID, "connection").text
            driver.find_element(By.ID, "send").click()
            wait.until(lambda d: d.find_element(By.ID, "message").text)
            return (banner, driver.find_element(By.ID, "state").text, driver.find_element(By.ID, "message").text,
                    driver.find_element(By.ID, "text").get_attribute("value"))

        banner, state, message, note = in_thread(qtbot, after_the_stop)
        assert "session has stopped" in banner and "kept on this phone" in banner and "Reconnecting" not in state and state == "Session stopped"
        assert "Failed to fetch" not in message and message.startswith("Not sent: the session has stopped")
        assert note == "Queue at the counter"  # nothing typed is lost


def test_the_note_form_speaks_to_people(qtbot, session, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    with headless_chromium(tmp_path / "profile") as driver:
        wait = WebDriverWait(driver, 15)

        def check():
            _open_page(driver, session, wait)
            message = lambda: driver.find_element(By.ID, "message").text  # noqa: E731
            driver.find_element(By.ID, "nickname").send_keys("Camille")
            text = driver.find_element(By.ID, "text")
            text.send_keys("   ")
            driver.find_element(By.ID, "send").click()
            wait.until(lambda d: message() == "Type a note first.")
            text.send_keys("Queue")
            stale = message()
            # a paste from elsewhere can go past the limit (maxlength only stops typing)
            driver.execute_script("arguments[0].value = arguments[1];"
                                  "arguments[0].dispatchEvent(new Event('input'))", text, "x" * 600)
            count = driver.find_element(By.ID, "count")
            over = (count.text, count.get_attribute("class"))
            driver.find_element(By.ID, "send").click()
            too_long = message()
            text.clear()
            text.send_keys("Kept across a reload")
            driver.refresh()  # an unsent note is kept on the phone
            _open_page(driver, session, wait)
            return stale, over, too_long, driver.find_element(By.ID, "text").get_attribute("value")

        stale, over, too_long, kept = in_thread(qtbot, check)
        assert kept == "Kept across a reload"
        assert stale == ""
        assert over == ("600 / 500", "count over")
        assert too_long == "Your note is too long: 500 characters at most."
        assert not [c for c in session.document.map.cards if c.owner == "Camille"]
