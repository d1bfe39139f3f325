"""The `factcheck` command's entry point, kept apart from the CLI so that it imports nothing.

A Ctrl-C while the CLI's libraries load (a few hundred milliseconds, the moment a user most
often gives up on a command) then ends as cleanly as one during the work: exit status 130,
no traceback.
"""

from __future__ import annotations

import gc
import sys


def main() -> None:
    """Load the CLI and run it."""
    # A large case holds millions of small objects that live until the process ends, and
    # almost none form cycles: with the default thresholds the collector walks them over and
    # over (a fifth of a 100,000-claim check). Collect far less often instead.
    gc.set_threshold(100_000, 50, 100)
    try:
        from factcheck.cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("factcheck: interrupted\n")
        raise SystemExit(130) from None
    run()
