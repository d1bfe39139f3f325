"""The `factcheck` command's entry point, kept apart from the CLI so that it imports nothing.

A Ctrl-C while the CLI's libraries load (a few hundred milliseconds, the moment a user most
often gives up on a command) then ends as cleanly as one during the work: exit status 130,
no traceback.
"""

from __future__ import annotations

import gc
import os
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
    try:
        run()
    except SystemExit as stop:
        code = stop.code
    else:
        code = 0
    # SystemExit's own convention: None is success, any other non-integer a failure.
    _exit(0 if code is None else code if isinstance(code, int) else 1)


def _exit(code: int) -> None:
    """End the process without the interpreter's teardown, once the output is out.

    Freeing every module and object at exit costs more than the work of a one-file `validate`
    (about 80 ms of 0.5 s), and seconds after a large `check`. Nothing is left to clean up by
    then: reports are written and closed, and process pools are shut down (mypy's `hard_exit`
    does the same). Tests that call the CLI in-process never come here.
    """
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe (`factcheck check | head`): nothing to add
        code = code or 1
    os._exit(code)
