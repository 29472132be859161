"""The batch summary in headless Chromium, on a phone (390 px) and a desktop (1,280 px).

In French and English: the page never scrolls sideways (the table scrolls in its own box,
its first column stays in view), report links resolve, and axe-core finds nothing serious.
Screenshots are kept as artefacts in $REEN_ARTEFACTS when set. Needs Debian's `chromium` and
`chromedriver`; axe-core is vendored in tests/vendor/.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reen_compliance.cli.common import main
from reports_helpers import EXAMPLE

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
  .then(result => done(JSON.stringify(result.violations)))
  .catch(error => done(JSON.stringify({error: String(error)})));
"""
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}

webdriver = pytest.importorskip("selenium.webdriver", reason="Selenium is not installed")


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A headless Chromium with browser logs captured, or a skip naming what is missing."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not (browser and driver_path):
        pytest.skip("no chromium and chromedriver on PATH (apt install chromium chromium-driver)")
    from selenium.webdriver.chrome.service import Service  # noqa: PLC0415 - after the skip

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-summary')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    session = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    session.set_script_timeout(20)
    try:
        yield session
    finally:
        session.quit()


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Profiles for a batch: the example, an `init` profile, and a broken one."""
    folder = tmp_path_factory.mktemp("batch")
    profiles = folder / "profils"
    profiles.mkdir()
    shutil.copy(EXAMPLE, profiles / "ville-exemple.yaml")
    main(["init", "--insee", "57463", "-o", str(profiles / "commune.yaml")])
    (profiles / "casse.yaml").write_text("collectivity: [\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module", params=["fr", "en"])
def summary(request: pytest.FixtureRequest, batch: Path) -> tuple[str, Path]:
    """The HTML summary in each language, with the reports written beside it."""
    lang = request.param
    page = batch / f"synthese-{lang}.html"
    argv = ["check", str(batch / "profils"), "--summary", "-f", "html", "--lang", lang]
    argv += ["--as-of", "24/11/2026", "--jobs", "1", "-o", str(page)]
    main([*argv, "--output-dir", str(batch / f"rapports-{lang}"), "--report-format", "html"])
    return lang, page


@pytest.mark.parametrize("width", list(WIDTHS))
def test_summary_fits_the_screen_and_passes_axe(
    driver: object, summary: tuple[str, Path], width: str, tmp_path: Path
) -> None:
    """No sideways page scroll, the table scrolls in its box, first column sticks, axe is clean."""
    lang, page = summary
    columns, rows = WIDTHS[width]
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": columns, "height": rows, "deviceScaleFactor": 1, "mobile": width == "phone"},
    )
    driver.get(page.as_uri())
    assert driver.execute_script("return document.documentElement.lang") == lang
    page_width = driver.execute_script(
        "const e = document.documentElement; return [e.scrollWidth, e.clientWidth]"
    )
    assert page_width[0] <= page_width[1], page_width
    box = driver.execute_script(
        "const s = document.querySelector('.scroll'); return [s.scrollWidth, s.clientWidth]"
    )
    assert box[0] > box[1]  # twenty obligations never fit: the box scrolls, not the page
    stuck = driver.execute_script(
        """const s = document.querySelector('.scroll');
        s.scrollLeft = 600;
        const cell = s.querySelector('tbody th').getBoundingClientRect();
        return [cell.left - s.getBoundingClientRect().left, cell.width];"""
    )
    assert 0 <= stuck[0] <= 2, stuck  # at most the box's border away from its left edge
    assert stuck[1] > 50, stuck
    folder = Path(os.environ.get("REEN_ARTEFACTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(folder / f"summary-{lang}-{columns}px.png"))
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = json.loads(driver.execute_async_script(RUN_AXE))
    assert not isinstance(result, dict), result
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result
        if v["impact"] in {"serious", "critical"}
    ]
    assert serious == []
    errors = [e for e in driver.get_log("browser") if e["level"] in {"SEVERE", "WARNING"}]
    assert errors == []


def test_summary_links_open_each_report(driver: object, summary: tuple[str, Path]) -> None:
    """Each valid body's name links to its report, which opens; the broken one has none."""
    lang, page = summary
    driver.get(page.as_uri())
    links = driver.execute_script(
        "return [...document.querySelectorAll('tbody th a')].map(a => a.href)"
    )
    assert len(links) == 2
    for link in links:
        driver.get(link)
        assert driver.execute_script("return document.documentElement.lang") == lang
        assert driver.find_elements("css selector", "h1")
