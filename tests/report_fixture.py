"""A reconciliation result made by hand: Korean text, three sources and every kind of finding.

The reporters' tests render this instead of running the engine, so a change in the engine does not
move the golden files, and every section of every report has something in it.
"""

from __future__ import annotations

import dataclasses

from factcheck.result import (
    KIND_ORDER,
    Count,
    CoverageRow,
    Finding,
    ItemDifference,
    Result,
    SourceValue,
)
from factcheck.values import Position, Source

CASE_FOLDER = "claims/govexpo-2023"
SOURCES = (
    Source(
        id="economic-daily",
        outlet="이코노믹데일리",
        title="2023 대한민국 정부박람회 폐막…전산망 장애에 빛 바래",
        author="김아무개 기자",
        published="2023-11-26T14:04:10+09:00",
        language="ko",
        url="https://www.economidaily.com/view/20231126140410",
        text_path=f"{CASE_FOLDER}/economic-daily.txt",
        claim_file=f"{CASE_FOLDER}/economic-daily.yaml",
    ),
    Source(
        id="mois-press",
        outlet="행정안전부 보도자료",
        title="사회적 난제 해결, 국민과 함께 찾는다",
        author=None,
        published="2023-11-24",
        language="ko",
        url=None,
        text_path=f"{CASE_FOLDER}/mois-press.txt",
        claim_file=f"{CASE_FOLDER}/mois-press.yaml",
    ),
    Source(
        id="yonhap",
        outlet="연합뉴스",
        title="사회적난제 해결 위해 민관이 힘모은다…선포식 개최",
        author=None,
        published="2023-11-25",
        language="ko",
        url="https://www.yna.co.kr/view/AKR20231125030100530",
        text_path=f"{CASE_FOLDER}/yonhap.txt",
        claim_file=f"{CASE_FOLDER}/yonhap.yaml",
    ),
)


def said(
    source: str,
    claim: str,
    value: str,
    evidence: str,
    *,
    normalized: str | None = None,
    line: int = 10,
) -> SourceValue:
    """What one source states, at a made-up position in its claim file."""
    return SourceValue(
        source=source,
        claim=claim,
        value=value,
        normalized=value if normalized is None else normalized,
        evidence=evidence,
        evidence_line=line,
        position=Position(f"{CASE_FOLDER}/{source}.yaml", line * 2 + 3, 5),
    )


