"""On a screen with two device pixels per point, the timeline is drawn at full resolution, not blown up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]

# The share of 2x2 blocks of device pixels that are not one colour, in the axis labels (drawn once into a
# cached layer) and in the event titles (drawn straight onto the screen). A layer drawn at one pixel per
# point and scaled up has about half as many: its blocks are mostly of one colour.
CODE = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tests.ui.test_canvas_navigation import RECENT
from timeline_app.ui.timeline_canvas import TimelineCanvas
canvas = TimelineCanvas()
canvas.resize(800, 400)
canvas.show()
canvas.set_events(RECENT)
image = canvas.grab().toImage()

def mixed_share(rects):
    mixed = total = 0
    for rect in rects:
        for x in range(int(rect.left()) * 2, int(rect.right()) * 2 - 1, 2):
            for y in range(int(rect.top()) * 2, int(rect.bottom()) * 2 - 1, 2):
                mixed += len({image.pixel(x + dx, y + dy) for dx in (0, 1) for dy in (0, 1)}) > 1
                total += 1
    return mixed / total

rects = canvas.render_stats().label_rects
axis = [rect for rect in rects if rect.bottom() < 60]
titles = [rect for rect in rects if rect.top() > 60]
print(image.devicePixelRatio(), image.width(), mixed_share(axis), mixed_share(titles))
"""


def test_the_timeline_is_drawn_at_the_screens_pixel_density() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2", PYTHONPATH=str(REPOSITORY))
    result = subprocess.run(
        [sys.executable, "-c", CODE],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPOSITORY,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    ratio, width, axis, titles = result.stdout.split()
    assert (float(ratio), int(width)) == (2.0, 1600)
    assert float(axis) > 0.75 * float(titles) > 0
