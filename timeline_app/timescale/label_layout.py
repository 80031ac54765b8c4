"""Event labels stacked in rows so that none overlaps another, and '+N' badges for those that do not fit."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class LabelItem:
    """A label to place: `key` names it to the caller; `anchor` is the x of its glyph's centre;
    `band_right` the x where the band of its period ends (its label is not drawn over it)."""

    key: int
    anchor: float
    band_right: float = -math.inf


@dataclass(frozen=True, slots=True)
class PlacedItemLabel:
    """A label placed on `line` (0 beside the glyphs, 1... below) from `left`, `width` wide.

    `elided` when the text had to be cut to fit; `leader` when a line joins it to its glyph;
    `flipped` when it ends left of its glyph (there was no room for it on the right); `rows` 2 when
    its text is wrapped onto `line` and the line below.
    """

    key: int
    anchor: float
    line: int
    left: float
    width: float
    elided: bool
    flipped: bool = False
    rows: int = 1

    @property
    def right(self) -> float:
        """The x just past the label's last pixel."""
        return self.left + self.width

    @property
    def leader(self) -> bool:
        """Whether a leader line joins the label to its glyph (all lines below the glyphs' own)."""
        return self.line > 0


@dataclass(slots=True)
class Cluster:
    """Neighbouring things left without a label, counted under one badge."""

    left: float
    width: float
    count: int
    keys: list[int] = field(default_factory=list)

    @property
    def right(self) -> float:
        """The x just past the badge."""
        return self.left + self.width

    @property
    def text(self) -> str:
        """'+N'."""
        return f"+{self.count}"


@dataclass(frozen=True, slots=True)
class LabelLayoutSettings:
    """Geometry of a lane's labels, in pixels; `flip_clearance` is the space a label flipped left of its
    glyph keeps, on the glyphs' line, from the glyph before it."""

    lines: int
    glyph_radius: float
    plot_left: float
    plot_right: float
    gap: float = 8.0
    text_offset: float = 4.0
    min_width: float = 64.0
    comfortable_width: float = 150.0
    max_width: float = 400.0
    flip_clearance: float = 40.0


@dataclass(frozen=True, slots=True)
class LabelLayout:
    """Where each label went, and which were left out (in anchor order)."""

    placed: tuple[PlacedItemLabel, ...]
    hidden: tuple[LabelItem, ...]


class _Line:
    """One line of labels: sorted, non-overlapping intervals, and the x of leaders passing through it."""

    __slots__ = ("leaders", "lefts", "rights")

    def __init__(self) -> None:
        self.lefts: list[float] = []
        self.rights: list[float] = []
        self.leaders: list[float] = []

    def free(self, left: float, right: float, gap: float) -> bool:
        """Whether [left, right] keeps `gap` from every label and does not cross a leader."""
        index = bisect_left(self.lefts, left)
        if index > 0 and self.rights[index - 1] + gap > left:
            return False
        if index < len(self.lefts) and self.lefts[index] < right + gap:
            return False
        first = bisect_left(self.leaders, left - 3)
        return first >= len(self.leaders) or self.leaders[first] > right + 3

    def room_at(self, left: float, gap: float) -> float:
        """How wide a label starting at `left` may be before the next label (inf when nothing follows)."""
        index = bisect_left(self.lefts, left)
        if index > 0 and self.rights[index - 1] + gap > left:
            return 0.0
        room = self.lefts[index] - gap - left if index < len(self.lefts) else math.inf
        leaders = self.leaders
        if leaders:
            first = bisect_left(leaders, left - 3)
            if first < len(leaders) and leaders[first] - 3 - left < room:
                room = leaders[first] - 3 - left
        return room

    def room_before(self, right: float, until: float, gap: float) -> float:
        """How wide a label ending at `right` may be when [right, until] must stay clear too (its
        leader runs there): 0 when something is in the way."""
        index = bisect_left(self.lefts, until + gap)
        if index > 0 and self.rights[index - 1] + gap > right:
            return 0.0
        room = right - (self.rights[index - 1] + gap) if index > 0 else math.inf
        last = bisect_right(self.leaders, until + 3)
        if last > 0:
            if self.leaders[last - 1] >= right - 3:
                return 0.0
            room = min(room, right - 3 - self.leaders[last - 1])
        return room

    def covers(self, x: float) -> bool:
        """Whether a label covers x (so that a leader may not pass there)."""
        index = bisect_right(self.lefts, x + 2) - 1
        return index >= 0 and self.rights[index] >= x - 2

    def add(self, left: float, right: float) -> None:
        """Take [left, right]."""
        index = bisect_left(self.lefts, left)
        self.lefts.insert(index, left)
        self.rights.insert(index, right)

    def add_leader(self, x: float) -> None:
        """Let a leader pass at x."""
        insort(self.leaders, x)


