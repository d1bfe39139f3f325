"""The reconciliation engine: semantics on small cases, and its laws as property tests."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import parse_date
from factcheck.loading import LoadOptions, load_case, quantity_value
from factcheck.reconcile import reconcile
from factcheck.result import Result
from factcheck.values import (
    Case,
    Claim,
    DateClaim,
    EntityRef,
    EntitySet,
    Position,
    QuoteValue,
    Source,
    Statement,
    Value,
)
from tests.conftest import MakeCase


def _load(folder: Path) -> Result:
    case, problems = load_case(folder, LoadOptions())
    assert problems == []
    return reconcile(case)


def _kinds(result: Result) -> dict[str, str]:
    return {f.id: f.kind for f in result.findings}


YONHAP = """\
- id: attendees
  subject: expo
  property: attendees
  entities: {items: [이상민, 고진], total: 8명}
  evidence: 고진 위원장 등 8명이 참석했다
- id: organizers
  subject: expo
  property: organizers
  entities: {items: [행안부], exhaustive: true}
  evidence: 행정안전부는 25일 오후
- id: visitors
  subject: expo
  property: visitors
  quantity: 3만여 명
  evidence: 3만여 명이 방문했다
- id: outage
  subject: expo
  property: caveat
  caveat: 전산망 장애로 행사의 빛이 바랬다
  evidence: 전산망 장애로 행사의 빛이 바랬다
- id: partners
  subject: expo
  property: partners
  entities: [네이버, 과기부]
  evidence: 행정안전부는
- id: date
  subject: expo
  property: date
  date: 2023-11-25
  evidence: 25일 오후
"""

ECONOMIC = """\
- id: attendees
  subject: expo
  property: attendees
  entities: [이상민, 고진, 오철호, 조준희, 네이버, 행안부, 과기부, 벡스코, naver-cloud]
  evidence: 고진 위원장 등 8명이 참석했다
- id: organizers
  subject: expo
  property: organizers
  entities: {items: [행안부, 과기부], exhaustive: true}
  evidence: 행정안전부는 25일 오후
- id: visitors
  subject: expo
  property: visitors
  quantity: 3만명
  evidence: 3만여 명이 방문했다
- id: partners
  subject: expo
  property: partners
  entities: [naver-cloud, 과기부, 행안부]
  evidence: 행정안전부는
- id: date
  subject: expo
  property: date
  date: 2023-11-25 오후
  evidence: 25일 오후