FINDINGS = (
    Finding(
        id="conflict:govexpo-2023/organizer",
        kind="conflict",
        subject="govexpo-2023",
        subject_name="2023 대한민국 정부박람회",
        property="organizer",
        value_kind="entity",
        severity="high",
        importance="normal",
        explanation="economic-daily vs yonhap: 과학기술정보통신부 ≠ 행정안전부",
        values=(
            said(
                "economic-daily",
                "organizer",
                "과학기술정보통신부",
                "과기정통부가 주관한 이번 행사는",
                normalized="msit",
                line=7,
            ),
            said(
                "yonhap",
                "organizer",
                "행정안전부",
                "행정안전부는 25일 부산 벡스코에서",
                normalized="mois",
                line=3,
            ),
        ),
    ),
    Finding(
        id="conflict:govexpo-2023/visitors",
        kind="conflict",
        subject="govexpo-2023",
        subject_name="2023 대한민국 정부박람회",
        property="visitors",
        value_kind="quantity",
        severity="high",
        importance="high",
        explanation="mois-press vs yonhap: 2만 명 and 3만여 명 cannot both be true",
        values=(
            said(
                "mois-press",
                "visitors",
                "2만 명",
                "사흘 동안 2만 명이 찾았다",
                normalized="15,000 ≤ x < 25,000 person",
                line=21,
            ),
            said(
                "yonhap",
                "visitors",
                "3만여 명",
                "3일간 총 3만여 명이 방문한",
                normalized="30,000 < x < 40,000 person",
                line=13,
            ),
        ),
    ),
    Finding(
        id="internal_inconsistency:govexpo-2023/booths/economic-daily",
        kind="internal_inconsistency",
        subject="govexpo-2023",
        subject_name="2023 대한민국 정부박람회",
        property="booths",
        value_kind="quantity",
        severity="high",
        importance="normal",
        explanation="economic-daily contradicts itself: 93개 and 120개",
        values=(
            said(
                "economic-daily",
                "booths",
                "93개",
                "93개 기관이 참여해",
                normalized="= 93 item",
                line=9,
            ),
            said(
                "economic-daily",
                "booths-later",
                "120개",
                "120개 부스에서",
                normalized="= 120 item",
                line=31,
            ),
        ),
    ),
    Finding(
        id="list_difference:ceremony/attendees",
        kind="list_difference",
        subject="ceremony",
        subject_name="사회적 난제 해결 선포식",
        property="attendees",
        value_kind="entities",
        severity="medium",
        importance="normal",
        explanation="the lists are not exhaustive and name different people",
        values=(
            said(
                "economic-daily",
                "attendees",
                "이상민, 고진 (not exhaustive)",
                "이상민 장관과 고진 위원장 등이 참석했다",
                normalized="{go-jin, lee-sang-min} open",
                line=15,
            ),
            said(
                "yonhap",
                "attendees",
                "이상민, 오철호, 조준희 (not exhaustive; total 8명)",
                "이상민 장관, 오철호 위원장, 조준희 회장 등 8명이",
                normalized="{cho-jun-hee, lee-sang-min, oh-cheol-ho} open; total = 8 person",
                line=17,
            ),
        ),
        differences=(
            ItemDifference(("고진",), ("economic-daily",), ("yonhap",)),
            ItemDifference(("오철호", "조준희"), ("yonhap",), ("economic-daily",)),
        ),
    ),
    Finding(
        id="near_match:govexpo-2023/cloud-partner",
        kind="near_match",
        subject="govexpo-2023",
        subject_name="2023 대한민국 정부박람회",
        property="cloud-partner",
        value_kind="entity",
        severity="medium",
        importance="normal",
        explanation="related but not the same: 네이버 클라우드 is part of 네이버",
        values=(
            said(
                "economic-daily",
                "cloud",
                "네이버 클라우드",
                "네이버 클라우드가 전시관을 꾸렸다",
                normalized="naver-cloud",
                line=25,
            ),
            said("yonhap", "cloud", "네이버", "네이버 등 민간기업도", normalized="naver", line=19),
        ),
    ),
    Finding(
        id="omission:govexpo-2023/outage",
        kind="omission",
        subject="govexpo-2023",
        subject_name="2023 대한민국 정부박람회",
        property="outage",
        value_kind="caveat",
        severity="high",
        importance="high",
        explanation="stated by economic-daily; not in mois-press, yonhap",
        values=(
            said(
                "economic-daily",
                "outage",
                "정부 전산망 장애로 행사의 빛이 바랬다",
                "잇따른 정부 행정전산망 장애로 박람회의 의미가\n크게 퇴색했다는 지적이 나온다. 행안부는 사흘 내내 원인 분석에 매달렸고, "
                "현장을 찾은 시민들은 온라인 민원 서비스가 멈춘 상황에서 열린 박람회에 씁쓸함을 드러냈다.",
                line=41,
            ),
        ),
        missing=("mois-press", "yonhap"),
    ),
    Finding(
        id="omission:govexpo-2023/visitors",
        kind="omission",
        subject="govexpo-2023",
        subject_name="2023 대한민국 정부박람회",
        property="visitors",
        value_kind="quantity",
        severity="medium",
        importance="normal",
        explanation="stated by mois-press, yonhap; not in economic-daily",
        values=(
            said("mois-press", "visitors", "2만 명", "사흘 동안 2만 명이 찾았다", line=21),
            said("yonhap", "visitors", "3만여 명", "3일간 총 3만여 명이 방문한", line=13),
        ),
        missing=("economic-daily",),
    ),
    Finding(
        id="agreement:govexpo-2023/date",
        kind="agreement",
        subject="govexpo-2023",
        subject_name="2023 대한민국 정부박람회",
        property="date",
        value_kind="date",
        severity="low",
        importance="normal",
        explanation="economic-daily, mois-press, yonhap agree",
        values=(
            said(
                "economic-daily",
                "opened",
                "2023년 11월 25일",
                "지난 25일 개막한",
                normalized="2023-11-25",
                line=5,
            ),
            said(
                "mois-press",
                "date",
                "11월 25일(토)",
                "11월 25일(토) 부산 벡스코",
                normalized="2023-11-25",
                line=2,
            ),
            said(
                "yonhap",
                "date",
                "25일",
                "행정안전부는 25일 부산 벡스코에서",
                normalized="2023-11-25",
                line=3,
            ),
        ),
    ),
    Finding(
        id="agreement:govexpo-2023/venue",
        kind="agreement",
        subject="govexpo-2023",
        subject_name="2023 대한민국 정부박람회",
        property="venue",
        value_kind="entity",
        severity="low",
        importance="normal",
        explanation="economic-daily, yonhap agree",
        values=(
            said(
                "economic-daily",
                "venue",
                "벡스코",
                "부산 벡스코에서 열린",
                normalized="bexco",
                line=5,
            ),
            said("yonhap", "venue", "BEXCO", "부산 벡스코에서", normalized="bexco", line=3),
        ),
    ),
)
COVERAGE = (
    CoverageRow(
        "ceremony",
        "사회적 난제 해결 선포식",
        "attendees",
        ("이상민, 고진 (not exhaustive)", "", "이상민, 오철호, 조준희 (not exhaustive; total 8명)"),
        "list_difference",
    ),
    CoverageRow(
        "govexpo-2023",
        "2023 대한민국 정부박람회",
        "booths",
        ("93개 | 120개", "", ""),
        "internal_inconsistency",
    ),
    CoverageRow(
        "govexpo-2023",
        "2023 대한민국 정부박람회",
        "cloud-partner",
        ("네이버 클라우드", "", "네이버"),
        "near_match",
    ),
    CoverageRow(
        "govexpo-2023",
        "2023 대한민국 정부박람회",
        "date",
        ("2023년 11월 25일", "11월 25일(토)", "25일"),
        "agreement",
    ),
    CoverageRow(
        "govexpo-2023",
        "2023 대한민국 정부박람회",
        "organizer",
        ("과학기술정보통신부", "", "행정안전부"),
        "conflict",
    ),
    CoverageRow(
        "govexpo-2023",
        "2023 대한민국 정부박람회",
        "outage",
        ("정부 전산망 장애로 행사의 빛이 바랬다", "", ""),
        "omission",
    ),
    CoverageRow(
        "govexpo-2023", "2023 대한민국 정부박람회", "venue", ("벡스코", "", "BEXCO"), "agreement"
    ),
    CoverageRow(
        "govexpo-2023",
        "2023 대한민국 정부박람회",
        "visitors",
        ("", "2만 명", "3만여 명"),
        "conflict",
    ),
)


