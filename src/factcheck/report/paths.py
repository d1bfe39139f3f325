"""Paths in a result made independent of the folder `factcheck` ran from.

The loader shows paths relative to the working folder (`claims/govexpo-2023/yonhap.yaml`), or as
given when that is impossible, so the same claims reconciled from two folders would give two
different reports. Reports show every path relative to the case folder instead (`yonhap.yaml`):
committed reports stay byte-identical wherever they are generated, and hold no absolute path.
"""

from __future__ import annotations

import dataclasses
from pathlib import PurePosixPath

from factcheck.result import Finding, Result, SourceValue


def _relative(path: str, base: PurePosixPath) -> str:
    try:
        return PurePosixPath(path).relative_to(base).as_posix()
    except ValueError:
        return path


def relative_to_case(result: Result) -> Result:
    """The result with source and claim paths relative to the case folder.

    Claim files sit directly in their case folder, so that folder is any claim file's parent.
    """
    if not result.sources:
        return result
    base = PurePosixPath(result.sources[0].claim_file).parent
    if base == PurePosixPath("."):
        return result
    sources = tuple(
        dataclasses.replace(
            source,
            text_path=_relative(source.text_path, base),
            claim_file=_relative(source.claim_file, base),
        )
        for source in result.sources
    )

    def value(item: SourceValue) -> SourceValue:
        position = dataclasses.replace(item.position, path=_relative(item.position.path, base))
        return dataclasses.replace(item, position=position)

    def finding(item: Finding) -> Finding:
        return dataclasses.replace(item, values=tuple(value(v) for v in item.values))

    findings = tuple(finding(f) for f in result.findings)
    return dataclasses.replace(result, sources=sources, findings=findings)
