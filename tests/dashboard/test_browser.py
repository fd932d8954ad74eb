"""End to end in a real browser (Debian chromium driven by Playwright): build a corpus, serve
`cartreg dashboard`, filter, open a study, see its evidence, save a correction, rebuild while
the dashboard is open, and see the correction survive. Saves a screenshot under screenshots/."""
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.dashboard.fixture_registry import FIXTURE_CORPUS

ROOT = Path(__file__).resolve().parents[2]
CARTREG = Path(sys.executable).parent / "cartreg"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SENTENCE = "On day 28, 18 of 20 patients (90.0%) achieved complete remission (CR) in the bone marrow."
TAIL = "achieved complete remission (CR) in the bone marrow"  # the sentence without its highlighted numbers
TITLE = "Donor-derived CD7 CAR-T cells for relapsed or refractory T-cell acute lymphoblastic leukemia"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not shutil.which("chromium"), reason="Debian chromium is not installed")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(port: int, proc, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        assert proc.poll() is None, "the dashboard exited"
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).read() == b"ok":
                return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("the dashboard did not come up")


def settle(page) -> None:
    """Wait until Streamlit has finished rerunning the script."""
    page.wait_for_timeout(300)
    page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')"
                           " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')",
                           timeout=30_000)


def choose(page, label: str, typed: str) -> None:
    """Pick an option of a Streamlit selectbox by typing part of it (the list is virtualised)."""
    page.locator('[data-testid="stSelectbox"]').filter(has=page.get_by_text(label, exact=True)).locator("input").click()
    page.keyboard.type(typed)
    page.keyboard.press("Enter")
    settle(page)


def fill(page, label: str, value: str) -> None:
    """Type into a text input and leave it, so Streamlit takes the value."""
    page.get_by_label(label, exact=True).fill(value)
    page.get_by_label(label, exact=True).press("Tab")
    settle(page)


def build(corpus: Path, db: Path) -> str:
    out = subprocess.run([str(CARTREG), "build", str(corpus), "--db", str(db)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_build_browse_curate_rebuild(tmp_path):
    from playwright.sync_api import sync_playwright

    corpus, db = tmp_path / "corpus", tmp_path / "registry.duckdb"
    shutil.copytree(FIXTURE_CORPUS, corpus)
    build(corpus, db)
    port = free_port()
    log = open(tmp_path / "dashboard.log", "w")
    proc = subprocess.Popen([str(CARTREG), "dashboard", "--db", str(db), "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path, start_new_session=True)
    try:
        wait_healthy(port, proc)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1800})
            page.set_default_timeout(30_000)
            try:
                walk_through(page, port, corpus, db)
            except Exception:
                (ROOT / "screenshots").mkdir(exist_ok=True)
                page.screenshot(path=str(ROOT / "screenshots" / "e2e-failure.png"), full_page=True)
                raise
            finally:
                browser.close()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
        log.close()


def walk_through(page, port: int, corpus: Path, db: Path) -> None:
    page.goto(f"http://127.0.0.1:{port}/")
    page.get_by_text("5 of 5 studies").wait_for()

    # filter, then open one of the two remaining studies
    page.get_by_label("Search titles").fill("donor-derived")
    page.get_by_label("Search titles").press("Enter")
    page.get_by_text("2 of 5 studies").wait_for()
    choose(page, "Open a study", "990100101")
    page.get_by_role("link", name="Open its evidence and curation page →").click()
    page.get_by_role("heading", name=TITLE).wait_for()
    assert "doc=pmid%3A990100101" in page.url or "doc=pmid:990100101" in page.url
    page.get_by_text("Measurements", exact=True).wait_for()
    if page.locator("blockquote").filter(has_text=TAIL).count():
        # extraction found the complete remission: see its sentence, then correct its percent
        quote = page.locator("blockquote").filter(has_text=TAIL).first
        assert "18" in quote.inner_text() and "(CR) in the bone marrow" in quote.inner_text()
        page.get_by_text("Correct a value", exact=True).click()
        settle(page)
        choose(page, "Measurement", "Complete remission")
        fill(page, "percent", "85")
        expected, badge = "Saved: correct a value.", "machine value: percent 90"
    else:
        # extraction missed it: add it with its sentence from the paper
        page.get_by_text("Add a missed value", exact=True).click()
        settle(page)
        choose(page, "Endpoint", "Complete remission")
        for label, value in (("percent", "90"), ("n", "18"), ("N", "20")):
            fill(page, label, value)
        page.get_by_label("Evidence: the sentence, copied exactly from the paper").fill(SENTENCE)
        expected, badge = "Saved: add a missed value.", "curated: added by hand"
    page.get_by_label("Reason (required)").fill("checked against the full text")
    fill(page, "Your name", "e2e")
    page.get_by_role("button", name="Save curation").click()
    page.get_by_text(expected).wait_for()
    page.get_by_text(badge).first.wait_for()
    assert page.locator("blockquote").filter(has_text=TAIL).count() >= 1

    # rebuild while the dashboard is open: the paper changed, so it is re-extracted
    paper = corpus / "fx-01.txt"
    paper.write_text(paper.read_text() + "\n")
    assert "updated 1" in build(corpus, db)
    page.reload()
    page.get_by_role("heading", name=TITLE).wait_for()
    page.get_by_text(badge).first.wait_for()  # the correction survived re-extraction
    assert page.locator("blockquote").filter(has_text=TAIL).count() >= 1
    shots = ROOT / "screenshots"
    shots.mkdir(exist_ok=True)
    shot = shots / "e2e-study-after-rebuild.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")
