"""The README documents what the code does: rule ids, limits and exit codes.

`UPDATE_GOLDEN=1 ./run pytest tests/test_readme.py` rewrites the generated parts;
review the diff.
"""

from __future__ import annotations

import os
import re

from factcheck import cli
from factcheck.loading import LoadOptions
from factcheck.problems import rules_table
from factcheck.yamltree import Limits
from tests.conftest import ROOT

README = ROOT / "README.md"


def _section(text: str, name: str) -> re.Match[str]:
    match = re.search(f"(<!-- {name}:start -->\n)(.*?)(<!-- {name}:end -->)", text, re.DOTALL)
    assert match, f"README lacks the <!-- {name}:start/end --> markers"
    return match


def test_rules_table_is_current() -> None:
    text = README.read_text(encoding="utf-8")
    match = _section(text, "rules")
    if os.environ.get("UPDATE_GOLDEN"):
        text = text[: match.start(2)] + rules_table() + text[match.end(2) :]
        README.write_text(text, encoding="utf-8")
        match = _section(text, "rules")
    assert match.group(2) == rules_table()


def test_limits_and_exit_codes_are_documented() -> None:
    text = README.read_text(encoding="utf-8")
    defaults = LoadOptions()
    for option, value in [
        ("--max-file-bytes", defaults.max_file_bytes),
        ("--max-article-bytes", defaults.max_article_bytes),
        ("--max-claims", defaults.max_claims),
        ("--max-depth", Limits().max_depth),
    ]:
        assert f"`{option}` | {value:,}" in text, option
    for code in (
        cli.EXIT_CLEAN,
        cli.EXIT_FINDINGS,
        cli.EXIT_USAGE,
        cli.EXIT_INTERNAL,
        cli.EXIT_INTERRUPTED,
    ):
        assert f"| `{code}` |" in text, code
