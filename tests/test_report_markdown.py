"""The Markdown report, parsed as GitHub would: tables keep their shape whatever the text holds."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from factcheck.report import markdown
from factcheck.result import Result
from tests.report_fixture import MARKDOWN, SCRIPT, hostile_result, sample_result

# CommonMark with GFM tables and raw HTML, as GitHub renders comments and job summaries.
PARSER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def tables(document: str) -> list[list[list[Token]]]:
    """Each table as rows of cells (th/td inline tokens), parsed by markdown-it."""
    found: list[list[list[Token]]] = []
    row: list[Token] = []
    cell = False
    for token in PARSER.parse(document):
        if token.type == "table_open":
            found.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            found[-1].append(row)
        elif token.type in {"th_open", "td_open"}:
            cell = True
        elif token.type == "inline" and cell:
            row.append(token)
            cell = False
    return found


def rectangular(found: list[list[list[Token]]]) -> bool:
    return all(len({len(row) for row in table}) == 1 for table in found)


def test_sections_and_tables_of_the_sample() -> None:
    document = markdown.render(sample_result())
    headings = [line for line in document.splitlines() if line.startswith("#")]
    assert headings == [
        "# Fact-check report: govexpo-2023",
        "## Sources",
        "## Needs attention",
        "## Omissions",
        "## Agreements",
        "## Evidence",
        "## Coverage",
    ]
    found = tables(document)
    assert rectangular(found)
    shapes = [(len(table), len(table[0])) for table in found]
    # sources, attention, omissions, agreements, 7 evidence tables, coverage (rows include the header)
    assert shapes == [(4, 4), (6, 3), (3, 4), (3, 2)] + [(3, 4)] * 5 + [(2, 4), (3, 4), (9, 5)]
    assert document.index("## Needs attention") < document.index("<details>")


def test_hostile_text_keeps_every_table_intact_and_inert() -> None:
    result = hostile_result()
    document = markdown.render(result)
    found = tables(document)
    assert rectangular(found)
    assert len(found) == len(tables(markdown.render(sample_result())))
    rendered = PARSER.render(document)
    assert "<script>" not in rendered and "<img" not in rendered and "<b>html</b>" not in rendered
    for token in PARSER.parse(document):
        for child in token.children or []:
            assert child.type not in {"code_inline", "image", "html_inline"} or child.content in {
                "<br>"
            }, child
            if child.type == "link_open":
                assert str(child.attrGet("href")).startswith("https://www.yna.co.kr/") or str(
                    child.attrGet("href")
                ).startswith("https://example.org/"), child.attrGet("href")
    assert "&lt;script&gt;window.\\_\\_pwned" in document
    assert SCRIPT.replace("<", "&lt;").replace(">", "&gt;").replace("_", "\\_") in document


@pytest.mark.parametrize(
    "text",
    [
        "a | b",
        "`a|b`",
        "a\nb",
        "a\r\nb",
        "<b>x</b>",
        "[x](javascript:y)",
        "**x**",
        "\\|",
        "x\u2028y",
        "$x$",
        "~~x~~",
    ],
)
def test_any_text_stays_one_cell(text: str) -> None:
    cell = markdown.inline(text)
    table = tables(f"| a | b |\n| --- | --- |\n| {cell} | z |\n")
    assert [len(row) for row in table[0]] == [2, 2]
    assert table[0][1][1].content == "z"
    children = table[0][1][0].children or []
    assert all(child.type in {"text", "html_inline", "softbreak"} for child in children)
    assert all(child.content == "<br>" for child in children if child.type == "html_inline")
    visible = "".join(child.content if child.type == "text" else "\n" for child in children)
    expected = text.replace("\r\n", "\n").replace("\u2028", "\n")
    assert visible == expected


def test_long_reports_leave_detail_out_to_fit_a_comment() -> None:
    result = sample_result()
    full = markdown.render(result)
    shorter = markdown.render(result, limit=len(full) - 1)
    assert "## Coverage" not in shorter and "## Evidence" in shorter
    assert (
        "*The coverage matrix did not fit in a comment; the HTML and JSON reports hold everything.*"
        in shorter
    )
    summary_only = markdown.render(result, limit=100)
    assert "## Needs attention" in summary_only and "## Evidence" not in summary_only
    assert "The agreements and the evidence and the coverage matrix did not fit" in summary_only


def test_no_findings() -> None:
    result = sample_result()
    empty: Result = dataclasses.replace(result, findings=(), coverage=())
    document = markdown.render(empty)
    assert "No conflicts, inconsistencies, list differences or near matches." in document
    assert "Every claim is stated by every source." in document
    assert rectangular(tables(document))


def test_markdown_text_contract() -> None:
    assert markdown.inline(MARKDOWN) == (
        "a \\| b \\`code\\` \\*\\*bold\\*\\* \\[link\\](https://evil.example) "
        "&lt;b&gt;html&lt;/b&gt;<br>next line"
    )


def _visible(text: str) -> str:
    """What a reader should see of `text` in a cell: lines trimmed, control characters as spaces."""
    text = re.sub(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]", " ", text)
    lines = re.split(r"\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]", text.strip())
    return "\n".join(line.strip() for line in lines)


@given(
    st.text(
        alphabet=st.sampled_from(list("ab 한글|`*_[]()<>&#!~$\\:/.\n\r\t-=+'\"{}%@")), max_size=40
    )
)
def test_property_any_text_is_one_cell_showing_itself(text: str) -> None:
    table = tables(f"| a | b |\n| --- | --- |\n| {markdown.inline(text)} | z |\n")
    assert [len(row) for row in table[0]] == [2, 2]
    assert table[0][1][1].content == "z"
    children = table[0][1][0].children or []
    assert {child.type for child in children} <= {"text", "html_inline", "softbreak"}
    shown = "".join(child.content if child.type == "text" else "\n" for child in children)
    assert re.sub(r"[ \t]+", " ", shown) == re.sub(r"[ \t]+", " ", _visible(text))
