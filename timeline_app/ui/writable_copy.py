"""Before the first write to a data set the user cannot or should not change (the one bundled with the
program, a read-only folder): copy it to a folder the user chooses, and write there."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def needs_copy(events_path: Path) -> bool:
    """Whether `events_path` is part of the installed program or cannot be written in place."""
    from timeline_app.model.writing.events_writer import WriteError, check_writable

    try:
        check_writable(events_path)
    except WriteError:
        return True
    resolved = events_path.resolve()
    if not os.access(resolved.parent, os.W_OK):
        return True
    try:
        mode = resolved.stat().st_mode
    except FileNotFoundError:
        return False
    # A file made read-only is meant to stay as it is, even for a user (root) who could write it.
    return not mode & stat.S_IWUSR or not os.access(resolved, os.W_OK)


def copy_data_set(events_path: Path, articles_dir: Path | None, folder: Path) -> Path:
    """Copy the events file and its articles folder into `folder`, the articles at the same place relative to
    the events file so that the file needs no change; the copy's events file. Raises ValueError (with a
    message for the user) when `folder` already holds one, OSError when a copy fails."""
    target = folder / events_path.name
    if target.exists():
        raise ValueError(f"{target} already exists; choose an empty folder.")
    articles_target: Path | None = None
    if articles_dir is not None and articles_dir.is_dir():
        try:
            relative = articles_dir.resolve().relative_to(events_path.resolve().parent)
        except ValueError:
            raise ValueError(
                f"the articles folder {articles_dir} is outside {events_path.parent}; copy the data set by hand."
            ) from None
        articles_target = folder / relative
        if articles_target.exists() and any(articles_target.iterdir()):
            raise ValueError(f"{articles_target} already exists; choose an empty folder.")
    folder.mkdir(parents=True, exist_ok=True)
    if articles_dir is not None and articles_target is not None:
        shutil.copytree(articles_dir, articles_target, dirs_exist_ok=True)
        for path in articles_target.rglob("*"):
            path.chmod(path.stat().st_mode | 0o200)  # the copy is the user's: writable even if the original was not
    shutil.copyfile(events_path, target)
    target.chmod(target.stat().st_mode | 0o200)
    return target


def choose_folder(parent: QWidget, events_path: Path) -> Path | None:
    """Ask whether to copy the data set, then where; None when the user declines."""
    answer = QMessageBox.question(
        parent,
        "Copy the data set first?",
        f"{events_path.name} belongs to the program (or this folder is read-only), so the window does not "
        "change it. Copy the events file and its articles to a folder of your own, and curate the copy?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    name = QFileDialog.getExistingDirectory(parent, "Folder for your copy of the data set", str(Path.home()))
    return Path(name) if name else None


def offer_copy(parent: QWidget, events_path: Path, articles_dir: Path | None) -> Path | None:
    """The events file to write: `events_path` itself when it may be written, else a copy in a folder the
    user chooses; None when the user declines or the copy fails (said in a message)."""
    if not needs_copy(events_path):
        return events_path
    folder = choose_folder(parent, events_path)
    if folder is None:
        return None
    try:
        return copy_data_set(events_path, articles_dir, folder)
    except (OSError, ValueError) as exc:
        message = str(exc) if isinstance(exc, ValueError) else f"Could not copy the data set: {exc}"
        box = QMessageBox(QMessageBox.Icon.Warning, "Nothing was copied", message, parent=parent)
        box.setObjectName("copy_failed")
        box.open()
        return None
