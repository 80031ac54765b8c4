"""The canvas maths must run without Qt, so that it can be tested and reused anywhere."""

import subprocess
import sys

MODULES = [
    "timeline_app.timescale.time_units",
    "timeline_app.timescale.viewport",
    "timeline_app.timescale.ticks",
    "timeline_app.timescale.event_flags",
    "timeline_app.timescale.event_index",
    "timeline_app.timescale.label_layout",
    "timeline_app.timescale.lane_plan",
]


def test_timescale_modules_import_no_qt() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in MODULES)
        + "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'timeline_app.ui')))\n"
        + "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
