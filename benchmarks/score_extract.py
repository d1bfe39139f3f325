"""Score `factcheck extract` against hand-written claim files: recall and precision per kind.

    .venv/bin/python benchmarks/score_extract.py [CASE-FOLDER ...]

Without arguments it scores both sets, each on its own: the seed case the extractor was
written against (claims/govexpo-2023) and the held-out case written by a new user, never
seen while writing the rules (benchmarks/extract-heldout/bridge-2024).

For every hand-written claim file of the case, the script drafts a claim file from the same
archived text with the case's registry (in a temporary copy of the case, so nothing in the
repository changes), loads both through the validator, and matches claims one to one.

A draft claim matches a hand-written one when both have the same source, the same subject
entity, the same property (after the registry's property aliases) and compatible values:
- quantity: the same unit and overlapping intervals;
- date: compatible at their common precision (factcheck.dates.dates_compatible);
- entity: the same id;
- entities: at least half of the hand-written items named, and totals that overlap if both give one;
- statement or caveat (either kind for the other): character-bigram similarity of at least 0.5;
- quote: the same speaker and text similarity of at least 0.6.
The "any property" columns drop the property from the match (same source, subject and a
compatible value): property names are vocabulary a case chooses (`remarks` or `quotes`), and a
registry without a property list cannot tell the extractor the case's names.
Recall: hand-written claims matched, by their kind. Precision: draft claims matched, by their
kind. Nothing here knows the answers: the drafts are made by the same code a user runs.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

from factcheck.dates import dates_compatible
from factcheck.extract import ExtractOptions, extract_draft
from factcheck.extract.errors import MetadataError
from factcheck.loading import REGISTRY_NAME, LoadOptions, claim_files, load_case, read_claim_file
from factcheck.normalize import similarity
from factcheck.values import Claim, DateClaim, EntityRef, EntitySet, Quantity, QuoteValue, Statement

KINDS = ("quantity", "date", "entity", "entities", "statement", "caveat", "quote")


SETS = {
    "seed": Path("claims/govexpo-2023"),
    "held-out": Path("benchmarks/extract-heldout/bridge-2024"),
}


def compatible(draft: Claim, written: Claim, *, same_property: bool = True) -> bool:
    """Whether the draft claim states what the hand-written one states."""
    if (draft.source, draft.subject.id) != (written.source, written.subject.id):
        return False
    if same_property and draft.property != written.property:
        return False
    a, b = draft.value, written.value
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        return a.unit == b.unit and a.interval.overlaps(b.interval)
    if isinstance(a, DateClaim) and isinstance(b, DateClaim):
        return dates_compatible(a.date, b.date)
    if isinstance(a, EntityRef) and isinstance(b, EntityRef):
        return a.id == b.id
    if isinstance(a, EntitySet) and isinstance(b, EntitySet):
        if not b.ids or len(a.ids & b.ids) * 2 < len(b.ids):
            return False
        return a.total is None or b.total is None or a.total.interval.overlaps(b.total.interval)
    if isinstance(a, Statement) and isinstance(b, Statement):
        return similarity(a.text, b.text) >= 0.5
    if isinstance(a, QuoteValue) and isinstance(b, QuoteValue):
        return a.speaker.id == b.speaker.id and similarity(a.text, b.text) >= 0.6
    return False


def match(
    drafts: list[Claim], written: list[Claim], *, same_property: bool = True
) -> list[tuple[Claim, Claim]]:
    """Pairs (draft, written), one to one, in the order of the hand-written claims."""
    pairs = []
    free = list(drafts)
    for claim in written:
        for candidate in free:
            if compatible(candidate, claim, same_property=same_property):
                pairs.append((candidate, claim))
                free.remove(candidate)
                break
    return pairs


def draft_case(case: Path, work: Path) -> tuple[list[Claim], list[str]]:
    """Draft every source of the case into work/drafts/; the claims as loaded, and notes."""
    notes: list[str] = []
    shutil.copy(case / REGISTRY_NAME, work / REGISTRY_NAME)
    for claim_file in claim_files(case):
        source, _claims, _tree, problems = read_claim_file(claim_file, LoadOptions())
        assert source is not None, problems
        article = work / Path(source.text).name
        shutil.copy(claim_file.parent / source.text, article)
        options = ExtractOptions(
            article, work / "drafts" / f"{source.id}.yaml", source.id, work / REGISTRY_NAME
        )
        try:
            result = extract_draft(options)
        except MetadataError:
            # The article prints no date: a user passes --published, as the README shows.
            published = source.published
            day = published if isinstance(published, date) else published.date()
            result = extract_draft(
                ExtractOptions(*options.__dict__.values()).__class__(
                    article, options.out, source.id, options.registry, published=day
                )
            )
            notes.append(f"{source.id}: no date in the text; --published {day} given")
        for path, text in result.files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    loaded, problems = load_case(work / "drafts", LoadOptions())
    notes += [f"draft problem: {p.path}:{p.line}: {p.message}" for p in problems]
    return list(loaded.claims), notes


def score(case: Path, label: str = "") -> str:
    """The scoring table for one case folder, as text."""
    written_case, problems = load_case(case, LoadOptions())
    if problems:
        return "\n".join(f"{p.path}:{p.line}:{p.column}: {p.message}" for p in problems)
    written = list(written_case.claims)
    with tempfile.TemporaryDirectory() as folder:
        drafts, notes = draft_case(case, Path(folder))
    pairs = match(drafts, written)
    loose = match(drafts, written, same_property=False)
    matched_written = Counter(w.kind for _, w in pairs)
    matched_drafts = Counter(d.kind for d, _ in pairs)
    loose_written = Counter(w.kind for _, w in loose)
    loose_drafts = Counter(d.kind for d, _ in loose)
    total_written = Counter(c.kind for c in written)
    total_drafts = Counter(c.kind for c in drafts)
    heading = f"{label}: " if label else ""
    lines = [f"{heading}case {case}: {len(written)} hand-written claims, {len(drafts)} drafted", ""]
    lines.append(
        f"{'kind':<10} {'recall':>16} {'precision':>16}   "
        f"{'recall, any property':>20} {'precision, any':>16}"
    )

    def ratio(found: int, total: int) -> str:
        return f"{found:>3}/{total:<3} {100 * found / total:5.1f}%" if total else f"{'-':>16}"

    for kind in KINDS:
        lines.append(
            f"{kind:<10} {ratio(matched_written[kind], total_written[kind]):>16} "
            f"{ratio(matched_drafts[kind], total_drafts[kind]):>16}   "
            f"{ratio(loose_written[kind], total_written[kind]):>20} "
            f"{ratio(loose_drafts[kind], total_drafts[kind]):>16}"
        )
    lines.append(
        f"{'all':<10} {ratio(len(pairs), len(written)):>16} {ratio(len(pairs), len(drafts)):>16}   "
        f"{ratio(len(loose), len(written)):>20} {ratio(len(loose), len(drafts)):>16}"
    )
    numbers = ["quantity", "date"]
    found = sum(matched_written[k] for k in numbers)
    total = sum(total_written[k] for k in numbers)
    lines.append(f"{'qty+date':<10} {ratio(found, total):>16}")
    lines.append("")
    lines += notes
    missed = [w for w in written if all(w is not pair[1] for pair in pairs)]
    lines.append(f"missed ({len(missed)}): " + ", ".join(f"{w.source}:{w.id}" for w in missed))
    extra = [d for d in drafts if all(d is not pair[0] for pair in pairs)]
    lines.append(
        f"unmatched drafts ({len(extra)}): "
        + ", ".join(f"{d.source}:{d.subject.id}/{d.property}" for d in extra)
    )
    return "\n".join(lines) + "\n"


def main() -> None:
    """Score the case folders given (default: the seed and the held-out set, separately)."""
    cases = [("", Path(arg)) for arg in sys.argv[1:]] or list(SETS.items())
    for number, (label, case) in enumerate(cases):
        if number:
            sys.stdout.write("\n")
        sys.stdout.write(score(case, label))


if __name__ == "__main__":
    main()
