"""`factcheck extract`, one Korean rule at a time, on small made-up articles.

Each test drafts an article of a sentence or two with a small registry and compares the whole
list of drafted claims; every draft must also validate with its registry draft.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from factcheck.extract import ExtractOptions, extract_draft
from factcheck.loading import LoadOptions, load_case

REGISTRY = """
entities:
  - {id: mois, name: 행정안전부, type: organization, aliases: [행안부]}
  - {id: kosa, name: 한국가상협회, type: organization}
  - {id: hong, name: 홍길동, type: person}
  - {id: kim, name: 김철수, type: person}
  - {id: seoul, name: 서울, type: place, aliases: [서울특별시]}
  - {id: jung-gu, name: 중구, type: place, aliases: [서울 중구], part_of: [seoul]}
  - {id: hall, name: 가상홀, type: place, aliases: [서울 가상홀], part_of: [jung-gu]}
  - {id: fair, name: 가상 박람회, type: event, aliases: [박람회]}
  - {id: forum, name: 가상 포럼, type: event, part_of: [fair]}
  - {id: union, name: 가상연합, type: organization, related: [union-launch]}
  - {id: union-launch, name: 가상연합 출범식, type: event, part_of: [fair]}
  - {id: japan, name: 일본, type: place}
  - {id: deal, name: 가상 구축사업, type: document}
  - {id: helper, name: 가상비서, type: product}
properties:
  - {id: date}
  - {id: venue, aliases: [장소]}
  - {id: city, aliases: [도시]}
  - {id: district, aliases: [자치구]}
  - {id: occasion, aliases: [계기 행사]}
  - {id: within_program, aliases: [세부 프로그램]}
  - {id: press_release_date, aliases: [발표일]}
  - {id: chair, aliases: [의장]}
  - {id: affiliation}
  - {id: attendees}
  - {id: participants}
  - {id: organizers}
  - {id: purpose, aliases: [목적]}
  - {id: pledge, aliases: [다짐]}
  - {id: planned_activity, aliases: [예정]}
  - {id: function, aliases: [기능]}
  - {id: contractor, aliases: [계약 기업]}
  - {id: counterparty, aliases: [계약 상대]}