def sample_result() -> Result:
    """The hand-made result: three sources, every finding kind, Korean throughout."""
    counts = tuple(Count(kind, sum(f.kind == kind for f in FINDINGS)) for kind in KIND_ORDER)
    return Result(
        case="govexpo-2023",
        sources=SOURCES,
        claims=17,
        counts=counts,
        findings=FINDINGS,
        coverage=COVERAGE,
    )


# Strings that would run, load or inject something if a report did not escape them.
SCRIPT = "<script>window.__pwned = 'script'</script>"
IMAGE = "<img src=x onerror=\"window.__pwned = 'img'\">"
JAVASCRIPT_URL = "javascript:window.__pwned='link'"
TEMPLATE = "{{ 7 * 7 }}{% raw %}"
MARKDOWN = "a | b `code` **bold** [link](https://evil.example) <b>html</b>\nnext line"
HOSTILE = (SCRIPT, IMAGE, JAVASCRIPT_URL, TEMPLATE)


def hostile_result() -> Result:
    """The sample with attacks in an outlet name, a title, a URL, a claim value and an evidence quote."""
    result = sample_result()
    sources = list(result.sources)
    sources[0] = dataclasses.replace(
        sources[0], outlet=f"Outlet {SCRIPT}", title=f"Title {IMAGE}", url=JAVASCRIPT_URL
    )
    sources[2] = dataclasses.replace(sources[2], url='https://example.org/a?b="><script>x</script>')
    first = result.findings[0]
    values = (
        dataclasses.replace(
            first.values[0],
            value=f"Value {IMAGE} {TEMPLATE}",
            evidence=f"Evidence {SCRIPT} {MARKDOWN}",
        ),
        dataclasses.replace(
            first.values[1],
            value=f"Value {JAVASCRIPT_URL}",
            evidence=f'<a href="{JAVASCRIPT_URL}">click</a>',
        ),
    )
    findings = (
        dataclasses.replace(first, values=values, subject_name=f"Subject {TEMPLATE}"),
        *result.findings[1:],
    )
    row = result.coverage[4]
    coverage = list(result.coverage)
    coverage[4] = dataclasses.replace(row, cells=(f"Cell {IMAGE}", "", f"Cell {MARKDOWN}"))
    return dataclasses.replace(
        result, sources=tuple(sources), findings=findings, coverage=tuple(coverage)
    )
