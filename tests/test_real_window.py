"""The app in a real window: an X server (Xvfb) instead of the offscreen platform the other tests use.

Some crashes only show on a real windowing system; this starts `timeline-app` as a user would, waits for its
first painted frame and the frame showing its events, and lets it quit (TIMELINE_APP_STARTUP_PROBE)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (./setup.sh installs it)")
def test_the_window_opens_and_paints_on_an_x_server(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(TIMELINE_APP_STARTUP_PROBE="1", TIMELINE_APP_SETTINGS=str(tmp_path / "settings.ini"),
               PYTHONFAULTHANDLER="1", PYTHONPATH=str(REPOSITORY))
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-m", "timeline_app",
         "--events", str(REPOSITORY / "events.yaml")],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "first-paint" in result.stdout and "loaded" in result.stdout


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (./setup.sh installs it)")
def test_the_window_stays_up_on_an_x_server(tmp_path):
    """Left alone for a few seconds, the window neither crashes nor quits."""
    import signal

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(TIMELINE_APP_SETTINGS=str(tmp_path / "settings.ini"), PYTHONFAULTHANDLER="1",
               PYTHONPATH=str(REPOSITORY))
    process = subprocess.Popen(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-m", "timeline_app",
         "--events", str(REPOSITORY / "events.yaml")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path, start_new_session=True,
    )
    try:
        process.wait(timeout=8)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGTERM)
        process.communicate(timeout=30)
        return
    _, stderr = process.communicate()
    pytest.fail(f"the app ended by itself with status {process.returncode}:\n{stderr[-3000:]}")
