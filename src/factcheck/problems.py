"""Problems found in input files: plain values with a position, collected rather than raised."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


# Every rule id the validator can emit, with a one-line description. The README's table is
# generated from (and tested against) this registry, so a new rule is documented in one place.
RULES: dict[str, str] = {
    "encoding": "the file is not UTF-8 text (a BOM is allowed)",
    "file-size": "the file is larger than the configured limit",
    "file-read": "the file or folder cannot be read",
    "bom": "a byte-order mark (U+FEFF) after the start of the file, e.g. from joining two files",
    "syntax": "the YAML is malformed",
    "duplicate-key": "a mapping has the same key twice",
    "alias": "YAML anchors and aliases are not allowed",
    "tag": "explicit YAML tags (!!binary, !!timestamp, !custom) are not allowed",
    "ambiguous-number": "a number with a leading zero (YAML 1.1 reads 010 as octal); quote it",
    "number-too-long": "an integer with too many digits",
    "number-out-of-range": "a number too large to hold (1e999)",
    "depth": "the YAML nests deeper than the configured limit",
    "control-character": "a value contains a control character or terminal escape",
    "tab": "a value contains a tab character (invisible in review); use spaces",
    "surrogate": "a value contains a lone UTF-16 surrogate",
    "empty-file": "the file holds no YAML document",
    "multiple-documents": "the file holds more than one YAML document",
    "schema": "a key, type or value does not match the claim-file or registry schema",
    "unknown-key": "a key that the schema does not define (a typo?)",
    "too-many-claims": "the file has more claims than the configured limit",
    "duplicate-id": "two claims (or entities, or sources) share one id",
    "unknown-entity": "a name that is neither an id nor an alias in the entity registry",
    "ambiguous-alias": "an alias that names more than one entity at the same time",
    "unknown-property": "a property that the registry's property list does not define",
    "registry-missing": "no entities.yaml was found for the case",
    "text-path": "the archived text path leaves the case folder or does not exist",
    "text-encoding": "the archived text is not UTF-8",
    "evidence-not-found": "the evidence quote does not occur in the archived text",
    "figure-not-in-evidence": "a figure of a quantity does not occur in the claim's own evidence",
    "share-reference": "a share_of part or whole that names no quantity claim of the file",
}


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one file, at a 1-based line and column."""

    path: str
    line: int
    column: int
    rule: str
    message: str
    severity: Severity = Severity.ERROR

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise ValueError(f"unregistered rule id {self.rule!r}")


def display_path(path: Path) -> str:
    """A path as users should see it: relative to the working folder where possible, with '/'."""
    # Lexically, not through resolve(): a symlink loop must not raise, and a link is shown
    # under the name the user gave it.
    try:
        absolute = os.path.abspath(path)  # noqa: PTH100 - resolve() follows links, see above
        return Path(absolute).relative_to(Path.cwd()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems by file and position, each once."""
    return sorted(set(problems))


# What must never reach a terminal or break a one-line message: C0 controls (ESC starts
# terminal escapes; line breaks would split the message), DEL, C1 controls, lone surrogates
# (undecodable file names; printing them raises), and bidirectional overrides.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Text safe to print on one line: unprintable characters as Python-style escapes."""
    return _UNPRINTABLE.sub(lambda match: repr(match.group())[1:-1], text)


def format_line(problem: Problem) -> str:
    """The grep-able `path:line:col: severity message [rule]` form."""
    return (
        f"{printable(problem.path)}:{problem.line}:{problem.column}: "
        f"{problem.severity} {printable(problem.message)} [{problem.rule}]"
    )


def _escape_annotation(text: str, *, property_value: bool) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def format_github(problem: Problem) -> str:
    """A GitHub Actions workflow command that annotates the file in a pull request."""
    path = _escape_annotation(printable(problem.path), property_value=True)
    message = _escape_annotation(
        f"{printable(problem.message)} [{problem.rule}]", property_value=False
    )
    return (
        f"::{problem.severity} file={path},line={problem.line},col={problem.column},"
        f"title=factcheck {problem.rule}::{message}"
    )


def format_json(problems: Iterable[Problem]) -> str:
    """Problems as a JSON document for machines."""
    items = [
        asdict(p)
        | {"path": printable(p.path), "message": printable(p.message), "severity": str(p.severity)}
        for p in problems
    ]
    return json.dumps({"problems": items}, ensure_ascii=False, indent=2) + "\n"


def rules_table() -> str:
    """The README's table of rule ids, generated from RULES so the two cannot drift apart."""
    rows = [f"| `{rule}` | {description} |" for rule, description in sorted(RULES.items())]
    return "\n".join(["| rule id | what it reports |", "| --- | --- |", *rows]) + "\n"
