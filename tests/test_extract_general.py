"""`factcheck extract` on made-up articles unlike the seed case: no event named (a bridge, a
policy), a person the analyser splits, English bylines and phrasings, an empty draft.

Each test compares the whole list of drafted claims; every draft must validate.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.extract import ExtractOptions, extract_draft
from factcheck.loading import LoadOptions, load_case

REGISTRY = """
entities:
  - {id: tunnel, name: 가상터널, type: product, aliases: [Gasang Tunnel]}
  - {id: tunnel-opening, name: 가상터널 개통식, type: event, aliases: [Gasang Tunnel opening ceremony]}
  - {id: builder, name: 가상건설, type: organization, aliases: [Gasang Builders]}
  - {id: kim, name: 김철수, type: person, aliases: [Kim Chul-su]}
  - {id: lee, name: 이도, type: person, aliases: [Lee Do]}
  - {id: city, name: 가상시, type: place, aliases: [Gasang City]}
"""


def draft(
    tmp_path: Path,
    text: str,
    published: date | None = date(2024, 5, 20),
    outlet: str | None = "테스트",
) -> dict[str, Any]:
    """The draft (source and claims without ids), after checking that it validates."""
    (tmp_path / "entities.yaml").write_text(REGISTRY, encoding="utf-8")
    article = tmp_path / "news.txt"
    article.write_text(text + "\n", encoding="utf-8")
    result = extract_draft(ExtractOptions(article, published=published, outlet=outlet))
    for path, content in result.files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    _, problems = load_case(tmp_path / "drafts", LoadOptions())
    assert problems == []
    loaded = yaml.safe_load((tmp_path / "drafts" / "news.yaml").read_text(encoding="utf-8"))
    loaded["claims"] = [{k: v for k, v in c.items() if k != "id"} for c in loaded["claims"]]
    return dict(loaded)


def test_an_article_about_no_event_is_about_its_most_named_thing(tmp_path: Path) -> None:
    text = (
        "가상터널 18일 개통\n"
        "가상시 가상터널이 18일 오전 개통했다.\n"
        "가상터널은 총 길이 3.1km로, 사업비 약 2천억 원이 들었다. 시공은 가상건설이 맡았다.\n"
        "하루 평균 차량 2만 대가 터널을 지날 것으로 보인다.\n"
        "다만 환기 설비 점검이 끝나지 않아 대형 화물차 통행은 다음 달부터 허용된다."
    )
    assert draft(tmp_path, text)["claims"] == [
        {
            "subject": "tunnel",
            "property": "opening_date",
            "date": "2024-05-18 오전",
            "evidence": "가상터널이 18일 오전 개통",
        },
        {"subject": "tunnel", "property": "length", "quantity": "3.1km", "evidence": "3.1km"},
        {
            "subject": "tunnel",
            "property": "cost",
            "quantity": "약 2천억 원",
            "evidence": "약 2천억 원이 들",
        },
        {
            "subject": "tunnel",
            "property": "builder",
            "entity": "builder",
            "evidence": "시공은 가상건설이 맡았다",
        },
        {
            "subject": "tunnel",
            "property": "하루_평균_차량",
            "quantity": "2만 대",
            "evidence": "2만 대",
        },
        {
            "subject": "tunnel",
            "property": "caveat",
            "caveat": "환기 설비 점검이 끝나지 않아 대형 화물차 통행은 다음 달부터 허용된다",
            "evidence": "환기 설비 점검이 끝나지 않아 대형 화물차 통행은 다음 달부터 허용된다",
        },
    ]


def test_a_registry_name_the_analyser_splits_is_still_a_person(tmp_path: Path) -> None:
    text = "가상터널 개통\n개통식에는 김철수 가상시장, 이도 가상시의원 등 200여 명이 참석했다."
    claims = draft(tmp_path, text)["claims"]
    assert claims[-1] == {
        "subject": "tunnel-opening",
        "property": "attendees",
        "entities": {"items": ["kim", "lee"], "exhaustive": False, "total": "200여 명"},
        "evidence": "김철수 가상시장, 이도 가상시의원 등 200여 명이 참석",
    }


def test_english_byline_dateline_and_phrasings(tmp_path: Path) -> None:
    text = (
        "Gasang Tunnel opens\n"
        "By Jane Roe, Gasang Herald, May 18, 2024\n"
        "GASANG CITY -- The Gasang Tunnel opened on May 18, 2024.\n"
        "The 3.1-kilometre tunnel cost about 200 billion won and was built by Gasang Builders.\n"
        "About 200 people attended the opening ceremony, among them Mayor Kim Chul-su and "
        "lawmaker Lee Do.\n"
        '"The tunnel will change the city," Kim said.'
    )
    found = draft(tmp_path, text, published=None, outlet=None)
    assert (found["source"]["title"], found["source"]["outlet"], found["source"]["author"]) == (
        "Gasang Tunnel opens",
        "Gasang Herald",
        "Jane Roe",
    )
    assert str(found["source"]["published"]) == "2024-05-18"
    assert found["claims"] == [
        {
            "subject": "tunnel",
            "property": "opening_date",
            "date": "2024-05-18",
            "evidence": "on May 18, 2024",
        },
        {
            "subject": "tunnel",
            "property": "cost",
            "quantity": "about 200 billion won",
            "evidence": "about 200 billion won",
        },
        {
            "subject": "tunnel",
            "property": "length",
            "quantity": "3.1 kilometre",
            "evidence": "3.1-kilometre tunnel",
        },
        {
            "subject": "tunnel",
            "property": "builder",
            "entity": "builder",
            "evidence": "was built by Gasang Builders",
        },
        {
            "subject": "tunnel-opening",
            "property": "attendees",
            "quantity": "About 200 people",
            "evidence": "About 200 people",
        },
        {
            "subject": "tunnel-opening",
            "property": "attendees",
            "entities": {"items": ["kim", "lee"], "exhaustive": False},
            "evidence": "among them Mayor Kim Chul-su and lawmaker Lee Do",
        },
        {
            "subject": "kim",
            "property": "quotes",
            "quote": {"speaker": "kim", "text": "The tunnel will change the city"},
            "evidence": "The tunnel will change the city",
        },
    ]


def test_a_draft_without_claims_says_so_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "entities.yaml").write_text(REGISTRY, encoding="utf-8")
    article = tmp_path / "news.txt"
    article.write_text("가상터널 소식\n오늘은 날씨가 맑고 바람이 선선했다.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--published", "2024-05-20"])
    assert result.exit_code == 1
    assert "no claims found" in result.output


def _quantities(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    """(property, quantity) of each quantity claim the draft of `text` holds, in order."""
    return [
        (c["property"], c["quantity"]) for c in draft(tmp_path, text)["claims"] if "quantity" in c
    ]


def test_english_figures_are_not_read_inside_words_tallies_or_years(tmp_path: Path) -> None:
    text = (
        "Gasang Tunnel opens\n"
        "By Jane Roe, Gasang Herald, May 18, 2024\n"
        "The council voted 7-2 on Tuesday to fund the $4.2 million Gasang Tunnel plan.\n"
        "The Gasang Tunnel will cover 12 hectares and open in June 2024 and stay open.\n"
        "The city ran 30 shuttle buses to the Gasang Tunnel.\n"
    )
    assert _quantities(tmp_path, text) == [
        ("cost", "$4.2 million"),
        ("area", "12 hectares"),
        ("shuttle_buses", "30 shuttle buses"),
    ]


def test_korean_counts_of_the_harmed_and_spans_of_other_things(tmp_path: Path) -> None:
    text = (
        "가상터널 18일 개통\n"
        "가상터널이 18일 개통했다.\n"
        "개통식에서 시민 2명이 계단에서 넘어져 병원으로 이송됐다.\n"
        "이튿날에는 관람객 두 명이 숨졌다.\n"
        "다만 인근 도로가 2시간가량 정체를 빚었다."
    )
    claims = _quantities(tmp_path, text)
    assert ("injured", "2명") in claims
    assert ("deaths", "두 명") in claims
    assert not [c for c in claims if c[0] == "duration"]


def test_korean_outlet_in_a_bracket_byline_and_the_date_in_the_closing_signature(
    tmp_path: Path,
) -> None:
    text = (
        "가상터널 18일 개통\n"
        "\n"
        "[가상일보] 홍길동 기자\n"
        "가상터널이 18일 개통했다. 총 길이는 3.1km다.\n"
        "하루 평균 차량 2만 대가 터널을 지날 것으로 보인다.\n"
        "\n"
        "2024년 5월 20일 홍길동 기자 hong@example.org"
    )
    source = draft(tmp_path, text, published=None, outlet=None)["source"]
    assert (source["outlet"], str(source["published"])) == ("가상일보", "2024-05-20")


def test_korean_amounts_as_topic_counts_before_what_they_count_and_vehicles(
    tmp_path: Path,
) -> None:
    text = (
        "가상터널 18일 개통\n"
        "가상터널이 18일 개통했다.\n"
        "총 사업비는 2천억 원으로 집계됐다.\n"
        "개통식에는 3만여 명의 관람객이 다녀갔다.\n"
        "가상시는 셔틀버스 20대를 운행했다."
    )
    claims = _quantities(tmp_path, text)
    assert ("cost", "2천억 원") in claims
    assert ("관람객", "3만여 명") in claims
    assert ("셔틀버스", "20대") in claims
