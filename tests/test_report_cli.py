"""`factcheck report` and `factcheck check --format md`, run as a user would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cli import ReportFormat
from factcheck.report import EXTENSIONS, REPORTERS

Cli = Callable[..., tuple[int, str, str]]

REGISTRY = """\
entities:
  - {id: expo, name: 정부박람회, type: event}
  - {id: mois, name: 행정안전부, type: organization, aliases: [행안부]}
  - {id: msit, name: 과학기술정보통신부, type: organization, aliases: [과기정통부]}
"""
CLAIMS = """\
source:
  id: {id}
  outlet: {outlet}
  title: 박람회 기사
  published: 2023-11-25
  language: ko
  url: https://example.org/{id}
  text: {id}.txt
claims:
  - id: organizer
    subject: expo
    property: organizer
    entity: {organizer}
    evidence: {evidence}
  - id: visitors
    subject: expo
    property: visitors
    quantity: {visitors}
    evidence: {visitors}이 방문
"""


def write_case(root: Path, name: str = "expo-2023") -> Path:
    """A small valid case: two sources that disagree on the organiser."""
    folder = root / "claims" / name
    folder.mkdir(parents=True)
    (folder / "entities.yaml").write_text(REGISTRY, encoding="utf-8")
    for source, outlet, organizer, evidence, visitors in (
        ("alpha", "알파신문", "mois", "행안부가 주최한", "3만 명"),
        ("beta", "베타일보", "msit", "과기정통부가 주최한", "3만여 명"),
    ):
        text = CLAIMS.format(
            id=source, outlet=outlet, organizer=organizer, evidence=evidence, visitors=visitors
        )
        (folder / f"{source}.yaml").write_text(text, encoding="utf-8")
        (folder / f"{source}.txt").write_text(
            f"{evidence} 박람회에 {visitors}이 방문했다.\n", encoding="utf-8"
        )
    return folder


def test_format_choices_are_the_registry() -> None:
    assert [f.value for f in ReportFormat] == list(REPORTERS) == list(EXTENSIONS)


def test_report_writes_every_format_into_reports(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_case(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, out, err = cli("report")
    assert (code, err) == (0, "")
    assert out == "reports/expo-2023.html\nreports/expo-2023.md\nreports/expo-2023.json\n"
    first = {p.name: p.read_bytes() for p in (tmp_path / "reports").iterdir()}
    assert sorted(first) == ["expo-2023.html", "expo-2023.json", "expo-2023.md"]
    assert cli("report", "expo-2023")[0] == 0
    assert {p.name: p.read_bytes() for p in (tmp_path / "reports").iterdir()} == first
    assert str(tmp_path).encode() not in b"".join(first.values())


def test_reports_do_not_depend_on_the_working_folder(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_case(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert cli("report", "-o", "here")[0] == 0
    monkeypatch.chdir(folder)
    assert cli("report", ".", "-o", str(tmp_path / "there"))[0] == 0
    for ext in ("html", "md", "json"):
        here = (tmp_path / "here" / f"expo-2023.{ext}").read_bytes()
        assert here == (tmp_path / "there" / f"expo-2023.{ext}").read_bytes()


def test_one_format_to_one_file(cli: Cli, tmp_path: Path) -> None:
    folder = write_case(tmp_path)
    target = tmp_path / "out" / "summary.md"
    code, out, _ = cli("report", str(folder), "--format", "md", "--output", str(target))
    assert code == 0 and out == f"{target.as_posix()}\n"
    assert target.read_text(encoding="utf-8").startswith("# Fact-check report: expo-2023\n")
    assert sorted(p.name for p in target.parent.iterdir()) == ["summary.md"]


def test_unwritable_output_is_a_clear_error(cli: Cli, tmp_path: Path) -> None:
    folder = write_case(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    code, out, err = cli("report", str(folder), "--output", str(blocker / "reports"))
    assert code == 2 and out == ""
    assert (
        err
        == f"factcheck: cannot write {blocker}/reports/expo-2023.html: {blocker} is a file, not a folder\n"
    )


def test_a_failed_write_leaves_the_old_report_and_no_temporary_file(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_case(tmp_path)
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")

    def fail(self: Path, other: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", fail)
    code, _, err = cli("report", str(folder), "--format", "html", "-o", str(target))
    assert code == 2 and err == f"factcheck: cannot write {target}: No space left on device\n"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["report.html"]
    assert target.read_text(encoding="utf-8") == "old"


def test_invalid_case_is_refused_with_its_problems(cli: Cli, tmp_path: Path) -> None:
    folder = write_case(tmp_path)
    claims = folder / "beta.yaml"
    claims.write_text(
        claims.read_text(encoding="utf-8").replace("entity: msit", "entity: 과기부처"),
        encoding="utf-8",
    )
    code, out, _ = cli("report", str(folder), "-o", str(tmp_path / "out"))
    assert code == 2
    assert "unknown-entity" in out
    assert not (tmp_path / "out").exists()


def test_unknown_case_is_an_error(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = cli("report", "no-such-case")
    assert code == 2 and "no such file or folder" in out


def test_check_prints_the_markdown_report(cli: Cli, tmp_path: Path) -> None:
    folder = write_case(tmp_path)
    code, out, _ = cli("check", str(folder), "--format", "md")
    assert code == 1  # the sources conflict
    cli("report", str(folder), "--format", "md", "-o", str(tmp_path / "r.md"))
    assert out == (tmp_path / "r.md").read_text(encoding="utf-8")


def test_an_output_written_as_a_folder_is_a_folder(cli: Cli, tmp_path: Path) -> None:
    """`-o out/` for a single report means the folder out/, even before it exists."""
    from tests.conftest import ROOT

    case = str(ROOT / "claims" / "govexpo-2023")
    code, _, err = cli("report", case, "--format", "md", "-o", f"{tmp_path / 'out'}/")
    assert (code, err) == (0, "")
    assert (tmp_path / "out" / "govexpo-2023.md").is_file()


def test_a_file_name_for_several_reports_is_refused(cli: Cli, tmp_path: Path) -> None:
    folder = write_case(tmp_path)
    target = tmp_path / "out" / "expo.html"
    code, out, err = cli("report", str(folder), "-o", str(target))
    assert code == 2 and out == ""
    assert err == (
        f"factcheck: {target}: a file name, but 3 reports would be written; give one --format "
        f"for one case, or a folder (`{tmp_path / 'out' / 'expo'}/`)\n"
    )
    assert not (tmp_path / "out").exists()
