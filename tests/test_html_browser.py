"""The HTML report in headless Chromium: it renders, logs no error, passes axe-core, fits a phone.

The example and a profile as `init --insee 57463` writes it, in French and English, at 390 px (a
phone) and 1,280 px (a laptop): no horizontal scrolling of the page, no serious or critical
axe-core violation; a screenshot of each is kept (pytest's tmp dir, or `--screenshots DIR`).
Needs Debian's `chromium` and `chromedriver` (`.ci/run` installs them) and Selenium; axe-core is
vendored in tests/vendor/, so nothing is downloaded.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reen_compliance.cli.common import main
from reen_compliance.formats.report import Report
from reen_compliance.report.html import render_html
from reports_helpers import AS_OF, example_report

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1600",
    "--hide-scrollbars",
)
WIDTHS = (390, 1280)
RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
  .then(result => done(JSON.stringify(result.violations)))
  .catch(error => done(JSON.stringify({error: String(error)})));
"""

webdriver = pytest.importorskip("selenium.webdriver", reason="Selenium is not installed")


def _browser_paths() -> tuple[str, str] | None:
    """The system Chromium and its driver, or None when either is missing."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A headless Chromium with browser logs captured, or a skip naming what is missing."""
    paths = _browser_paths()
    if paths is None:
        pytest.skip("no chromium and chromedriver on PATH (apt install chromium chromium-driver)")
    browser, driver_path = paths
    from selenium.webdriver.chrome.service import Service  # noqa: PLC0415 - after the skip

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    session = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    session.set_script_timeout(20)
    try:
        yield session
    finally:
        session.quit()


def _init_report(lang: str, folder: Path) -> Report:
    """The report of a profile as `init --insee 57463` writes it (Metz), unedited."""
    from reen_compliance import evaluate, load_profile, load_rules  # noqa: PLC0415

    profile = folder / "metz.yaml"
    assert main(["init", "--insee", "57463", "--output", str(profile)]) == 0
    return evaluate(
        load_profile(profile), as_of=AS_OF, rules=load_rules(), lang="en" if lang == "en" else "fr"
    )


PAGES = [("example", "fr"), ("example", "en"), ("init", "fr"), ("init", "en")]


@pytest.fixture(scope="module", params=PAGES, ids=lambda p: f"{p[0]}-{p[1]}")
def page(
    request: pytest.FixtureRequest, driver: object, tmp_path_factory: pytest.TempPathFactory
) -> object:
    """A report (the example, an `init` profile), in each language, opened from a file."""
    source, lang = request.param
    folder = tmp_path_factory.mktemp("html")
    report = example_report(lang) if source == "example" else _init_report(lang, folder)
    path = folder / f"report-{source}-{lang}.html"
    path.write_text(render_html(report), encoding="utf-8")
    driver.set_window_size(1280, 1600)
    driver.get(path.as_uri())
    driver.findings = len(report.findings)
    driver.lang = lang
    driver.page_name = f"{source}-{lang}"
    return driver


