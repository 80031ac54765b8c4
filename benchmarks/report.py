"""The targets of issues 4 and 11, checked against a run's figures, and the figures as a text table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

PAINT_BUDGET_MS = 16.0
BUILD_ARTICLES_PER_S = 200.0
RELOAD_BUDGET_S = {"1000": 0.15, "10000": 1.5}
STARTUP_RATIO = 1.3
MEMORY_ABOVE_BARE_MB = 150.0
SECOND_LAUNCH_BUDGET_S = {"1000": 1.0, "10000": 2.0}
LONG_ARTICLE_BUDGET_S = 3.0  # at 10,000 sentences
LONG_ARTICLE_GROWTH = 12.0  # the time of 10x the sentences, at most this many times the time
EVENTS_SHOWN_RATIO = 2.0


@dataclass(frozen=True)
class Target:
    """One target: what it asks, and whether the figures meet it (None: not measured in this run)."""

    name: str
    wanted: str
    met: Callable[[dict[str, Any]], bool | None]


def _paint_met(figures: dict[str, Any], events: str) -> bool | None:
    paint = figures.get("paint_ms", {}).get(events)
    if not isinstance(paint, dict):
        return None
    return all(paint[k] <= PAINT_BUDGET_MS for k in ("all", "year", "week", "zoom_step"))


def _build_met(figures: dict[str, Any]) -> bool | None:
    rate = figures.get("build_articles_per_s")
    return None if rate is None else rate >= BUILD_ARTICLES_PER_S


def _reload_met(figures: dict[str, Any], entries: str) -> bool | None:
    seconds = figures.get("reload_s", {}).get(entries)
    return None if seconds is None else seconds <= RELOAD_BUDGET_S[entries]


def _startup_met(figures: dict[str, Any]) -> bool | None:
    ratio = figures.get("startup_ratio")
    return None if ratio is None else ratio <= STARTUP_RATIO


def _memory_met(figures: dict[str, Any]) -> bool | None:
    above = figures.get("memory_above_bare_mb", {}).get("1000000")
    return None if above is None else above <= MEMORY_ABOVE_BARE_MB


def _second_launch_met(figures: dict[str, Any], size: str) -> bool | None:
    seconds = figures.get("second_launch_s", {}).get(size)
    return None if seconds is None else seconds <= SECOND_LAUNCH_BUDGET_S[size]


def _long_article_met(figures: dict[str, Any]) -> bool | None:
    seconds = figures.get("long_article_s", {})
    if "10000" not in seconds:
        return None
    linear = "1000" not in seconds or seconds["10000"] <= LONG_ARTICLE_GROWTH * seconds["1000"]
    return seconds["10000"] <= LONG_ARTICLE_BUDGET_S and linear


def _events_shown_met(figures: dict[str, Any]) -> bool | None:
    ratio = figures.get("events_shown_ratio")
    return None if ratio is None else ratio <= EVENTS_SHOWN_RATIO


TARGETS = (
    Target(
        "paint, 100,000 events",
        f"every zoom and a zoom step <= {PAINT_BUDGET_MS:g} ms",
        lambda f: _paint_met(f, "100000"),
    ),
    Target(
        "paint, 1,000,000 events",
        f"every zoom and a zoom step <= {PAINT_BUDGET_MS:g} ms",
        lambda f: _paint_met(f, "1000000"),
    ),
    Target("model build", f">= {BUILD_ARTICLES_PER_S:g} articles/s at the largest size", _build_met),
    Target("reload, 1,000 entries", f"<= {RELOAD_BUDGET_S['1000']} s", lambda f: _reload_met(f, "1000")),
    Target("reload, 10,000 entries", f"<= {RELOAD_BUDGET_S['10000']} s", lambda f: _reload_met(f, "10000")),
    Target("start-up", f"<= {STARTUP_RATIO} x the bare PySide6 window", _startup_met),
    Target("memory, 1,000,000 events", f"<= {MEMORY_ABOVE_BARE_MB:g} MB above the bare window", _memory_met),
    Target("second launch, 1,000", f"events shown <= {SECOND_LAUNCH_BUDGET_S['1000']} s",
           lambda f: _second_launch_met(f, "1000")),
    Target("second launch, 10,000", f"events shown <= {SECOND_LAUNCH_BUDGET_S['10000']} s",
           lambda f: _second_launch_met(f, "10000")),
    Target("long article, 10,000", f"<= {LONG_ARTICLE_BUDGET_S:g} s, <= {LONG_ARTICLE_GROWTH:g} x 1,000's",
           _long_article_met),
    Target("events shown", f"<= {EVENTS_SHOWN_RATIO:g} x the bare window's first frame", _events_shown_met),
)


def check_targets(figures: dict[str, Any]) -> dict[str, bool | None]:
    """Each target's name -> met, missed, or None when this run did not measure it."""
    return {target.name: target.met(figures) for target in TARGETS}


