"""The reconciliation engine: `reconcile(case)` turns a loaded case into a `Result`."""

from factcheck.reconcile.engine import reconcile

__all__ = ["reconcile"]
