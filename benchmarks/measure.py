"""The measurements of the benchmark, each run in a process of its own by `run.py`.

`python benchmarks/measure.py FIGURE ARGS...` measures one figure and prints one JSON object on the last
line of stdout. Figures: `build FOLDER REPEATS`, `reload FOLDER REPEATS`, `long-article EVENTS_FILE`,
`paint EVENTS REPEATS`, `memory EVENTS` and `bare-memory`. Each process reports its own peak resident memory (VmHWM).
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic_events import DAY_SECONDS, EventColumns, event_columns

if TYPE_CHECKING:
    from timeline_app.ui.timeline_canvas import TimelineCanvas

PAINT_SIZE = (1600, 900)
YEAR_SECONDS = 365.25 * DAY_SECONDS
WEEK_SECONDS = 7 * DAY_SECONDS


def _status_mb(field: str) -> float | None:
    """A memory field of /proc/self/status (VmHWM, VmRSS) in MB, or None where there is no /proc."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (VmHWM; ru_maxrss where /proc is missing)."""
    peak = _status_mb("VmHWM")
    if peak is not None:
        return peak
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    """This process's resident memory now, in MB (VmRSS), or the peak where /proc is missing."""
    current = _status_mb("VmRSS")
    return current if current is not None else peak_rss_mb()


def measure_build(events_path: Path, repeats: int) -> dict[str, Any]:
    """Seconds to build the timeline of a corpus from a fresh extraction cache (median), and its size."""
    from timeline_app.model.build import ExtractionCache, build_timeline

    articles = sum(1 for _ in (events_path.parent / "articles").iterdir())
    times = []
    events = problems = 0
    for _ in range(max(repeats, 1)):
        cache = ExtractionCache()
        started = time.perf_counter()
        timeline = build_timeline(events_path, cache)
        times.append(time.perf_counter() - started)
        events, problems = len(timeline.events), len(timeline.problems)
        del timeline, cache
        gc.collect()
    seconds = statistics.median(times)
    return {
        "articles": articles,
        "seconds": seconds,
        "articles_per_s": articles / seconds if seconds > 0 else None,
        "events": events,
        "problems": problems,
        "peak_rss_mb": peak_rss_mb(),
    }


def measure_long_article(events_path: Path) -> dict[str, Any]:
    """Seconds to build the timeline of one long article (from a fresh cache, nothing on disk)."""
    from timeline_app.model.build import ExtractionCache, build_timeline

    started = time.perf_counter()
    timeline = build_timeline(events_path, ExtractionCache())
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "events": len(timeline.events), "peak_rss_mb": peak_rss_mb()}


def measure_reload(events_path: Path, repeats: int) -> dict[str, Any]:
    """Seconds from an edit of events.yaml to the new timeline, articles unchanged (median of `repeats`).

    One extraction cache serves every build, as in the app; the first build fills it and is not counted.
    The figure also checks that no article was extracted again.
    """
    # Imported here: the paint and memory figures never load the model's extraction.
    from benchmarks.synthetic import touch_entry
    from timeline_app.model.build import ExtractionCache, build_timeline

    cache = ExtractionCache()
    first = build_timeline(events_path, cache)
    misses = cache.misses
    times = []
    timeline = first
    for edit in range(max(repeats, 1)):
        touch_entry(events_path, edit)
        started = time.perf_counter()
        timeline = build_timeline(events_path, cache)
        times.append(time.perf_counter() - started)
    edited = [e for e in timeline.events if e.title.endswith(f"(edit {max(repeats, 1) - 1})")]
    return {
        "seconds": statistics.median(times),
        "events": len(timeline.events),
        "edit_seen": len(edited) == 1,
        "articles_extracted_again": cache.misses - misses,
        "peak_rss_mb": peak_rss_mb(),
    }


def _application() -> Any:
    """The offscreen QApplication of this process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    return existing if existing is not None else QApplication([sys.argv[0]])


def visible_in_columns(columns: EventColumns, t0: float, t1: float) -> int:
    """How many events of the columns overlap [t0, t1], counted straight from the data."""
    return sum(1 for s, e in zip(columns.starts, columns.ends) if s <= t1 and max(e, s) >= t0)


def _canvas(columns: EventColumns) -> tuple[TimelineCanvas, float]:
    """A shown 1600x900 canvas holding the columns' events, and the seconds its index took to build."""
    from timeline_app.ui.timeline_canvas import TimelineCanvas

    started = time.perf_counter()
    index = columns.index()
    index_seconds = time.perf_counter() - started
    canvas = TimelineCanvas()
    canvas.resize(*PAINT_SIZE)
    canvas.set_index(index)
    canvas.show()
    _application().processEvents()
    return canvas, index_seconds


