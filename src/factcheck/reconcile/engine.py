"""Reconciliation: from the claims of N sources to findings, each with every source's evidence."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable
from itertools import combinations
from typing import TypeVar

from factcheck.normalize import name_key
from factcheck.quantity import Interval
from factcheck.reconcile import compare
from factcheck.reconcile.describe import normalized, number, shown
from factcheck.reconcile.groups import GroupKey, alike_but_different, group_claims, same_words
from factcheck.result import (
    KIND_ORDER,
    SEVERITY_RANK,
    Count,
    CoverageRow,
    Finding,
    FindingKind,
    ItemDifference,
    Result,
    Severity,
    SourceValue,
)
from factcheck.values import (
    IMPORTANCE_RANK,
    Case,
    Claim,
    DateClaim,
    EntityRef,
    EntitySet,
    Quantity,
    QuoteValue,
)

T = TypeVar("T")
_OMISSION_SEVERITY: dict[str, Severity] = {
    "critical": "high",
    "high": "high",
    "normal": "medium",
    "low": "low",
}
_VERDICT_SEVERITY: dict[str, Severity] = {
    "conflict": "high",
    "internal_inconsistency": "high",
    "list_difference": "medium",
    "near_match": "medium",
    "agreement": "low",
}


def _source_value(claim: Claim) -> SourceValue:
    value = shown(claim.value)
    if claim.qualifiers:
        value += " (" + ", ".join(f"{key}: {text}" for key, text in claim.qualifiers) + ")"
    return SourceValue(
        source=claim.source,
        claim=claim.id,
        value=value,
        normalized=normalized(claim.value),
        evidence=claim.evidence,
        evidence_line=claim.evidence_line,
        position=claim.position,
    )


def _importance(claims: list[Claim]) -> str:
    return max((c.importance for c in claims), key=lambda i: IMPORTANCE_RANK.get(i, 1))


def _value_kind(claims: list[Claim]) -> str:
    kinds = sorted({c.kind for c in claims})
    return "caveat" if "caveat" in kinds else kinds[0]


def _as_set(claim: Claim) -> EntitySet:
    value = claim.value
    if isinstance(value, EntitySet):
        return value
    assert isinstance(value, EntityRef)
    return EntitySet((value,), exhaustive=True, total=None)


class _Group:
    """The findings about one group of claims."""

    def __init__(
        self,
        key: GroupKey,
        claims: list[Claim],
        case: Case,
        path: str,
        values: dict[tuple[str, str], SourceValue],
        attributed_elsewhere: frozenset[str] = frozenset(),
    ) -> None:
        self.key = key
        # Sources that give these words to another speaker: a conflict of attribution says
        # so once, so they are not also listed as leaving the quote out.
        self.attributed_elsewhere = attributed_elsewhere
        self.values = values
        self.claims = claims
        self.case = case
        self.path = path
        self.by_source: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            self.by_source[claim.source].append(claim)
        self.stating = sorted(self.by_source)
        self.subject_name = claims[0].subject.name
        self.findings: list[Finding] = []
        self.status: FindingKind = "agreement"

    def finding(
        self,
        kind: FindingKind,
        explanation: str,
        claims: list[Claim],
        *,
        suffix: str = "",
        missing: tuple[str, ...] = (),
        differences: tuple[ItemDifference, ...] = (),
    ) -> None:
        # Most findings of a group are about all its claims: described once, shared.
        importance, value_kind, values = (
            self.described if claims is self.claims else self.describe(claims)
        )
        severity = _OMISSION_SEVERITY[importance] if kind == "omission" else _VERDICT_SEVERITY[kind]
        self.findings.append(
            Finding(
                id=f"{kind}:{self.path}{suffix}",
                kind=kind,
                subject=self.key.subject,
                subject_name=self.subject_name,
                property=self.key.property,
                value_kind=value_kind,
                severity=severity,
                importance=importance,
                explanation=explanation,
                values=values,
                missing=missing,
                differences=differences,
            )
        )

    def describe(self, claims: list[Claim]) -> tuple[str, str, tuple[SourceValue, ...]]:
        """The importance, value kind and source values of findings about these claims."""
        values = tuple(self.values[c.source, c.id] for c in claims)
        return _importance(claims), _value_kind(claims), values

    @functools.cached_property
    def described(self) -> tuple[str, str, tuple[SourceValue, ...]]:
        return self.describe(self.claims)

    def run(self) -> None:
        self.internal()
        self.compare_qualifiers()
        family = self.key.family
        if len(self.stating) >= 2:
            if family == "quantity":
                self.pairwise(self.compare_quantities)
            elif family == "date":
                self.pairwise(self.compare_dates)
            elif family == "entities":
                if all(c.kind == "entity" for c in self.claims):
                    self.pairwise(self.compare_entities)
                else:
                    self.compare_sets()
            else:
                self.finding("agreement", f"{_names(self.stating)} say the same", self.claims)
        if self.attributed_elsewhere:
            self.status = "conflict"
        missing = tuple(
            sorted(
                s.id
                for s in self.case.sources
                if s.id not in self.by_source and s.id not in self.attributed_elsewhere
            )
        )
        if missing:
            self.status = "omission" if len(self.stating) == 1 else self.status
            self.finding(
                "omission",
                f"stated by {_names(self.stating)}; not in {_names(missing)}",
                self.claims,
                missing=missing,
            )

    # Comparators over every pair of sources; the group's verdict is the worst pair's.
    def compare_quantities(self, a: list[Claim], b: list[Claim]) -> compare.Comparison:
        return compare.compare_quantities(_values(a, Quantity), _values(b, Quantity))

    def compare_dates(self, a: list[Claim], b: list[Claim]) -> compare.Comparison:
        return compare.compare_dates(_values(a, DateClaim), _values(b, DateClaim))

    def compare_entities(self, a: list[Claim], b: list[Claim]) -> compare.Comparison:
        return compare.compare_entities(
            _values(a, EntityRef), _values(b, EntityRef), self.case.part_of, self.case.related
        )

    def classes(self, signature: Callable[[str], Hashable]) -> list[tuple[str, ...]]:
        """The stating sources grouped by what they state, in source order.

        Sources that state the same thing agree with each other; comparing one of each class
        keeps a group of many sources and few distinct values linear, not quadratic.
        """
        by_signature: dict[Hashable, list[str]] = defaultdict(list)
        for source in self.stating:
            by_signature[signature(source)].append(source)
        return sorted(tuple(members) for members in by_signature.values())

    def value_signature(self, source: str) -> Hashable:
        return tuple(sorted(self.values[c.source, c.id].normalized for c in self.by_source[source]))

    def pairwise(
        self, comparator: Callable[[list[Claim], list[Claim]], compare.Comparison]
    ) -> None:
        worst = compare.AGREE
        reasons = []
        for left, right in combinations(self.classes(self.value_signature), 2):
            result = comparator(self.by_source[left[0]], self.by_source[right[0]])
            if result.verdict != "agreement":
                reasons.append(f"{_label(left)} vs {_label(right)}: {result.reason}")
            if compare.VERDICT_RANK[result.verdict] > compare.VERDICT_RANK[worst.verdict]:
                worst = result
        self.status = worst.verdict
        explanation = _join_reasons(reasons) if reasons else f"{_label(self.stating)} agree"
        self.finding(worst.verdict, explanation, self.claims)

    def compare_sets(self) -> None:
        merged = {
            s: compare.merge_sets([_as_set(c) for c in self.by_source[s]]) for s in self.stating
        }
        names = {item.id: item.name for value in merged.values() for item in value.items}
        worst: compare.Verdict = "agreement"
        reasons: list[str] = []
        near: set[tuple[str, str, str, str]] = set()
        classes = self.classes(lambda source: normalized(merged[source]))
        for left, right in combinations(classes, 2):
            left_label, right_label = _label(left), _label(right)
            result = compare.compare_sets(
                left_label,
                merged[left[0]],
                right_label,
                merged[right[0]],
                self.case.part_of,
                self.case.related,
            )
            if result.reason and result.verdict != "agreement" and result.reason not in reasons:
                reasons.append(result.reason)
            if compare.VERDICT_RANK[result.verdict] > compare.VERDICT_RANK[worst]:
                worst = result.verdict
            near |= {(left_label, x, right_label, y) for x, y in result.near}
        self.status = worst
        if worst == "agreement":
            self.finding("agreement", f"{_names(self.stating)} name the same items", self.claims)
            return
        common = set.intersection(*(set(v.ids) for v in merged.values()))
        differences = _differences(merged, names, common)
        self.finding(worst, _join_reasons(reasons), self.claims, differences=differences)
        if common:
            listed = ", ".join(sorted(names[i] for i in common))
            self.finding(
                "agreement", f"all name {len(common)}: {listed}", self.claims, suffix="/common"
            )
        if near:
            pairs = "; ".join(f"{names[x]} ({a}) ~ {names[y]} ({b})" for a, x, b, y in sorted(near))
            self.finding(
                "near_match", f"related but not the same: {pairs}", self.claims, suffix="/related"
            )

    def compare_qualifiers(self) -> None:
        """Sources that agree on a value may still differ on a detail ('role: mayor')."""
        # key -> the value as compared -> (the value as first written, the sources giving it)
        given: dict[str, dict[str, tuple[str, list[str]]]] = defaultdict(dict)
        for claim in self.claims:
            for key, text in claim.qualifiers:
                _, sources = given[key].setdefault(name_key(text), (text, []))
                if claim.source not in sources:
                    sources.append(claim.source)
        differing = [
            f"{key}: "
            + " vs ".join(
                f"{text} ({_names(sorted(sources))})" for text, sources in values.values()
            )
            for key, values in sorted(given.items())
            if _qualifiers_differ(list(values))
        ]
        if differing:
            explanation = "the sources qualify it differently: " + "; ".join(differing)
            self.finding("near_match", explanation, self.claims, suffix="/qualifiers")

    def internal(self) -> None:
        """A source that contradicts itself within this group."""
        for source in self.stating:
            claims = self.by_source[source]
            reason = None
            if self.key.family == "quantity" and len(claims) > 1:
                verdict = compare.quantities_consistent(_values(claims, Quantity))
                reason = verdict.reason if verdict.verdict == "conflict" else None
            elif self.key.family == "date" and len(claims) > 1:
                reason = compare.dates_consistent(_values(claims, DateClaim)).reason or None
            elif self.key.family == "entities":
                for claim in claims:
                    if isinstance(claim.value, EntitySet):
                        reason = reason or compare.set_self_check(claim.value)
            if reason:
                self.finding(
                    "internal_inconsistency",
                    f"{source} contradicts itself: {reason}",
                    claims,
                    suffix=f"/{source}",
                )


def _qualifiers_differ(values: list[str]) -> bool:
    """Whether two of a qualifier's values (as compared) cannot be the same detail.

    One written inside the other is the same detail said more fully (포항시장, 시장), and values
    in two scripts may be one detail in two languages (시장, mayor): neither is flagged.
    """
    for index, left in enumerate(values):
        for right in values[index + 1 :]:
            if left in right or right in left or _hangul(left) != _hangul(right):
                continue
            return True
    return False


def _hangul(text: str) -> bool:
    return any("가" <= char <= "힣" for char in text)


def _differences(
    merged: dict[str, EntitySet], names: dict[str, str], common: set[str]
) -> tuple[ItemDifference, ...]:
    """The items not every source names, grouped by the sources that name them."""
    sources = sorted(merged)
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for item in {i for value in merged.values() for i in value.ids} - common:
        groups[tuple(s for s in sources if item in merged[s].ids)].append(names[item])
    # Items most sources name first; the ones a single source adds last.
    ordered = sorted(groups.items(), key=lambda group: (-len(group[0]), group[0]))
    return tuple(
        ItemDifference(
            tuple(sorted(items)), named_by, tuple(s for s in sources if s not in named_by)
        )
        for named_by, items in ordered
    )


def _values(claims: list[Claim], kind: type[T]) -> list[T]:
    values = [c.value for c in claims]
    assert all(isinstance(v, kind) for v in values)
    return values  # type: ignore[return-value]


def _names(sources: tuple[str, ...] | list[str]) -> str:
    return ", ".join(sources)


def _label(sources: tuple[str, ...] | list[str]) -> str:
    """Sources named in a sentence: all of a few, the first two of many."""
    if len(sources) <= 3:
        return ", ".join(sources)
    return f"{sources[0]}, {sources[1]} and {len(sources) - 2} more"


MAX_REASONS = 5


def _join_reasons(reasons: list[str]) -> str:
    """One line however many sources disagree: the first few reasons, then how many more."""
    shown = "; ".join(reasons[:MAX_REASONS])
    more = len(reasons) - MAX_REASONS
    if more > 0:
        shown += f"; and {more} more disagreement{'s' if more != 1 else ''}"
    return shown


def _share_findings(case: Case, values: dict[tuple[str, str], SourceValue]) -> list[Finding]:
    """Percentages claimed as the share of two counts of the same source, checked by arithmetic."""
    findings: list[Finding] = []
    if all(c.share_of is None for c in case.claims):
        return findings
    by_id = {(c.source, c.id): c for c in case.claims}
    for claim in case.claims:
        if claim.share_of is None or not isinstance(claim.value, Quantity):
            continue
        part = by_id.get((claim.source, claim.share_of[0]))
        whole = by_id.get((claim.source, claim.share_of[1]))
        if not (
            part
            and whole
            and isinstance(part.value, Quantity)
            and isinstance(whole.value, Quantity)
        ):
            continue
        low, high = _ratio(part.value, whole.value)
        if low is None or high is None:
            continue
        stated = claim.value
        if stated.interval.overlaps(Interval(low, high)):
            continue
        shown_ratio = number(round((low + high) / 2, 1))
        explanation = (
            f"{claim.source} contradicts itself: {part.value.text} of {whole.value.text} is "
            f"{shown_ratio}%, but it says {stated.text}"
        )
        findings.append(
            _finding_about(
                claim,
                "internal_inconsistency",
                f"{claim.source}.{claim.id}",
                explanation,
                [claim, part, whole],
                values,
                claim.importance,
            )
        )
    return findings


def _finding_about(
    claim: Claim,
    kind: FindingKind,
    tail: str,
    explanation: str,
    claims: list[Claim],
    values: dict[tuple[str, str], SourceValue],
    importance: str,
) -> Finding:
    """A finding outside the groups (arithmetic, attribution) on a claim's subject and property."""
    return Finding(
        id=f"{kind}:{claim.subject.id}/{claim.property}/{tail}",
        kind=kind,
        subject=claim.subject.id,
        subject_name=claim.subject.name,
        property=claim.property,
        value_kind=claim.kind,
        severity=_VERDICT_SEVERITY[kind],
        importance=importance,
        explanation=explanation,
        values=tuple(values[c.source, c.id] for c in claims),
    )


