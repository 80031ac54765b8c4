"""An installed copy (`pip install .`, not editable) carries the bundled data set and opens it from any folder."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from timeline_app.model.reading.bundled import bundled_events_path, bundled_root, is_bundled

REPOSITORY = Path(__file__).resolve().parents[1]
BUNDLED_FILES = ["events.yaml", *(str(p.relative_to(REPOSITORY)) for p in sorted((REPOSITORY / "resources").rglob("*"))
                                  if p.is_file())]


@pytest.mark.slow
def test_the_wheel_carries_the_bundled_data_set_and_its_check_passes_from_another_folder(tmp_path):
    """Builds the wheel as `pip install .` does, unpacks it as an installer would, and runs its `check`
    from an unrelated folder: the bundled events.yaml and its five articles are found in the package."""
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"),
                            str(REPOSITORY)], capture_output=True, text=True, timeout=600, check=False)
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = (tmp_path / "dist").glob("timeline_app-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for name in BUNDLED_FILES:
            assert f"timeline_app/data/{name}" in names
            # Built from the very files of the repository: one copy, nothing to drift.
            assert archive.read(f"timeline_app/data/{name}") == (REPOSITORY / name).read_bytes()
        assert len([n for n in names if n.startswith("timeline_app/data/resources/articles/")]) == 5
        # Only the modules of the source tree, none left in pip's build folder by an earlier layout.
        modules = {n for n in names if n.startswith("timeline_app/") and n.endswith(".py")}
        assert modules == {p.relative_to(REPOSITORY).as_posix() for p in (REPOSITORY / "timeline_app").rglob("*.py")}
        archive.extractall(tmp_path / "site")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    code = "from timeline_app.model.reading.bundled import bundled_events_path; print(bundled_events_path())"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=elsewhere, env=env,
                           timeout=120, check=True)
    assert Path(found.stdout.strip()) == tmp_path / "site" / "timeline_app" / "data" / "events.yaml"
    check = subprocess.run([sys.executable, "-m", "timeline_app", "check"], capture_output=True, text=True,
                           cwd=elsewhere, env=env, timeout=120, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    assert " events from 5 articles; 0 errors, 0 warnings" in check.stdout


def test_from_the_repository_the_bundled_data_set_is_the_top_level_one():
    assert bundled_root() == REPOSITORY
    assert bundled_events_path() == REPOSITORY / "events.yaml"


def test_the_bundled_files_are_marked_so_that_nothing_writes_to_them(tmp_path):
    assert is_bundled(REPOSITORY / "events.yaml")
    assert is_bundled(REPOSITORY / "resources" / "articles" / "000_1eb21017e8f7b451.txt")
    assert is_bundled(REPOSITORY / "resources" / "articles" / ".." / ".." / "events.yaml")
    copy = tmp_path / "events.yaml"
    copy.write_bytes((REPOSITORY / "events.yaml").read_bytes())
    assert not is_bundled(copy)
    assert not is_bundled(tmp_path / "resources" / "articles" / "x.txt")
    assert not is_bundled(REPOSITORY / "README.md")


def test_the_command_line_falls_back_to_the_bundled_events_file(tmp_path, monkeypatch):
    from timeline_app.cli import default_events_path

    monkeypatch.chdir(tmp_path)
    assert default_events_path() == bundled_events_path()
