"""The HTML report: one self-contained page that works offline and is safe to open and share.

Rendered from a Jinja2 template with autoescaping on, so every string from an article or a claim
file is escaped wherever it lands. The page holds no script; its only style sheet is inline and
allowed by hash in a strict Content-Security-Policy that forbids every other load, and links are
made only of http(s) URLs (escaping alone does not disarm a `javascript:` URL).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from factcheck.report import labels
from factcheck.report.paths import relative_to_case
from factcheck.result import KIND_ORDER, Finding, FindingKind, Result

if TYPE_CHECKING:
    from jinja2 import Environment

# C0 and C1 controls other than tab and line breaks, and lone surrogates (which UTF-8 cannot
# encode): never meaningful in a report, and some are not allowed in an HTML document.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Scheme and host are required; white space and controls are refused because browsers strip
# them, which would let "java\tscript:" or " javascript:" through a looser check.
_WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)


@dataclass(frozen=True)
class Section:
    """One part of the page: findings of one kind with their anchors, as cards or as one table."""

    anchor: str
    title: str
    kind: FindingKind
    entries: tuple[tuple[str, Finding], ...]
    layout: str  # "cards": each source's value and evidence side by side; "table": one row each


# The order the issue asks for: what needs a reader's judgement first, agreements last.
_SECTIONS: tuple[tuple[str, str, FindingKind, str], ...] = (
    ("conflicts", "Conflicts", "conflict", "cards"),
    ("list-differences", "List differences", "list_difference", "cards"),
    ("near-matches", "Near matches", "near_match", "cards"),
    ("omissions", "Omissions", "omission", "table"),
    ("internal-inconsistencies", "Internal inconsistencies", "internal_inconsistency", "cards"),
    ("agreements", "Agreements", "agreement", "table"),
)
# CSS class per kind, from a fixed table: no class name is ever made from data.
_KIND_CLASS: dict[FindingKind, str] = {
    "conflict": "k-conflict",
    "internal_inconsistency": "k-internal",
    "list_difference": "k-list",
    "near_match": "k-near",
    "omission": "k-omission",
    "agreement": "k-agreement",
}


def _printable(value: Any) -> Any:
    """Jinja's finalize hook: every `{{ … }}` output loses unprintable characters."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _UNPRINTABLE.sub(lambda m: "\ufffd" if m.group() >= "\ud800" else " ", value)
    return value


def web_url(url: str | None) -> str | None:
    """The URL if it is safe to make a link of (http or https), else None."""
    if url and _WEB_URL.fullmatch(url):
        return url
    return None


@functools.cache
def _environment() -> Environment:
    # Imported here: `factcheck check` loads this package for its terminal tables and need not
    # pay for Jinja2 (about 20 ms).
    from jinja2 import Environment, PackageLoader, StrictUndefined

    environment = Environment(
        loader=PackageLoader("factcheck.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        finalize=_printable,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.globals.update(
        label=labels.label,
        symbol=labels.SYMBOLS.__getitem__,
        count_word=labels.count_word,
        anchor={kind: anchor for anchor, _, kind, _ in _SECTIONS}.__getitem__,
        plural=labels.plural,
        kind_class=_KIND_CLASS.__getitem__,
        web_url=web_url,
    )
    return environment


@functools.cache
def _stylesheet() -> str:
    return (resources.files("factcheck.report") / "templates" / "report.css").read_text("utf-8")


def _policy(stylesheet: str) -> str:
    """A Content-Security-Policy that allows this page's one style sheet and nothing else."""
    digest = base64.b64encode(hashlib.sha256(stylesheet.encode("utf-8")).digest()).decode()
    return (
        f"default-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; font-src 'none'; "
        "connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


# How many high-severity findings "At a glance" lists before pointing to the sections.
GLANCE_LIMIT = 12


def sections(result: Result) -> tuple[Section, ...]:
    """The finding sections of the page in order, each with its findings in the engine's order.

    Each finding's anchor is its kind and its place in the section (`conflict-2`): stable, and made
    of no article text.
    """
    return tuple(
        Section(
            anchor,
            title,
            kind,
            tuple(
                (f"{kind.replace('_', '-')}-{number}", finding)
                for number, finding in enumerate((f for f in result.findings if f.kind == kind), 1)
            ),
            layout,
        )
        for anchor, title, kind, layout in _SECTIONS
    )


def highlights(parts: tuple[Section, ...]) -> tuple[tuple[str, Finding], ...]:
    """High-severity findings for the top of the page, most pressing first (the engine's order)."""
    entries = [entry for section in parts for entry in section.entries]
    entries.sort(key=lambda entry: KIND_ORDER.index(entry[1].kind))
    return tuple(entry for entry in entries if entry[1].severity == "high")


def render(result: Result) -> str:
    """The report as one HTML document."""
    result = relative_to_case(result)
    stylesheet = _stylesheet()
    parts = sections(result)
    template = _environment().get_template("report.html.j2")
    return template.render(
        result=result,
        language=labels.case_language(result.sources),
        # Our own file, not data: escaping would break its quotes.
        stylesheet=Markup(stylesheet),
        policy=_policy(stylesheet),
        outlets=labels.outlets(result.sources),
        sections=parts,
        highlights=highlights(parts),
        glance_limit=GLANCE_LIMIT,
    )
