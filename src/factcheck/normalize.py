"""Text normalisation shared by grounding, entity lookup and statement matching.

NFC, never NFKC: NFKC would also fold full-width forms and compatibility characters that an
archived article may use on purpose, while NFC only undoes the NFD Hangul that macOS file names
and some copy-paste produce.
"""

from __future__ import annotations

import re
import unicodedata

# Typographic quote marks fold to their ASCII forms so evidence typed with straight quotes
# matches an article set with curly ones (and the reverse).
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "\u0060": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u300c": '"',
        "\u300d": '"',
    }
    # Characters no reader sees, which copy-paste and web pages leave in: a soft hyphen,
    # zero-width spaces and joiners, a stray byte-order mark.
    | dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
)
# translate() looks up every character of a non-ASCII text; most texts have none of these.
_QUOTE_MARK = re.compile("[" + re.escape("".join(map(chr, _QUOTES))) + "]")
_PUNCTUATION_OR_SPACE = re.compile(r"[\s\W_]+")
_PROPERTY_GAP = re.compile(r"[\s\-_]+")

# Korean particles and endings that follow a name in running text (행안부는, 장관과, 네이버의).
# Longest first, so 에서 is tried before 서 could ever match.
PARTICLES: tuple[str, ...] = tuple(
    sorted(
        {
            "은",
            "는",
            "이",
            "가",
            "을",
            "를",
            "과",
            "와",
            "의",
            "에",
            "도",
            "만",
            "로",
            "으로",
            "에서",
            "에게",
            "께서",
            "께",
            "한테",
            "이나",
            "나",
            "이랑",
            "랑",
            "부터",
            "까지",
            "보다",
            "처럼",
            "마저",
            "조차",
            "이며",
            "며",
            "이고",
            "고",
            "이다",
            "다",
            "과의",
            "와의",
            "에서의",
            "으로서",
            "로서",
            "으로써",
            "로써",
            "이라는",
            "라는",
            "이란",
            "란",
        },
        key=lambda particle: (-len(particle), particle),
    )
)


def nfc(text: str) -> str:
    """Unicode NFC form."""
    return unicodedata.normalize("NFC", text)


def fold_text(text: str) -> str:
    """NFC, typographic quotes as ASCII, no invisible characters, every run of white space
    (NBSP too) as one space."""
    # str.split() splits on exactly the characters `\s` matches, and faster than a regex.
    text = nfc(text)
    if _QUOTE_MARK.search(text):
        text = text.translate(_QUOTES)
    return " ".join(text.split())


def name_key(name: str) -> str:
    """The lookup key of a name: NFC, case-folded, without spaces or punctuation."""
    return _PUNCTUATION_OR_SPACE.sub("", nfc(name).casefold())


def strip_particle(word: str) -> str | None:
    """The word without a trailing Korean particle, or None when it has none."""
    for particle in PARTICLES:
        if len(word) > len(particle) and word.endswith(particle):
            return word[: -len(particle)]
    return None


def property_key(name: str) -> str:
    """The key under which claims about one property group: NFC, case-folded, `_` for gaps."""
    return _PROPERTY_GAP.sub("_", nfc(name).strip().casefold())


def statement_key(text: str) -> str:
    """Text reduced to what statement matching compares: letters and digits only, case-folded."""
    return _PUNCTUATION_OR_SPACE.sub("", nfc(text).casefold())


def bigrams(text: str) -> frozenset[str]:
    """Character bigrams of the statement key; they suit Korean, which has no reliable word split."""
    key = statement_key(text)
    if len(key) < 2:
        return frozenset({key}) if key else frozenset()
    return frozenset(key[i : i + 2] for i in range(len(key) - 1))


def similarity(left: str, right: str) -> float:
    """Dice coefficient of character bigrams, from 0 (nothing shared) to 1 (same letters)."""
    return dice(bigrams(left), bigrams(right))


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two bigram sets."""
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))
