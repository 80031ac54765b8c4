"""Problems found in the input: each names its file, line and column."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path


class Severity(enum.Enum):
    """Errors make `check` fail; warnings are worth reading but do not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one place of one input file (line and column count from 1)."""

    file: Path
    line: int
    column: int
    severity: Severity
    message: str

    def format(self, relative_to: Path | None = None) -> str:
        """'FILE:LINE:COL: error: message', as compilers write it."""
        return f"{display_path(self.file, relative_to)}:{self.line}:{self.column}: {self.severity.value}: {self.message}"

    @classmethod
    def error(cls, file: Path, line: int, column: int, message: str) -> Problem:
        """An error at file:line:column."""
        return cls(file, line, column, Severity.ERROR, message)

    @classmethod
    def warning(cls, file: Path, line: int, column: int, message: str) -> Problem:
        """A warning at file:line:column."""
        return cls(file, line, column, Severity.WARNING, message)


def display_path(path: Path, relative_to: Path | None = None) -> str:
    """`path` relative to `relative_to` (default: the working directory) when it lies below it."""
    base = relative_to if relative_to is not None else Path.cwd()
    try:
        return str(path.resolve().relative_to(base.resolve()))
    except ValueError:
        return str(path)


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of character `offset` in `text`."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


@dataclass(frozen=True, slots=True)
class BadByte:
    """The first byte that is not UTF-8, and its 1-based line and column (columns count characters)."""

    line: int
    column: int
    byte: int


def decode_utf8(data: bytes) -> str | BadByte:
    """`data` decoded as UTF-8, or where the first byte that cannot be decoded lies."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        line = data.count(b"\n", 0, exc.start) + 1
        column = len(data[line_start : exc.start].decode("utf-8", errors="replace")) + 1
        return BadByte(line, column, data[exc.start])