def _attribution_findings(
    clusters: list[list[Claim]], values: dict[tuple[str, str], SourceValue]
) -> list[Finding]:
    """The same words attributed to different people by different sources."""
    findings = []
    for cluster in clusters:
        sources_by_speaker: dict[str, list[str]] = defaultdict(list)
        names: dict[str, str] = {}
        for claim in cluster:
            assert isinstance(claim.value, QuoteValue)
            speaker = claim.value.speaker
            names[speaker.id] = speaker.name
            if claim.source not in sources_by_speaker[speaker.id]:
                sources_by_speaker[speaker.id].append(claim.source)
        attributions = [
            f"to {names[speaker]} by {_names(sorted(sources))}"
            for speaker, sources in sorted(
                sources_by_speaker.items(), key=lambda item: (-len(item[1]), item[0])
            )
        ]
        first = cluster[0]
        item = first.item or f"{first.source}.{first.id}"
        findings.append(
            _finding_about(
                first,
                "conflict",
                f"attribution/{item}",
                f"the same words are attributed {'; '.join(attributions)}",
                cluster,
                values,
                _importance(cluster),
            )
        )
    return findings


def _attributed_elsewhere(clusters: list[list[Claim]]) -> dict[tuple[str, str], frozenset[str]]:
    """Each quote of a misattributed cluster, and the sources giving its words to someone else."""
    attributed: dict[tuple[str, str], frozenset[str]] = {}
    for cluster in clusters:
        for claim in cluster:
            assert isinstance(claim.value, QuoteValue)
            speaker = claim.value.speaker.id
            attributed[claim.source, claim.id] = frozenset(
                c.source
                for c in cluster
                if isinstance(c.value, QuoteValue) and c.value.speaker.id != speaker
            )
    return attributed


