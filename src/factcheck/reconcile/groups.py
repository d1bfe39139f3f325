"""Which claims speak about the same thing: grouping by (subject, property) and clustering texts."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from factcheck.normalize import bigrams, dice, statement_key
from factcheck.quantity import figures
from factcheck.values import Claim, QuoteValue, Statement

# Kinds compared by the same comparator share a family: a single entity is a list of one.
FAMILY = {
    "quantity": "quantity",
    "date": "date",
    "entity": "entities",
    "entities": "entities",
    "statement": "statement",
    "caveat": "statement",
    "quote": "quote",
}
# Bigram Dice similarity from which two texts say the same thing. Statements are paraphrased
# across outlets (이번 박람회는… / 이번 행사는…); quotes are reported closer to verbatim.
STATEMENT_THRESHOLD = 0.5
QUOTE_THRESHOLD = 0.6
# Words two people may both say ('Thank you') are no sign that a quote was misattributed, and
# two speakers may share a phrase ('…을 최우선으로 두고'): only near-verbatim words are the same.
MIN_ATTRIBUTED_CHARS = 15
ATTRIBUTION_THRESHOLD = 0.8


@dataclass(frozen=True, order=True)
class GroupKey:
    """What a group of claims is about; `item` tells apart distinct statements or quotes."""

    subject: str
    property: str
    family: str
    speaker: str = ""
    item: str = ""

    def path(self, with_family: bool) -> str:
        """A stable, readable id for findings: subject/property[/family][/speaker][/item]."""
        parts = [self.subject, self.property]
        if with_family:
            parts.append(self.family)
        if self.speaker:
            parts.append(self.speaker)
        if self.item:
            parts.append(self.item)
        return "/".join(parts)


def _text(claim: Claim) -> str:
    value = claim.value
    if isinstance(value, QuoteValue | Statement):
        return value.text
    raise TypeError(f"claim {claim.id} has no text to cluster")


_NEGATION = re.compile(
    r"않|못\s?하|없|아니|\b(?:not|no|never|none|nobody|nothing|without|cannot)\b|n't",
    re.IGNORECASE,
)


def difference_in_substance(left: str, right: str) -> str | None:
    """Why two texts worded alike cannot say the same thing: other figures, or one negated.

    Letter pairs see '수색을 24시간 이어가겠다' and '…48시간…', or '검토하기로' and
    '검토하지 않기로', as nearly the same text; these are the differences that matter most.
    """
    left_figures, right_figures = figures(left), figures(right)
    if left_figures != right_figures:
        only_left = ", ".join(sorted(left_figures - right_figures)) or "none"
        only_right = ", ".join(sorted(right_figures - left_figures)) or "none"
        return f"the figures differ ({only_left} against {only_right})"
    if bool(_NEGATION.search(left)) != bool(_NEGATION.search(right)):
        return "only one of them is negated"
    return None


def _clusters(claims: list[Claim], threshold: float) -> list[list[Claim]]:
    """Connected components of the 'says the same thing' relation: independent of input order.

    Claims with the same normalised text (or the same `item`) are one node, so a group of many
    sources repeating few texts costs few comparisons.
    """
    ordered = sorted(claims, key=lambda c: (c.source, c.id))
    nodes: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, claim in enumerate(ordered):
        node = (
            ("item", claim.item)
            if claim.item is not None
            else ("text", statement_key(_text(claim)))
        )
        nodes[node].append(index)
    keys = sorted(nodes)
    texts = {key: _text(ordered[nodes[key][0]]) for key in keys}
    parent = list(range(len(keys)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    grams = {key: bigrams(key[1]) if key[0] == "text" else frozenset() for key in keys}
    for i, left in enumerate(keys):
        for j in range(i + 1, len(keys)):
            right = keys[j]
            # An explicit `item` links claims in any wording or language, and only those;
            # without one, texts that share most of their letter pairs say the same thing.
            if left[0] == "item" or right[0] == "item":
                continue
            if (
                dice(grams[left], grams[right]) >= threshold
                and difference_in_substance(texts[left], texts[right]) is None
            ):
                parent[root(j)] = root(i)
    components: dict[int, list[Claim]] = defaultdict(list)
    for position, key in enumerate(keys):
        for index in nodes[key]:
            components[root(position)].append(ordered[index])
    return [sorted(members, key=lambda c: (c.source, c.id)) for members in components.values()]


def group_claims(claims: Iterable[Claim]) -> dict[GroupKey, list[Claim]]:
    """Claims grouped by what they are about, each group's claims in (source, id) order."""
    # Plain tuples while sorting claims into groups: one GroupKey per group, not per claim.
    coarse: dict[tuple[str, str, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        speaker = claim.value.speaker.id if isinstance(claim.value, QuoteValue) else ""
        coarse[claim.subject.id, claim.property, FAMILY[claim.kind], speaker].append(claim)
    groups: dict[GroupKey, list[Claim]] = {}
    for fields, members in coarse.items():
        key = GroupKey(*fields)
        if key.family in ("statement", "quote"):
            threshold = QUOTE_THRESHOLD if key.family == "quote" else STATEMENT_THRESHOLD
            for cluster in _clusters(members, threshold):
                first = cluster[0]
                named = sorted(c.item for c in cluster if c.item is not None)
                item = named[0] if named else f"{first.source}.{first.id}"
                groups[GroupKey(key.subject, key.property, key.family, key.speaker, item)] = cluster
        else:
            groups[key] = sorted(members, key=lambda c: (c.source, c.id))
    return groups


def same_words(
    claims: Iterable[Claim], related: Callable[[str, str], bool] = lambda a, b: False
) -> list[list[Claim]]:
    """Quotes that repeat the same words, whoever they are attributed to, per property.

    Only clusters whose words are given to more than one speaker are returned: the same quote
    put in two people's mouths by different sources. Speakers `related` (an official and the
    agency they speak for) are one speaker here.
    """
    by_property: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if isinstance(claim.value, QuoteValue):
            by_property[claim.property].append(claim)
    found = []
    for quotes in by_property.values():
        if len({c.value.speaker.id for c in quotes if isinstance(c.value, QuoteValue)}) < 2:
            continue  # the common case, and cheap to tell: one speaker per property
        members = [
            c
            for c in quotes
            if c.item is not None
            or (
                isinstance(c.value, QuoteValue)
                and len(statement_key(c.value.text)) >= MIN_ATTRIBUTED_CHARS
            )
        ]
        for cluster in _clusters(members, ATTRIBUTION_THRESHOLD):
            speakers = sorted(
                {c.value.speaker.id for c in cluster if isinstance(c.value, QuoteValue)}
            )
            unrelated = any(
                not related(a, b) for i, a in enumerate(speakers) for b in speakers[i + 1 :]
            )
            if unrelated and len({c.source for c in cluster}) > 1:
                found.append(cluster)
    return sorted(found, key=lambda cluster: (cluster[0].source, cluster[0].id))


def alike_but_different(
    groups: dict[GroupKey, list[Claim]],
) -> list[tuple[list[Claim], list[Claim], str]]:
    """Statements or quotes of one subject and property, worded alike by different sources,
    that differ in a figure or a negation: the pairs of groups, and how they differ."""
    by_topic: dict[tuple[str, str, str, str], list[list[Claim]]] = defaultdict(list)
    for key, claims in groups.items():
        if key.family in ("statement", "quote"):
            by_topic[key.subject, key.property, key.family, key.speaker].append(claims)
    found = []
    for (_, _, family, _), members in sorted(by_topic.items()):
        if len(members) < 2:
            continue
        members.sort(key=lambda claims: (claims[0].source, claims[0].id))  # not input order
        threshold = QUOTE_THRESHOLD if family == "quote" else STATEMENT_THRESHOLD
        texts = [_text(claims[0]) for claims in members]
        grams = [bigrams(text) for text in texts]
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                if {c.source for c in members[i]} & {c.source for c in members[j]}:
                    continue  # one source saying two things is not two sources disagreeing
                if dice(grams[i], grams[j]) < threshold:
                    continue
                reason = difference_in_substance(texts[i], texts[j])
                if reason is not None:
                    found.append((members[i], members[j], reason))
    return found
