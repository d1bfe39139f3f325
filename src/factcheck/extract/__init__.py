"""`factcheck extract`: draft claim files from article text (Korean and English)."""

from factcheck.extract.core import ExtractOptions, ExtractResult, extract_draft, parse_published
from factcheck.extract.errors import ExtractError

__all__ = ["ExtractError", "ExtractOptions", "ExtractResult", "extract_draft", "parse_published"]
