"""Measure factcheck against yamllint and check-jsonschema, and its growth, in one table.

    ./run python -m benchmarks            # the full run (several minutes: the peers are slow)
    ./run python -m benchmarks --quick    # small sizes, for trying the runner itself

Every figure is the median of several runs made in this same run, side by side, so the ratios
hold on the machine at hand even when absolute times do not. Peers are installed by
`./run pip install -e '.[bench]'`; a missing one shows as "not installed".
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.generate import generate

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

# Runs a command and reports its wall time and the peak memory of that one child, so the
# measurement excludes this wrapper's own start-up.
_WRAPPER = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
try:
    done = subprocess.run(sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          timeout=float(sys.argv[1]))
except subprocess.TimeoutExpired:
    print(json.dumps({"wall": float("inf"), "peak_kib": 0, "code": -1, "lines": 0, "bytes": 0}))
    raise SystemExit
wall = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"wall": wall, "peak_kib": peak, "code": done.returncode,
                  "lines": done.stdout.count(b"\\n"), "bytes": len(done.stdout)}))
"""


_FLOOR = "import typer, yaml\nfrom pydantic import BaseModel\nclass A(BaseModel):\n    x: int"


@dataclass(frozen=True)
class Sample:
    """The median of several runs of one command."""

    seconds: float
    peak_mib: float
    code: int
    lines: int
    output_bytes: int


def _tool(name: str) -> str | None:
    candidate = BIN / name
    if candidate.exists():
        return str(candidate)
    return shutil.which(name)


def measure(
    commands: dict[str, Sequence[str] | None], repeat: int, timeout: float = 900
) -> dict[str, Sample | None]:
    """Run each command `repeat` times, interleaved so that load on the machine hits all alike."""
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            if command is None:
                continue
            done = subprocess.run(
                [sys.executable, "-c", _WRAPPER, str(timeout), *command],
                capture_output=True,
                text=True,
                check=True,
            )
            runs[name].append(json.loads(done.stdout))
            if runs[name][-1]["wall"] == float("inf"):
                commands = {**commands, name: None}  # timed out: once is enough
    result: dict[str, Sample | None] = {}
    for name, samples in runs.items():
        if not samples:
            result[name] = None
            continue
        result[name] = Sample(
            statistics.median(s["wall"] for s in samples),
            statistics.median(s["peak_kib"] for s in samples) / 1024,
            int(samples[-1]["code"]),
            int(samples[-1]["lines"]),
            int(samples[-1]["bytes"]),
        )
    return result


def _has_command(factcheck: str, name: str) -> bool:
    done = subprocess.run([factcheck, "--help"], capture_output=True, text=True, check=False)
    return f" {name} " in done.stdout or f"\n  {name}" in done.stdout


def _case(work: Path, sources: int, claims: int) -> Path:
    folder = work / f"case-{sources}x{claims}"
    stamp = folder / ".complete"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate(folder, sources, claims)
        stamp.touch()
    return folder


def _schema(work: Path, factcheck: str) -> Path:
    committed = ROOT / "schema" / "claims.schema.json"
    if committed.exists():
        return committed
    subprocess.run(
        [factcheck, "schema", "-o", str(work / "schema")], capture_output=True, check=True
    )
    return work / "schema" / "claims.schema.json"


def _seconds(sample: Sample | None) -> str:
    return "not installed" if sample is None else f"{sample.seconds:.3f} s"


def _figures(sample: Sample, timeout: float) -> str:
    if sample.seconds == float("inf"):
        return f"cut after {timeout:.0f} s"
    return f"{sample.seconds:.2f} s, peak {sample.peak_mib:.0f} MiB, exit {sample.code}"


def _ratio(numerator: Sample | None, denominator: Sample | None) -> float | None:
    if numerator is None or denominator is None or denominator.seconds == 0:
        return None
    return numerator.seconds / denominator.seconds


def _at_most(ratio: float | None, bound: float) -> bool | None:
    return None if ratio is None else ratio <= bound


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "MISSED")


