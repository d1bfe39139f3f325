"""`factcheck check` on the bundled case: the findings the product promises, as a user sees them."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.pipeline import check_cases
from factcheck.result import Result
from tests.conftest import ROOT, MakeCase

Cli = Callable[..., tuple[int, str, str]]
GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture(scope="module")
def govexpo() -> Result:
    outcome = check_cases([ROOT / "claims" / "govexpo-2023"])
    assert outcome.problems == ()
    (result,) = outcome.results
    return result


def _finding(result: Result, finding_id: str) -> dict[str, object]:
    found = {f.id: f for f in result.findings}
    assert finding_id in found, sorted(found)
    finding = found[finding_id]
    return {
        "kind": finding.kind,
        "sources": sorted({v.source for v in finding.values}),
        "text": finding.explanation,
    }


def test_the_findings_the_issue_asks_for(govexpo: Result) -> None:
    both = ["economic-daily", "yonhap"]
    assert _finding(govexpo, "conflict:declaration-ceremony/attendees") == {
        "kind": "conflict",
        "sources": both,
        "text": "yonhap gives a total of 8명, but economic-daily names 10",
    }
    assert _finding(govexpo, "agreement:declaration-ceremony/attendees/common")["text"] == (
        "all name 4: 고진, 오철호, 이상민, 조준희"
    )
    assert _finding(govexpo, "conflict:declaration-ceremony/organizers")["kind"] == "conflict"
    assert _finding(govexpo, "conflict:dpg-alliance/participants")["text"] == (
        "yonhap gives a total of 총 10개 기관, but economic-daily names 12"
    )
    assert _finding(govexpo, "near_match:dpg-alliance/participants/related")["text"] == (
        "related but not the same: 네이버 클라우드 (economic-daily) ~ 네이버 (yonhap)"
    )
    for spaces in ("exhibition_spaces", "private_exhibition_spaces", "private_exhibition_share"):
        assert _finding(govexpo, f"agreement:govexpo-2023/{spaces}")["sources"] == both
    omissions = [f for f in govexpo.findings if f.kind == "omission"]
    caveats = [f for f in omissions if f.value_kind == "caveat"]
    assert len(caveats) == 2
    assert omissions[: len(caveats)] == caveats, "caveats lead the omissions"
    assert all(f.missing == ("economic-daily",) for f in caveats)
    assert "모바일 신분증" in " ".join(v.value for f in caveats for v in f.values)
    assert "전산망" in " ".join(v.value for f in caveats for v in f.values)


def test_every_finding_shows_each_stating_sources_evidence(govexpo: Result) -> None:
    for finding in govexpo.findings:
        for value in finding.values:
            assert value.evidence and value.evidence_line, finding.id


def test_check_output_matches_golden_file(cli: Cli, in_root: Path) -> None:
    code, out, err = cli("check", "--width", "100", "--limit", "5")
    assert (code, err) == (1, "factcheck: exit status 1: 4 conflicts (see --fail-on)\n")
    golden = GOLDEN / "check-govexpo-2023.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8"), "review, then: UPDATE_GOLDEN=1 ./run pytest"


def test_fail_on_decides_the_exit_status(cli: Cli, in_root: Path) -> None:
    assert cli("check", "--fail-on", "never")[0] == 0
    assert cli("check", "--fail-on", "conflict")[0] == 1
    assert cli("check", "--fail-on", "omission")[0] == 1


def test_fits_80_columns_and_wraps_long_evidence(cli: Cli, in_root: Path) -> None:
    code, out, _ = cli("check", "--width", "80")
    assert code == 1
    assert all(len(line) <= 80 for line in out.splitlines())
    # The longest evidence quote (Economic Daily, line 41) is shown whole, wrapped.
    assert "한국지능정보화사회진흥원(NIA) 원장" in out


def test_invalid_case_exits_2_with_positioned_problems(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_case(
        {"a": "- {id: x, subject: nobody, property: p, statement: s, evidence: 벡스코}\n"}
    )
    monkeypatch.chdir(folder.parent)
    code, out, _ = cli("check", "case")
    assert code == 2
    assert (
        out
        == "case/a.yaml:9:22: error unknown entity 'nobody'; add it to entities.yaml [unknown-entity]\n"
    )


def test_hostile_text_cannot_style_the_terminal(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = (
        '- {id: x, subject: expo, property: p, statement: "[/x][bold red]boom", evidence: 벡스코}\n'
    )
    folder = make_case({"a": claims, "b": claims.replace("boom", "bam")}, article="벡스코 [/x]\n")
    monkeypatch.chdir(folder.parent)
    code, out, _ = cli("check", "case", "--fail-on", "never")
    assert code == 0
    assert "[/x][bold red]boom" in out
    assert "\x1b" not in out


def test_result_has_no_absolute_paths(govexpo: Result) -> None:
    from dataclasses import asdict

    text = json.dumps(asdict(govexpo), ensure_ascii=False)
    assert str(ROOT) not in text


def test_json_output_is_the_versioned_result(cli: Cli, in_root: Path) -> None:
    import jsonschema

    code, out, _ = cli("check", "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["schema_version"] == 1
    assert {f["kind"] for f in data["findings"]} == {
        "agreement",
        "conflict",
        "list_difference",
        "near_match",
        "omission",
    }
    first = data["findings"][0]
    assert {"id", "kind", "subject", "property", "values", "explanation"} <= set(first)
    assert {"source", "value", "evidence", "evidence_line"} <= set(first["values"][0])
    schema = json.loads((ROOT / "schema" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(data)


def test_markdown_output_is_the_markdown_report(cli: Cli, in_root: Path) -> None:
    code, out, _ = cli("check", "--format", "md", "--fail-on", "never")
    assert code == 0
    assert out == (ROOT / "reports" / "govexpo-2023.md").read_text(encoding="utf-8")


def test_an_unknown_case_name_lists_the_cases_there_are(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    code, out, _ = cli("check", "govexpo-2033")
    assert code == 2
    assert out == (
        "govexpo-2033:1:1: error no such file or folder; "
        "the cases in claims/ are: govexpo-2023 [file-read]\n"
    )


def test_a_case_of_many_sources_shows_the_first_few(
    cli: Cli, make_case: MakeCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    claim = "- {id: v, subject: expo, property: visitors, quantity: 3만여 명, evidence: 3만여 명}\n"
    folder = make_case({f"s{i}": claim for i in range(5)})
    monkeypatch.chdir(folder.parent)
    code, out, _ = cli("check", "case", "--limit", "3", "--width", "80")
    assert code == 0
    header = out.split("\n5 sources")[0].splitlines()
    assert header[1:] == [
        "  s0: Outlet s0, 2023-11-25",
        "  s1: Outlet s1, 2023-11-25",
        "  s2: Outlet s2, 2023-11-25",
        "  … 2 more sources in the report",
    ]
