"""`factcheck extract`: drafts that validate as written, and clear errors for bad input."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.extract import ExtractOptions, extract_draft
from factcheck.extract.errors import InputError, LanguageError, MetadataError
from factcheck.extract.romanize import slug
from factcheck.loading import LoadOptions, load_case

ROOT = Path(__file__).resolve().parents[1]
CASE = ROOT / "claims" / "govexpo-2023"
runner = CliRunner()


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """A copy of the bundled case's registry and articles, without its claim files."""
    folder = tmp_path / "govexpo-2023"
    folder.mkdir()
    for name in ("entities.yaml", "yonhap.txt", "economic-daily.txt"):
        shutil.copy(CASE / name, folder / name)
    return folder


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def _claims(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    claims = data["claims"]
    assert isinstance(claims, list)
    return claims


def test_seed_articles_draft_and_validate(case: Path) -> None:
    code, out = _run("extract", str(case / "yonhap.txt"), "--published", "2023-11-25")
    assert code == 0, out
    code, out = _run("extract", str(case / "economic-daily.txt"))
    assert code == 0, out
    loaded, problems = load_case(case / "drafts", LoadOptions())
    assert problems == []
    assert {source.id for source in loaded.sources} == {"yonhap", "economic-daily"}
    economic = yaml.safe_load(
        (case / "drafts" / "economic-daily.yaml").read_text(encoding="utf-8")
    )["source"]
    assert economic["outlet"] == "이코노믹데일리"
    assert economic["author"] == "선재관"
    assert economic["published"] == "2023-11-26T14:04:10+09:00"  # not the page's 2024.11.22


def test_yonhap_claims(case: Path) -> None:
    extract_and_write(case, "yonhap.txt", published="2023-11-25")
    found = {(c["subject"], c["property"]): c for c in _claims(case / "drafts" / "yonhap.yaml")}
    visitors = [
        c["quantity"]
        for c in _claims(case / "drafts" / "yonhap.yaml")
        if c["property"] == "visitors"
    ]
    assert visitors == ["총 3만명", "총 3만여 명"]
    assert found[("govexpo-2023", "duration")]["quantity"] == "3일"
    assert found[("govexpo-2023", "end_date")]["date"] == "2023-11-25"
    assert found[("naver-saudi-contract", "date")]["date"] == "2023-10"  # 지난 10월
    assert found[("gov-mobile-id", "outage_date")]["date"] == "2023-11-24"  # 전날
    assert found[("declaration-ceremony", "attendees")]["entities"] == {
        "items": ["lee-sang-min", "ko-jin", "oh-chul-ho", "jo-jun-hee"],
        "exhaustive": False,
        "total": "8명",
    }
    assert found[("jo-jun-hee", "affiliation")]["qualifiers"] == {"role": "회장"}
    share = found[("govexpo-2023", "private_exhibition_share")]
    assert share["quantity"] == "34%" and set(share["share_of"]) == {"part", "whole"}
    assert found[("govexpo-2023", "setbacks")]["caveat"].startswith("행정전산망 마비 사태")
    quotes = [c for c in _claims(case / "drafts" / "yonhap.yaml") if "quote" in c]
    assert [q["quote"]["speaker"] for q in quotes] == ["lee-sang-min", "lee-sang-min"]
    # The body printed twice by the scrape gives each claim once.
    ids = [c["id"] for c in _claims(case / "drafts" / "yonhap.yaml")]
    assert len(ids) == len(set(ids))


def extract_and_write(case: Path, name: str, published: str | None = None) -> None:
    from datetime import date

    options = ExtractOptions(
        case / name, published=date.fromisoformat(published) if published else None
    )
    for path, text in extract_draft(options).files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_unknown_names_become_proposals(tmp_path: Path) -> None:
    article = tmp_path / "news.txt"
    article.write_text(
        '홍길동 한국가상산업협회장은 "올해 행사는 성공적이었다"고 밝혔다. 이번 행사에는 총 1만2천여 명이 방문했다.\n',
        encoding="utf-8",
    )
    code, out = _run("extract", str(article), "--published", "2024-05-02", "--outlet", "테스트")
    assert code == 0, out
    proposals = yaml.safe_load((tmp_path / "drafts" / "entities.yaml").read_text(encoding="utf-8"))
    assert proposals["entities"] == [
        {
            "id": "han-guk-ga-sang-san-eop-hyeop-hoe",
            "name": "한국가상산업협회",
            "type": "organization",
        },
        {
            "id": "hong-gil-dong",
            "name": "홍길동",
            "type": "person",
            "description": "한국가상산업협회 회장",
        },
    ]
    _, problems = load_case(tmp_path / "drafts", LoadOptions())
    assert problems == []


def test_english_article(tmp_path: Path) -> None:
    article = tmp_path / "expo.txt"
    article.write_text(
        "Home | World | Business | Tech\nBy Jane Roe\nPublished: Nov. 25, 2023\n"
        "BUSAN (Example Wire) - More than 30,000 people visited the Korea Government Expo over three days, officials said on Saturday.\n"
        '"Government and business must work together on this," Minister Lee Sang-min said.\n'
        "The expo showed new services, but a string of network outages overshadowed the event.\n",
        encoding="utf-8",
    )
    code, out = _run("extract", str(article))
    assert code == 0, out
    draft = yaml.safe_load((tmp_path / "drafts" / "expo.yaml").read_text(encoding="utf-8"))
    assert draft["source"]["outlet"] == "Example Wire"
    assert draft["source"]["author"] == "Jane Roe"
    kinds = sorted(
        {
            next(k for k in c if k in ("quantity", "date", "quote", "caveat"))
            for c in draft["claims"]
        }
    )
    assert kinds == ["caveat", "date", "quantity", "quote"]
    _, problems = load_case(tmp_path / "drafts", LoadOptions())
    assert problems == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"   \n\n", "the file is empty"),
        (b"%PDF-1.4 binary", "PDF document"),
        (b"\x00\x01\x02garbage", "binary file"),
        (b"\xb0\xa1\xb0\xa2 cp949", "not UTF-8"),
        ("Это статья на русском языке о выставке, которая прошла в Пусане.\n".encode(), "Cyrillic"),
        (
            "これは日本語の記事です。展示会は釜山で開かれました。多くの人が訪れました。\n".encode(),
            "script",
        ),
    ],
)
def test_bad_input_is_a_message_not_a_traceback(
    tmp_path: Path, content: bytes, message: str
) -> None:
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    code, out = _run("extract", str(article), "--published", "2024-01-01")
    assert code == 2
    assert message in out
    assert "Traceback" not in out


