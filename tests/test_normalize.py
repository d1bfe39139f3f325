"""Text folding for grounding and lookup: NFC not NFKC, white space, quote marks, particles."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from factcheck.grounding import Article
from factcheck.normalize import fold_text, name_key, similarity, strip_particle


def test_nfd_hangul_matches_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "행정안전부")
    assert nfd != "행정안전부"
    assert fold_text(nfd) == "행정안전부"
    assert name_key(nfd) == name_key("행정 안전부")


def test_full_width_forms_are_kept() -> None:
    """NFC, not NFKC: a full-width Ａ in an article is not an ASCII A."""
    assert fold_text("Ａ") == "Ａ"


def test_quotes_and_spaces_fold() -> None:
    assert fold_text("“편리한\u00a0서비스”\n  ‘x’") == "\"편리한 서비스\" 'x'"


def test_particles_come_off() -> None:
    assert strip_particle("행안부는") == "행안부"
    assert strip_particle("장관과") == "장관"
    assert strip_particle("네이버에서") == "네이버"
    assert strip_particle("는") is None


def test_paraphrase_is_similar_and_other_text_is_not() -> None:
    same = similarity(
        "이번 박람회는 민관이 협력해 개최했다는 점에서 의미가 있다",
        "이번 행사는 민관이 협력해 개최했다는 점에서 의미가 있다.",
    )
    other = similarity("이번 박람회는 민관이 협력해 개최했다", "전산망 장애로 부스 운영이 중단됐다")
    assert same > 0.7 > 0.2 > other


@given(st.text())
def test_folding_is_idempotent(text: str) -> None:
    assert fold_text(fold_text(text)) == fold_text(text)
    assert name_key(name_key(text)) == name_key(text)


def test_evidence_is_found_across_line_breaks_and_forms() -> None:
    article = Article.from_text("첫 줄\n“편리한 서비스,\n똑똑한 정부”를 위해\n")
    assert article.find('"편리한 서비스, 똑똑한 정부"') == 2
    assert article.find(unicodedata.normalize("NFD", "똑똑한 정부")) == 3
    assert article.find("없는 문장") is None
    closest = article.closest("똑똑한 정부를 위하여")
    assert closest is not None and closest[0] == 3
