"""The safe write of events.yaml: refused for the bundled data set, the new text read back and compared with
the old before anything is written, the previous version kept as `events.yaml~`, the file replaced atomically."""

from __future__ import annotations

import stat
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app.model.atomic_file import replace_atomically
from timeline_app.model.problems import Problem, Severity
from timeline_app.model.reading.bundled import is_bundled
from timeline_app.model.reading.dataset import CuratedEntry, Dataset, SourceMeta, dataset_from_bytes
from timeline_app.model.reading.quotes import check_quotes

if TYPE_CHECKING:
    from timeline_app.model.writing.text_splice import Edit
    from timeline_app.model.writing.yaml_layout import EventsText

BACKUP_SUFFIX = "~"


class WriteError(Exception):
    """Why nothing was written: each problem names the file, line and column."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(problem.format() for problem in problems))
        self.problems = problems

    @classmethod
    def at(cls, path: Path, line: int, column: int, message: str) -> WriteError:
        """One error at path:line:column."""
        return cls([Problem.error(path, line, column, message)])


def backup_path(path: Path) -> Path:
    """Where the previous version of `path` is kept: `events.yaml~` beside it."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def check_writable(path: Path) -> None:
    """Raises WriteError when `path` is the data set bundled with the program (`bundled.is_bundled`) or any
    file inside the installed program."""
    resolved = path.resolve()
    inside_package = resolved.is_relative_to(Path(__file__).resolve().parents[2])
    installed = any(part in ("site-packages", "dist-packages") for part in resolved.parts)
    if is_bundled(path) or inside_package or installed:
        raise WriteError.at(
            path, 1, 1,
            "this is the data set bundled with timeline-app; it is not changed in place: "
            "copy it (or start a new timeline) and curate the copy",
        )


def read_current(path: Path) -> bytes:
    """The bytes of `path` now; WriteError when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise WriteError.at(path, 1, 1, f"cannot read {path.name}: {exc.strerror or exc}") from exc


class ChangedMeanwhile(Exception):
    """The file changed on disk while the change was being made: it is made again on the new file."""


def _entry_essence(entry: CuratedEntry) -> tuple[object, ...]:
    """An entry's content, without its place in the file."""
    anchor = (entry.match.article, entry.match.quote) if entry.match is not None else None
    quotes = tuple((quote.article, quote.quote) for quote in entry.quotes)
    return (entry.id, entry.date, entry.end, entry.kind, entry.title, entry.location, entry.participants,
            entry.status, entry.summary, quotes, entry.hide, anchor, entry.fields)


def _source_essence(meta: SourceMeta) -> tuple[object, ...]:
    return (meta.name, meta.published, meta.outlet, meta.title, meta.url)


def verify(path: Path, before: EventsText, dataset: Dataset, after: EventsText, edit: Edit) -> None:
    """Raises WriteError unless the new text keeps the user's text and says the same outside the edit."""
    old_lines, new_lines = before.lines, after.lines
    stop_new = edit.start + len(edit.lines)
    tail = len(old_lines) - edit.stop
    if (
        new_lines[: edit.start] != old_lines[: edit.start]
        or new_lines[stop_new:] != old_lines[edit.stop :]
        or len(new_lines) - stop_new != tail
        or after.bom != before.bom
    ):
        raise WriteError.at(path, edit.start + 1, 1, "internal error: the change would alter other lines; "
                            "nothing written")
    new = dataset_from_bytes(after.encode(), path)
    if not new.readable:
        problem = new.problems[0]
        raise WriteError.at(path, problem.line, problem.column,
                            f"the change would make the file unreadable ({problem.message}); nothing written")
    shift = stop_new - edit.stop

    def inside_old(line: int) -> bool:
        return edit.start < line <= edit.stop

    def inside_new(line: int) -> bool:
        return edit.start < line <= stop_new

    errors = [p for p in new.problems if inside_new(p.line) and p.severity is Severity.ERROR]
    new_inside = [e for e in new.entries if inside_new(e.position.line)]
    errors.extend(_quote_problems(new, new_inside))
    if errors:
        raise WriteError([replace(p, message=f"{p.message} (in the entry to be written; nothing written)")
                          for p in errors])
    # Elsewhere, problems may go (an empty file's) but no error may come (a repeated id, say).
    kept_old = {(p.line + (shift if p.line > edit.stop else 0), p.column, p.message)
                for p in dataset.problems if not inside_old(p.line)}
    caused = [p for p in new.problems if p.severity is Severity.ERROR and not inside_new(p.line)
              and (p.line, p.column, p.message) not in kept_old]
    if caused:
        raise WriteError([replace(p, message=f"{p.message} (after the change; nothing written)") for p in caused])
    same = (
        [_entry_essence(e) for e in dataset.entries if not inside_old(e.position.line)]
        == [_entry_essence(e) for e in new.entries if not inside_new(e.position.line)]
        and {k: _source_essence(v) for k, v in dataset.sources.items() if not inside_old(v.position.line)}
        == {k: _source_essence(v) for k, v in new.sources.items() if not inside_new(v.position.line)}
        and dataset.people == new.people
        and dataset.title == new.title
        and dataset.articles_dir == new.articles_dir
    )
    inside = len(new_inside) + sum(1 for v in new.sources.values() if inside_new(v.position.line))
    if edit.adds:
        inside -= sum(1 for e in dataset.entries if inside_old(e.position.line))
        inside -= sum(1 for v in dataset.sources.values() if inside_old(v.position.line))
    if not same or (edit.expected is not None and inside != edit.expected):
        raise WriteError.at(path, edit.start + 1, 1, "internal error: the change would alter what the rest "
                            "of the file says; nothing written")


def _quote_problems(dataset: Dataset, entries: list[CuratedEntry]) -> list[Problem]:
    """The problems of the quotes of `entries` (articles missing, words not in them), as `check` gives them."""
    cited = {quote.article for entry in entries for quote in entry.cited}
    if not cited:
        return []
    texts = dict.fromkeys(dataset.article_names or (), "")
    for name in cited & set(texts):
        try:
            texts[name] = (dataset.articles_dir / name).read_bytes().decode("utf-8", errors="replace")
        except OSError:
            del texts[name]
    return check_quotes(replace(dataset, entries=entries), texts)


def commit(path: Path, before: bytes, after: bytes) -> Path:
    """Keep `before` as the backup, then replace the file by `after` atomically, its permissions kept
    (a symbolic link stays one: the file it points to is replaced); the backup's path. ChangedMeanwhile
    when the file is no longer `before`."""
    backup = backup_path(path)
    try:
        real = path.resolve(strict=True)
        mode = stat.S_IMODE(real.stat().st_mode)
        if not mode & stat.S_IWUSR:
            raise WriteError.at(path, 1, 1, f"{path.name} is read-only: nothing written")
        if real.read_bytes() != before:
            raise ChangedMeanwhile
        replace_atomically(backup, before, mode, sync=True)
        replace_atomically(real, after, mode, sync=True)
    except OSError as exc:
        raise WriteError.at(path, 1, 1, f"cannot write {path.name}: {exc.strerror or exc}; "
                            "nothing written") from exc
    return backup
