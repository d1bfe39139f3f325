"""Shared fixtures: a pinned terminal, the repository root, and small cases built in tmp_path."""

from __future__ import annotations

import os
import shlex
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent

# Property and fuzz tests: a modest number of examples by default, so the suite stays fast;
# `--hypothesis-profile=release` (or FACTCHECK_FUZZ_EXAMPLES=N) for the long run before a release.
_EXAMPLES = os.environ.get("FACTCHECK_FUZZ_EXAMPLES")
settings.register_profile(
    "default",
    max_examples=int(_EXAMPLES or 60),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "release",
    max_examples=int(_EXAMPLES or 5_000),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Output is the same on every machine: no colour, fixed width, not under GitHub Actions."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("PRE_COMMIT", raising=False)


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Run from the repository root, as the README's commands do."""
    monkeypatch.chdir(ROOT)
    yield ROOT


REGISTRY = """\
entities:
  - {id: expo, name: 2023 대한민국 정부박람회, type: event, aliases: [정부박람회]}
  - {id: mois, name: 행정안전부, type: organization, aliases: [행안부, MOIS]}
  - {id: msit, name: 과학기술정보통신부, type: organization, aliases: [과기정통부, 과기부]}
  - {id: lee, name: 이상민, type: person, description: 행정안전부 장관}
  - {id: ko, name: 고진, type: person}
  - {id: oh, name: 오철호, type: person}
  - {id: cho, name: 조준희, type: person}
  - {id: naver, name: 네이버, type: organization}
  - {id: naver-cloud, name: 네이버 클라우드, type: organization, part_of: [naver]}
  - {id: bexco, name: 벡스코, type: place, aliases: [BEXCO]}
"""

ARTICLE = """\
정부박람회 기사
행정안전부는 25일 오후 벡스코에서 선포식을 열었다.
이상민 행안부 장관과 고진 위원장 등 8명이 참석했다.
3일간 총 3만여 명이 방문했다.
전시 공간 93개 중 32개(34%)가 민간 전시 공간이었다.
전산망 장애로 행사의 빛이 바랬다.
"""

MakeCase = Callable[..., Path]


@pytest.fixture
def make_case(tmp_path: Path) -> MakeCase:
    """Write a case folder: a registry, an article, and claim files given as YAML claim lists."""

    def make(
        sources: dict[str, str],
        *,
        name: str = "case",
        registry: str = REGISTRY,
        article: str = ARTICLE,
    ) -> Path:
        folder = tmp_path / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "entities.yaml").write_text(registry, encoding="utf-8")
        (folder / "article.txt").write_text(article, encoding="utf-8")
        for source_id, claims in sources.items():
            header = textwrap.dedent(
                f"""\
                source:
                  id: {source_id}
                  outlet: Outlet {source_id}
                  title: A title
                  published: 2023-11-25
                  language: ko
                  text: article.txt
                claims:
                """
            )
            (folder / f"{source_id}.yaml").write_text(
                header + textwrap.indent(textwrap.dedent(claims), "  "), encoding="utf-8"
            )
        return folder

    return make


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., tuple[int, str, str]]:
    """Run `factcheck ARGS…` in-process: (exit code, stdout, stderr)."""
    from factcheck.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.argv", ["factcheck", *args])
        with pytest.raises(SystemExit) as stop:
            main()
        captured = capsys.readouterr()
        code = stop.value.code
        return (code if isinstance(code, int) else 1), captured.out, captured.err

    return run


@dataclass(frozen=True)
class Run:
    """What one `factcheck …` command printed and how it exited."""

    code: int
    out: str
    err: str


RunCli = Callable[..., Run]


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> RunCli:
    """Run `factcheck ARGS` in-process from `cwd` (default: the repository root)."""
    from factcheck.cli import main

    def run(command: str | list[str], cwd: Path = ROOT) -> Run:
        args = shlex.split(command) if isinstance(command, str) else command
        monkeypatch.chdir(cwd)
        monkeypatch.setattr(sys, "argv", ["factcheck", *args])
        capsys.readouterr()
        with pytest.raises(SystemExit) as stop:
            main()
        captured = capsys.readouterr()
        code = stop.value.code
        return Run(code if isinstance(code, int) else 1, captured.out, captured.err)

    return run
