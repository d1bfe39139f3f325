"""Reports of a reconciliation result.

Each file format is one module with a pure `render(result) -> str`; `REPORTERS` chooses among
them by format name and `EXTENSIONS` names their files. The terminal tables of `factcheck check`
(`report.terminal`) take a width and colours as well, so they are not in this registry.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.report import html, json, markdown
from factcheck.result import Result

Reporter = Callable[[Result], str]

REPORTERS: dict[str, Reporter] = {
    "html": html.render,
    "md": markdown.render,
    "json": json.render,
}
EXTENSIONS: dict[str, str] = {
    "html": "html",
    "md": "md",
    "json": "json",
}
