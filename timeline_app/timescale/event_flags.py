"""One small integer per event holding its precision, its end's precision and its status."""

from __future__ import annotations

from timeline_app.model.dates.fuzzy_date import Precision
from timeline_app.model.events import Status

PRECISIONS: tuple[Precision, ...] = tuple(sorted(Precision, key=lambda p: p.rank))
STATUSES: tuple[Status, ...] = tuple(Status)

_PRECISION_MASK = 0b11
_END_SHIFT = 2
_HAS_END = 1 << 4
_STATUS_SHIFT = 5
_STATUS_MASK = 0b111


def pack_flags(
    precision: Precision, status: Status = Status.OCCURRED, end_precision: Precision | None = None
) -> int:
    """The flags of an event dated at `precision`, with an end at `end_precision` if it has one."""
    flags = precision.rank | (STATUSES.index(status) << _STATUS_SHIFT)
    if end_precision is not None:
        flags |= _HAS_END | (end_precision.rank << _END_SHIFT)
    return flags


def precision_of(flags: int) -> Precision:
    """The precision of the event's date."""
    return PRECISIONS[flags & _PRECISION_MASK]


def end_precision_of(flags: int) -> Precision | None:
    """The precision of the event's end, or None when it has no end."""
    if not flags & _HAS_END:
        return None
    return PRECISIONS[(flags >> _END_SHIFT) & _PRECISION_MASK]


def status_of(flags: int) -> Status:
    """The event's status (occurred when the bits name no status)."""
    index = (flags >> _STATUS_SHIFT) & _STATUS_MASK
    return STATUSES[index] if index < len(STATUSES) else Status.OCCURRED


def is_period(flags: int) -> bool:
    """Whether the event covers a period (coarser than a day, or with an end) rather than a day."""
    return bool(flags & (_HAS_END | _PRECISION_MASK))