def layout_labels(
    items: Sequence[LabelItem],
    width_of: Callable[[int], float],
    settings: LabelLayoutSettings,
    glyph_xs: Sequence[float] = (),
    first: int | None = None,
    wrap_width_of: Callable[[int], float | None] | None = None,
    taken: Sequence[tuple[int, float, float]] = (),
) -> LabelLayout:
    """Place each item's label on the first line where it fits whole right of its glyph (else whole
    left of it, else wrapped onto two lines when `wrap_width_of(key)` gives the width that takes,
    else, elided, on the first line with `comfortable_width`, else on the roomiest),
    from the right-most anchor leftwards. The item whose key is `first`
    (the selected one) is always placed if it can be: ahead of all others when its turn would
    come too late.

    A label starts right of its glyph. On line 0 (beside the glyphs) it must not cover another
    glyph (`glyph_xs`, sorted); on lower lines a leader drops from the glyph to the label, and no
    label may cover a leader nor cross one. A label is elided no shorter than `min_width` (or its
    own width); `width_of(key)` is only asked for labels that have somewhere to go. `taken` holds
    stretches (line, left, right) kept free of labels.
    """
    layout = _layout(items, width_of, settings, glyph_xs, None, wrap_width_of, taken)
    if first is not None and any(item.key == first for item in layout.hidden):
        layout = _layout(items, width_of, settings, glyph_xs, first, wrap_width_of, taken)
    return layout


def _layout(
    items: Sequence[LabelItem],
    width_of: Callable[[int], float],
    settings: LabelLayoutSettings,
    glyph_xs: Sequence[float],
    first: int | None,
    wrap_width_of: Callable[[int], float | None] | None,
    taken: Sequence[tuple[int, float, float]],
) -> LabelLayout:
    """One pass of `layout_labels`, `first` (if given) placed before the others."""
    lines = [_Line() for _ in range(max(settings.lines, 0))]
    for number, left, right in taken:
        if 0 <= number < len(lines):
            lines[number].add(left, right)
    ordered = sorted(items, key=lambda item: (item.key != first, -item.anchor))
    placed: list[PlacedItemLabel] = []
    hidden: list[LabelItem] = []
    reach = settings.glyph_radius + 1
    # The rooms of the last item, kept while nothing is placed: items stacked at one x (periods begun
    # before the view, pinned to its left edge) then cost one look at the lines, not one each.
    last: tuple[float, float, list[float]] | None = None
    for item in ordered:
        left = max(item.anchor, settings.plot_left) + settings.glyph_radius + settings.text_offset
        limit = max(min(settings.max_width, settings.plot_right - left), 0.0)
        if last is not None and last[0] == item.anchor and last[1] == left:
            rooms = last[2]
        else:
            rooms = _rooms(item, left, limit, lines, settings, glyph_xs, reach)
        label = _place(item, left, rooms, lines, settings, glyph_xs, reach, width_of, wrap_width_of)
        if label is None:
            hidden.append(item)
            last = (item.anchor, left, rooms)
        else:
            placed.append(label)
            last = None
    placed.sort(key=lambda label: label.anchor)
    hidden.sort(key=lambda item: item.anchor)
    return LabelLayout(tuple(placed), tuple(hidden))