@pytest.fixture(scope="module")
def screenshots(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the screenshots go: `--screenshots DIR`, else a folder of pytest's tmp dir."""
    chosen = request.config.getoption("--screenshots", default=None)
    if chosen:
        folder = Path(chosen)
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return tmp_path_factory.mktemp("screenshots")


def test_findings_render_as_cards(page: object) -> None:
    """Every finding shows as a visible card with a heading and a status badge."""
    by = pytest.importorskip("selenium.webdriver.common.by").By
    cards = page.find_elements(by.CSS_SELECTOR, "article.finding")
    assert len(cards) == page.findings
    assert all(card.is_displayed() and card.size["height"] > 30 for card in cards)
    assert all(card.find_element(by.TAG_NAME, "h4").text for card in cards)
    assert page.find_element(by.TAG_NAME, "html").get_attribute("lang") == page.lang


def test_verdict_and_actions_come_before_the_cards(page: object) -> None:
    """The verdict, then the actions (each linking to its card), come before the first card."""
    by = pytest.importorskip("selenium.webdriver.common.by").By
    verdict = page.find_element(by.CSS_SELECTOR, "p.verdict")
    first_card = page.find_element(by.CSS_SELECTOR, "article.finding")
    assert verdict.text
    assert verdict.location["y"] < first_card.location["y"]
    for link in page.find_elements(by.CSS_SELECTOR, ".todo-table a, ul.collect a"):
        target = link.get_attribute("href").split("#", 1)[1]
        assert page.find_element(by.ID, target).tag_name == "article"


def test_settled_findings_are_collapsed(page: object) -> None:
    """Compliant and not applicable cards are closed `<details>`; breaches are open cards."""
    by = pytest.importorskip("selenium.webdriver.common.by").By
    for card in page.find_elements(by.CSS_SELECTOR, "article.status-compliant"):
        assert card.find_element(by.TAG_NAME, "details").get_attribute("open") is None
    for card in page.find_elements(by.CSS_SELECTOR, "article.status-non_compliant"):
        assert not card.find_elements(by.TAG_NAME, "details")


@pytest.mark.parametrize("width", WIDTHS)
def test_no_horizontal_scrolling(page: object, width: int, screenshots: Path) -> None:
    """At a phone's and a laptop's width the page never scrolls sideways; a screenshot is kept."""
    page.set_window_size(width, 1600)
    try:
        inner = page.execute_script("return window.innerWidth")
        page.set_window_size(width + (width - inner), 1600)  # the viewport, not the window
        sizes = page.execute_script(
            "const e = document.documentElement;"
            "return [e.scrollWidth, e.clientWidth, window.innerWidth];"
        )
        height = page.execute_script("return document.documentElement.scrollHeight")
        page.set_window_size(width + (width - inner), min(height, 12000))
        page.save_screenshot(str(screenshots / f"report-{page.page_name}-{width}.png"))
    finally:
        page.set_window_size(1280, 1600)
    scroll_width, client_width, viewport = sizes
    assert viewport == width
    assert scroll_width <= client_width


def test_links_point_to_legifrance(page: object) -> None:
    """Citation links of open cards are displayed, most to Légifrance, all to web addresses."""
    by = pytest.importorskip("selenium.webdriver.common.by").By
    links = page.find_elements(by.CSS_SELECTOR, "article:not(.settled) ul.citations a")
    assert links
    hrefs = [link.get_attribute("href") for link in links]
    assert all(href.startswith(("https://", "http://")) for href in hrefs)
    assert (
        sum(href.startswith("https://www.legifrance.gouv.fr/") for href in hrefs) > len(hrefs) / 2
    )
    assert all(link.is_displayed() for link in links)


def test_chart_draws_bars_with_labels(page: object) -> None:
    """The SVG chart is laid out with a bar per non-zero count and a text label per status."""
    by = pytest.importorskip("selenium.webdriver.common.by").By
    chart = page.find_element(by.CSS_SELECTOR, "svg.chart[role=img]")
    assert chart.size["width"] > 200
    widths = page.execute_script(
        "return [...document.querySelectorAll('svg.chart rect')].map(r => r.getBBox().width)"
    )
    assert widths
    assert all(width > 0 for width in widths)
    labels = chart.find_elements(by.CSS_SELECTOR, "text.bar-label")
    assert len(labels) == 6


def test_no_console_errors(page: object) -> None:
    """The browser logs no error or warning while loading the page."""
    entries = page.get_log("browser")
    assert [e for e in entries if e["level"] in {"SEVERE", "WARNING"}] == []


@pytest.mark.parametrize("width", WIDTHS)
def test_axe_finds_no_serious_or_critical_violation(page: object, width: int) -> None:
    """axe-core (WCAG rules, colour contrast included) reports nothing serious or critical."""
    page.set_window_size(width, 1600)
    page.execute_script(AXE.read_text(encoding="utf-8"))
    result = json.loads(page.execute_async_script(RUN_AXE))
    assert not isinstance(result, dict), result
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result
        if v["impact"] in {"serious", "critical"}
    ]
    page.set_window_size(1280, 1600)
    assert serious == []


def test_batch_summary_page_passes_axe(driver: object, tmp_path: Path) -> None:
    """The HTML summary of a batch, an invalid profile included, passes axe-core too."""
    from reen_compliance.report.summary import Outcome, render_summary_html, summarize  # noqa: PLC0415

    outcomes = [
        Outcome("a.yaml", example_report()),
        Outcome("bad.yaml", problems="bad.yaml:2:1: $: YAML syntax error"),
    ]
    path = tmp_path / "summary.html"
    path.write_text(render_summary_html(summarize(outcomes), "fr"), encoding="utf-8")
    driver.get(path.as_uri())
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = json.loads(driver.execute_async_script(RUN_AXE))
    assert not isinstance(result, dict), result
    assert [v["id"] for v in result if v["impact"] in {"serious", "critical"}] == []
