"""`factcheck validate`: every problem positioned, collected across files, never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MakeCase

Cli = Callable[..., tuple[int, str, str]]

GOOD = """\
- id: visitors
  subject: 정부박람회
  property: visitors
  quantity: 3만여 명
  evidence: 3일간 총 3만여 명이 방문했다
- id: venue
  subject: expo
  property: venue
  entity: BEXCO
  evidence: 벡스코에서
"""


def test_good_case_is_clean(cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_case({"a": GOOD})
    monkeypatch.chdir(folder)
    assert cli("validate", ".") == (0, "", "")


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        (
            GOOD + "  bogus: 1\n",
            "a.yaml:19:5: error unknown key 'bogus' [unknown-key]",
        ),
        (
            GOOD.replace("  property: venue\n", "  property: venue\n  property: place\n"),
            "a.yaml:17:5: error duplicate key 'property' [duplicate-key]",
        ),
        (
            GOOD.replace("evidence: 벡스코에서", "evidence: 코엑스에서"),
            'a.yaml:18:15: error evidence not found in the archived text; closest passage (line 2): "벡스코에서" [evidence-not-found]',
        ),
        (
            GOOD.replace("entity: BEXCO", "entity: BECSO"),
            "a.yaml:17:13: error unknown entity 'BECSO'; did you mean 'BEXCO'? [unknown-entity]",
        ),
        (
            GOOD.replace("quantity: 3만여 명", "quantity: [3만"),
            "a.yaml:13:13: error did not find expected ',' or ']' (while parsing a flow sequence that began at 12:15) [syntax]",
        ),
        (
            GOOD.replace("- id: venue", "- id: visitors"),
            "a.yaml:14:9: error claim id 'visitors' is used twice (first on line 9) [duplicate-id]",
        ),
        (
            GOOD.replace("quantity: 3만여 명", "quantity: 3만여 명\n  date: 2023-11-25"),
            "a.yaml:9:5: error claim 'visitors': a claim needs exactly one value of: quantity, date, entity, entities, statement, caveat, quote (found: quantity, date) [schema]",
        ),
    ],
    ids=[
        "unknown-key",
        "duplicate-key",
        "evidence",
        "entity",
        "syntax",
        "duplicate-id",
        "two-values",
    ],
)
def test_each_problem_has_a_position(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch, claims: str, expected: str
) -> None:
    folder = make_case({"a": claims})
    monkeypatch.chdir(folder)
    code, out, err = cli("validate", "a.yaml")
    assert (code, out, err) == (1, expected + "\n", "")


def test_text_path_may_not_leave_the_case(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_case({"a": GOOD})
    text = (
        (folder / "a.yaml")
        .read_text(encoding="utf-8")
        .replace("text: article.txt", "text: ../secret.txt")
    )
    (folder / "a.yaml").write_text(text, encoding="utf-8")
    (folder.parent / "secret.txt").write_text("3일간 총 3만여 명이 방문했다", encoding="utf-8")
    monkeypatch.chdir(folder)
    code, out, _ = cli("validate", "a.yaml")
    assert code == 1
    assert out == "a.yaml:7:9: error text path '../secret.txt' leaves the case folder [text-path]\n"


def test_file_that_is_not_utf8(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_case({"a": GOOD})
    (folder / "b.yaml").write_bytes("source:\n  outlet: 연합뉴스\n".encode("cp949"))
    monkeypatch.chdir(folder)
    code, out, _ = cli("validate", "b.yaml")
    assert code == 1
    assert out.startswith("b.yaml:2:11: error not UTF-8 (byte 0xbf); save the file as UTF-8")


def test_problems_of_all_files_are_reported_together(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_case({"a": GOOD + "  bogus: 1\n", "b": GOOD.replace("BEXCO", "BECSO")})
    monkeypatch.chdir(folder)
    code, out, _ = cli("validate", ".")
    assert code == 1
    assert [line.split(":")[0] for line in out.splitlines()] == ["a.yaml", "b.yaml"]


def test_json_and_github_formats(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    folder = make_case({"a": GOOD + "  bogus: 1\n"})
    monkeypatch.chdir(folder)
    code, out, _ = cli("validate", "--format", "json", "a.yaml")
    assert code == 1
    assert json.loads(out)["problems"][0] == {
        "path": "a.yaml",
        "line": 19,
        "column": 5,
        "rule": "unknown-key",
        "message": "unknown key 'bogus'",
        "severity": "error",
    }
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, _ = cli("validate", "a.yaml")
    assert out.splitlines()[0] == (
        "::error file=a.yaml,line=19,col=5,title=factcheck unknown-key::unknown key 'bogus' [unknown-key]"
    )


def test_unknown_alias_in_list_and_ambiguous_registry(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import REGISTRY

    registry = (
        REGISTRY + "  - {id: other, name: 다른 부처, type: organization, aliases: [행안부]}\n"
    )
    folder = make_case({"a": GOOD}, registry=registry)
    monkeypatch.chdir(folder)
    code, out, _ = cli("validate", ".")
    assert code == 1
    assert "entities.yaml:12:10: error alias '행안부' names both 'mois' and 'other'" in out


def test_missing_path_is_reported(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = cli("validate", "nowhere")
    assert code == 1
    assert out == "nowhere:1:1: error no such file or folder [file-read]\n"


def test_a_registry_or_article_rechecks_its_whole_case(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pre-commit passes only the staged file; the claims that depend on it are checked too."""
    folder = make_case({"a": GOOD})
    monkeypatch.chdir(folder)
    article = folder / "article.txt"
    article.write_text(
        article.read_text(encoding="utf-8").replace("벡스코에서", "코엑스에서"), encoding="utf-8"
    )
    code, out, _ = cli("validate", "article.txt")
    assert code == 1
    assert out.startswith("a.yaml:18:15: error evidence not found in the archived text")
    code, out, _ = cli("validate", "entities.yaml")
    assert code == 1 and "[evidence-not-found]" in out


