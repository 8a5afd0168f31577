"""What the browser tests share: Debian's Chromium driven by Playwright, a built site served over HTTP, a page that
fails its test on a JavaScript error. (Not a conftest.py: a second one would shadow tests/conftest.py.)

Without Chromium or Playwright the tests skip, except in CI (CI=1 or CI=true), where they fail instead."""
from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found; install it with: apt-get install -y chromium chromium-driver"
    try:
        import axe_playwright_python  # noqa: F401
        import playwright.sync_api  # noqa: F401
    except ImportError as err:
        return f"{err.name} is not installed; run: make test (it installs the test extra into .venv)"
    return None


def need_browser() -> None:
    """Skip the test without a browser; in CI, fail it."""
    why = missing()
    if why:
        if IN_CI:
            pytest.fail(f"browser tests must run in CI: {why}")
        pytest.skip(why)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def handle(self):
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):     # the browser went on to the next page
            pass


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """A built site served on a free local port (search needs http://, not file://); yields its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium():
    """A headless Chromium (Playwright's Browser), or a skip (a failure in CI)."""
    need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def checked_page(browser, viewport: dict = DESKTOP, timeout_ms: int = 10_000):
    """A new page in its own context; a JavaScript error on it fails the test."""
    context = browser.new_context(viewport=viewport)
    context.set_default_timeout(timeout_ms)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    try:
        yield page
    finally:
        context.close()
    assert not errors, f"JavaScript errors: {errors}"


# The fixtures every browser test module takes: imported there (`from browsing import browser, page`), so each
# module gets its own Chromium.
@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for a test module."""
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser):
    """A fresh desktop page that fails its test on a JavaScript error."""
    with checked_page(browser) as tab:
        yield tab


def serious_violations(page, label: str) -> list[str]:
    """axe's serious and critical findings on the page, once the theme has laid it out: Material sizes its sidebars
    from script on the next animation frames, and a sidebar caught before that can overflow for a moment (axe:
    scrollable-region-focusable), which no reader ever sees."""
    from axe_playwright_python.sync_playwright import Axe

    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    return [f"{label} {v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in Axe().run(page).response["violations"] if v["impact"] in ("serious", "critical")]
