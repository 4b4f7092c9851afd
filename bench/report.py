"""The benchmark's table: each figure and its ratio to the /healthz ceiling, JSON and Markdown."""

import json
import os
import platform
from pathlib import Path

TARGET_WARM = 0.5
TARGET_SEARCH_COLD = 0.1
TARGET_WEIGHT = 100 * 1024


def machine() -> dict:
    """CPU model, cores and memory of this machine, and its load when the run ended."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(memory_kb / 1024 / 1024, 1),
        "system": platform.platform(),
        "python": platform.python_version(),
        "load_average": [round(load, 2) for load in os.getloadavg()],
    }


def ratio(figure: float, ceiling: float) -> float:
    return round(figure / ceiling, 3) if ceiling else 0.0


def ceiling_around(before, after) -> dict:
    """The ceiling a page is compared with: the mean of the measures just before and after it."""
    return {
        "before": before.requests_per_second,
        "after": after.requests_per_second,
        "requests_per_second": round(
            (before.requests_per_second + after.requests_per_second) / 2, 1
        ),
    }


QUERY_TARGET = 25


def verdicts(row: dict, ceiling: float) -> list[str]:
    """Which targets the page misses (reported, the run fails only on the query budget)."""
    missed = []
    if row["queries"]["render"] > QUERY_TARGET:
        missed.append(f"{row['queries']['render']} queries > {QUERY_TARGET}")
    if ratio(row["warm"]["requests_per_second"], ceiling) < TARGET_WARM:
        missed.append(f"warm < {TARGET_WARM}")
    if row["search"] and ratio(row["cold"]["requests_per_second"], ceiling) < TARGET_SEARCH_COLD:
        missed.append(f"cold search < {TARGET_SEARCH_COLD}")
    if row["weight"]["total"] > TARGET_WEIGHT:
        missed.append("weight > 100 KB")
    return missed


def markdown(result: dict) -> str:
    info = result["machine"]
    ceilings = [ceiling["requests_per_second"] for ceiling in result["ceilings"]]
    lines = [
        f"# Benchmark, {result['scale']} data set — {result['date']}",
        "",
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory_gb']} GB RAM; "
        f"{info['system']}, Python {info['python']}. "
        f"Load average at the end: {', '.join(map(str, info['load_average']))}.",
        "",
        f"Server: gunicorn ({result['server']}), production settings, PostgreSQL and Redis "
        f"on the same machine; wrk with {result['connections']} connections, "
        f"{result['seconds']} s per measure, on the same machine.",
        "",
        "Data: " + ", ".join(f"{count} {name}" for name, count in result["dataset"].items()) + ".",
        "Generation: "
        + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in result["generation"].items())
        + ".",
        "",
        f"Ceiling (`/healthz`, no database, no cache), measured before each page and after "
        f"the last: **{min(ceilings):.0f} to {max(ceilings):.0f} requests/s** "
        f"({', '.join(f'{figure:.0f}' for figure in ceilings)}). Each page's ratios are to "
        "the mean of the two measures around it.",
        "",
        "| page | queries: render (cold, cached) | render ms (SQL) | ceiling req/s "
        "| cold req/s (× ceiling) | cold p50 / p95 ms | warm req/s (× ceiling) "
        "| warm p50 / p95 ms | HTML+CSS+JS KB (gzip) | targets missed |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in result["pages"]:
        cold, warm, weight = row["cold"], row["warm"], row["weight"]
        queries = row["queries"]
        ceiling = row["ceiling"]["requests_per_second"]
        lines.append(
            f"| {row['label']} | {queries['render']} ({queries['cold']}, {queries['cached']}) "
            f"| {row['render']['total_ms']} ({row['render']['sql_ms']}) "
            f"| {ceiling:.0f} "
            f"| {cold['requests_per_second']:.0f} ({ratio(cold['requests_per_second'], ceiling)}) "
            f"| {cold['p50_ms']:.1f} / {cold['p95_ms']:.1f} "
            f"| {warm['requests_per_second']:.0f} ({ratio(warm['requests_per_second'], ceiling)}) "
            f"| {warm['p50_ms']:.1f} / {warm['p95_ms']:.1f} "
            f"| {weight['total'] / 1024:.1f} ({weight['gzipped'] / 1024:.1f}) "
            f"| {'; '.join(row['missed']) or '—'} |"
        )
    lines += [
        "",
        f"Targets: warm ≥ {TARGET_WARM} × ceiling, filtered searches cold ≥ "
        f"{TARGET_SEARCH_COLD} × ceiling, ≤ 25 queries, HTML + CSS + JS < 100 KB (uncompressed). "
        "Cold: the caches are emptied and every request carries a query parameter of its "
        "own, so each one is a first hit. Queries are counted in process with the Django test "
        "client on the same database: *render* is a page the page cache does not hold, with the "
        "other caches filled (held to the budget of 25); *cold* is the first hit after every "
        "cache was emptied; *cached* is a hit from the page cache. *Render ms* is the median "
        "time of such a render in process, alone on the machine, and of its SQL.",
    ]
    if result.get("floor"):
        lines += [
            "",
            "Floor: the same cold searches on a server whose workers render no template "
            "(`bench/floor.py` answers a fixed 64 KB page instead): the cost of the "
            "middleware, Wagtail's routing, the form, the queries and the models alone, "
            "which no work on the templates can go below.",
            "",
            "| search | ceiling req/s | cold req/s, no template (× ceiling) | cold p50 / p95 ms |",
            "| --- | --- | --- | --- |",
            *map(floor_line, result["floor"]),
        ]
    lines += [
        "",
        "URLs:",
        "",
        *[f"- {row['label']}: `{row['url']}`" for row in result["pages"]],
    ]
    if result.get("other_pages"):
        lines += [
            "",
            "Weight of the other pages that grow with the data (loaded once, not measured "
            "under load):",
            "",
            "| page | URL | HTML+CSS+JS KB (gzip) | under 100 KB |",
            "| --- | --- | --- | --- |",
            *[
                f"| {row['label']} | `{row['url']}` | {row['weight']['total'] / 1024:.1f} "
                f"({row['weight']['gzipped'] / 1024:.1f}) "
                f"| {'yes' if row['weight']['total'] <= TARGET_WEIGHT else '**no**'} |"
                for row in result["other_pages"]
            ],
        ]
    if result.get("note"):
        lines += ["", result["note"]]
    return "\n".join(lines) + "\n"


def floor_line(row: dict) -> str:
    ceiling, cold = row["ceiling"]["requests_per_second"], row["cold"]
    return (
        f"| {row['label']} | {ceiling:.0f} "
        f"| {cold['requests_per_second']:.0f} ({ratio(cold['requests_per_second'], ceiling)}) "
        f"| {cold['p50_ms']:.1f} / {cold['p95_ms']:.1f} |"
    )


def write(result: dict, directory: Path) -> tuple[Path, Path]:
    """bench/results/<date>-<scale>.json and .md; returns their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    stem = directory / f"{result['date'][:10]}-{result['scale']}"
    json_path, md_path = stem.with_suffix(".json"), stem.with_suffix(".md")
    json_path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    md_path.write_text(markdown(result))
    return json_path, md_path
