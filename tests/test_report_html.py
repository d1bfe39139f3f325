"""The HTML report without a browser: structure, escaping, links and the security policy."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import itertools
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.report import html
from factcheck.report.html import web_url
from tests.report_fixture import (
    HOSTILE,
    IMAGE,
    JAVASCRIPT_URL,
    SCRIPT,
    hostile_result,
    sample_result,
)


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of the page."""

    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.style = ""
        self._in_style = False
        self.feed(document)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data
        else:
            self.text.append(data)

    def named(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.tags if tag == name]


def test_page_is_self_contained_with_a_strict_policy() -> None:
    document = html.render(sample_result())
    page = Elements(document)
    assert document.startswith('<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="utf-8">')
    for tag in ("script", "link", "img", "iframe", "object", "embed", "base", "form"):
        assert page.named(tag) == [], tag
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)
    assert not any("style" in attrs for _, attrs in page.tags), (
        "inline style attributes are blocked by the policy"
    )
    policy = next(
        m["content"] for m in page.named("meta") if m.get("http-equiv") == "Content-Security-Policy"
    )
    assert policy is not None
    digest = base64.b64encode(hashlib.sha256(page.style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy and "script-src" not in policy
    assert (
        "url(" not in page.style and "@import" not in page.style and "@font-face" not in page.style
    )


def test_headings_in_order_and_every_section_present() -> None:
    page = Elements(html.render(sample_result()))
    levels = [int(tag[1]) for tag, _ in page.tags if re.fullmatch(r"h[1-6]", tag)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(later <= earlier + 1 for earlier, later in itertools.pairwise(levels))
    ids = [attrs.get("id") for tag, attrs in page.tags if tag == "section"]
    assert ids == [
        "at-a-glance",
        "sources",
        "conflicts",
        "list-differences",
        "near-matches",
        "omissions",
        "internal-inconsistencies",
        "agreements",
        "coverage",
    ]


def test_tables_have_header_cells_with_scope() -> None:
    page = Elements(html.render(sample_result()))
    headers = page.named("th")
    assert headers and all(attrs.get("scope") in {"col", "row"} for attrs in headers)
    assert len(page.named("table")) == len(page.named("thead")) == 4


def test_hostile_strings_are_text() -> None:
    document = html.render(hostile_result())
    page = Elements(document)
    text = "".join(page.text)
    for attack in HOSTILE:
        assert attack in text, attack
    assert SCRIPT not in document and IMAGE not in document
    assert page.named("script") == [] and page.named("img") == []
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)
    hrefs = [attrs["href"] for attrs in page.named("a") if attrs.get("href")]
    assert all(re.match(r"https?://|#", href or "") for href in hrefs), hrefs
    assert 'https://example.org/a?b="><script>x</script>' in hrefs
    assert f"({JAVASCRIPT_URL}, not a web link)" in text
    assert "49" not in text


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://www.yna.co.kr/view/AKR1", True),
        ("HTTP://EXAMPLE.ORG", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("https://example.org/\nx", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//example.org", False),
        ("ftp://example.org", False),
        ("", False),
        (None, False),
    ],
)
def test_only_http_urls_become_links(url: str | None, safe: bool) -> None:
    assert (web_url(url) is not None) is safe


def test_control_characters_and_lone_surrogates_do_not_reach_the_page() -> None:
    result = sample_result()
    source = dataclasses.replace(result.sources[0], outlet="A\x1b[31mB\x00C\ud800D")
    document = html.render(dataclasses.replace(result, sources=(source, *result.sources[1:])))
    assert "A [31mB C\ufffdD" in document
    document.encode("utf-8")


def test_at_a_glance_links_each_high_severity_finding_to_its_place() -> None:
    page = Elements(html.render(sample_result()))
    ids = {attrs.get("id") for _, attrs in page.tags}
    glance = html.highlights(html.sections(sample_result()))
    assert [anchor for anchor, _ in glance] == [
        "conflict-1",
        "conflict-2",
        "internal-inconsistency-1",
        "omission-1",
    ]
    hrefs = [attrs.get("href") for attrs in page.named("a")]
    for anchor, _ in glance:
        assert anchor in ids and f"#{anchor}" in hrefs


def test_page_language_follows_the_sources() -> None:
    result = sample_result()
    english = dataclasses.replace(result.sources[0], language="en")
    mixed = dataclasses.replace(result, sources=(english, *result.sources[1:]))
    assert '<html lang="en">' in html.render(mixed)
    odd = dataclasses.replace(result.sources[0], language='ko" onload="x')
    hostile = dataclasses.replace(result, sources=(odd,))
    assert '<html lang="en">' in html.render(hostile)


PIECES = [*"a 한<>&\"'/=:{}%`\\!-;", "<script>", "</p>", "{{", "-->", "<!--"]


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join))
def test_property_any_text_shows_as_itself(text: str) -> None:
    result = sample_result()
    finding = result.findings[0]
    value = dataclasses.replace(finding.values[0], value=f"[{text}]")
    changed = dataclasses.replace(finding, values=(value, *finding.values[1:]))
    document = html.render(dataclasses.replace(result, findings=(changed, *result.findings[1:])))
    page = Elements(document)
    assert f"[{text}]" in "".join(page.text)
    assert len(page.named("script")) == 0
    assert len(page.tags) == len(Elements(html.render(result)).tags)
