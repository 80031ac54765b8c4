"""The model and the time-axis maths are plain Python: they never import Qt (napari's rule)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]
PURE_PACKAGES = ("timeline_app.model", "timeline_app.timescale")


@pytest.mark.parametrize("package", PURE_PACKAGES)
def test_importing_every_module_of_a_pure_package_loads_no_qt(package):
    folder = REPOSITORY / Path(*package.split("."))
    modules = sorted(f"{package}.{p.stem}" for p in folder.glob("*.py") if p.stem != "__init__")
    assert modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6') "
        "or m.startswith('timeline_app.ui'))\n"
        "print(loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPOSITORY,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_import_linter_contracts_hold():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint is None:
        pytest.skip("import-linter is not installed")
    result = subprocess.run([lint, "--config", str(REPOSITORY / "pyproject.toml")], capture_output=True,
                            text=True, cwd=REPOSITORY, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_window_paints_its_first_frame_before_loading_the_model_or_the_views():
    """Start-up (issue 4): what `timeline-app` imports up to the window's first frame is the window's frame;
    the menus' actions, the model, the timeline and the panes come after it."""
    code = (
        "import sys\n"
        "import timeline_app.cli, timeline_app.ui.app\n"
        "print('\\n'.join(sorted(m for m in sys.modules if m.startswith('timeline_app'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPOSITORY,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "timeline_app", "timeline_app.cli", "timeline_app.ui", "timeline_app.ui.after_paint", "timeline_app.ui.app",
        "timeline_app.ui.main_window", "timeline_app.ui.settings", "timeline_app.ui.window_status",
        "timeline_app.ui.wording",
    ]
