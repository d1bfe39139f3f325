"""Bad input that cannot sensibly be committed: huge, unreadable, linked or oddly named files.

Each case is built in a temporary folder from the small valid example; like the committed
catalogue, it must end in positioned problems and exit 1, quickly.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, Run, RunCli

VALID = ROOT / "tests" / "examples" / "valid" / "expo"


@pytest.fixture
def case(tmp_path: Path) -> Path:
    folder = tmp_path / "case"
    shutil.copytree(VALID, folder)
    return folder


def _set_text(case: Path, text_path: str) -> None:
    claim_file = case / "wire.yaml"
    source = claim_file.read_text(encoding="utf-8")
    claim_file.write_text(source.replace("text: wire.txt", f"text: {text_path}"), encoding="utf-8")


def _validate(run_cli: RunCli, case: Path, *options: str) -> Run:
    started = time.perf_counter()
    result = run_cli(["validate", *options, "case"], cwd=case.parent)
    assert time.perf_counter() - started < 10
    assert "Traceback" not in result.err and "internal error" not in result.err
    return result


def test_huge_claim_file(case: Path, run_cli: RunCli) -> None:
    with (case / "wire.yaml").open("a", encoding="utf-8") as handle:
        handle.write("# " + "x" * 3_000_000 + "\n")
    size = (case / "wire.yaml").stat().st_size
    result = _validate(run_cli, case)
    assert (
        result.out
        == f"case/wire.yaml:1:1: error file is {size:,} bytes (limit 2,097,152) [file-size]\n"
    )
    assert result.code == 1


def test_huge_article(case: Path, run_cli: RunCli) -> None:
    with (case / "wire.txt").open("a", encoding="utf-8") as handle:
        handle.write("가" * 1_000_000)
    size = (case / "wire.txt").stat().st_size
    result = _validate(run_cli, case, "--max-article-bytes", "1000000")
    assert result.out == (
        "case/wire.yaml:8:9: error archived text case/wire.txt: "
        f"file is {size:,} bytes (limit 1,000,000) [file-size]\n"
    )
    assert result.code == 1


def test_symlink_out_of_the_case(case: Path, run_cli: RunCli) -> None:
    (case.parent / "secret.txt").write_text("3일간 총 3만명 방문", encoding="utf-8")
    (case / "link.txt").symlink_to(case.parent / "secret.txt")
    _set_text(case, "link.txt")
    result = _validate(run_cli, case)
    assert (
        result.out
        == "case/wire.yaml:8:9: error text path 'link.txt' leaves the case folder [text-path]\n"
    )
    assert result.code == 1


def test_symlink_loop(case: Path, run_cli: RunCli) -> None:
    (case / "loop.txt").symlink_to(case / "loop.txt")
    _set_text(case, "loop.txt")
    result = _validate(run_cli, case)
    assert (
        result.out
        == "case/wire.yaml:8:9: error text path 'loop.txt' is a symlink loop [text-path]\n"
    )
    assert result.code == 1


def test_symlink_inside_the_case_is_followed(case: Path, run_cli: RunCli) -> None:
    (case / "link.txt").symlink_to("wire.txt")
    _set_text(case, "link.txt")
    assert _validate(run_cli, case).code == 0


def test_unreadable_article(case: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 000 does not stop root (CI runs as root), so the refusal is simulated.
    read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path.name == "wire.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = _validate(run_cli, case)
    assert result.out == (
        "case/wire.yaml:8:9: error archived text case/wire.txt: "
        "cannot read file: Permission denied [file-read]\n"
    )
    assert result.code == 1


def test_unreadable_claim_file(
    case: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path.name == "wire.yaml":
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = _validate(run_cli, case)
    assert (
        result.out == "case/wire.yaml:1:1: error cannot read file: Permission denied [file-read]\n"
    )
    assert result.code == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_file_name_that_is_not_utf8(case: Path, run_cli: RunCli) -> None:
    name = os.fsdecode(b"bad-\xff-\x1b[31m.yaml")
    (case / name).write_bytes(b"source: [\n")
    result = _validate(run_cli, case)
    # Undecodable bytes and the escape are shown as escapes, never sent to the terminal.
    assert result.out == (
        "case/bad-\\udcff-\\x1b[31m.yaml:2:1: error did not find expected node content "
        "(while parsing a flow node) [syntax]\n"
    )
    assert result.code == 1


def test_missing_path(tmp_path: Path, run_cli: RunCli) -> None:
    result = run_cli(["validate", "nowhere"], cwd=tmp_path)
    assert (result.out, result.code) == (
        "nowhere:1:1: error no such file or folder [file-read]\n",
        1,
    )


def test_fifo_is_not_read(case: Path, run_cli: RunCli) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(case / "pipe.txt")
    _set_text(case, "pipe.txt")
    result = _validate(run_cli, case)
    assert (
        result.out
        == "case/wire.yaml:8:9: error archived text 'pipe.txt' does not exist [text-path]\n"
    )


def test_alias_bomb_costs_nothing(case: Path, run_cli: RunCli) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, letter in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{letter}: &{letter} [" + ",".join([f"*{previous}"] * 9) + "]")
    (case / "wire.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    result = _validate(run_cli, case)
    # A guard against unbounded work (walking the expansion takes minutes), not a speed test:
    # the bound leaves room for a slow, shared machine.
    assert time.perf_counter() - started < 10
    assert result.code == 1


def test_deep_nesting_at_the_size_limit(case: Path, run_cli: RunCli) -> None:
    depth = 1_000_000
    (case / "wire.yaml").write_text("[" * depth + "]" * depth, encoding="utf-8")
    result = _validate(run_cli, case)
    # Our limit stops at the 65th level (1:65); libyaml 0.2.6, bundled with PyYAML 6.0.4,
    # stops first at its own 1,000 (1:1001) while it scans ahead. Either is the depth rule.
    assert result.out in {
        f"case/wire.yaml:1:{column}: error nesting deeper than 64 levels [depth]\n"
        for column in (65, 1001)
    }
