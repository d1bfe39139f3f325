"""Finding evidence quotes in archived article texts, through Unicode form, spacing and quotes."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from factcheck.normalize import fold_char, fold_text, nfc


@dataclass(frozen=True)
class Article:
    """An archived text folded for matching, with a map from folded offsets to original lines."""

    folded: str
    line_of_offset: tuple[int, ...]
    lines: tuple[str, ...]

    @classmethod
    def from_text(cls, text: str) -> Article:
        """Fold the text once; every evidence lookup in it reuses the result."""
        text = nfc(text)
        folded: list[str] = []
        line_starts: list[int] = []
        line = 1
        previous_space = True
        for char in text:
            folded_char = fold_char(char)
            if folded_char == " ":
                if not previous_space:
                    folded.append(" ")
                    line_starts.append(line)
                previous_space = True
            else:
                folded.append(folded_char)
                line_starts.append(line)
                previous_space = False
            if char == "\n":
                line += 1
        return cls("".join(folded), tuple(line_starts), tuple(text.splitlines()))

    def find(self, evidence: str) -> int | None:
        """The 1-based line where the evidence starts, or None when the text lacks it."""
        needle = fold_text(evidence)
        if not needle:
            return None
        offset = self.folded.find(needle)
        if offset < 0:
            return None
        return self.line_of_offset[offset]

    def closest(self, evidence: str) -> tuple[int, str] | None:
        """The article line most like the evidence, for a did-you-mean."""
        needle = fold_text(evidence)
        best: tuple[float, int, str] | None = None
        for number, line in enumerate(self.lines, start=1):
            candidate = fold_text(line)
            if not candidate:
                continue
            matcher = difflib.SequenceMatcher(None, needle, candidate, autojunk=False)
            # The longest shared run, not the overall ratio: evidence is usually a short part
            # of a long line. Ties go to the line more like the evidence as a whole.
            block = matcher.find_longest_match(0, len(needle), 0, len(candidate))
            score = block.size / max(len(needle), 1)
            if best is None or score > best[0]:
                start = max(block.b - block.a, 0)
                best = (score, number, candidate[start : start + len(needle)])
        if best is None or best[0] < 0.3:
            return None
        return best[1], best[2]
