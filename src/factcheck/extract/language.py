"""Which language an article is in, by its letters: Korean and English are read; others are refused."""

from __future__ import annotations

import re
import unicodedata

from factcheck.extract.errors import LanguageError

SUPPORTED = ("ko", "en")
_ENGLISH_WORDS = re.compile(
    r"\b(?:the|and|of|to|in|that|is|was|for|on|with|said|by|at)\b", re.IGNORECASE
)


def _script(char: str) -> str | None:
    code = ord(char)
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "Korean"
    if not char.isalpha():
        return None
    if char.isascii():
        return "Latin"
    name = unicodedata.name(char, "")
    for script in (
        "CJK",
        "HIRAGANA",
        "KATAKANA",
        "CYRILLIC",
        "ARABIC",
        "HEBREW",
        "GREEK",
        "THAI",
        "DEVANAGARI",
        "LATIN",
    ):
        if name.startswith(script):
            return {"CJK": "Chinese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese"}.get(
                script, script.title()
            )
    return "other"


def detect_language(text: str) -> str:
    """'ko' or 'en'; raises LanguageError naming the script of anything else."""
    counts: dict[str, int] = {}
    for char in text:
        script = _script(char)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    letters = sum(counts.values())
    if letters == 0:
        raise LanguageError("the article has no letters to read")
    if counts.get("Korean", 0) >= 0.3 * letters:
        return "ko"
    if counts.get("Latin", 0) >= 0.7 * letters:
        words = len(re.findall(r"[A-Za-z]+", text))
        if words and len(_ENGLISH_WORDS.findall(text)) >= max(3, words * 0.08):
            return "en"
        raise LanguageError(
            "the article is written in Latin letters but does not read as English; "
            "factcheck extract reads Korean and English articles"
        )
    main = max(counts, key=lambda script: counts[script])
    raise LanguageError(
        f"the article is mostly in {main} script; factcheck extract reads Korean and English articles"
    )