def _rooms(
    item: LabelItem,
    left: float,
    limit: float,
    lines: list[_Line],
    settings: LabelLayoutSettings,
    glyph_xs: Sequence[float],
    reach: float,
) -> list[float]:
    """How wide the label of `item` may be on each line from the first down, starting at `left` (up to
    `limit`); the lines stop at the first below the glyphs whose label covers the item's leader."""
    gap = settings.gap
    # A line whose first label starts right of `left`, closer than this, leaves no room.
    blocked = left + gap + settings.min_width
    rooms: list[float] = []
    for number, line in enumerate(lines):
        lefts = line.lefts
        if lefts and left <= lefts[0] < blocked:
            # Blocked by a label that starts right of the glyph, so it covers no leader either.
            rooms.append(0.0)
            continue
        room = line.room_at(left, gap)
        if room > limit:
            room = limit
        if number == 0:
            room = min(room, _room_before_glyph(glyph_xs, left, reach))
            if item.band_right > left + 2:
                room = 0.0
        rooms.append(room)
        if number > 0 and line.covers(item.anchor):
            break
    return rooms


def _place(
    item: LabelItem,
    left: float,
    rooms: list[float],
    lines: list[_Line],
    settings: LabelLayoutSettings,
    glyph_xs: Sequence[float],
    reach: float,
    width_of: Callable[[int], float],
    wrap_width_of: Callable[[int], float | None] | None = None,
) -> PlacedItemLabel | None:
    """The label of `item` on the first line with room for all of it (`rooms`, from `_rooms`), else
    ending left of its glyph, else wrapped onto two lines, else elided on the roomiest."""
    best = max(rooms, default=0.0)
    natural = width_of(item.key) if rooms else 0.0
    if best < natural:
        flipped = _place_flipped(item, natural, len(rooms), lines, settings, glyph_xs, reach)
        if flipped is not None:
            return flipped
        if wrap_width_of is not None and 2 * best >= natural:
            wrapped = _place_wrapped(item, left, rooms, lines, wrap_width_of)
            if wrapped is not None:
                return wrapped
    if best <= 0 or best < min(settings.min_width, natural):
        return None
    # The first line with room for the whole label, else for a comfortable part of it, else the roomiest.
    wanted = (natural, min(natural, settings.comfortable_width), best)
    number = next(n for want in wanted for n, room in enumerate(rooms) if room >= want)
    width = min(natural, rooms[number])
    lines[number].add(left, left + width)
    for below in lines[1:number]:
        below.add_leader(item.anchor)
    return PlacedItemLabel(item.key, item.anchor, number, left, width, width < natural)


def _place_wrapped(
    item: LabelItem,
    left: float,
    rooms: list[float],
    lines: list[_Line],
    wrap_width_of: Callable[[int], float | None],
) -> PlacedItemLabel | None:
    """The whole label of `item` wrapped onto the first two neighbouring lines with room for it."""
    width = wrap_width_of(item.key)
    if width is None:
        return None
    for number in range(len(rooms) - 1):
        if rooms[number] >= width and rooms[number + 1] >= width:
            lines[number].add(left, left + width)
            lines[number + 1].add(left, left + width)
            for below in lines[1:number]:
                below.add_leader(item.anchor)
            return PlacedItemLabel(item.key, item.anchor, number, left, width, False, False, 2)
    return None


def wrap_in_two(text: str, measure: Callable[[str], float]) -> tuple[str, str, float] | None:
    """`text` cut at the space that makes its wider half narrowest: (first, second, that width); None
    when it has no space."""
    words = text.split(" ")
    if len(words) < 2:
        return None
    best: tuple[str, str, float] | None = None
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        width = max(measure(first), measure(second))
        if best is None or width < best[2]:
            best = (first, second, width)
    return best