def run(args: argparse.Namespace) -> list[tuple[str, str, str, str]]:
    """Every measurement, as rows of (what, figures, ratio or growth, target and verdict)."""
    factcheck = _tool("factcheck")
    if factcheck is None:
        raise SystemExit("factcheck is not installed; run ./run pytest first")
    yamllint, check_jsonschema = _tool("yamllint"), _tool("check-jsonschema")
    work = args.work
    many_sources, check_claims = (100, 100) if args.quick else (1000, 1000)
    small_sources, large_sources = (10, 40) if args.quick else (args.sources, 4 * args.sources)
    rows: list[tuple[str, str, str, str]] = []

    one = _case(work, 1, 50)
    schema = _schema(work, factcheck)
    one_file = str(one / "s0000.yaml")
    timed = measure(
        {
            "python": [sys.executable, "-c", "pass"],
            # The floor the chosen libraries set, before any of our code runs. `import pydantic`
            # alone is lazy: the machinery loads with the first model, so one is built here.
            "imports": [sys.executable, "-c", _FLOOR],
            "factcheck": [factcheck, "validate", one_file],
            "yamllint": [yamllint, one_file] if yamllint else None,
            "check-jsonschema": (
                [check_jsonschema, "--schemafile", str(schema), one_file]
                if check_jsonschema
                else None
            ),
        },
        args.repeat,
    )
    versus_yamllint = _ratio(timed["factcheck"], timed["yamllint"])
    versus_cjs = _ratio(timed["factcheck"], timed["check-jsonschema"])
    rows.append(
        (
            "validate 1 file of 50 claims",
            f"factcheck {_seconds(timed['factcheck'])}, yamllint {_seconds(timed['yamllint'])}, "
            f"check-jsonschema {_seconds(timed['check-jsonschema'])}, "
            f"python -c pass {_seconds(timed['python'])}, "
            f"floor (typer, PyYAML, one pydantic model) {_seconds(timed['imports'])}",
            f"{versus_yamllint or 0:.2f}× yamllint, {versus_cjs or 0:.2f}× check-jsonschema "
            f"(the floor alone: {_ratio(timed['imports'], timed['yamllint']) or 0:.2f}×, "
            f"{_ratio(timed['imports'], timed['check-jsonschema']) or 0:.2f}×)",
            f"≤ 1× yamllint: {_verdict(_at_most(versus_yamllint, 1))}; "
            f"≤ 0.5× check-jsonschema: {_verdict(_at_most(versus_cjs, 0.5))}",
        )
    )

    many = _case(work, many_sources, 50)
    many_files = sorted(str(p) for p in many.glob("s*.yaml"))
    timed = measure(
        {
            "factcheck": [factcheck, "validate", str(many)],
            "yamllint": [yamllint, str(many)] if yamllint else None,
            "check-jsonschema": (
                [check_jsonschema, "--schemafile", str(schema), *many_files]
                if check_jsonschema
                else None
            ),
        },
        args.repeat_large,
    )
    faster_yamllint = _ratio(timed["yamllint"], timed["factcheck"])
    faster_cjs = _ratio(timed["check-jsonschema"], timed["factcheck"])
    fc = timed["factcheck"]
    rows.append(
        (
            f"validate {many_sources:,} files of 50 claims",
            f"factcheck {_seconds(fc)} (exit {fc.code if fc else '-'}), "
            f"yamllint {_seconds(timed['yamllint'])}, "
            f"check-jsonschema {_seconds(timed['check-jsonschema'])}",
            f"{faster_yamllint or 0:.1f}× faster than yamllint, "
            f"{faster_cjs or 0:.1f}× than check-jsonschema",
            "≥ 10× both: "
            + _verdict(
                None
                if faster_yamllint is None or faster_cjs is None
                else min(faster_yamllint, faster_cjs) >= 10
            ),
        )
    )

    if not _has_command(factcheck, "check"):
        rows.append(("check, report", "factcheck check/report not on this branch yet", "", "n/a"))
        return rows
    small = _case(work, small_sources, check_claims)
    large = _case(work, large_sources, check_claims)
    timed = measure(
        {
            "small": [factcheck, "check", str(small)],
            "large": [factcheck, "check", str(large)],
        },
        args.repeat_check,
        args.timeout,
    )
    small_sample, large_sample = timed["small"], timed["large"]
    assert small_sample is not None and large_sample is not None
    growth = (large_sample.seconds / small_sample.seconds) / (large_sources / small_sources)
    for sources, sample in ((small_sources, small_sample), (large_sources, large_sample)):
        rows.append(
            (
                f"check {sources} sources × {check_claims:,} claims",
                _figures(sample, args.timeout) + f", {sample.lines:,} lines of output",
                "",
                f"≤ 5 s: {_verdict(sample.seconds <= 5)}" if sources == small_sources else "",
            )
        )
    if large_sample.seconds == float("inf"):
        growth_row = ("the larger run was cut", "", "near-linear (≤ 1.3): MISSED")
    else:
        growth_row = (
            f"time × {large_sample.seconds / small_sample.seconds:.2f} for data × "
            f"{large_sources / small_sources:.0f}",
            f"{growth:.2f} of linear",
            f"near-linear (≤ 1.3): {_verdict(growth <= 1.3)}",
        )
    rows.append((f"check growth {small_sources} → {large_sources} sources", *growth_row))
    if _has_command(factcheck, "report"):
        out = work / "report.html"
        out.unlink(missing_ok=True)
        timed = measure(
            {"report": [factcheck, "report", str(large), "--format", "html", "-o", str(out)]},
            args.repeat_check,
            args.timeout,
        )
        sample = timed["report"]
        assert sample is not None
        size = out.stat().st_size / 2**20 if out.exists() else 0.0
        rows.append(
            (
                f"report --format html, {large_sources} × {check_claims:,}",
                _figures(sample, args.timeout)
                + ("" if sample.seconds == float("inf") else f", {size:.1f} MiB written"),
                "",
                "",
            )
        )
    return rows


def _table(rows: list[tuple[str, str, str, str]]) -> str:
    headers = ("measurement", "figures (medians)", "ratio", "target")
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(4)]
    lines = [" | ".join(cell.ljust(widths[i]) for i, cell in enumerate(headers))]
    lines.append("-+-".join("-" * width for width in widths))
    lines += [" | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)


def main(argv: list[str] | None = None) -> None:
    """Command line: generate the cases (cached), measure, print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small sizes; ratios not meaningful")
    parser.add_argument("--repeat", type=int, default=7, help="runs of each one-file command")
    parser.add_argument("--repeat-large", type=int, default=3, help="runs of the 1,000-file ones")
    parser.add_argument("--repeat-check", type=int, default=3, help="runs of check and report")
    parser.add_argument(
        "--sources", type=int, default=100, help="sources of the smaller check case (larger: 4×)"
    )
    parser.add_argument(
        "--timeout", type=float, default=900, help="seconds before a check or report run is cut"
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=Path(tempfile.gettempdir()) / "factcheck-bench",
        help="where generated cases are kept between runs",
    )
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    rows = run(args)
    print(
        f"factcheck benchmarks: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}"
    )
    print(_table(rows))


if __name__ == "__main__":
    main()
