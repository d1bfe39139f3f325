"""Finding evidence quotes in archived article texts, through Unicode form, spacing and quotes."""

from __future__ import annotations

import bisect
import difflib
import functools
import unicodedata
from dataclasses import dataclass

from factcheck.normalize import fold_text, nfc

# Hints cost a fuzzy comparison with every line: bound them so that a wrong `text:` file or a
# crafted 20 MB article cannot make validation take minutes (see the README's limits).
HINT_NEEDLE_CHARS = 200
HINT_ARTICLE_CHARS = 1_000_000


@dataclass(frozen=True)
class Article:
    """An archived text folded for matching, with the original line of every folded line."""

    folded: str
    line_starts: tuple[int, ...]
    line_numbers: tuple[int, ...]
    folded_lines: tuple[str, ...]

    @classmethod
    def from_text(cls, text: str) -> Article:
        """Fold the text once; every evidence lookup in it reuses the result.

        Lines are counted by '\\n' only, and each is folded on its own: folding never joins
        two lines except through the single space that stands for the line break.
        """
        starts: list[int] = []
        numbers: list[int] = []
        parts: list[str] = []
        offset = 0
        for number, line in enumerate(nfc(text).split("\n"), start=1):
            folded_line = fold_text(line)
            if not folded_line:
                continue
            if parts:
                offset += 1  # the space that joins this line to the previous one
            starts.append(offset)
            numbers.append(number)
            parts.append(folded_line)
            offset += len(folded_line)
        return cls(" ".join(parts), tuple(starts), tuple(numbers), tuple(parts))

    def find(self, evidence: str) -> int | None:
        """The 1-based line where the evidence starts, or None when the text lacks it."""
        needle = fold_text(evidence)
        if not needle:
            return None
        offset = self.folded.find(needle)
        if offset < 0:
            return None
        return self.line_of(offset)

    def line_of(self, offset: int) -> int:
        """The 1-based line of an offset in the folded text."""
        return self.line_numbers[bisect.bisect_right(self.line_starts, offset) - 1]

    @functools.cached_property
    def _letters(self) -> tuple[str, list[int]]:
        """The folded text without spaces, and where each of its characters stands."""
        offsets = [i for i, char in enumerate(self.folded) if char != " "]
        return "".join(self.folded[i] for i in offsets), offsets

    @functools.cached_property
    def _compatible(self) -> str:
        """The folded text in NFKC, where full-width and half-width forms are one."""
        return unicodedata.normalize("NFKC", self.folded)

    def why_not_found(self, evidence: str) -> str | None:
        """What alone keeps the evidence from matching, when it is spacing or character width."""
        needle = fold_text(evidence)
        if not needle or len(self.folded) > HINT_ARTICLE_CHARS:
            return None
        letters, offsets = self._letters
        unspaced = needle.replace(" ", "")
        start = letters.find(unspaced)
        if start >= 0:
            passage = self.folded[offsets[start] : offsets[start + len(unspaced) - 1] + 1]
            line = self.line_of(offsets[start])
            return f'the article spaces it otherwise (line {line}): "{passage}"'
        if unicodedata.normalize("NFKC", needle) in self._compatible:
            return (
                "the article writes it with other character widths "
                "(full-width ３ or Ａ for 3 or A, or the reverse)"
            )
        return None

    def closest(self, evidence: str) -> tuple[int, str] | None:
        """The article line most like the evidence, for a did-you-mean (None past the bounds)."""
        needle = fold_text(evidence)[:HINT_NEEDLE_CHARS]
        if not needle or len(self.folded) > HINT_ARTICLE_CHARS:
            return None
        best: tuple[float, int, str] | None = None
        for number, candidate in zip(self.line_numbers, self.folded_lines, strict=True):
            matcher = difflib.SequenceMatcher(None, needle, candidate, autojunk=False)
            # The longest shared run, not the overall ratio: evidence is usually a short part
            # of a long line. Ties go to the line more like the evidence as a whole.
            block = matcher.find_longest_match(0, len(needle), 0, len(candidate))
            score = block.size / max(len(needle), 1)
            if best is None or score > best[0]:
                start = max(block.b - block.a, 0)
                # To the end of the word, so that the passage shown can be copied as it is.
                end = candidate.find(" ", start + len(needle))
                best = (score, number, candidate[start : end if end >= 0 else len(candidate)])
        if best is None or best[0] < 0.3:
            return None
        return best[1], best[2]