def _wording_findings(
    groups: dict[GroupKey, list[Claim]], values: dict[tuple[str, str], SourceValue]
) -> list[Finding]:
    """Texts worded alike by different sources that differ in a figure or a negation."""
    findings = []
    for left, right, reason in alike_but_different(groups):
        first = left[0]
        findings.append(
            _finding_about(
                first,
                "near_match",
                f"wording/{first.source}.{first.id}",
                f"worded alike by {_names(sorted({c.source for c in left}))} and "
                f"{_names(sorted({c.source for c in right}))}, but {reason}",
                left + right,
                values,
                _importance(left + right),
            )
        )
    return findings


def _ratio(part: Quantity, whole: Quantity) -> tuple[float | None, float | None]:
    if part.low is None or part.high is None or not whole.low or not whole.high:
        return None, None
    return part.low / whole.high * 100, part.high / whole.low * 100


def _sort_key(finding: Finding) -> tuple[int, int, int, int, str]:
    return (
        KIND_ORDER.index(finding.kind),
        SEVERITY_RANK[finding.severity],
        -IMPORTANCE_RANK.get(finding.importance, 1),
        0 if finding.value_kind == "caveat" else 1,
        finding.id,
    )


def reconcile(case: Case) -> Result:
    """Compare the sources of a case: every finding, counts and the coverage matrix."""
    groups = group_claims(case.claims)
    misattributed = same_words(
        case.claims, lambda a, b: compare.related(a, b, case.part_of, case.related)
    )
    attributed = _attributed_elsewhere(misattributed)
    # Each claim's value as shown and as compared, worked out once: a claim can appear in
    # several findings, and the coverage matrix shows it again.
    values = {(c.source, c.id): _source_value(c) for c in case.claims}
    families: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key in groups:
        families[(key.subject, key.property)].add(key.family)
    sources = tuple(sorted(case.sources, key=lambda s: s.id))
    source_ids = [s.id for s in sources]
    findings: list[Finding] = []
    coverage: list[CoverageRow] = []
    for key in sorted(groups):
        claims = groups[key]
        path = key.path(len(families[(key.subject, key.property)]) > 1)
        elsewhere = (
            frozenset(source for c in claims for source in attributed.get((c.source, c.id), ()))
            if attributed
            else frozenset()
        )
        group = _Group(key, claims, case, path, values, elsewhere)
        group.run()
        findings.extend(group.findings)
        stated = {
            source: " | ".join(values[c.source, c.id].value for c in source_claims)
            for source, source_claims in group.by_source.items()
        }
        cells = tuple(stated.get(s, "") for s in source_ids)
        coverage.append(
            CoverageRow(key.subject, group.subject_name, key.property, cells, group.status)
        )
    findings.extend(_share_findings(case, values))
    findings.extend(_attribution_findings(misattributed, values))
    findings.extend(_wording_findings(groups, values))
    findings.sort(key=_sort_key)
    counted = Counter(f.kind for f in findings)
    return Result(
        case=case.name,
        sources=sources,
        claims=len(case.claims),
        counts=tuple(Count(kind, counted.get(kind, 0)) for kind in KIND_ORDER),
        findings=tuple(findings),
        coverage=tuple(coverage),
    )
