"""The example's HTML report in headless Chromium: it renders, logs no error, passes axe-core.

Needs Debian's `chromium` and `chromedriver` (`.ci/run` installs them) and Selenium; axe-core is
vendored in tests/vendor/, so nothing is downloaded.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reen_compliance.report_html import render_html
from reports_helpers import example_report

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
    "--window-size=1200,1600",
)
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


@pytest.fixture(scope="module", params=["fr", "en"])
def page(
    request: pytest.FixtureRequest, driver: object, tmp_path_factory: pytest.TempPathFactory
) -> object:
    """The example's report, in each language, opened from a file."""
    report = example_report(request.param)
    path = tmp_path_factory.mktemp("html") / f"report-{request.param}.html"
    path.write_text(render_html(report), encoding="utf-8")
    driver.get(path.as_uri())
    driver.findings = len(report.findings)
    driver.lang = request.param
    return driver


def test_findings_render_as_cards(page: object) -> None:
    """Every finding shows as a visible card with a heading and a status badge."""
    by = pytest.importorskip("selenium.webdriver.common.by").By
    cards = page.find_elements(by.CSS_SELECTOR, "article.finding")
    assert len(cards) == page.findings
    assert all(card.is_displayed() and card.size["height"] > 50 for card in cards)
    assert all(card.find_element(by.TAG_NAME, "h3").text for card in cards)
    assert page.find_element(by.TAG_NAME, "html").get_attribute("lang") == page.lang


def test_links_point_to_legifrance(page: object) -> None:
    """Citation links are displayed, most to Légifrance, all to web addresses."""
    by = pytest.importorskip("selenium.webdriver.common.by").By
    links = page.find_elements(by.CSS_SELECTOR, "ul.citations a")
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


def test_axe_finds_no_serious_or_critical_violation(page: object) -> None:
    """axe-core (WCAG rules, colour contrast included) reports nothing serious or critical."""
    page.execute_script(AXE.read_text(encoding="utf-8"))
    result = json.loads(page.execute_async_script(RUN_AXE))
    assert not isinstance(result, dict), result
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result
        if v["impact"] in {"serious", "critical"}
    ]
    assert serious == []


def test_batch_summary_page_passes_axe(driver: object, tmp_path: Path) -> None:
    """The HTML summary of a batch, an invalid profile included, passes axe-core too."""
    from reen_compliance.batch import Outcome, render_summary_html, summarize  # noqa: PLC0415

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
