"""The legal officer's path in real headless Chromium, against the application under uvicorn.

Search a commune (suggestions while typing), answer the strategy question, see the report go
from « données insuffisantes » to « conforme », download the profile and open it again, import
the example ledger, map its columns, download the declaration; axe-core on every page, and no
horizontal overflow at 390 px and 1,280 px. Skipped with its reason without Chromium.
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from test_html_browser import AXE, CHROMIUM_FLAGS, RUN_AXE

webdriver = pytest.importorskip("selenium.webdriver", reason="Selenium is not installed")
uvicorn = pytest.importorskip("uvicorn", reason="the web extra is not installed")
pytest.importorskip("starlette", reason="the web extra is not installed")

from selenium.webdriver.common.by import By  # noqa: E402 - after the skips
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from reen_compliance.web.app import WebSettings, create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LEDGER = ROOT / "examples" / "ledger-ville-exemple.csv"
WIDTHS = (390, 1280)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The application under uvicorn on 127.0.0.1 and a free port, stopped at the end."""
    port = _free_port()
    app = create_app(WebSettings(today=lambda: date(2026, 6, 1)))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.started
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        running.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """Headless Chromium saving downloads in a folder of its own, or a skip naming what lacks."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        pytest.skip("no chromium and chromedriver on PATH (apt install chromium chromium-driver)")
    from selenium.webdriver.chrome.service import Service  # noqa: PLC0415 - after the skip

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-web')}")
    session = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    session.set_script_timeout(30)
    downloads = tmp_path_factory.mktemp("downloads")
    session.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    session.downloads = downloads
    try:
        yield session
    finally:
        session.quit()


def _check_page(browser: object, seen: list[str]) -> None:
    """axe-core finds nothing serious or critical; no horizontal overflow at either width."""
    for width in WIDTHS:
        browser.set_window_size(width, 900)
        overflow = browser.execute_script(
            "const e = document.documentElement; return [e.scrollWidth, e.clientWidth];"
        )
        culprits = browser.execute_script(
            "const w = document.documentElement.clientWidth;"
            "return [...document.querySelectorAll('main *')]"
            ".filter(e => e.getBoundingClientRect().right > w + 1)"
            ".slice(0, 3).map(e => e.tagName + '.' + e.className);"
        )
        assert overflow[0] <= overflow[1], (browser.current_url, width, overflow, culprits)
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    result = json.loads(browser.execute_async_script(RUN_AXE))
    assert "error" not in result
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result
        if v["impact"] in {"serious", "critical"}
    ]
    assert serious == [], browser.title
    seen.append(browser.title)


def _strategy_status(browser: object) -> str:
    cards = browser.find_elements(By.CSS_SELECTOR, "article.finding")
    card = next(
        c
        for c in cards
        if "Stratégie numérique responsable" in c.find_element(By.TAG_NAME, "h4").text
    )
    return card.find_element(By.CSS_SELECTOR, ".badge").text.split(":")[-1].strip("✔✘?…○– \u00a0")


def _wait_for_file(folder: Path, pattern: str) -> Path:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        done = [p for p in folder.glob(pattern) if not p.name.endswith(".crdownload")]
        if done:
            return done[0]
        time.sleep(0.1)
    raise AssertionError(f"no {pattern} downloaded in {folder}")


def _submit(browser: object, selector: str) -> None:
    old = browser.find_element(By.TAG_NAME, "html")
    browser.find_element(By.CSS_SELECTOR, selector).click()
    WebDriverWait(browser, 20).until(
        lambda _d: old.id != browser.find_element(By.TAG_NAME, "html").id
    )


def test_legal_officers_path(server: str, browser: object) -> None:
    """From the search to the declaration, every page accessible and within the screen."""
    seen: list[str] = []
    browser.set_window_size(1280, 900)
    browser.get(server + "/")
    _check_page(browser, seen)
    browser.set_window_size(1280, 900)
    browser.find_element(By.ID, "q").send_keys("metz")
    suggestion = WebDriverWait(browser, 20).until(
        lambda d: next(
            (b for b in d.find_elements(By.CSS_SELECTOR, "button.suggestion") if "57463" in b.text),
            None,
        )
    )
    old = browser.find_element(By.TAG_NAME, "html")
    suggestion.click()
    WebDriverWait(browser, 20).until(
        lambda _d: old.id != browser.find_element(By.TAG_NAME, "html").id
    )
    assert "Metz" in browser.find_element(By.TAG_NAME, "h1").text
    _check_page(browser, seen)

    _submit(browser, "button.primary")
    assert _strategy_status(browser).startswith("données insuffisantes")
    _check_page(browser, seen)

    _submit(browser, "button[formaction='/profile']")
    browser.find_element(By.ID, "f-documents-nr_strategy-status-adopted").click()
    browser.find_element(By.ID, "f-documents-nr_strategy-adopted_on").send_keys("12/12/2024")
    browser.find_element(By.ID, "f-documents-nr_strategy-url").send_keys("https://metz.example/snr")
    _submit(browser, "button.primary")
    assert _strategy_status(browser).startswith("conforme")

    browser.find_element(
        By.CSS_SELECTOR, "form.downloads button[formaction='/profile/download']"
    ).click()
    profile = _wait_for_file(browser.downloads, "profil-57463*.yaml")
    assert "nr_strategy" in profile.read_text(encoding="utf-8")

    _submit(browser, "button[name='switch_lang']")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert _strategy_status_en(browser) == "compliant"
    _check_page(browser, seen)

    _reopen(browser, server, profile)
    _ledger(browser, server, seen)
    assert len(seen) == 7


def _strategy_status_en(browser: object) -> str:
    cards = browser.find_elements(By.CSS_SELECTOR, "article.finding")
    card = next(
        c for c in cards if "Responsible-digital strategy" in c.find_element(By.TAG_NAME, "h4").text
    )
    return card.find_element(By.CSS_SELECTOR, ".badge").text.split(":")[-1].strip("✔✘?…○– \u00a0")


def _reopen(browser: object, server: str, profile: Path) -> None:
    """The downloaded profile opens again with the strategy answer kept."""
    browser.set_window_size(1280, 900)
    browser.get(server + "/")
    browser.find_element(By.ID, "profile-file").send_keys(str(profile))
    _submit(browser, "#profile-file ~ button")
    assert browser.find_element(By.ID, "f-documents-nr_strategy-status-adopted").is_selected()


def _ledger(browser: object, server: str, seen: list[str]) -> None:
    """Import the example ledger, map its columns, see the shares, download the declaration."""
    browser.get(server + "/ledger")
    _check_page(browser, seen)
    browser.find_element(By.ID, "ledger-file").send_keys(str(LEDGER))
    _submit(browser, "#ledger-file ~ button")
    _check_page(browser, seen)
    Select(browser.find_element(By.ID, "column-date")).select_by_value("Date")
    Select(browser.find_element(By.ID, "column-amount_ht")).select_by_value("Montant HT")
    Select(browser.find_element(By.ID, "column-cpv")).select_by_value("Code CPV")
    _submit(browser, "form.mapping button.primary")
    assert "2025" in browser.find_element(By.TAG_NAME, "main").text
    _check_page(browser, seen)
    browser.find_element(By.ID, "siret").send_keys("21000000000019")
    browser.find_element(By.ID, "name").send_keys("Ville d'Exemple")
    browser.find_element(By.CSS_SELECTOR, "form.declaration button.primary").click()
    declaration = _wait_for_file(browser.downloads, "declaration*.csv")
    assert declaration.read_text(encoding="utf-8").startswith("annee,siret,raison_sociale")


EXAMPLE = ROOT / "examples" / "ville-exemple.yaml"


def test_questions_of_every_section_in_both_languages(server: str, browser: object) -> None:
    """The questions of a full profile, an item added, then in English: accessible, no overflow."""
    seen: list[str] = []
    browser.set_window_size(1280, 900)
    browser.get(server + "/")
    browser.find_element(By.ID, "profile-file").send_keys(str(EXAMPLE))
    _submit(browser, "#profile-file ~ button")
    assert browser.find_element(By.ID, "f-contracts-2-reference").get_attribute("value")
    assert browser.find_element(By.ID, "s-rgaa-accessibility")
    _check_page(browser, seen)

    browser.set_window_size(1280, 900)
    _submit(browser, "button[name='add'][value='contracts']")
    assert browser.find_element(By.ID, "f-contracts-3-reference").get_attribute("value") == ""
    browser.find_element(By.ID, "f-contracts-3-reference").send_keys("2026-050 Restauration")
    browser.find_element(By.ID, "f-contracts-3-consultation_launched_on").send_keys("15 mars 2026")
    browser.find_element(By.ID, "f-contracts-3-environmental_execution_condition-true").click()
    _submit(browser, "button[name='switch_lang']")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert (
        browser.find_element(By.ID, "f-contracts-3-reference").get_attribute("value")
        == "2026-050 Restauration"
    )
    assert browser.find_element(
        By.ID, "f-contracts-3-environmental_execution_condition-true"
    ).is_selected()
    assert "Your organisation" in browser.find_element(By.TAG_NAME, "main").text
    _check_page(browser, seen)
    assert len(seen) == 2


def test_lists_folded_obligations_and_enter_in_both_languages(server: str, browser: object) -> None:
    """A small commune: lists and boxes, what cannot bind it folded; Enter shows the report."""
    from selenium.webdriver.common.keys import Keys  # noqa: PLC0415 - after the skips

    seen: list[str] = []
    for lang, commune in (("fr", "01001"), ("en", "01001")):
        browser.set_window_size(1280, 900)
        browser.get(f"{server}/search?q={commune}&lang={lang}")
        _submit(browser, "form.hit button")
        folded = browser.find_element(By.CSS_SELECTOR, "details.not-binding")
        assert not folded.get_attribute("open")
        assert browser.find_element(By.ID, "s-reen-art35-strategy").is_displayed() is False
        browser.find_element(By.CSS_SELECTOR, "details.not-binding > summary").click()
        assert browser.find_element(By.ID, "s-reen-art35-strategy").is_displayed()
        Select(browser.find_element(By.ID, "f-procurement-2025-0-category")).select_by_value(
            "d2024-134:it-telephony"
        )
        browser.find_element(By.ID, "f-documents-nr_strategy-status-adopted").click()
        browser.find_element(By.ID, "f-documents-nr_strategy-adopted_on").send_keys("12/12/2024")
        browser.find_element(By.ID, "f-documents-nr_strategy-contents-elements-means").click()
        _check_page(browser, seen)

        browser.set_window_size(1280, 900)
        total = browser.find_element(By.ID, "f-procurement-2025-0-total_eur_ht")
        total.send_keys("12 000")
        old = browser.find_element(By.TAG_NAME, "html")
        total.send_keys(Keys.ENTER)  # the form's default button: the report, not the language
        WebDriverWait(browser, 20).until(
            lambda _d, old=old: old.id != browser.find_element(By.TAG_NAME, "html").id
        )
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
        assert browser.find_elements(By.CSS_SELECTOR, "div.report article.finding")
        _submit(browser, "button[formaction='/profile']")
        chosen = Select(browser.find_element(By.ID, "f-procurement-2025-0-category"))
        assert chosen.first_selected_option.get_attribute("value") == "d2024-134:it-telephony"
        assert browser.find_element(
            By.ID, "f-documents-nr_strategy-contents-elements-means"
        ).is_selected()
    assert len(seen) == 2