"""


def test_findings_on_a_small_case(make_case: MakeCase) -> None:
    result = _load(make_case({"yonhap": YONHAP, "economic": ECONOMIC}))
    assert _kinds(result) == {
        "conflict:expo/attendees": "conflict",
        "agreement:expo/attendees/common": "agreement",
        "conflict:expo/organizers": "conflict",
        "agreement:expo/organizers/common": "agreement",
        "list_difference:expo/partners": "list_difference",
        "agreement:expo/partners/common": "agreement",
        "near_match:expo/partners/related": "near_match",
        "agreement:expo/visitors": "agreement",
        "agreement:expo/date": "agreement",
        "omission:expo/caveat/yonhap.outage": "omission",
    }
    by_id = {f.id: f for f in result.findings}
    assert (
        by_id["conflict:expo/attendees"].explanation
        == "yonhap gives a total of 8명, but economic names 9"
    )
    assert by_id["conflict:expo/organizers"].explanation == (
        "yonhap's list is complete, but economic also names 1 more"
    )
    omission = by_id["omission:expo/caveat/yonhap.outage"]
    assert omission.missing == ("economic",)
    assert omission.severity == "high"
    assert [v.evidence_line for v in by_id["conflict:expo/attendees"].values] == [3, 3]
    assert result.findings[0].kind == "conflict"
    assert (
        result.findings[[f.kind for f in result.findings].index("omission")].value_kind == "caveat"
    )


def test_internal_inconsistencies(make_case: MakeCase) -> None:
    claims = """\
    - id: total
      subject: expo
      property: attendees
      entities: {items: [이상민, 고진, 오철호], total: 2명}
      evidence: 등 8명이 참석했다
    - id: v1
      subject: expo
      property: visitors
      quantity: 3만여 명
      evidence: 3만여 명이 방문했다
    - id: v2
      subject: expo
      property: visitors
      quantity: 5만 명
      evidence: 명이 방문했다
    - id: spaces
      subject: expo
      property: spaces
      quantity: 93개
      evidence: 93개
    - id: private
      subject: expo
      property: private_spaces
      quantity: 32개
      evidence: 32개
    - id: share
      subject: expo
      property: private_share
      quantity: 40%
      share_of: {part: private, whole: spaces}
      evidence: 민간 전시 공간이었다
    """
    result = _load(make_case({"a": claims, "b": claims}))
    internal = sorted(f.explanation for f in result.findings if f.kind == "internal_inconsistency")
    assert internal == [
        "a contradicts itself: 32개 of 93개 is 34.4%, but it says 40%",
        "a contradicts itself: 3만여 명 (30,000 < x < 40,000 person) and 5만 명 (45,000 ≤ x < 60,000 person) cannot both be true",
        "a contradicts itself: declares a total of 2명 but names 3",
        "b contradicts itself: 32개 of 93개 is 34.4%, but it says 40%",
        "b contradicts itself: 3만여 명 (30,000 < x < 40,000 person) and 5만 명 (45,000 ≤ x < 60,000 person) cannot both be true",
        "b contradicts itself: declares a total of 2명 but names 3",
    ]


def test_consistent_share_is_not_flagged(make_case: MakeCase) -> None:
    claims = """\
    - {id: spaces, subject: expo, property: spaces, quantity: 93개, evidence: 93개}
    - {id: private, subject: expo, property: private_spaces, quantity: 32개, evidence: 32개}
    - id: share
      subject: expo
      property: private_share
      quantity: 34%
      share_of: {part: private, whole: spaces}
      evidence: (34%)
    """
    result = _load(make_case({"a": claims, "b": claims}))
    assert {f.kind for f in result.findings} == {"agreement"}


# --- The laws, on generated cases ------------------------------------------------------------

ENTITIES = {
    "naver": EntityRef("naver", "네이버", "네이버"),
    "naver-cloud": EntityRef("naver-cloud", "네이버 클라우드", "네이버 클라우드"),
    "mois": EntityRef("mois", "행정안전부", "행안부"),
    "msit": EntityRef("msit", "과학기술정보통신부", "과기부"),
    "lee": EntityRef("lee", "이상민", "이상민"),
}
PART_OF = {"naver-cloud": frozenset({"naver"})}
SUBJECTS = [EntityRef("expo", "정부박람회", "정부박람회"), ENTITIES["mois"]]

quantities = st.sampled_from(
    ["3만여 명", "3만명", "5만 명", "약 100명", "93개", "32개", "34%", "8명", "10여만"]
).map(quantity_value)
dates = st.sampled_from(["2023-11-25", "2023-11-25 오후", "2023-11-26", "2023-11"]).map(
    lambda text: DateClaim(parse_date(text), text)
)
entity_refs = st.sampled_from(sorted(ENTITIES)).map(ENTITIES.__getitem__)
entity_sets = st.builds(
    lambda ids, exhaustive, total: EntitySet(
        tuple(ENTITIES[i] for i in sorted(ids)),
        exhaustive,
        quantity_value(total) if total else None,
    ),
    st.sets(st.sampled_from(sorted(ENTITIES)), min_size=1, max_size=4),
    st.booleans(),
    st.sampled_from([None, "2명", "3곳", "8명"]),
)
statements = st.builds(
    Statement,
    st.sampled_from(
        [
            "전산망 장애로 행사의 빛이 바랬다",
            "전산망 장애로 행사 빛이 바랬다.",
            "전산망 장애로 행사의 빛이 바래지 않았다",  # alike, but negated
            "민관이 협력해 개최했다",
        ]
    ),
    st.booleans(),
)
quotes = st.builds(
    QuoteValue,
    entity_refs,
    st.sampled_from(
        [
            "정부혁신을 계속 추진하겠다",
            "정부 혁신을 계속 추진하겠다",
            "정부혁신을 3년 더 추진하겠다",  # alike, but with a figure
            "적극 지원하겠다",
        ]
    ),
)
PROPERTIES: dict[str, st.SearchStrategy[Value]] = {
    "visitors": quantities,
    "date": dates,
    "venue": entity_refs,
    "attendees": entity_sets,
    "caveat": statements,
    "remarks": quotes,
}
KIND_OF = {
    "visitors": "quantity",
    "date": "date",
    "venue": "entity",
    "attendees": "entities",
    "remarks": "quote",
}


@st.composite
def source_claims(draw: st.DrawFn, source: str) -> list[Claim]:
    claims = []
    for index in range(draw(st.integers(min_value=0, max_value=8))):
        prop = draw(st.sampled_from(sorted(PROPERTIES)))
        value = draw(PROPERTIES[prop])
        kind = KIND_OF.get(prop) or (
            "caveat" if isinstance(value, Statement) and value.caveat else "statement"
        )
        claims.append(
            Claim(
                source=source,
                id=f"c{index}",
                subject=draw(st.sampled_from(SUBJECTS)),
                property=prop,
                kind=kind,  # type: ignore[arg-type]
                value=value,
                importance=draw(st.sampled_from(["normal", "high", "low"])),
                evidence="evidence",
                evidence_line=1,
                position=Position(f"{source}.yaml", index + 1, 3),
            )
        )
    return claims


def _source(source_id: str) -> Source:
    return Source(
        source_id, source_id, "title", None, "2023-11-25", "ko", None, "a.txt", f"{source_id}.yaml"
    )


@st.composite
def cases(draw: st.DrawFn, min_sources: int = 2, max_sources: int = 4) -> Case:
    count = draw(st.integers(min_value=min_sources, max_value=max_sources))
    ids = [f"s{i}" for i in range(count)]
    claims = [claim for source in ids for claim in draw(source_claims(source))]
    return Case("generated", tuple(_source(s) for s in ids), tuple(claims), PART_OF, {})


@given(cases(), st.randoms())
def test_order_of_sources_and_claims_does_not_matter(case: Case, random: object) -> None:
    sources = list(case.sources)
    claims = list(case.claims)
    random.shuffle(sources)  # type: ignore[attr-defined]
    random.shuffle(claims)  # type: ignore[attr-defined]
    shuffled = dataclasses.replace(case, sources=tuple(sources), claims=tuple(claims))
    assert reconcile(shuffled) == reconcile(case)


@given(cases(min_sources=1, max_sources=1))
def test_a_source_agrees_with_a_copy_of_itself(case: Case) -> None:
    original = case.sources[0]
    copy = dataclasses.replace(original, id="copy")
    copied_claims = tuple(dataclasses.replace(c, source="copy") for c in case.claims)
    doubled = dataclasses.replace(
        case, sources=(original, copy), claims=case.claims + copied_claims
    )
    kinds = {f.kind for f in reconcile(doubled).findings}
    assert kinds <= {"agreement", "internal_inconsistency"}


@given(cases(min_sources=2, max_sources=3), st.data())
def test_adding_a_source_never_removes_a_conflict(case: Case, data: st.DataObject) -> None:
    before = {f.id for f in reconcile(case).findings if f.kind == "conflict"}
    extra = data.draw(source_claims("zz-new"))
    grown = dataclasses.replace(
        case, sources=(*case.sources, _source("zz-new")), claims=case.claims + tuple(extra)
    )
    after = {f.id for f in reconcile(grown).findings if f.kind == "conflict"}
    assert before <= after


@given(cases())
def test_every_finding_carries_each_sources_evidence(case: Case) -> None:
    for finding in reconcile(case).findings:
        assert finding.values, finding.id
        assert all(v.evidence for v in finding.values)
        if finding.kind == "omission":
            stating = {v.source for v in finding.values}
            assert stating.isdisjoint(finding.missing)
            assert stating | set(finding.missing) == {s.id for s in case.sources}


def test_item_links_statements_in_two_languages(make_case: MakeCase) -> None:
    korean = "- {id: q, subject: expo, property: caveat, caveat: 전산망 장애로 행사의 빛이 바랬다, item: outage, evidence: 전산망 장애로}\n"
    english = "- {id: q, subject: expo, property: caveat, caveat: Network outages overshadowed the expo, item: outage, evidence: 전산망 장애로}\n"
    result = _load(make_case({"ko": korean, "en": english}))
    assert _kinds(result) == {"agreement:expo/caveat/outage": "agreement"}
    unlinked = _load(
        make_case({"ko": korean.replace(", item: outage", ""), "en": english}, name="other")
    )
    assert sorted(_kinds(unlinked).values()) == ["omission", "omission"]


def test_many_disagreeing_sources_are_summed_up_in_one_line(make_case: MakeCase) -> None:
    # Four different values make six disagreeing pairs: five are spelt out, one is counted.
    sources = {
        name: f"- {{id: v, subject: expo, property: visitors, quantity: {count}, evidence: 방문했다}}"
        for name, count in {"a": "1명", "b": "20명", "c": "300명", "d": "4000명"}.items()
    }
    (conflict,) = [f for f in _load(make_case(sources)).findings if f.kind == "conflict"]
    assert conflict.explanation.count("cannot both be true") == 5
    assert conflict.explanation.endswith("; and 1 more disagreement")


def _set_conflict(make_case: MakeCase, a: str, b: str) -> str:
    claims = {
        name: f"- {{id: l, subject: expo, property: attendees, entities: {value}, evidence: 참석}}"
        for name, value in {"a": a, "b": b}.items()
    }
    findings = _load(make_case(claims)).findings
    return " / ".join(f"{f.kind}: {f.explanation}" for f in findings if "/common" not in f.id)


def test_list_counts_are_compared_with_declared_totals(make_case: MakeCase) -> None:
    # A complete list of two cannot be a group of three, even when it names the same people.
    assert (
        _set_conflict(
            make_case,
            "{items: [이상민, 고진], exhaustive: true}",
            "{items: [고진, 이상민], total: 3명}",
        )
        == "conflict: a's list is complete with 2, but b gives a total of 3명"
    )
    # Two totals that cannot both hold.
    assert (
        _set_conflict(make_case, "{items: [이상민], total: 8명}", "{items: [이상민], total: 10명}")
        == "conflict: a gives a total of 8명, b of 10명"
    )
    # Each list fits its own total, but together they name more people than a's total.
    assert (
        _set_conflict(make_case, "{items: [이상민], total: 2명}", "[고진, 오철호]")
        == "conflict: a gives a total of 2명, but the two lists name 3 between them"
    )
    # A total the complete list matches is agreement.
    assert _set_conflict(
        make_case, "{items: [이상민, 고진], exhaustive: true}", "{items: [고진], total: 2명}"
    ).startswith("list_difference")


def test_list_differences_say_which_sources_name_each_item(make_case: MakeCase) -> None:
    claims = {
        name: f"- {{id: l, subject: expo, property: attendees, entities: {items}, evidence: 참석}}"
        for name, items in {
            "a": "[이상민, 고진]",
            "b": "[고진, 이상민]",
            "c": "[고진, 오철호]",
        }.items()
    }
    (finding,) = [f for f in _load(make_case(claims)).findings if f.kind == "list_difference"]
    assert [(d.items, d.named_by, d.not_named_by) for d in finding.differences] == [
        (("이상민",), ("a", "b"), ("c",)),
        (("오철호",), ("c",), ("a", "b")),
    ]


def test_a_figure_converted_into_another_unit_agrees_when_rounded(make_case: MakeCase) -> None:
    def verdict(a: str, b: str) -> str:
        claims = {
            name: f"- {{id: q, subject: expo, property: area, quantity: {value}, evidence: 방문했다}}"
            for name, value in {"a": a, "b": b}.items()
        }
        (finding,) = _load(make_case(claims)).findings
        return finding.kind

    # 12 ha is 29.65 acres: a paper that converts writes 30.
    assert verdict("12 hectares", "30 acres") == "agreement"
    assert verdict("2.5 km", "1.6 miles") == "agreement"
    # In one unit a figure is taken as written; converted, it may be off by half its last digit.
    assert verdict("12 hectares", "13 hectares") == "conflict"
    assert verdict("12 hectares", "40 acres") == "conflict"


def test_the_same_quote_given_to_two_people_is_a_conflict(make_case: MakeCase) -> None:
    def quote(speaker: str, text: str = "정부혁신을 계속 추진하겠다고 말했다") -> str:
        return (
            f"- {{id: q, subject: expo, property: remarks, "
            f"quote: {{speaker: {speaker}, text: {text}}}, evidence: 3일간}}"
        )

    result = _load(make_case({"a": quote("이상민"), "b": quote("이상민"), "c": quote("고진")}))
    (conflict,) = [f for f in result.findings if f.kind == "conflict"]
    assert conflict.id == "conflict:expo/remarks/attribution/a.q"
    assert conflict.explanation == ("the same words are attributed to 이상민 by a, b; to 고진 by c")
    assert [v.source for v in conflict.values] == ["a", "b", "c"]
    # Said once: c does not also leave 이상민's quote out, nor a and b 고진's.
    assert not [f for f in result.findings if f.kind == "omission"]
    assert {row.status for row in result.coverage} == {"conflict"}
    # Different words, or words too short to tell, are not a misattribution.
    result = _load(
        make_case(
            {"a": quote("이상민"), "b": quote("고진", "완전히 다른 이야기를 길게 했다")}, name="d"
        )
    )
    assert not [f for f in result.findings if f.kind == "conflict"]
    result = _load(
        make_case({"a": quote("이상민", "감사합니다"), "b": quote("고진", "감사합니다")}, name="e")
    )
    assert not [f for f in result.findings if f.kind == "conflict"]


def test_differing_qualifiers_are_shown_and_flagged(make_case: MakeCase) -> None:
    claims = {
        name: f"- {{id: t, subject: lee, property: affiliation, entity: 행안부, "
        f"qualifiers: {{role: {role}}}, evidence: 행안부 장관}}"
        for name, role in {"a": "장관", "b": "장관", "c": "차관"}.items()
    }
    findings = {f.id: f for f in _load(make_case(claims)).findings}
    near = findings["near_match:lee/affiliation/qualifiers"]
    assert near.explanation == ("the sources qualify it differently: role: 장관 (a, b) vs 차관 (c)")
    assert [v.value for v in near.values] == [
        "행정안전부 (role: 장관)",
        "행정안전부 (role: 장관)",
        "행정안전부 (role: 차관)",
    ]
    assert findings["agreement:lee/affiliation"].kind == "agreement"


def test_alike_statements_that_differ_in_a_figure_or_a_negation_are_not_one(
    make_case: MakeCase,
) -> None:
    def statement(text: str) -> str:
        return (
            f"- {{id: s, subject: expo, property: decision, statement: {text}, evidence: 방문했다}}"
        )

    result = _load(
        make_case(
            {
                "a": statement("정부는 특별재난지역 선포를 검토하기로 했다"),
                "b": statement("정부는 특별재난지역 선포를 검토하지 않기로 했다"),
            }
        )
    )
    (near,) = [f for f in result.findings if f.kind == "near_match"]
    assert near.explanation == "worded alike by a and b, but only one of them is negated"
    assert not [f for f in result.findings if f.kind == "agreement"]
    result = _load(
        make_case(
            {
                "a": statement("수색 작업을 24시간 이어가겠다"),
                "b": statement("수색 작업을 48시간 이어가겠다"),
            },
            name="figures",
        )
    )
    (near,) = [f for f in result.findings if f.kind == "near_match"]
    assert near.explanation.endswith("but the figures differ (24 against 48)")


def test_an_official_and_the_agency_they_speak_for_are_no_misattribution(
    make_case: MakeCase,
) -> None:
    from tests.conftest import REGISTRY

    registry = REGISTRY.replace(
        "{id: lee, name: 이상민, type: person",
        "{id: lee, name: 이상민, type: person, part_of: [mois]",
    )
    quote = "- {{id: q, subject: expo, property: remarks, quote: {{speaker: {}, text: 정부혁신을 계속 추진하겠다고 말했다}}, evidence: 방문했다}}"
    result = _load(
        make_case({"a": quote.format("이상민"), "b": quote.format("행안부")}, registry=registry)
    )
    assert not [f for f in result.findings if f.kind == "conflict"]


def test_qualifiers_in_two_languages_or_one_inside_the_other_are_not_flagged(
    make_case: MakeCase,
) -> None:
    claims = {
        name: f"- {{id: t, subject: lee, property: affiliation, entity: 행안부, "
        f"qualifiers: {{role: {role}}}, evidence: 행안부 장관}}"
        for name, role in {"a": "장관", "b": "minister", "c": "행안부 장관"}.items()
    }
    findings = _load(make_case(claims)).findings
    assert not [f for f in findings if f.id.endswith("/qualifiers")]
