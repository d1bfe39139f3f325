"""Lists in Korean sentences: items closed by 등, with a declared total (A, B 등 총 10개 기관).

Each item is a known or proposed entity; people counted in institutions stand for their
organisation, and who takes part in a founding ceremony takes part in what it founds.
"""

from __future__ import annotations

import re

from factcheck.extract import korean as ko
from factcheck.extract import vocabulary as vocab
from factcheck.extract.found import Context, Found, Sentence
from factcheck.extract.korean import Token
from factcheck.extract.korean_claims import QUOTED, predicate_after
from factcheck.extract.korean_dates import founded_organization

_LIST_END = re.compile(
    r"\s등(?:\s(?P<category>[가-힣]{2,8}?))?(?:(?:\s총)?\s(?P<total>\d[\d,]*(?:\s?[십백천만]+)?(?:\s?여)?\s?(?:개\s?기관|개사|곳|명|개|건)))?(?=[,\s이가은는을를과와의도]|$)"
)
_SEPARATOR = re.compile(
    r"\s*(?:,|·|(?<=[가-힣])(?:과|와)\s|(?:을|를)\s비롯(?:해|한)\s?|\s및\s|(?:은|는)\s물론\s?,?)\s*"
)


def lists(ctx: Context, sentence: Sentence, token_list: list[Token]) -> set[int]:
    """Lists closed by 등 (not exhaustive) with a declared total (…등 총 10개 기관)."""
    text = sentence.text
    covered: set[int] = set()
    persons = ko.people_in(ctx, text, token_list)
    quoted = [range(m.start(), m.end()) for m in QUOTED.finditer(text)]
    ends = list(_LIST_END.finditer(text))
    for number, end_match in enumerate(ends):
        if any(end_match.start() in span for span in quoted):
            continue
        later = ends[number + 1] if number + 1 < len(ends) else None
        if later is not None and not any(
            end_match.end() <= t.start < later.start()
            for _, t in ko.predicates(token_list, end_match.end())
        ):
            continue  # "A, B 등 관계부처, C 등 총 10개": the last 등 closes the whole list
        names_at = [range(m.start, m.end) for m in sentence.mentions]
        start = _list_start(text, token_list, end_match.start(), names_at)
        region = text[start : end_match.start()]
        items: list[str] = []
        position = start
        for piece in _SEPARATOR.split(region):
            offset = text.find(piece, position)
            position = offset + len(piece)
            nested = re.search(r"\s등\s[가-힣\s]+$", piece)
            if nested:
                piece = piece[: nested.start()]
                offset = text.find(piece, offset)
            entity = _item(
                ctx, piece.strip(" '‘’\""), offset, persons, end_match.group("total") or ""
            )
            if entity is None:
                items = []
                break  # an item that names nothing: a list of ideas, not of entities
            if entity not in items:
                items.append(entity)
        if len(items) < 1 or (len(items) < 2 and not end_match.group("total")):
            continue
        predicate = predicate_after(token_list, end_match.end()) or next(
            (t for _, t in ko.predicates(token_list, end_match.end(), modifiers=False)), None
        )
        names: list[str] = []
        category = end_match.group("category")
        if predicate is not None:
            if category:
                names += [f"{predicate.form} {category}", f"{predicate.form} {category[-2:]}"]
            names += vocab.KOREAN_PREDICATES.get(predicate.form, [predicate.form])
        if not names:
            continue
        subject = ko.subject_of(ctx, sentence, start)
        if subject is None:
            continue
        subject = _founded_by(ctx, subject, predicate.form if predicate else "")
        value: dict[str, object] = {"items": items, "exhaustive": False}
        if end_match.group("total"):
            total = re.sub(r"\s+", " ", end_match.group("total"))
            value["total"] = ("총 " if "총" in end_match.group() else "") + total
            covered.update(range(end_match.start(), end_match.end()))
        evidence_end = predicate.end if predicate is not None else end_match.end()
        ctx.add(
            Found(
                subject,
                tuple(dict.fromkeys(names)),
                "entities",
                value,
                text[start:evidence_end].strip(),
            )
        )
    return covered


def _founded_by(ctx: Context, subject: str, predicate: str) -> str:
    """Who takes part (참여, 참가) in a founding ceremony takes part in what it founds: the
    organisation the registry relates to it or names it after (X 출범식 → X)."""
    if predicate not in ("참여", "참가"):
        return subject
    return founded_organization(ctx, subject) or subject


def _list_start(text: str, token_list: list[Token], end: int, names: list[range]) -> int:
    """Where a list that ends at `end` begins: after the topic or the clause before it.

    A morpheme inside a known name is no boundary (the analyser reads 이도현 as 이 + 도 + 현).
    """
    start = 0
    for token in token_list:
        if token.end > end:
            break
        if any(token.start in name and token.end - 1 in name for name in names):
            continue
        if (token.tag == "JX" and text[token.end : token.end + 3] == " 물론") or (
            token.form == "물론" and text[max(token.start - 2, 0) : token.start] in ("는 ", "은 ")
        ):
            continue  # "A는 물론, B": the list goes on
        if token.tag in ("JX", "EF", "SF", "ETM", "MAG") or (
            token.tag == "EC" and token.form not in ("어", "아")
        ):
            start = token.end
        if token.tag == "JKB" and token.form not in ("과", "와"):
            start = token.end
    while start < end and text[start] in " '\"‘’“”,":
        start += 1
    return start


def _item(ctx: Context, piece: str, offset: int, persons: dict[int, str], total: str) -> str | None:
    if not piece or len(piece) > 40:
        return None
    counts_institutions = any(word in total for word in ("기관", "곳", "개사"))
    for start, person in persons.items():
        if offset <= start < offset + len(piece):
            if counts_institutions and person in ctx.affiliations:
                return ctx.affiliations[person]
            return person
    known = ctx.entities.resolve(piece)
    if known is not None:
        return known
    inside = ctx.entities.find(piece)
    if inside and inside[0].start == 0:
        rest = piece[inside[0].end :].strip()
        if not rest or rest.endswith(tuple(vocab.KOREAN_TITLES)) or rest == "장":
            return inside[0].entity
    if (
        not re.fullmatch(r"[가-힣A-Za-z0-9][가-힣A-Za-z0-9 &.\-]{0,30}", piece)
        or len(piece.split()) > 3
    ):
        return None
    proper = any(t.tag in ("NNP", "SL") for t in ko.tokens(piece))
    if piece.replace(" ", "").endswith(vocab.ORGANIZATION_SUFFIXES) or proper:
        return ctx.entities.propose(piece, "organization")
    return None
