"""The build step that puts the bundled data set into the wheel (everything else is in pyproject.toml).

The repository keeps the data set at its top level (events.yaml, resources/); a wheel carries a copy of those
same files in timeline_app/data/, where timeline_app.model.reading.bundled finds it with importlib.resources. Copied at
build time, so there is one copy to edit and none to drift. An editable install reads the top-level files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
BUNDLED = ("events.yaml", "resources")


class BuildWithData(build_py):
    """build_py, then a copy of the bundled data set into the built package."""

    def run(self) -> None:
        # pip builds in the source tree: a module moved or removed since the last build must not ride along.
        shutil.rmtree(Path(self.build_lib) / "timeline_app", ignore_errors=True)
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "timeline_app" / "data"
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        for name in BUNDLED:
            source = HERE / name
            if source.is_dir():
                shutil.copytree(source, target / name)
            else:
                shutil.copy2(source, target / name)


setup(cmdclass={"build_py": BuildWithData})
