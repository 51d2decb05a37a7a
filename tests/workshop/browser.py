"""Debian's headless Chromium driven by selenium, for the participant page (loopback only)."""

from __future__ import annotations

import shutil
from contextlib import contextmanager

import pytest

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")


@contextmanager
def headless_chromium(profile, width: int = 390, height: int = 844, language: str = "en-US"):
    """A phone-sized headless Chromium with a fresh profile, set to ``language`` (the phone's
    ``navigator.language`` and Accept-Language); skips when Chromium is not installed."""
    webdriver = pytest.importorskip("selenium.webdriver")
    if not (CHROMIUM and DRIVER):
        pytest.skip("Debian's chromium and chromium-driver are not installed (.ci/run installs them)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                 "--disable-sync", "--disable-default-apps", "--no-default-browser-check",
                 f"--user-data-dir={profile}", f"--window-size={width},{height}", f"--lang={language}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    try:
        yield driver
    finally:
        driver.quit()