def test_missing_file_and_missing_date(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        extract_draft(ExtractOptions(tmp_path / "none.txt"))
    article = tmp_path / "a.txt"
    article.write_text(
        "행정안전부는 이날 박람회를 열었다고 밝혔다. 총 3만여 명이 방문한 것으로 집계됐다.\n",
        encoding="utf-8",
    )
    with pytest.raises(MetadataError, match="--published"):
        extract_draft(ExtractOptions(article))
    article.write_text(
        "Ceci est un article en français sur une exposition qui a eu lieu à Busan la semaine dernière.\n"
    )
    with pytest.raises(LanguageError):
        extract_draft(ExtractOptions(article))


def test_html_input_uses_the_main_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Expo</title><meta property='og:site_name' content='Daily Example'>"
        "<meta property='article:published_time' content='2023-11-25T10:00:00+09:00'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article><h1>Expo draws crowds</h1>"
        "<p>More than 30,000 people visited the government expo in Busan over three days, the ministry said.</p>"
        "<p>The expo showed new services, but a string of network outages overshadowed the event.</p>"
        "</article><footer>Share on social media</footer></body></html>",
        encoding="utf-8",
    )
    result = extract_draft(ExtractOptions(page))
    texts = {path.name: text for path, text in result.files.items()}
    assert "Home" not in texts["page.txt"]
    assert "30,000 people" in texts["page.txt"]
    assert "outlet: Daily Example" in texts["page.yaml"]


def test_slug() -> None:
    assert slug("이상민") == "i-sang-min"
    assert slug("NHN클라우드") == "nhn-keul-ra-u-deu"
