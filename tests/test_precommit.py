"""The pre-commit hook, end to end with the real pre-commit, as another repository uses it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

PRE_COMMIT = Path(sys.executable).parent / "pre-commit"


def _run(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "HOME": str(home),
        "PRE_COMMIT_HOME": str(home / "pre-commit"),
        "GIT_AUTHOR_NAME": "test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=600
    )


@pytest.fixture(scope="module")
def user_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository of a user of the hook, with the bundled case and a broken copy of it."""
    if not PRE_COMMIT.exists() or shutil.which("git") is None:
        pytest.fail("pre-commit and git are needed: install the test extra")
    repo = tmp_path_factory.mktemp("user-repo")
    shutil.copytree(ROOT / "claims" / "govexpo-2023", repo / "claims" / "good")
    shutil.copytree(ROOT / "claims" / "govexpo-2023", repo / "claims" / "bad")
    bad = repo / "claims" / "bad" / "yonhap.yaml"
    bad.write_text(
        bad.read_text(encoding="utf-8").replace("3일간 총 3만여 명이", "3일간 총 5만여 명이", 1),
        encoding="utf-8",
    )
    home = repo.parent / "home"
    home.mkdir()
    _run("git", "init", "-q", cwd=repo, home=home)
    _run("git", "add", ".", cwd=repo, home=home)
    return repo


def test_try_repo_passes_good_files_and_fails_bad_ones(user_repo: Path) -> None:
    home = user_repo.parent / "home"
    good = _run(
        str(PRE_COMMIT),
        "try-repo",
        str(ROOT),
        "factcheck-validate",
        "--files",
        "claims/good/yonhap.yaml",
        "claims/good/economic-daily.yaml",
        "claims/good/entities.yaml",
        cwd=user_repo,
        home=home,
    )
    assert good.returncode == 0, good.stdout + good.stderr
    assert "factcheck validate" in good.stdout and "Passed" in good.stdout

    bad = _run(
        str(PRE_COMMIT),
        "try-repo",
        str(ROOT),
        "factcheck-validate",
        "--files",
        "claims/bad/yonhap.yaml",
        cwd=user_repo,
        home=home,
    )
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert "claims/bad/yonhap.yaml:" in bad.stdout
    assert "[evidence-not-found]" in bad.stdout
    assert "Traceback" not in bad.stdout + bad.stderr


def test_this_repository_uses_its_own_hook(tmp_path: Path) -> None:
    """Dogfooding: the project's own .pre-commit-config.yaml checks claims/ with the hook."""
    home = tmp_path / "home"
    home.mkdir()
    result = _run(str(PRE_COMMIT), "run", "factcheck-validate", "--all-files", cwd=ROOT, home=home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout
