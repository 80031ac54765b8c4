"""Replacing a file so that no reader ever sees half of it: a temporary file in the same folder, renamed over it."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def replace_atomically(path: Path, data: bytes, mode: int | None = None, *, sync: bool = False) -> None:
    """Write `data` to `path` through a hidden temporary file (`.NAME.*.tmp`) renamed over it; OSError when
    that fails, with nothing left behind.

    The file gets `mode`; None gives the permissions a plain `open` would: those of the file it replaces,
    else the ones the umask allows (mkstemp's private 0600 is for the temporary file only). With `sync`,
    the data is on the disk before the rename.
    """
    if mode is None:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except OSError:
            mode = 0o666 & ~current_umask()
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            os.fchmod(stream.fileno(), mode)
            stream.write(data)
            if sync:
                stream.flush()
                os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    """The process's umask, read without changing it (os.umask can only be read by setting it, which would
    race with threads creating files) where Linux tells it, else by setting it and back."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
