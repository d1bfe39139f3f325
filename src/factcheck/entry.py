"""The `factcheck` command's entry point, kept apart from the CLI so that it imports nothing.

A Ctrl-C while the CLI's libraries load (a few hundred milliseconds, the moment a user most
often gives up on a command) then ends as cleanly as one during the work: exit status 130,
no traceback.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Load the CLI and run it."""
    try:
        from factcheck.cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("factcheck: interrupted\n")
        raise SystemExit(130) from None
    run()