def _frame_ms(canvas: TimelineCanvas, move: Callable[[int], None], repeats: int) -> float:
    """Median milliseconds of `move(step)` followed by a synchronous repaint."""
    times = []
    for step in range(max(repeats, 1)):
        started = time.perf_counter()
        move(step)
        canvas.repaint()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def measure_paint(count: int, repeats: int) -> dict[str, Any]:
    """Milliseconds per frame with `count` events at three zooms and for a zoom step, and whether what
    was drawn or aggregated equals what is visible (in the canvas's count and in the raw data)."""
    _application()
    columns = event_columns(count)
    canvas, index_seconds = _canvas(columns)
    canvas.fit_all()
    everything = canvas.visible_range()
    middle = (everything[0] + everything[1]) / 2
    zooms = {
        "all": everything,
        "year": (middle - YEAR_SECONDS / 2, middle + YEAR_SECONDS / 2),
        "week": (middle - WEEK_SECONDS / 2, middle + WEEK_SECONDS / 2),
    }
    result: dict[str, Any] = {"events": count, "index_s": index_seconds}
    checks: dict[str, dict[str, int | bool]] = {}
    for name, (t0, t1) in zooms.items():
        canvas.set_visible_range(t0, t1)
        canvas.repaint()
        nudge = (t1 - t0) / 200

        def pan(step: int, t0: float = t0, t1: float = t1, nudge: float = nudge) -> None:
            # A small pan left and back right: every frame is laid out anew, as while dragging.
            shift = nudge if step % 2 == 0 else 0.0
            canvas.set_visible_range(t0 + shift, t1 + shift)

        result[name] = _frame_ms(canvas, pan, repeats)
        canvas.set_visible_range(t0, t1)
        canvas.repaint()
        stats = canvas.render_stats()
        shown = canvas.visible_range()
        entry: dict[str, int | bool] = {
            "visible": stats.visible,
            "drawn": stats.drawn,
            "aggregated": stats.aggregated,
            "drawn_plus_aggregated_is_visible": stats.drawn + stats.aggregated == stats.visible,
        }
        entry["visible_in_data"] = visible_in_columns(columns, *shown)
        entry["visible_matches_data"] = entry["visible_in_data"] == stats.visible
        checks[name] = entry
    canvas.fit_all()
    canvas.repaint()

    def zoom(step: int) -> None:
        if step % 2 == 0:
            canvas.zoom_in()
        else:
            canvas.zoom_out()

    result["zoom_step"] = _frame_ms(canvas, zoom, repeats)
    result["checks"] = checks
    result["correct"] = all(
        bool(c["drawn_plus_aggregated_is_visible"]) and bool(c["visible_matches_data"])
        for c in checks.values()
    )
    result["peak_rss_mb"] = peak_rss_mb()
    canvas.close()
    return result


def measure_memory(count: int) -> dict[str, Any]:
    """Peak and current resident memory of a process showing `count` events in a painted canvas."""
    _application()
    columns = event_columns(count)
    canvas, _ = _canvas(columns)
    del columns
    gc.collect()
    canvas.repaint()
    result = {
        "events": count,
        "peak_rss_mb": peak_rss_mb(),
        "rss_mb": current_rss_mb(),
        "events_shown": len(canvas.index()),
    }
    canvas.close()
    return result


def measure_bare_memory() -> dict[str, Any]:
    """Peak resident memory of a bare PySide6 window with one label, painted."""
    app = _application()
    from PySide6.QtWidgets import QLabel

    label = QLabel("timeline-app")
    label.resize(*PAINT_SIZE)
    label.show()
    app.processEvents()
    label.repaint()
    result = {"peak_rss_mb": peak_rss_mb(), "rss_mb": current_rss_mb()}
    label.close()
    return result


def main(argv: list[str]) -> int:
    """Measure the figure named by argv[0] and print it as JSON on the last line."""
    figure, *args = argv
    if figure == "build":
        result = measure_build(Path(args[0]), int(args[1]))
    elif figure == "long-article":
        result = measure_long_article(Path(args[0]))
    elif figure == "reload":
        result = measure_reload(Path(args[0]), int(args[1]))
    elif figure == "paint":
        result = measure_paint(int(args[0]), int(args[1]))
    elif figure == "memory":
        result = measure_memory(int(args[0]))
    elif figure == "bare-memory":
        result = measure_bare_memory()
    else:
        print(f"measure.py: unknown figure {figure!r}", file=sys.stderr)
        return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
