"""What the extraction found, kept on disk between launches: one file per key in a folder given by the caller
(the window passes Qt's cache location, the command line the XDG one).

A file holds a magic line, the BLAKE2b digest of its payload and the payload, a pickle of the model's own
classes read back by an unpickler that builds nothing else. A file that is missing, truncated, corrupt,
written by another version or for another key reads as absent and is written again; every write goes to
a temporary file renamed over the old one, so that two windows sharing the folder never see half a file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import gc
import hashlib
import io
import os
import pickle
import shutil
from collections.abc import Mapping
from pathlib import Path, PurePath
from typing import Any

from timeline_app.model.atomic_file import replace_atomically

_MAGIC = b"timeline-app cache 1\n"
_DIGEST_SIZE = 32
_MODEL = Path(__file__).resolve().parent
_OLD_VERSION_AGE_S = 7 * 24 * 3600  # another version's folder is left alone this long (it may be running)
_MERGES_KEPT = 4


def xdg_cache_folder(environ: Mapping[str, str] | None = None) -> Path:
    """The cache folder by the XDG rule: $XDG_CACHE_HOME (when absolute) or ~/.cache, then timeline-app."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / "timeline-app"


@functools.cache
def extractor_version() -> str:
    """A digest of the model's source and data files: any change to how articles are read, extracted or
    merged gives another version, so that nothing cached by the old code is used."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(_MODEL.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
            digest.update(path.relative_to(_MODEL).as_posix().encode() + b"\0")
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(os.urandom(16))  # unreadable: a version of this process alone
            digest.update(b"\0")
    return digest.hexdigest()


def digest_of(*parts: object) -> str:
    """A hex key for `parts` (their reprs, which for str, int, dates and tuples of them are stable)."""
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


class _ModelUnpickler(pickle.Unpickler):
    """Builds the model's dataclasses and enums, dates and paths, nothing else (no function is called)."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in (("datetime", "date"), ("pathlib", "PosixPath"), ("pathlib", "WindowsPath")):
            return super().find_class(module, name)
        if module.startswith("timeline_app.model.") and "." not in name:
            found = super().find_class(module, name)
            if isinstance(found, type) and (dataclasses.is_dataclass(found) or issubclass(found, enum.Enum)):
                return found
        raise pickle.UnpicklingError(f"not a class of the model: {module}.{name}")


class _ModelPickler(pickle.Pickler):
    """Writes each frozen dataclass as its class and field values, so that reading it back calls its
    constructor: faster than the Python-level state setter such a class pickles with by default (other
    classes keep pickle's own way, whose state is set in C).

    Equal immutable values among those fields (strings, dates, tuples, frozen dataclasses compared on every
    field) are written once and read back as one object: the dates and spans of 5,000 events' sources come
    back as a tenth as many objects, and a quarter sooner."""

    def __init__(self, file: io.BytesIO, protocol: int) -> None:
        super().__init__(file, protocol)
        self._written: dict[tuple[type, object], object] = {}  # keeps each alive, so that pickle's memo holds

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        if isinstance(obj, enum.Enum):
            # By value, as every Python reads it back: some 3.11 releases reduce a member to getattr(cls, name),
            # a call the reader rightly refuses (Debian 12's 3.11.2 does, so its cache was never read back).
            return (cls, (obj.value,))
        fields = _frozen_fields_of(cls)
        return (cls, tuple(self._shared(getattr(obj, name)) for name in fields)) if fields else NotImplemented

    def _shared(self, value: object) -> object:
        """`value`, or the equal value written before when both are immutable and equal in every part."""
        kind = type(value)
        if kind is tuple:
            assert isinstance(value, tuple)
            value = tuple(self._shared(item) for item in value)
        elif kind not in (str, dt.date) and not _compared_in_full(kind):
            return value
        try:
            return self._written.setdefault((kind, value), value)
        except TypeError:  # a tuple holding something unhashable
            return value


_FROZEN_FIELDS: dict[type, tuple[str, ...]] = {}
_FULLY_COMPARED: dict[type, bool] = {}


def _frozen_fields_of(cls: type) -> tuple[str, ...]:
    fields = _FROZEN_FIELDS.get(cls)
    if fields is None:
        fields = _FROZEN_FIELDS[cls] = _frozen_fields(cls)
    return fields


