"""The HTML report as a person sees it: opened in a real headless Chromium.

Uses the browser the system has (Debian's `chromium`); nothing is installed at run time. Without a
browser the tests skip and say why, unless FACTCHECK_REQUIRE_BROWSER is set (as `.ci/run` does),
where a missing browser fails them instead: CI never skips these.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from factcheck.report import html
from tests.report_fixture import HOSTILE, hostile_result, sample_result

if TYPE_CHECKING:
    from playwright.sync_api import Playwright

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _browser() -> str:
    found = os.environ.get("FACTCHECK_CHROMIUM") or next(
        (path for name in CANDIDATES if (path := shutil.which(name))), None
    )
    reason = "no Chromium installed (Debian: apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        found, reason = None, "playwright is not installed (pip install -e '.[test]')"
    if found is None:
        if os.environ.get("FACTCHECK_REQUIRE_BROWSER"):
            pytest.fail(f"FACTCHECK_REQUIRE_BROWSER is set but {reason}")
        pytest.skip(reason)
    return found


@dataclass
class Visit:
    """What the browser saw while it showed a page."""

    url: str
    requests: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class Browser:
    """One Chromium with a fresh, empty profile; each `open` gets its own page."""

    def __init__(
        self, playwright: Playwright, executable: str, profile: Path, *, bypass_csp: bool = False
    ) -> None:
        self.context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=executable,
            headless=True,
            args=ARGS,
            bypass_csp=bypass_csp,
            viewport={"width": 1280, "height": 900},
        )

    def open(self, path: Path, width: int = 1280) -> tuple[object, Visit]:
        from playwright.sync_api import ConsoleMessage, Dialog, Error, Request

        page = self.context.new_page()
        page.set_viewport_size({"width": width, "height": 900})
        visit = Visit(path.resolve().as_uri())

        def on_request(request: Request) -> None:
            visit.requests.append(request.url)

        def on_console(message: ConsoleMessage) -> None:
            visit.console.append(f"{message.type}: {message.text}")

        def on_dialog(dialog: Dialog) -> None:
            visit.dialogs.append(dialog.message)
            dialog.dismiss()

        def on_error(error: Error) -> None:
            visit.errors.append(str(error))

        page.on("request", on_request)
        page.on("console", on_console)
        page.on("dialog", on_dialog)
        page.on("pageerror", on_error)
        page.goto(visit.url, wait_until="load")
        page.wait_for_timeout(200)  # let anything that would load or run do so
        return page, visit

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("reports")
    files = {"sample": sample_result(), "hostile": hostile_result()}
    paths = {}
    for name, result in files.items():
        paths[name] = folder / f"{name}.html"
        paths[name].write_text(html.render(result), encoding="utf-8")
    control = folder / "control.html"
    control.write_text('<!DOCTYPE html><img src="https://example.invalid/x.png">', encoding="utf-8")
    paths["control"] = control
    return paths


@pytest.fixture(scope="module")
def playwright() -> Iterator[tuple[Playwright, str]]:
    executable = _browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as started:
        yield started, executable


@pytest.fixture(scope="module")
def browser(
    playwright: tuple[Playwright, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Browser]:
    started = Browser(*playwright, tmp_path_factory.mktemp("profile"))
    yield started
    started.close()


def test_sections_and_coverage_matrix_render(browser: Browser, pages: dict[str, Path]) -> None:
    from playwright.sync_api import Page

    page, visit = browser.open(pages["sample"])
    assert isinstance(page, Page)
    assert page.title() == "Fact-check report: govexpo-2023"
    assert page.locator("h1").inner_text() == "govexpo-2023"
    headings = [text.strip() for text in page.locator("h2").all_inner_texts()]
    assert headings == [
        "At a glance",
        "Sources",
        "✗ Conflicts (2)",
        "± List differences (1)",
        "≈ Near matches (1)",
        "○ Omissions (2)",
        "⚠ Internal inconsistencies (1)",
        "✓ Agreements (2)",
        "Coverage: who said what",
    ]
    matrix = page.locator("table.matrix")
    assert matrix.is_visible()
    assert matrix.locator("thead th").count() == 2 + 3
    assert matrix.locator("tbody tr").count() == 8
    first_row = [
        cell.strip()
        for cell in matrix.locator("tbody tr").first.locator("th, td").all_inner_texts()
    ]
    assert first_row == [
        "사회적 난제 해결 선포식 · attendees",
        "± list difference",
        "이상민, 고진 (not exhaustive)",
        "—\nnot stated",
        "이상민, 오철호, 조준희 (not exhaustive; total 8명)",
    ]
    box = matrix.bounding_box()
    assert box is not None and box["width"] > 600 and box["height"] > 200
    # The inline style sheet is allowed by its hash: the page is styled, and no policy complaint.
    background = page.locator(".tag.k-conflict").first.evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )
    assert background == "rgb(253, 231, 231)"
    assert visit.console == [] and visit.errors == []
    assert visit.requests == [visit.url]


def test_no_request_leaves_the_page_and_the_check_would_see_one(
    browser: Browser, pages: dict[str, Path]
) -> None:
    _, control = browser.open(pages["control"])
    assert "https://example.invalid/x.png" in control.requests  # the listener sees loads
    for name in ("sample", "hostile"):
        _, visit = browser.open(pages[name])
        assert visit.requests == [visit.url], name


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-policy", "escaping-alone"])
def test_hostile_strings_show_as_text_and_never_run(
    bypass_csp: bool, playwright: tuple[Playwright, str], pages: dict[str, Path], tmp_path: Path
) -> None:
    # With the policy switched off too: escaping alone must hold, the policy is a second wall.
    hostile_browser = Browser(*playwright, tmp_path / "profile", bypass_csp=bypass_csp)
    try:
        page, visit = hostile_browser.open(pages["hostile"])
        from playwright.sync_api import Page

        assert isinstance(page, Page)
        text = page.locator("body").inner_text()
        for attack in HOSTILE:
            assert attack in text, attack
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("script, img, iframe, object, embed").count() == 0
        hrefs = page.locator("a[href]").evaluate_all("links => links.map(a => a.href)")
        assert all(href.startswith(("https://", "http://", visit.url + "#")) for href in hrefs), (
            hrefs
        )
        assert "49" not in text
        assert visit.dialogs == [] and visit.errors == []
        assert visit.requests == [visit.url]
    finally:
        hostile_browser.close()


def test_phone_width_has_no_sideways_scroll(browser: Browser, pages: dict[str, Path]) -> None:
    from playwright.sync_api import Page

    page, _ = browser.open(pages["sample"], width=360)
    assert isinstance(page, Page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # Record tables become labelled cards; the matrix scrolls inside its own box.
    assert (
        page.locator("table.sources thead").evaluate("e => e.getBoundingClientRect().height") <= 1
    )
    assert page.locator("table.sources td[data-label='Published']").first.is_visible()


def test_prints_to_pdf(browser: Browser, pages: dict[str, Path]) -> None:
    from playwright.sync_api import Page

    page, _ = browser.open(pages["sample"])
    assert isinstance(page, Page)
    page.emulate_media(media="print")
    assert (
        page.locator("#coverage .scroll").evaluate("e => getComputedStyle(e).overflowX")
        == "visible"
    )
    pdf = page.pdf(format="A4", print_background=True)
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