def _place_flipped(
    item: LabelItem,
    natural: float,
    line_count: int,
    lines: list[_Line],
    settings: LabelLayoutSettings,
    glyph_xs: Sequence[float],
    reach: float,
) -> PlacedItemLabel | None:
    """The whole label of `item` ending left of its glyph, on the first of `line_count` lines with room."""
    right = item.anchor - settings.glyph_radius - settings.text_offset
    if natural > settings.max_width or right - natural < settings.plot_left:
        return None
    # Clear of the glyphs before it, on the first line with room (on the glyphs' line well clear, so
    # that it is not read as the glyph before's); else passing under them on the lowest line with
    # room, so that the lines above stay free for their labels (their leaders may not cross it).
    clear = _room_after_glyph(glyph_xs, right, reach)
    gap = settings.gap
    for number in range(line_count):
        beside = clear - settings.flip_clearance if number == 0 else clear
        if beside >= natural and lines[number].room_before(right, item.anchor, gap) >= natural:
            return _flip_onto(item, natural, right, number, lines)
    if clear < natural:
        # The lines below were not tried where the label passes under the glyphs before it.
        for number in range(line_count - 1, 0, -1):
            if lines[number].room_before(right, item.anchor, gap) >= natural:
                return _flip_onto(item, natural, right, number, lines)
    return None


def _flip_onto(item: LabelItem, natural: float, right: float, number: int, lines: list[_Line]) -> PlacedItemLabel:
    """Place the label of `item` on line `number`, ending at `right`."""
    # The line keeps the stretch up to the glyph clear, for the leader.
    lines[number].add(right - natural, item.anchor)
    for below in lines[1:number]:
        below.add_leader(item.anchor)
    return PlacedItemLabel(item.key, item.anchor, number, right - natural, natural, False, True)


def _room_after_glyph(glyph_xs: Sequence[float], right: float, reach: float) -> float:
    """How far left of `right` a label on the glyphs' line can go before it covers a glyph."""
    index = bisect_left(glyph_xs, right + reach) - 1
    if index < 0:
        return math.inf
    return right - (glyph_xs[index] + reach)


def _room_before_glyph(glyph_xs: Sequence[float], left: float, reach: float) -> float:
    """How far right of `left` a label on the glyphs' line can go before it covers a glyph."""
    index = bisect_right(glyph_xs, left - reach)
    if index >= len(glyph_xs):
        return math.inf
    return glyph_xs[index] - reach - left


def cluster_badges(
    hidden: Sequence[tuple[float, int, int]],
    width_of: Callable[[str], float],
    plot_left: float,
    plot_right: float,
    gap: float = 6.0,
) -> list[Cluster]:
    """Badges for things left without a label, given as (x, count, key) in x order.

    A badge starts at its first x; a thing whose x lies under the badge before it joins
    that badge instead. Badges are then kept inside the plot and badges that would touch
    are merged, so that no two overlap.
    """
    clusters: list[Cluster] = []
    for x, count, key in hidden:
        if clusters and x < clusters[-1].right + gap:
            current = clusters[-1]
            current.count += count
            current.width = width_of(current.text)
            current.keys.append(key)
            continue
        clusters.append(Cluster(max(x, plot_left), width_of(f"+{count}"), count, [key]))
    merged = True
    while merged:
        merged = False
        limit = plot_right
        for cluster in reversed(clusters):
            cluster.left = min(cluster.left, limit - cluster.width)
            limit = cluster.left - gap
        for index in range(1, len(clusters)):
            before, after = clusters[index - 1], clusters[index]
            if after.left < before.right + gap or before.left < plot_left:
                before.count += after.count
                before.keys.extend(after.keys)
                before.width = width_of(before.text)
                before.left = max(plot_left, min(before.left, plot_right - before.width))
                del clusters[index]
                merged = True
                break
    return clusters
