"""The data set shipped with the app (events.yaml, its articles and the icons), wherever it was installed.

The repository keeps it at its top level (events.yaml, resources/); a built wheel carries a copy in the package
(timeline_app/data/, made by setup.py's build step from those same files, so there is one copy to edit).
The bundled set is read-only: whatever writes to a data set consults `is_bundled` first, and offers to save a
copy where the user chooses.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

# Where setup.py's build step puts the copy inside the package.
PACKAGE_DATA = "data"
REPOSITORY_ROOT = Path(__file__).resolve().parents[3]


def bundled_root() -> Path:
    """The folder holding the bundled events.yaml and resources/: in the installed package, else the repository."""
    packaged = importlib.resources.files("timeline_app").joinpath(PACKAGE_DATA)
    if isinstance(packaged, Path) and (packaged / "events.yaml").is_file():
        return packaged
    return REPOSITORY_ROOT


def bundled_events_path() -> Path:
    """The bundled events.yaml."""
    return bundled_root() / "events.yaml"


def bundled_icons() -> Path:
    """The folder of the application's icons."""
    return bundled_root() / "resources" / "icons"


def is_bundled(path: Path) -> bool:
    """Whether `path` is the bundled events.yaml or lies within its resources (articles, icons), in the
    installed package or in the repository it is built from: such a file is never written to."""
    try:
        resolved = path.resolve()
    except OSError:
        return False
    for root in {bundled_root().resolve(), REPOSITORY_ROOT}:
        if resolved == root / "events.yaml" or resolved.is_relative_to(root / "resources"):
            return True
    return False
