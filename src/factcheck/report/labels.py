"""Words and symbols the file reports use for finding kinds, shared by HTML and Markdown.

Every kind has a symbol and a word as well as a colour, so that colour is never the only signal
(in print, for colour-blind readers, and in Markdown where there is no colour at all).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.result import Count, FindingKind
from factcheck.values import Source

SYMBOLS: dict[FindingKind, str] = {
    "conflict": "✗",
    "internal_inconsistency": "⚠",
    "list_difference": "±",
    "near_match": "≈",
    "omission": "○",
    "agreement": "✓",
}
SINGULAR: dict[FindingKind, str] = {
    "conflict": "conflict",
    "internal_inconsistency": "internal inconsistency",
    "list_difference": "list difference",
    "near_match": "near match",
    "omission": "omission",
    "agreement": "agreement",
}
PLURAL: dict[FindingKind, str] = {
    "conflict": "conflicts",
    "internal_inconsistency": "internal inconsistencies",
    "list_difference": "list differences",
    "near_match": "near matches",
    "omission": "omissions",
    "agreement": "agreements",
}
# Kinds a reader must look at: Markdown puts them in bold in its summary line.
ATTENTION: frozenset[FindingKind] = frozenset({"conflict", "internal_inconsistency"})
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def label(kind: FindingKind) -> str:
    """'✗ conflict': the symbol and the word."""
    return f"{SYMBOLS[kind]} {SINGULAR[kind]}"


def count_word(count: Count) -> str:
    """'conflicts' for 3 of them, 'near match' for one."""
    return SINGULAR[count.kind] if count.count == 1 else PLURAL[count.kind]


def counted(count: Count) -> str:
    """'3 conflicts', '1 near match'."""
    return f"{count.count} {count_word(count)}"


def plural(number: int, singular: str, plural_form: str | None = None) -> str:
    """'1 source', '2 sources'."""
    return f"{number} {singular if number == 1 else plural_form or singular + 's'}"


def named_by(named: Iterable[str], not_named: Iterable[str]) -> str:
    """'named by A, B; not by C': which sources name a list's items and which do not."""
    return f"named by {', '.join(named)}; not by {', '.join(not_named)}"


def outlets(sources: Iterable[Source]) -> dict[str, str]:
    """Source id to the name a reader knows it by (the outlet; the id if the outlet is blank)."""
    return {source.id: source.outlet.strip() or source.id for source in sources}


def case_language(sources: Iterable[Source]) -> str:
    """The language all sources share, else English (the language of the report's own words)."""
    languages = {source.language.strip() for source in sources}
    if len(languages) == 1:
        language = languages.pop()
        if _LANGUAGE_TAG.fullmatch(language):
            return language
    return "en"
