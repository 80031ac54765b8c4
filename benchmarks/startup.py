"""Start-up: seconds from process start to the first painted frame, for the app and for a bare window.

Both programs print "first-paint SECONDS" (wall clock) after their first paint; the app goes on to print
"loaded SECONDS" once its timeline shows the bundled events, and both quit. A second launch is timed the
same way on a synthetic corpus, its disk cache filled by a first launch. Times are taken from just
before the process is started. Python byte code is cached (in a private folder, as an
installed program has it), and one unmeasured run of each warms it and the disk cache.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic import REPOSITORY

BARE_WINDOW = Path(__file__).resolve().parent / "bare_window.py"
BUNDLED_EVENTS = REPOSITORY / "events.yaml"
APP_TIMES = ("first-paint", "loaded")


def child_environment(scratch: Path) -> dict[str, str]:
    """The environment of a measured program: offscreen, private settings and byte-code cache, start-up
    times printed."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["TIMELINE_APP_SETTINGS"] = str(scratch / "settings.ini")
    env["TIMELINE_APP_STARTUP_PROBE"] = "1"  # only timeline-app reads it
    env["XDG_CACHE_HOME"] = str(scratch / "cache")  # the extraction's disk cache, private to the run
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPOSITORY), env.get("PYTHONPATH")]))
    return env


def reported_seconds(
    command: list[str], env: dict[str, str], timeout: float = 60.0, expected: tuple[str, ...] = ("first-paint",)
) -> dict[str, float]:
    """Seconds from starting `command` to each time it prints ("first-paint", and "loaded" for the app);
    RuntimeError when one of the `expected` times is missing."""
    started = time.time()
    done = subprocess.run(
        command, env=env, cwd=REPOSITORY, capture_output=True, text=True, timeout=timeout, check=False
    )
    times = {
        name: float(value) - started
        for name, value in (line.split() for line in done.stdout.splitlines() if line.count(" ") == 1)
        if name in APP_TIMES
    }
    for name in expected:
        if name not in times:
            raise RuntimeError(
                f"{command} printed no {name} time (exit {done.returncode}): {done.stderr[-400:]}"
            )
    return times


def first_paint_seconds(command: list[str], env: dict[str, str], timeout: float = 60.0) -> float:
    """Seconds from starting `command` to the first-paint time it prints."""
    return reported_seconds(command, env, timeout)["first-paint"]


def app_command(events_path: Path = BUNDLED_EVENTS) -> list[str]:
    """timeline-app on the bundled data (or on `events_path`)."""
    return [sys.executable, "-m", "timeline_app", "--events", str(events_path)]


def bare_command() -> list[str]:
    """The bare PySide6 window."""
    return [sys.executable, str(BARE_WINDOW)]


def measure_startup(repeats: int) -> dict[str, float]:
    """Median start-up seconds of the app and of the bare window (runs interleaved), and their ratio;
    beside them, the app's median seconds until its timeline shows the bundled events."""
    with tempfile.TemporaryDirectory(prefix="timeline-bench-startup-") as folder:
        env = child_environment(Path(folder))
        reported_seconds(app_command(), env, expected=APP_TIMES)
        reported_seconds(bare_command(), env)
        app_times, loaded_times, bare_times = [], [], []
        for _ in range(max(repeats, 1)):
            bare_times.append(first_paint_seconds(bare_command(), env))
            times = reported_seconds(app_command(), env, expected=APP_TIMES)
            app_times.append(times["first-paint"])
            loaded_times.append(times["loaded"])
    app, bare = statistics.median(app_times), statistics.median(bare_times)
    loaded = statistics.median(loaded_times)
    return {"app_s": app, "bare_s": bare, "ratio": app / bare, "loaded_s": loaded, "loaded_ratio": loaded / bare}


def measure_second_launch(events_path: Path, repeats: int, scratch: Path, timeout: float) -> dict[str, float]:
    """Median seconds from starting the app on `events_path` to the first frame that shows its events,
    when an earlier launch (not counted) has filled the disk cache; beside it, that first launch's."""
    env = child_environment(scratch)
    first = reported_seconds(app_command(events_path), env, timeout, expected=APP_TIMES)["loaded"]
    times = [
        reported_seconds(app_command(events_path), env, timeout, expected=APP_TIMES)["loaded"]
        for _ in range(max(repeats, 1))
    ]
    return {"seconds": statistics.median(times), "first_launch_s": first}
