"""The command line as a user meets it: help for every command, documented in the README."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.cli import app
from tests.conftest import ROOT

Cli = Callable[..., tuple[int, str, str]]
COMMANDS = sorted(
    command.name or (command.callback.__name__ if command.callback else "")
    for command in app.registered_commands
)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_and_is_documented(cli: Cli, name: str) -> None:
    code, out, _ = cli(name, "--help")
    assert code == 0
    assert f"Usage: factcheck {name}" in out
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`factcheck {name}" in readme


def test_usage_error_exits_2_without_traceback(cli: Cli) -> None:
    code, out, err = cli("validate", "--no-such-option")
    assert code == 2
    assert "No such option" in err
    assert "Traceback" not in out + err


def test_no_command_shows_help(cli: Cli) -> None:
    code, out, err = cli()
    assert code in (0, 2)
    assert "validate" in out + err
