"""Load generation with wrk (Debian's `wrk` package), which stops by itself after a duration."""

import json
import shutil
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

SCRIPT = Path(__file__).with_name("wrk.lua")


@dataclass(frozen=True)
class LoadResult:
    """What wrk measured on one URL: throughput, latency percentiles, failures."""

    requests: int
    requests_per_second: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    errors: int

    def as_dict(self) -> dict:
        return asdict(self)


def wrk_path() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise RuntimeError("wrk is missing: apt-get install wrk (bench/run does it as root).")
    return path


def measure(
    url: str, *, seconds: float, connections: int, threads: int = 2, cold: bool = False
) -> LoadResult:
    """Hammer `url` for `seconds`; `cold` gives each request a URL of its own (cache misses)."""
    command = [
        wrk_path(),
        f"--threads={threads}",
        f"--connections={max(connections, threads)}",
        f"--duration={max(1, round(seconds))}s",
        "--timeout=10s",
        f"--script={SCRIPT}",
        url,
    ]
    if cold:
        command += ["--", "bust"]
    output = subprocess.run(  # noqa: S603 - our own command line, no shell
        command, check=True, capture_output=True, text=True, timeout=seconds + 60
    ).stdout
    figures = json.loads(next(line for line in output.splitlines() if line.startswith("{")))
    duration = figures["duration_us"] / 1_000_000
    return LoadResult(
        requests=figures["requests"],
        requests_per_second=round(figures["requests"] / duration, 1),
        p50_ms=figures["p50_us"] / 1000,
        p95_ms=figures["p95_us"] / 1000,
        p99_ms=figures["p99_us"] / 1000,
        errors=figures["errors"] + figures["status_errors"],
    )
