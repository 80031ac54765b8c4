"""The benchmark of issues 4 and 11: `python benchmarks/run.py [--quick] [--json] [--only SECTION ...]`.

Generates its own data (synthetic articles and events.yaml files in a temporary folder, synthetic event
columns in memory), measures each figure in a fresh process (so that peak memory figures do not mix) and
reports medians: model build, reload after an edit, a long article, paint, start-up, a second launch
(from the disk cache) and memory. `--json` prints one JSON
object of named figures; otherwise a table and the targets. `--quick` takes under two minutes on two cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.report import check_targets, text_report
from benchmarks.startup import child_environment, measure_second_launch, measure_startup
from benchmarks.synthetic import REPOSITORY, write_corpus, write_long_article

MEASURE = Path(__file__).resolve().parent / "measure.py"
SECTIONS = ("build", "reload", "long-article", "paint", "startup", "second-launch", "memory")


@dataclass(frozen=True)
class Plan:
    """What a run measures, and how many times."""

    build_sizes: tuple[int, ...]
    build_repeats: Callable[[int], int]
    reload_entries: tuple[int, ...]
    reload_articles: int
    reload_repeats: int
    paint_sizes: tuple[int, ...]
    paint_repeats: int
    startup_repeats: int
    memory_sizes: tuple[int, ...]
    long_article_sentences: tuple[int, ...]
    second_launch_sizes: tuple[int, ...]
    second_launch_repeats: int
    timeout_s: float


FULL = Plan(
    build_sizes=(10, 100, 1_000, 10_000),
    build_repeats=lambda size: 5 if size <= 100 else 3 if size <= 1_000 else 1,
    reload_entries=(100, 1_000, 10_000),
    reload_articles=100,
    reload_repeats=7,
    paint_sizes=(1_000, 10_000, 100_000, 1_000_000),
    paint_repeats=15,
    startup_repeats=21,
    memory_sizes=(100_000, 1_000_000),
    long_article_sentences=(1_000, 10_000),
    second_launch_sizes=(1_000, 10_000),
    second_launch_repeats=5,
    timeout_s=600.0,
)
QUICK = Plan(
    build_sizes=(10, 100),
    build_repeats=lambda size: 3,
    reload_entries=(100, 1_000),
    reload_articles=100,
    reload_repeats=3,
    paint_sizes=(1_000, 100_000, 1_000_000),
    paint_repeats=5,
    startup_repeats=7,
    memory_sizes=(1_000_000,),
    long_article_sentences=(1_000, 10_000),
    second_launch_sizes=(1_000,),
    second_launch_repeats=3,
    timeout_s=60.0,
)


def _log(message: str, quiet: bool) -> None:
    if not quiet:
        print(message, file=sys.stderr, flush=True)


def run_measure(args: Sequence[str], timeout: float, scratch: Path) -> dict[str, Any]:
    """Run measure.py with `args` in a fresh process; its JSON result, or {"error": why}."""
    env = child_environment(scratch)
    try:
        done = subprocess.run(
            [sys.executable, str(MEASURE), *args],
            env=env,
            cwd=REPOSITORY,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"did not finish within {timeout:g} s"}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"error": f"exit {done.returncode}: {done.stderr.strip()[-300:]}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def measure_builds(plan: Plan, scratch: Path, quiet: bool) -> dict[str, Any]:
    """Model build at each size: a corpus of that many articles, one curated entry per ten articles."""
    results: dict[str, Any] = {}
    for size in plan.build_sizes:
        folder = scratch / f"build-{size}"
        events_path = write_corpus(folder, size, max(size // 10, 1))
        _log(f"build: {size} articles ...", quiet)
        results[str(size)] = run_measure(
            ["build", str(events_path), str(plan.build_repeats(size))], plan.timeout_s, scratch
        )
    return results


def measure_reloads(plan: Plan, scratch: Path, quiet: bool) -> dict[str, Any]:
    """Reload after an edit of events.yaml with each number of entries, over the same articles."""
    results: dict[str, Any] = {}
    for entries in plan.reload_entries:
        folder = scratch / f"reload-{entries}"
        events_path = write_corpus(folder, plan.reload_articles, entries)
        _log(f"reload: {entries} entries over {plan.reload_articles} articles ...", quiet)
        results[str(entries)] = run_measure(
            ["reload", str(events_path), str(plan.reload_repeats)], plan.timeout_s, scratch
        )
    return results


def measure_long_articles(plan: Plan, scratch: Path, quiet: bool) -> dict[str, Any]:
    """Model build of one article of N sentences, each reporting a summit."""
    results: dict[str, Any] = {}
    for sentences in plan.long_article_sentences:
        events_path = write_long_article(scratch / f"long-{sentences}", sentences)
        _log(f"long article: {sentences:,} sentences ...", quiet)
        results[str(sentences)] = run_measure(["long-article", str(events_path)], plan.timeout_s, scratch)
    return results


def measure_second_launches(plan: Plan, scratch: Path, quiet: bool) -> dict[str, Any]:
    """Start-up to the events shown, with the disk cache of a first launch, at each number of articles."""
    results: dict[str, Any] = {}
    for size in plan.second_launch_sizes:
        folder = scratch / f"launch-{size}"
        events_path = write_corpus(folder, size, max(size // 10, 1))
        _log(f"second launch: {size:,} articles ...", quiet)
        try:
            # The first launch extracts every article: 10,000 take minutes on a slow machine.
            results[str(size)] = measure_second_launch(
                events_path, plan.second_launch_repeats, folder, timeout=max(plan.timeout_s, size / 20)
            )
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            results[str(size)] = {"error": str(exc)}
    return results


def measure_paints(plan: Plan, scratch: Path, quiet: bool) -> dict[str, Any]:
    """Paint at each number of events."""
    results: dict[str, Any] = {}
    for size in plan.paint_sizes:
        _log(f"paint: {size:,} events ...", quiet)
        results[str(size)] = run_measure(
            ["paint", str(size), str(plan.paint_repeats)], plan.timeout_s, scratch
        )
    return results


def measure_memories(plan: Plan, scratch: Path, quiet: bool) -> dict[str, Any]:
    """Peak memory of the bare window and with each number of events shown."""
    _log("memory: bare window ...", quiet)
    results: dict[str, Any] = {"bare": run_measure(["bare-memory"], plan.timeout_s, scratch)}
    for size in plan.memory_sizes:
        _log(f"memory: {size:,} events ...", quiet)
        results[str(size)] = run_measure(["memory", str(size)], plan.timeout_s, scratch)
    return results


def _git(*args: str) -> str:
    try:
        done = subprocess.run(
            ["git", "--no-optional-locks", *args], cwd=REPOSITORY, capture_output=True, text=True, check=False
        )
    except OSError:
        return "?"
    return done.stdout.strip() or "?"


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    try:
        from PySide6 import __version__ as pyside
    except ImportError:
        pyside = "?"
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "pyside6": pyside,
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
    }


def _measured(results: dict[str, Any], section: str) -> dict[str, Any]:
    """The sizes of one section that were measured (not those that failed)."""
    return {k: v for k, v in results.get(section, {}).items() if "error" not in v}


def named_figures(results: dict[str, Any], quick: bool) -> dict[str, Any]:
    """The JSON object of named figures: the raw results plus the headline numbers of the issue."""
    figures: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d"),
        "commit": _git("rev-parse", "--short", "HEAD"),
        "uncommitted_changes": _git("status", "--porcelain", "--untracked-files=no") not in ("", "?"),
        "quick": quick,
        "machine": machine(),
    }
    figures.update(results)
    build = _measured(results, "build")
    if build:
        figures["build_s"] = {k: v["seconds"] for k, v in build.items()}
        figures["build_articles_per_s"] = build[max(build, key=int)]["articles_per_s"]
        figures["build_peak_rss_mb"] = {k: v["peak_rss_mb"] for k, v in build.items()}
    reload = _measured(results, "reload")
    if reload:
        figures["reload_s"] = {k: v["seconds"] for k, v in reload.items()}
    long_article = _measured(results, "long-article")
    if long_article:
        figures["long_article_s"] = {k: v["seconds"] for k, v in long_article.items()}
    second = _measured(results, "second-launch")
    if second:
        figures["second_launch_s"] = {k: v["seconds"] for k, v in second.items()}
    paint = _measured(results, "paint")
    if paint:
        figures["paint_ms"] = {
            k: {z: v[z] for z in ("all", "year", "week", "zoom_step")} for k, v in paint.items()
        }
        figures["paint_correct"] = all(v["correct"] for v in paint.values())
    startup = results.get("startup", {})
    if "ratio" in startup:
        figures["startup_s"] = {
            "app": startup["app_s"], "bare": startup["bare_s"], "events_shown": startup["loaded_s"]
        }
        figures["startup_ratio"] = startup["ratio"]
        figures["events_shown_ratio"] = startup["loaded_ratio"]
    memory = _measured(results, "memory")
    if memory:
        figures["peak_rss_mb"] = {k: v["peak_rss_mb"] for k, v in memory.items()}
        if "bare" in memory:
            bare = memory["bare"]["peak_rss_mb"]
            figures["memory_above_bare_mb"] = {
                k: v["peak_rss_mb"] - bare for k, v in memory.items() if k != "bare"
            }
    figures["targets"] = check_targets(figures)
    return figures


def run(plan: Plan, sections: Sequence[str], quiet: bool) -> dict[str, Any]:
    """Measure `sections` by `plan`; the raw results by section."""
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as folder:
        scratch = Path(folder)
        if "build" in sections:
            results["build"] = measure_builds(plan, scratch, quiet)
        if "reload" in sections:
            results["reload"] = measure_reloads(plan, scratch, quiet)
        if "long-article" in sections:
            results["long-article"] = measure_long_articles(plan, scratch, quiet)
        if "paint" in sections:
            results["paint"] = measure_paints(plan, scratch, quiet)
        if "startup" in sections:
            _log("start-up ...", quiet)
            try:
                results["startup"] = measure_startup(plan.startup_repeats)
            except (RuntimeError, subprocess.TimeoutExpired) as exc:
                results["startup"] = {"error": str(exc)}
        if "second-launch" in sections:
            results["second-launch"] = measure_second_launches(plan, scratch, quiet)
        if "memory" in sections:
            results["memory"] = measure_memories(plan, scratch, quiet)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; prints the table (or JSON with --json); exit 0 when it ran."""
    parser = argparse.ArgumentParser(prog="benchmarks/run.py", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer sizes and repeats: under two minutes")
    parser.add_argument("--json", action="store_true", help="print one JSON object of named figures")
    parser.add_argument(
        "--only",
        action="append",
        choices=SECTIONS,
        metavar="SECTION",
        help=f"measure only this section (repeatable): {', '.join(SECTIONS)}",
    )
    parser.add_argument("--output", type=Path, metavar="FILE", help="also write the JSON object to FILE")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    started = time.perf_counter()
    results = run(plan, args.only or SECTIONS, quiet=False)
    figures = named_figures(results, args.quick)
    figures["benchmark_s"] = time.perf_counter() - started
    text = json.dumps(figures, indent=None if args.json else 2)
    if args.output is not None:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(text if args.json else text_report(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