def _number(value: object, digits: int = 3) -> str:
    if isinstance(value, bool) or value is None:
        return "-" if value is None else str(value).lower()
    if isinstance(value, (int, float)):
        return f"{value:,.{digits}f}" if isinstance(value, float) else f"{value:,}"
    return str(value)


def _section(
    lines: list[str], header: str, rows: dict[str, Any], columns: Callable[[str, dict[str, Any]], str]
) -> None:
    """A table of one measured section: its header, then a line a size (its error, or its `columns`)."""
    if not rows:
        return
    lines.append(header)
    for size, row in rows.items():
        lines.append(f"  {size:>27}  {row['error'] if 'error' in row else columns(size, row)}")


def text_report(figures: dict[str, Any]) -> str:
    """The figures and the targets as plain-text tables."""
    run = "quick" if figures.get("quick") else "full"
    dirty = " (with uncommitted changes)" if figures.get("uncommitted_changes") else ""
    lines = [
        f"timeline-app benchmark  {figures.get('date', '')}  commit {figures.get('commit', '?')}{dirty}  {run} run",
        f"machine: {figures.get('machine', {})}",
        "",
    ]
    _section(
        lines,
        "Model build (fresh cache)     articles  seconds  articles/s  events  peak RSS MB",
        figures.get("build", {}),
        lambda size, row: f"{_number(row['seconds']):>7}  {_number(row['articles_per_s'], 1):>10}"
        f"  {row['events']:>6}  {_number(row['peak_rss_mb'], 1):>11}",
    )
    _section(
        lines,
        "Reload after an edit          entries   seconds  re-extracted  events",
        figures.get("reload", {}),
        lambda size, row: f"{_number(row['seconds']):>8}  {row['articles_extracted_again']:>12}  {row['events']:>6}",
    )
    _section(
        lines,
        "Long article (fresh cache)    sentences seconds  events",
        figures.get("long-article", {}),
        lambda size, row: f"{_number(row['seconds']):>8}  {row['events']:>6}",
    )
    _section(
        lines,
        "Paint 1600x900 (ms)           events      all     year     week  zoom step  correct",
        figures.get("paint", {}),
        lambda size, row: f"{_number(row['all'], 1):>7}  {_number(row['year'], 1):>7}"
        f"  {_number(row['week'], 1):>7}  {_number(row['zoom_step'], 1):>9}  {row['correct']}",
    )
    if "startup" in figures:
        row = figures["startup"]
        lines.append("Start-up to first paint       app s    bare s   ratio   events shown s")
        if "error" in row:
            lines.append(f"  {row['error']}")
        else:
            lines.append(
                f"  {'':>27}  {_number(row['app_s'])}    {_number(row['bare_s'])}   {_number(row['ratio'], 2)}"
                f"   {_number(row['loaded_s'])} ({_number(row.get('loaded_ratio'), 2)} x bare)"
            )
    _section(
        lines,
        "Second launch (disk cache)    articles  events shown s  first launch s",
        figures.get("second-launch", {}),
        lambda size, row: f"{_number(row['seconds']):>14}  {_number(row['first_launch_s']):>14}",
    )
    above_bare = figures.get("memory_above_bare_mb", {})
    _section(
        lines,
        "Peak resident memory (MB)     events    peak   above bare",
        figures.get("memory", {}),
        lambda size, row: f"{_number(row['peak_rss_mb'], 1):>6}  {_number(above_bare.get(size), 1):>10}",
    )
    lines.append("")
    lines.append("Targets")
    for target in TARGETS:
        met = target.met(figures)
        verdict = "not measured" if met is None else "met" if met else "MISSED"
        lines.append(f"  {target.name:<26} {target.wanted:<44} {verdict}")
    return "\n".join(lines)