def test_a_case_folder_does_not_take_in_its_sub_folders(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_case({"a": GOOD})
    (folder / "drafts").mkdir()
    (folder / "drafts" / "draft.yaml").write_text("broken: [", encoding="utf-8")
    monkeypatch.chdir(folder.parent)
    assert cli("validate", "case") == (0, "", "")


def test_a_name_whose_registry_entry_is_broken_says_so(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import REGISTRY

    registry = REGISTRY.replace(
        "{id: bexco, name: 벡스코, type: place", "{id: bexco, name: 벡스코, type: plaza"
    )
    folder = make_case({"a": GOOD.replace("entity: BEXCO", "entity: bexco")}, registry=registry)
    monkeypatch.chdir(folder)
    code, out, _ = cli("validate", "a.yaml")
    assert code == 1
    assert out.splitlines()[0] == (
        "a.yaml:17:13: error 'bexco' is defined at entities.yaml:11, but that entry is invalid "
        "(see its error) [unknown-entity]"
    )
    # By an alias of the broken entry, the same.
    (folder / "a.yaml").write_text(
        (folder / "a.yaml").read_text(encoding="utf-8").replace("entity: bexco", "entity: BEXCO"),
        encoding="utf-8",
    )
    assert cli("validate", "a.yaml")[1].splitlines()[0] == (
        "a.yaml:17:13: error 'BEXCO' is defined at entities.yaml:11, but that entry is invalid "
        "(see its error) [unknown-entity]"
    )


def test_a_broken_registry_entry_does_not_hide_other_problems(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import REGISTRY

    registry = REGISTRY.replace(
        "{id: oh, name: 오철호, type: person}", "{id: oh, name: 오철호, type: persn}"
    )
    folder = make_case({"a": GOOD.replace("entity: BEXCO", "entity: BECSO")}, registry=registry)
    monkeypatch.chdir(folder)
    code, out, _ = cli("validate", ".")
    assert code == 1
    assert out.splitlines() == [
        "a.yaml:17:13: error unknown entity 'BECSO'; did you mean 'BEXCO'? [unknown-entity]",
        "entities.yaml:7:31: error entity 'oh' type: must be one of: person, organization, place, event, document, product, other; did you mean 'person'? [schema]",
    ]


def test_a_broken_source_block_does_not_hide_the_claims_problems(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_case({"a": GOOD.replace("entity: BEXCO", "entity: BECSO")})
    text = (
        (folder / "a.yaml").read_text(encoding="utf-8").replace("language: ko", "language: Korean")
    )
    (folder / "a.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(folder)
    code, out, _ = cli("validate", "a.yaml")
    assert code == 1
    assert out.splitlines() == [
        "a.yaml:6:13: error source.language: must be a language code such as 'ko' or 'en' [schema]",
        "a.yaml:17:13: error unknown entity 'BECSO'; did you mean 'BEXCO'? [unknown-entity]",
    ]


def test_plain_text_where_a_list_or_mapping_belongs_gets_an_example(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = (
        "- {id: q, subject: lee, property: remarks, quote: 정부혁신, evidence: 벡스코에서}\n"
        "- {id: l, subject: expo, property: attendees, entities: {items: 이상민}, evidence: 벡스코에서}\n"
        "- {id: k, subject: expo, property: length, quantity: '4,5 km', evidence: 벡스코에서}\n"
    )
    folder = make_case({"a": claims})
    monkeypatch.chdir(folder)
    code, out, _ = cli("validate", "a.yaml")
    assert code == 1
    assert out.splitlines() == [
        "a.yaml:9:53: error claim 'q' quote: expected a mapping: {speaker: lee-sang-min, text: …} [schema]",
        "a.yaml:10:67: error claim 'l' entities.items: expected a list, e.g. [a, b] or one '- item' per line [schema]",
        "a.yaml:11:56: error claim 'k' quantity: '4,5': a comma groups thousands (30,000); write a decimal with a point (4.5) [schema]",
    ]


def test_a_registry_entry_with_a_list_for_an_id_is_a_problem_not_a_crash(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by fuzzing: `id: []` once crashed the lookup of broken entries."""
    from tests.conftest import REGISTRY

    folder = make_case({"a": GOOD}, registry=REGISTRY.replace("{id: oh,", "{id: [],"))
    monkeypatch.chdir(folder)
    code, out, err = cli("validate", ".")
    assert (code, err) == (1, "")
    assert out.splitlines() == ["entities.yaml:7:10: error entity 6 id: expected text [schema]"]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("13 March 2024", ""),
        ("March 13, 2024", ""),
        ("2024년 3월 13일", ""),
        ("2024-03-13T09:30:00+09:00", ""),
        (
            "2024-03",
            "a.yaml:5:14: error source.published: '2024-03' is not a single day; give the day the article was published [schema]\n",
        ),
        (
            "2024-03-13 14:30",
            "a.yaml:5:14: error source.published: a datetime needs its offset, e.g. 2023-11-26T14:04:10+09:00 (or give only the date) [schema]\n",
        ),
    ],
)
def test_the_publication_day_is_written_as_claim_dates_are(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch, published: str, expected: str
) -> None:
    folder = make_case({"a": GOOD})
    text = (folder / "a.yaml").read_text(encoding="utf-8")
    (folder / "a.yaml").write_text(
        text.replace("published: 2023-11-25", f"published: {published}"), encoding="utf-8"
    )
    monkeypatch.chdir(folder)
    assert cli("validate", "a.yaml") == (1 if expected else 0, expected, "")


def test_evidence_with_an_ellipsis_is_told_why(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_case(
        {"a": GOOD.replace("evidence: 벡스코에서", "evidence: 행정안전부는 … 벡스코에서")}
    )
    monkeypatch.chdir(folder)
    code, out, _ = cli("validate", "a.yaml")
    assert code == 1
    assert out.endswith(
        "; an ellipsis cannot stand for left-out words: quote one unbroken passage "
        "[evidence-not-found]\n"
    )
    # The passage shown ends at the end of a word.
    assert '(line 2): "행정안전부는 25일 오후 벡스코에서";' in out


def test_a_known_name_inside_an_unknown_one_is_suggested(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_case({"a": GOOD.replace("entity: BEXCO", "entity: venue-bexco")})
    monkeypatch.chdir(folder)
    assert cli("validate", "a.yaml")[1] == (
        "a.yaml:17:13: error unknown entity 'venue-bexco'; did you mean '벡스코' (bexco)? "
        "[unknown-entity]\n"
    )


def test_evidence_that_differs_only_in_spacing_or_width_is_told_so(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = GOOD.replace("evidence: 벡스코에서", "evidence: 25일오후 벡스코에서").replace(
        "evidence: 3일간 총 3만여 명이 방문했다", "evidence: 3일간 총 ３만여 명이 방문했다"
    )
    folder = make_case({"a": claims})
    monkeypatch.chdir(folder)
    code, out, _ = cli("validate", "a.yaml")
    assert code == 1
    assert out.splitlines() == [
        "a.yaml:13:15: error evidence not found in the archived text; the article writes it "
        "with other character widths (full-width ３ or Ａ for 3 or A, or the reverse) "
        "[evidence-not-found]",
        "a.yaml:18:15: error evidence not found in the archived text; the article spaces it "
        'otherwise (line 2): "25일 오후 벡스코에서" [evidence-not-found]',
    ]


def test_invisible_characters_do_not_keep_evidence_from_matching(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import ARTICLE

    article = ARTICLE.replace("벡스코에서", "벡스\u200b코에서").replace("3만여", "3만\u00ad여")
    folder = make_case({"a": GOOD}, article=article)
    monkeypatch.chdir(folder)
    assert cli("validate", "a.yaml") == (0, "", "")


def test_an_archived_text_saved_with_an_nfd_name_is_found(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    import unicodedata

    folder = make_case({"a": GOOD})
    (folder / "article.txt").rename(folder / unicodedata.normalize("NFD", "기사.txt"))
    claim_file = folder / "a.yaml"
    claim_file.write_text(
        claim_file.read_text(encoding="utf-8").replace("text: article.txt", "text: 기사.txt"),
        encoding="utf-8",
    )
    monkeypatch.chdir(folder)
    assert cli("validate", "a.yaml") == (0, "", "")


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("{name: 구 행안부, until: 2022년 12월 31일}", ""),
        (
            "{name: 구 행안부, from: 2023-01-01, until: 2022-12-31}",
            "entities.yaml:12:57: error entity 'old' aliases.0: 'from' (2023-01-01) is after "
            "'until' (2022-12-31) [schema]\n",
        ),
    ],
)
def test_alias_periods_are_days_in_order(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch, alias: str, expected: str
) -> None:
    from tests.conftest import REGISTRY

    registry = (
        REGISTRY + f"  - {{id: old, name: 옛 부처, type: organization, aliases: [{alias}]}}\n"
    )
    folder = make_case({"a": GOOD}, registry=registry)
    monkeypatch.chdir(folder)
    assert cli("validate", ".") == (1 if expected else 0, expected, "")


def test_a_key_written_in_korean_gets_the_english_one(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_case({"a": GOOD.replace("  evidence: 벡스코에서", "  증거: 벡스코에서")})
    monkeypatch.chdir(folder)
    out = cli("validate", "a.yaml")[1]
    assert "a.yaml:18:5: error unknown key '증거'; did you mean 'evidence'? [unknown-key]" in out
