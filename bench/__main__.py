"""`python -m bench`: build the data set, serve it with gunicorn, measure, write the table.

Run through `bench/run` (`make bench`, `make bench-ci`), which prepares the
throwaway database and the environment (production settings, Redis cache).
"""

import argparse
import datetime
import logging
import os
import subprocess
import sys
import time
import urllib.request
from dataclasses import asdict
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent


def arguments() -> argparse.Namespace:
    scale = os.environ.get("BENCH_SCALE", "full")
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--scale", choices=["full", "small"], default=scale)
    parser.add_argument("--seconds", type=float, default=10 if scale == "full" else 2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", "8765")))
    parser.add_argument("--note", default=os.environ.get("BENCH_NOTE", ""))
    return parser.parse_args()


def start_server(port: int) -> subprocess.Popen:
    """gunicorn with the repository's configuration, answering /healthz."""
    environment = {**os.environ, "GUNICORN_BIND": f"127.0.0.1:{port}"}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.conf.py", "config.wsgi"],
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


def main() -> int:
    options = arguments()
    django.setup()
    from bench import load, pages, report
    from bench.dataset import SCALES, build_dataset

    print(f"Data set ({options.scale}):")
    # Wagtail logs every page it creates: hundreds of lines that say nothing here.
    logging.getLogger("wagtail").setLevel(logging.WARNING)
    generation = build_dataset(SCALES[options.scale])
    measured = pages.bench_pages()
    host = "127.0.0.1"
    queries = {page.key: pages.count_queries(page, host) for page in measured}
    renders = {page.key: pages.render_time(page, host) for page in measured}

    base = f"http://{host}:{options.port}"
    server = start_server(options.port)
    try:

        def hammer(url: str, cold: bool = False) -> load.LoadResult:
            return load.measure(
                base + url, seconds=options.seconds, connections=options.connections, cold=cold
            )

        ceiling_start = hammer("/healthz")
        rows = []
        for page in measured:
            pages.clear_caches()
            cold = hammer(page.url, cold=True)
            pages.clear_caches()
            weight = pages.page_weight(page, base)  # also the first hit that fills the cache
            warm = hammer(page.url)
            rows.append(
                {
                    "key": page.key,
                    "label": page.label,
                    "url": page.url,
                    "search": page.search,
                    "budget": pages.QUERY_BUDGET,
                    "queries": asdict(queries[page.key]),
                    "render": asdict(renders[page.key]),
                    "cold": cold.as_dict(),
                    "warm": warm.as_dict(),
                    "weight": weight,
                }
            )
            print(
                f"  {page.label}: cold {cold.requests_per_second:.0f}/s, "
                f"warm {warm.requests_per_second:.0f}/s"
            )
        others = [
            {
                "key": page.key,
                "label": page.label,
                "url": page.url,
                "weight": pages.page_weight(page, base),
            }
            for page in pages.weight_pages()
        ]
        ceiling_end = hammer("/healthz")
    finally:
        server.terminate()
        server.wait(timeout=30)

    ceiling = (ceiling_start.requests_per_second + ceiling_end.requests_per_second) / 2
    for row in rows:
        row["missed"] = report.verdicts(row, ceiling)
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
        "ceiling_rps": round(ceiling, 1),
        "ceiling_start": ceiling_start.as_dict(),
        "ceiling_end": ceiling_end.as_dict(),
        "pages": rows,
        "other_pages": others,
        "note": options.note,
    }
    table = report.markdown(result)
    print(table)
    if options.scale == "full" or os.environ.get("BENCH_WRITE") == "1":
        json_path, md_path = report.write(result, ROOT / "bench" / "results")
        print(f"Written {json_path.relative_to(ROOT)} and {md_path.relative_to(ROOT)}.")
    failures = [
        f"{row['label']}: {row['queries']['render']} queries (budget {row['budget']})"
        for row in rows
        if row["queries"]["render"] > row["budget"]
    ] + [
        f"{row['label']}: {row[phase]['errors']} failed requests ({phase})"
        for row in rows
        for phase in ("cold", "warm")
        if row[phase]["errors"]
    ]
    for failure in failures:
        print(f"FAILED {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
