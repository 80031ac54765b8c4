"""What the main window remembers between runs: geometry, splitter sizes, panes shown, files used."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "timeline-app"
APPLICATION = "timeline-app"

RECENT_FILES_KEPT = 8

# Points the settings at an INI file instead of the user's real settings (tests, portable use).
SETTINGS_FILE_VARIABLE = "TIMELINE_APP_SETTINGS"


class WindowSettings:
    """Typed access to the window's QSettings; every getter falls back to a default on missing data."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @classmethod
    def for_user(cls) -> WindowSettings:
        """The user's settings, or the INI file named by $TIMELINE_APP_SETTINGS when it is set."""
        override = os.environ.get(SETTINGS_FILE_VARIABLE)
        if override:
            return cls(QSettings(override, QSettings.Format.IniFormat))
        return cls(
            QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
        )

    @classmethod
    def in_file(cls, path: Path) -> WindowSettings:
        """Settings kept in the INI file at `path`."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def bytes_value(self, key: str) -> QByteArray | None:
        """A saved Qt state (geometry, splitter sizes), or None."""
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes_value(self, key: str, value: QByteArray) -> None:
        """Remember a Qt state under `key`."""
        self._settings.setValue(key, value)

    def flag(self, key: str, default: bool) -> bool:
        """A saved yes/no choice (INI files store them as text)."""
        value = self._settings.value(key, default)
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)

    def set_flag(self, key: str, value: bool) -> None:
        """Remember a yes/no choice."""
        self._settings.setValue(key, value)

    def path(self, key: str) -> Path | None:
        """A saved file or folder path, or None."""
        value = self._settings.value(key)
        return Path(value) if isinstance(value, str) and value else None

    def set_path(self, key: str, value: Path) -> None:
        """Remember a file or folder path."""
        self._settings.setValue(key, str(value))

    def last_events_file(self) -> Path | None:
        """The events file opened last, if it still exists."""
        path = self.path("files/last_events_file")
        return path if path is not None and path.is_file() else None

    def set_last_events_file(self, path: Path) -> None:
        """Remember the events file in use (also first among the recent files)."""
        self.set_path("files/last_events_file", path.resolve())
        self.add_recent_file(path)

    def _recent_names(self) -> list[str]:
        # An INI file gives back a list of one item as a plain string.
        value = self._settings.value("files/recent")
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [name for name in names if isinstance(name, str) and name]

    def recent_files(self) -> list[Path]:
        """The events files opened lately, the newest first, those that still exist."""
        return [path for path in map(Path, self._recent_names()) if path.is_file()]

    def add_recent_file(self, path: Path) -> None:
        """Put `path` first among the recent files (once), keeping the newest RECENT_FILES_KEPT."""
        resolved = str(path.resolve())
        kept = [resolved, *(name for name in self._recent_names() if name != resolved)]
        self._settings.setValue("files/recent", kept[:RECENT_FILES_KEPT])

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._settings.sync()
