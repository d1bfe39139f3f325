"""The one exception root of `factcheck extract`; the CLI maps each kind to an exit code."""

from __future__ import annotations


class ExtractError(Exception):
    """Something about the input keeps extract from drafting a claim file."""

    exit_code = 2


class InputError(ExtractError):
    """The article cannot be read as text: missing, empty, binary, too large, not UTF-8."""


class LanguageError(ExtractError):
    """The article is in a language extract does not read (it reads Korean and English)."""


class MetadataError(ExtractError):
    """A source field the claim file needs (the article's date) is neither in the text nor given."""


class RegistryError(ExtractError):
    """The entity registry given with --registry does not load."""


class AnalyserMissing(ExtractError):
    """The optional dependencies of extract are not installed."""

    exit_code = 3