def _compared_in_full(cls: type) -> bool:
    """Whether `cls` is a frozen dataclass of the model whose equality looks at every field (two equal ones
    can then be one)."""
    full = _FULLY_COMPARED.get(cls)
    if full is None:
        params = getattr(cls, "__dataclass_params__", None)
        full = _FULLY_COMPARED[cls] = bool(
            _frozen_fields_of(cls) and params is not None and params.eq
            and all(field.compare for field in dataclasses.fields(cls))
        )
    return full


def _frozen_fields(cls: type) -> tuple[str, ...]:
    """The fields of a frozen dataclass of the model, in its constructor's order; () for other classes."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or not cls.__module__.startswith("timeline_app.model."):
        return ()
    fields = dataclasses.fields(cls)
    if not all(field.init for field in fields):
        raise pickle.PicklingError(f"{cls.__name__} has fields its constructor does not take")
    return tuple(field.name for field in fields)


class DiskCache:
    """Values of the model by key, in files of `folder`/`version` (made on the first write)."""

    def __init__(self, folder: Path, version: str | None = None) -> None:
        self.version = version or extractor_version()
        self.root = folder
        self.folder = folder / f"extraction-{self.version}"
        self._pruned = False

    def load(self, kind: str, key: str, max_bytes: int | None = None) -> Any | None:
        """The value stored for `kind` and `key`, or None when there is none that can be trusted (nor, with
        `max_bytes`, one whose file is larger)."""
        try:
            with open(self._path(kind, key), "rb") as file:
                if max_bytes is not None and os.fstat(file.fileno()).st_size > max_bytes:
                    return None
                data = file.read()
        except OSError:
            return None
        head = len(_MAGIC) + _DIGEST_SIZE
        if not data.startswith(_MAGIC) or len(data) <= head:
            return None
        payload = memoryview(data)[head:]
        if hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest() != data[len(_MAGIC) : head]:
            return None
        stored = self.unpack(payload)
        if not (isinstance(stored, tuple) and len(stored) == 3 and stored[:2] == (self.version, key)):
            return None
        return stored[2]

    @staticmethod
    def pack(value: object) -> bytes:
        """`value` (of the model's classes and Python's plain types) as bytes that `unpack` reads back;
        pickle.PicklingError for a value that cannot be."""
        buffer = io.BytesIO()
        try:
            _ModelPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        except Exception as exc:  # noqa: BLE001 - one error for whatever a class of the model holds
            raise pickle.PicklingError(f"cannot keep {type(value).__name__} on disk: {exc}") from exc
        return buffer.getvalue()

    @staticmethod
    def unpack(data: bytes | memoryview) -> Any | None:
        """The value `pack` made `data` from; None for bytes it did not make."""
        # The cycle collector is paused: it would scan the new objects again and again, and they hold no cycles.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return _ModelUnpickler(io.BytesIO(data)).load()
        except Exception:  # noqa: BLE001 - whatever the bytes, a cache file never stops a build
            return None
        finally:
            if collecting:
                gc.enable()

    def save(self, kind: str, key: str, value: object) -> None:
        """Store `value` (of the model's classes) for `kind` and `key`; a folder that cannot be written to
        is no error, nor a value that cannot be stored (the next launch extracts again)."""
        try:
            payload = self.pack((self.version, key, value))
        except pickle.PicklingError:
            return
        data = _MAGIC + hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest() + payload
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            replace_atomically(self._path(kind, key), data, 0o600)
        except OSError:
            return
        if not self._pruned:
            self._pruned = True
            self._prune_other_versions()

    def keep_newest(self, kind: str, count: int = _MERGES_KEPT) -> None:
        """Delete all but the `count` newest files of `kind` (other windows' files may go too: they are
        written again when missed)."""
        try:
            files = sorted(self.folder.glob(f"{kind}-*.bin"), key=_mtime, reverse=True)
        except OSError:
            return
        for path in files[count:]:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass

    def _path(self, kind: str, key: str) -> Path:
        return self.folder / f"{kind}-{key}.bin"

    def _prune_other_versions(self) -> None:
        """Remove the folders of other versions not used for a week before this one was just written to
        (its own time of change stands for now: no clock is read)."""
        try:
            others = [p for p in self.root.glob("extraction-*") if p != self.folder]
        except OSError:
            return
        written = _mtime(self.folder)
        for path in others:
            if written - _mtime(path) > _OLD_VERSION_AGE_S:
                shutil.rmtree(path, ignore_errors=True)


def _mtime(path: PurePath) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0


