"""What the main window remembers between runs: geometry, splitter sizes, panes shown, files used, and the
view of the last file (range shown, selection, search text, kinds hidden)."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "timeline-app"
APPLICATION = "timeline-app"

RECENT_FILES_KEPT = 8

# Points the settings at an INI file instead of the user's real settings (tests, portable use).
SETTINGS_FILE_VARIABLE = "TIMELINE_APP_SETTINGS"


@dataclass(frozen=True, slots=True)
class ViewState:
    """How the last events file was being looked at when the window closed."""

    events_file: Path
    visible_range: tuple[float, float] | None = None  # the range asked for, seconds since 1970 UTC
    selected: str | None = None
    filter_text: str = ""
    hidden_kinds: tuple[str, ...] = ()  # Kind values

    def to_json(self) -> str:
        """The state as one JSON text (one settings value, so that its parts never come from two runs)."""
        import json  # here: the window's first frame needs none of it

        return json.dumps({
            "events_file": str(self.events_file), "visible_range": self.visible_range, "selected": self.selected,
            "filter_text": self.filter_text, "hidden_kinds": list(self.hidden_kinds),
        })

    @classmethod
    def from_json(cls, text: str) -> ViewState | None:
        """The state in `text`, or None when it is not one (an older or damaged settings file)."""
        import json

        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("events_file"), str):
            return None
        span = data.get("visible_range")
        visible: tuple[float, float] | None = None
        if (isinstance(span, list) and len(span) == 2 and all(isinstance(v, int | float) for v in span)
                and all(math.isfinite(v) for v in span) and span[0] < span[1]):
            visible = (float(span[0]), float(span[1]))
        selected = data.get("selected")
        filter_text = data.get("filter_text")
        kinds = data.get("hidden_kinds")
        return cls(
            Path(data["events_file"]),
            visible,
            selected if isinstance(selected, str) and selected else None,
            filter_text if isinstance(filter_text, str) else "",
            tuple(k for k in kinds if isinstance(k, str)) if isinstance(kinds, list) else (),
        )


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

    def view_state(self) -> ViewState | None:
        """How the last events file was being looked at, if that was saved."""
        value = self._settings.value("view/state")
        return ViewState.from_json(value) if isinstance(value, str) else None

    def set_view_state(self, state: ViewState) -> None:
        """Remember how the events file is being looked at."""
        self._settings.setValue("view/state", state.to_json())

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._settings.sync()