"""


def draft(tmp_path: Path, text: str, published: date = date(2024, 5, 20)) -> list[dict[str, Any]]:
    """The claims drafted from the text (without ids), after checking the draft validates."""
    (tmp_path / "entities.yaml").write_text(REGISTRY, encoding="utf-8")
    article = tmp_path / "news.txt"
    article.write_text(text + "\n", encoding="utf-8")
    result = extract_draft(ExtractOptions(article, published=published, outlet="테스트"))
    for path, content in result.files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    _, problems = load_case(tmp_path / "drafts", LoadOptions())
    assert problems == []
    claims = yaml.safe_load((tmp_path / "drafts" / "news.yaml").read_text(encoding="utf-8"))
    return [{k: v for k, v in claim.items() if k != "id"} for claim in claims["claims"]]


def test_announcement_date(tmp_path: Path) -> None:
    assert draft(tmp_path, "행정안전부는 가상 포럼을 열었다고 19일 밝혔다.") == [
        {
            "subject": "mois",
            "property": "press_release_date",
            "date": "2024-05-19",
            "evidence": "열었다고 19일 밝혔다",
        },
        {
            "subject": "forum",
            "property": "organizers",
            "entities": {"items": ["mois"], "exhaustive": True},
            "evidence": "행정안전부는 가상 포럼을 열",
        },
    ]


def test_founding_date_goes_to_the_founding_ceremony(tmp_path: Path) -> None:
    text = "가상연합은 기업을 돕는 협의체로 18일 출범했다. 한국가상협회는 이날 출범했다."
    assert draft(tmp_path, text) == [
        {
            "subject": "union-launch",
            "property": "date",
            "date": "2024-05-18",
            "evidence": "협의체로 18일 출범",
        },
        {
            "subject": "kosa",
            "property": "founding_date",
            "date": "2024-05-18",
            "evidence": "한국가상협회는 이날 출범",
        },
    ]


def test_this_event_is_the_event_just_described(tmp_path: Path) -> None:
    text = (
        "행정안전부는 박람회에서 '가상 포럼'을 진행했다. "
        "이번 행사에는 홍길동 행안부 장관과 김철수 한국가상협회 회장 등이 참석했다."
    )
    assert draft(tmp_path, text) == [
        {
            "subject": "forum",
            "property": "organizers",
            "entities": {"items": ["mois"], "exhaustive": True},
            "evidence": "행정안전부는 박람회에서 '가상 포럼'을 진행",
        },
        {
            "subject": "forum",
            "property": "occasion",
            "entity": "fair",
            "evidence": "박람회에서 '가상 포럼'을 진행",
        },
        {
            "subject": "hong",
            "property": "affiliation",
            "entity": "mois",
            "qualifiers": {"role": "장관"},
            "evidence": "홍길동 행안부 장관",
        },
        {
            "subject": "kim",
            "property": "affiliation",
            "entity": "kosa",
            "qualifiers": {"role": "회장"},
            "evidence": "김철수 한국가상협회 회장",
        },
        {
            "subject": "forum",
            "property": "attendees",
            "entities": {"items": ["hong", "kim"], "exhaustive": False},
            "evidence": "홍길동 행안부 장관과 김철수 한국가상협회 회장 등이 참석",
        },
    ]


def test_a_sentence_that_carries_on_keeps_the_last_topic(tmp_path: Path) -> None:
    text = "가상연합은 기업을 돕는 협의체다. 특히 행안부, 한국가상협회 등 기관이 참여한다."
    assert draft(tmp_path, text) == [
        {
            "subject": "union",
            "property": "participants",
            "entities": {"items": ["mois", "kosa"], "exhaustive": False},
            "evidence": "행안부, 한국가상협회 등 기관이 참여",
        }
    ]


def test_who_takes_part_in_a_founding_ceremony_takes_part_in_what_it_founds(
    tmp_path: Path,
) -> None:
    text = "'가상연합' 출범식에는 행안부는 물론, 한국가상협회 등 2개 기관이 참여했다."
    assert draft(tmp_path, text) == [
        {
            "subject": "union",
            "property": "participants",
            "entities": {"items": ["mois", "kosa"], "exhaustive": False, "total": "2개 기관"},
            "evidence": "행안부는 물론, 한국가상협회 등 2개 기관이 참여",
        }
    ]


def test_the_places_written_with_a_venue_are_its_district_and_city(tmp_path: Path) -> None:
    text = "홍길동 행안부 장관은 서울 중구 가상홀에서 열린 가상 박람회를 찾았다."
    assert draft(tmp_path, text) == [
        {
            "subject": "hong",
            "property": "affiliation",
            "entity": "mois",
            "qualifiers": {"role": "장관"},
            "evidence": "홍길동 행안부 장관",
        },
        {
            "subject": "fair",
            "property": "venue",
            "entity": "hall",
            "evidence": "가상홀에서 열린 가상 박람회",
        },
        {
            "subject": "fair",
            "property": "district",
            "entity": "jung-gu",
            "evidence": "서울 중구 가상홀에서 열린 가상 박람회",
        },
        {
            "subject": "fair",
            "property": "city",
            "entity": "seoul",
            "evidence": "서울 중구 가상홀에서 열린 가상 박람회",
        },
    ]


def test_an_event_held_at_or_during_another(tmp_path: Path) -> None:
    text = (
        "행정안전부는 가상 박람회 마지막 날인 20일 가상 포럼을 개최했다. "
        "가상 박람회에서 가상 포럼에서 가상연합 출범식이 열리고 있다. "
        "박람회 프로그램으로 마련된 '가상비서'는 인기를 끌었다."
    )
    assert draft(tmp_path, text) == [
        {
            "subject": "fair",
            "property": "end_date",
            "date": "2024-05-20",
            "evidence": "가상 박람회 마지막 날인 20일",
        },
        {
            "subject": "forum",
            "property": "date",
            "date": "2024-05-20",
            "evidence": "20일 가상 포럼을 개최",
        },
        {
            "subject": "forum",
            "property": "organizers",
            "entities": {"items": ["mois"], "exhaustive": True},
            "evidence": "행정안전부는 가상 박람회 마지막 날인 20일 가상 포럼을 개최",
        },
        {
            "subject": "forum",
            "property": "occasion",
            "entity": "fair",
            "evidence": "가상 박람회 마지막 날인 20일 가상 포럼을 개최",
        },
        {
            "subject": "union-launch",
            "property": "occasion",
            "entity": "fair",
            "evidence": "가상 박람회에서 가상 포럼에서 가상연합 출범식이 열리",
        },
        {
            "subject": "union-launch",
            "property": "within_program",
            "entity": "forum",
            "evidence": "가상 포럼에서 가상연합 출범식이 열리",
        },
        {
            "subject": "helper",
            "property": "occasion",
            "entity": "fair",
            "evidence": "박람회 프로그램으로 마련된 '가상비서",
        },
    ]


def test_a_post_given_as_its_holder_takes_it(tmp_path: Path) -> None:
    text = "가상연합은 18일 출범했다. 의장은 홍길동 한국가상협회 회장이 맡는다."
    assert draft(tmp_path, text) == [
        {
            "subject": "union-launch",
            "property": "date",
            "date": "2024-05-18",
            "evidence": "가상연합은 18일 출범",
        },
        {
            "subject": "hong",
            "property": "affiliation",
            "entity": "kosa",
            "qualifiers": {"role": "회장"},
            "evidence": "홍길동 한국가상협회 회장",
        },
        {
            "subject": "union",
            "property": "chair",
            "entity": "hong",
            "evidence": "의장은 홍길동 한국가상협회 회장이 맡는다",
        },
    ]


def test_a_second_post_is_not_a_second_affiliation(tmp_path: Path) -> None:
    text = "홍길동 한국가상협회 회장이 참석했다. 홍길동 가상연합 의장은 인사말을 했다."
    assert draft(tmp_path, text) == [
        {
            "subject": "hong",
            "property": "affiliation",
            "entity": "kosa",
            "qualifiers": {"role": "회장"},
            "evidence": "홍길동 한국가상협회 회장",
        },
        {
            "subject": "union",
            "property": "chair",
            "entity": "hong",
            "evidence": "홍길동 가상연합 의장",
        },
    ]


def test_the_parties_of_a_contract(tmp_path: Path) -> None:
    text = (
        "한국가상협회는 지난 3월 일본과 가상 구축사업을 계약했다.\n"
        "홍길동 장관은 “일본과 체결한 가상 구축사업을 계기로 협력을 넓히겠다”고 밝혔다."
    )
    assert draft(tmp_path, text.split("\n")[0]) == [
        {
            "subject": "deal",
            "property": "date",
            "date": "2024-03",
            "evidence": "지난 3월 일본과 가상 구축사업을 계약",
        },
        {
            "subject": "deal",
            "property": "counterparty",
            "entity": "japan",
            "evidence": "일본과 가상 구축사업을 계약",
        },
        {
            "subject": "deal",
            "property": "contractor",
            "entity": "kosa",
            "evidence": "한국가상협회는 지난 3월 일본과 가상 구축사업을 계약",
        },
    ]
    assert draft(tmp_path, text.split("\n")[1])[1] == {
        "subject": "deal",
        "property": "counterparty",
        "entity": "japan",
        "qualifiers": {"according_to": "hong"},
        "evidence": "일본과 체결한 가상 구축사업",
    }


def test_purposes_of_a_topic_and_of_a_name_a_clause_describes(tmp_path: Path) -> None:
    text = (
        "이번 박람회는 정부가 새 서비스를 보여주고자 마련했다. "
        "기업의 수출을 돕기 위해 여러 기관이 함께 참여하는 협의체 '가상연합 출범식'도 진행했다."
    )
    assert draft(tmp_path, text) == [
        {
            "subject": "fair",
            "property": "purpose",
            "statement": "정부가 새 서비스를 보여주고자 마련했다",
            "evidence": "정부가 새 서비스를 보여주고자 마련했다",
        },
        {
            "subject": "union",
            "property": "purpose",
            "statement": "기업의 수출을 돕기 위해 여러 기관이 함께 참여하는 협의체",
            "evidence": "기업의 수출을 돕기 위해 여러 기관이 함께 참여하는 협의체",
        },
    ]


def test_pledges_and_plans(tmp_path: Path) -> None:
    text = (
        "가상 포럼에는 홍길동 행안부 장관 등이 참석해 “안전한 사회”를 위해 함께 노력할 것을 "
        "다짐했다. 특히 행안부, 한국가상협회 등 기관들이 참여해 제도 개선 방안을 논의할 예정이다."
    )
    assert draft(tmp_path, text) == [
        {
            "subject": "hong",
            "property": "affiliation",
            "entity": "mois",
            "qualifiers": {"role": "장관"},
            "evidence": "홍길동 행안부 장관",
        },
        {
            "subject": "forum",
            "property": "pledge",
            "statement": "“안전한 사회”를 위해 함께 노력할 것을 다짐했다",
            "evidence": "“안전한 사회”를 위해 함께 노력할 것을 다짐했다",
        },
        {
            "subject": "forum",
            "property": "participants",
            "entities": {"items": ["mois", "kosa"], "exhaustive": False},
            "evidence": "행안부, 한국가상협회 등 기관들이 참여",
        },
        {
            "subject": "forum",
            "property": "planned_activity",
            "statement": "제도 개선 방안을 논의할 예정이다",
            "evidence": "제도 개선 방안을 논의할 예정이다",
        },
    ]


def test_what_a_product_does(tmp_path: Path) -> None:
    assert draft(tmp_path, "행사장에서는 서류를 대신 작성해 주는 가상비서가 인기를 끌었다.") == [
        {
            "subject": "helper",
            "property": "function",
            "statement": "서류를 대신 작성해 주는",
            "evidence": "서류를 대신 작성해 주는 가상비서",
        }
    ]
