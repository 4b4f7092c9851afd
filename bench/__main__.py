"""`python -m bench`: build the data set, serve it with gunicorn, measure, write the table.

Run through `bench/run` (`make bench`, `make bench-ci`), which prepares the
throwaway database and the environment (production settings, Redis cache).
"""

import argparse
import contextlib
import datetime
import logging
import os
import subprocess
import sys
import time
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

import django

from bench import floor, load, report

ROOT = Path(__file__).resolve().parent.parent


def arguments() -> argparse.Namespace:
    scale = os.environ.get("BENCH_SCALE", "full")
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--scale", choices=["full", "small"], default=scale)
    parser.add_argument("--seconds", type=float, default=10 if scale == "full" else 2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", "8765")))
    parser.add_argument("--note", default=os.environ.get("BENCH_NOTE", ""))
    parser.add_argument(
        "--floor",
        action=argparse.BooleanOptionalAction,
        default=scale == "full",
        help="measure the searches again with no template rendered (default: full scale)",
    )
    return parser.parse_args()


def start_server(port: int, config: str = "config/gunicorn.conf.py") -> subprocess.Popen:
    """gunicorn with `config` (the repository's by default), answering /healthz."""
    environment = {**os.environ, "GUNICORN_BIND": f"127.0.0.1:{port}"}
    server = subprocess.Popen(  # noqa: S603 - our own command line, no shell
        [sys.executable, "-m", "gunicorn", "-c", config, "config.wsgi"],
        cwd=ROOT,
        env=environment,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise RuntimeError("gunicorn did not answer /healthz within 60 s.")


@contextlib.contextmanager
def serving(port: int, config: str = "config/gunicorn.conf.py"):
    server = start_server(port, config)
    try:
        yield
    finally:
        server.terminate()
        server.wait(timeout=30)


@dataclass(frozen=True)
class Loader:
    """wrk against the server under measure, with the run's duration and connections."""

    base: str
    seconds: float
    connections: int

    def hammer(self, url: str, cold: bool = False, seconds: float | None = None):
        return load.measure(
            self.base + url,
            seconds=seconds or self.seconds,
            connections=self.connections,
            cold=cold,
        )

    def warm_up(self, urls) -> None:
        """Every worker loads its templates, translations and modules once in its life: a
        process that has just started is not what a cold cache means."""
        from bench import pages  # noqa: PLC0415 (reads the models: after django.setup())

        for url in ["/healthz", *urls]:
            self.hammer(url, cold=True, seconds=2)
        pages.clear_caches()


def between_ceilings(loader: Loader, measured, measure) -> tuple[list, list]:
    """`measure(page)` for each page, and the ceiling before the first page and after each.

    The machine's speed drifts within a run (a virtual machine's neighbours):
    each page is compared with the two ceilings measured around it. Returns
    [(page, what `measure` returned, that ceiling)] and every ceiling measured.
    """
    ceilings = [loader.hammer("/healthz")]
    measures = []
    for page in measured:
        figures = measure(page)
        ceilings.append(loader.hammer("/healthz"))
        ceiling = report.ceiling_around(ceilings[-2], ceilings[-1])
        measures.append((page, figures, ceiling))
        rates = [
            f"{phase} {value['requests_per_second']:.0f}/s"
            for phase, value in figures.items()
            if phase in ("cold", "warm")
        ]
        print(f"  {page.label}: {', '.join(rates)}, ceiling {ceiling['requests_per_second']:.0f}/s")
    return measures, ceilings


def measure_pages(measured, loader: Loader, queries: dict, renders: dict) -> tuple[list, list]:
    """Each page cold then warm, between two ceilings."""
    from bench import pages  # noqa: PLC0415 (reads the models: after django.setup())

    def cold_then_warm(page) -> dict:
        pages.clear_caches()
        cold = loader.hammer(page.url, cold=True)
        pages.clear_caches()
        weight = pages.page_weight(page, loader.base)  # also the first hit: fills the cache
        return {"cold": cold.as_dict(), "warm": loader.hammer(page.url).as_dict(), "weight": weight}

    loader.warm_up(page.url for page in measured)
    measures, ceilings = between_ceilings(loader, measured, cold_then_warm)
    rows = []
    for page, figures, ceiling in measures:
        row = {
            "key": page.key,
            "label": page.label,
            "url": page.url,
            "search": page.search,
            "budget": pages.QUERY_BUDGET,
            "queries": asdict(queries[page.key]),
            "render": asdict(renders[page.key]),
            "ceiling": ceiling,
            **figures,
        }
        row["missed"] = report.verdicts(row, ceiling["requests_per_second"])
        rows.append(row)
    return rows, ceilings


def measure_floor(searches, loader: Loader) -> list[dict]:
    """Each search cold on a server that renders no template (bench/floor.py), between two
    ceilings: what the search costs outside its templates, a bound no work on them can pass."""
    from bench import pages  # noqa: PLC0415 (reads the models: after django.setup())

    loader.warm_up(page.url for page in searches)
    for page in searches:
        if floor.MARKER not in pages.fetch(loader.base, pages.cache_busting(page.url, "floor")):
            raise RuntimeError(f"{page.url} was rendered: bench/floor.py did not replace it.")
    measures, _ceilings = between_ceilings(
        loader, searches, lambda page: {"cold": loader.hammer(page.url, cold=True).as_dict()}
    )
    return [
        {"key": page.key, "label": page.label, "ceiling": ceiling, **figures}
        for page, figures, ceiling in measures
    ]


def failures_of(rows: list[dict]) -> list[str]:
    """What fails the run: a page over its query budget, or requests that failed."""
    return [
        f"{row['label']}: {row['queries']['render']} queries (budget {row['budget']})"
        for row in rows
        if row["queries"]["render"] > row["budget"]
    ] + [
        f"{row['label']}: {row[phase]['errors']} failed requests ({phase})"
        for row in rows
        for phase in ("cold", "warm")
        if row[phase]["errors"]
    ]


def main() -> int:
    options = arguments()
    django.setup()
    # These read the models: they can be imported only once Django is set up.
    from bench import pages  # noqa: PLC0415
    from bench.dataset import SCALES, build_dataset  # noqa: PLC0415

    print(f"Data set ({options.scale}):")
    # Wagtail logs every page it creates: hundreds of lines that say nothing here.
    logging.getLogger("wagtail").setLevel(logging.WARNING)
    generation = build_dataset(SCALES[options.scale])
    measured = pages.bench_pages()
    host = "127.0.0.1"
    queries = {page.key: pages.count_queries(page, host) for page in measured}
    renders = {page.key: pages.render_time(page, host) for page in measured}

    loader = Loader(f"http://{host}:{options.port}", options.seconds, options.connections)
    with serving(options.port):
        rows, ceilings = measure_pages(measured, loader, queries, renders)
        others = [
            {
                "key": page.key,
                "label": page.label,
                "url": page.url,
                "weight": pages.page_weight(page, loader.base),
            }
            for page in pages.weight_pages()
        ]
    floor = []
    if options.floor:
        print("Floor: the searches again, with no template rendered (bench/floor.py):")
        with serving(options.port, "bench/floor.py"):
            floor = measure_floor([page for page in measured if page.search], loader)

    result = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "scale": options.scale,
        "machine": report.machine(),
        "server": f"{os.environ.get('WEB_CONCURRENCY', 'cores × 2 + 1')} workers, "
        f"{os.environ.get('GUNICORN_THREADS', '2')} threads each",
        "connections": options.connections,
        "seconds": options.seconds,
        "dataset": pages.dataset_size(),
        "generation": {name: round(seconds, 1) for name, seconds in generation.items()},
        "ceilings": [ceiling.as_dict() for ceiling in ceilings],
        "pages": rows,
        "floor": floor,
        "other_pages": others,
        "note": options.note,
    }
    print(report.markdown(result))
    if options.scale == "full" or os.environ.get("BENCH_WRITE") == "1":
        json_path, md_path = report.write(result, ROOT / "bench" / "results")
        print(f"Written {json_path.relative_to(ROOT)} and {md_path.relative_to(ROOT)}.")
    failures = failures_of(rows)
    for failure in failures:
        print(f"FAILED {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
