"""`python -m factcheck`."""

from factcheck.cli import main

main()
