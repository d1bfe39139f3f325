"""Claims in English sentences: the same kinds as in Korean, from English phrasing."""

from __future__ import annotations

import re

from factcheck.extract.found import Context, Sentence

_SENTENCE = re.compile(r"[.!?][\"”’']?(\s+)(?=[\"“‘']?[A-Z0-9])")
_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|No|Gov|Sen|Rep|Prof|Gen|Lt|Col|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|Inc|Co|Corp|Ltd|vs)\.$"
)


def split_sentences(line: str) -> list[str]:
    """Sentences of one line, each a verbatim slice of it (abbreviations do not end one)."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE.finditer(line):
        candidate = line[start : match.start(1)]
        if _ABBREVIATIONS.search(candidate):
            continue
        pieces.append(candidate.strip())
        start = match.end()
    pieces.append(line[start:].strip())
    return [piece for piece in pieces if piece]


def read_sentence(ctx: Context, sentence: Sentence) -> None:
    """All English finders on one sentence."""
    from factcheck.extract import english_claims

    english_claims.read(ctx, sentence)
