"""timeline-app: turns news articles into a sourced, zoomable timeline."""

from __future__ import annotations

# The one place the version is written: pyproject.toml reads it from here (tool.setuptools.dynamic).
__version__ = "0.1.0"


def installed_version() -> str:
    """The version of the installed distribution, else (running from a source tree) `__version__`."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("timeline-app")
    except PackageNotFoundError:
        return __version__
