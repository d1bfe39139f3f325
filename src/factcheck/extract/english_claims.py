"""Claims in English sentences (placeholder until the English finders land)."""

from __future__ import annotations

from factcheck.extract.found import Context, Sentence


def read(ctx: Context, sentence: Sentence) -> None:
    """All English finders on one sentence."""
    return None
