"""Latin ids for Korean names, by the Revised Romanization of each syllable (이상민: i-sang-min).

Only the letter-by-letter part of the system: sound changes between syllables are left out, so
an id may differ from a person's own spelling; ids are proposals a reviewer can rename.
"""

from __future__ import annotations

import re
import unicodedata

_INITIALS = [
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
]
_VOWELS = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
_FINALS = [
    "",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "k",
    "m",
    "l",
    "l",
    "l",
    "p",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "k",
    "t",
    "p",
    "t",
]
_FIRST_SYLLABLE, _LAST_SYLLABLE = 0xAC00, 0xD7A3


def romanize_syllable(char: str) -> str:
    """One Hangul syllable in Latin letters; other characters are returned unchanged."""
    code = ord(char)
    if not _FIRST_SYLLABLE <= code <= _LAST_SYLLABLE:
        return char
    index = code - _FIRST_SYLLABLE
    initial, rest = divmod(index, 21 * 28)
    vowel, final = divmod(rest, 28)
    return _INITIALS[initial] + _VOWELS[vowel] + _FINALS[final]


def slug(name: str) -> str:
    """An id for a name: romanized, lower-case, syllables of one Korean word joined by '-'."""
    parts: list[str] = []
    for word in unicodedata.normalize("NFC", name).split():
        syllables = []
        latin = ""
        for char in word:
            if _FIRST_SYLLABLE <= ord(char) <= _LAST_SYLLABLE:
                if latin:
                    syllables.append(latin)
                    latin = ""
                syllables.append(romanize_syllable(char))
            else:
                latin += char
        if latin:
            syllables.append(latin)
        parts.append("-".join(syllables))
    text = "-".join(parts).casefold()
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:60].strip("-") or "entity"
