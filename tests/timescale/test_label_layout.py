"""Label stacking: no two labels overlap, none covers a glyph or crosses a leader, the rest become badges."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.timescale.label_layout import (
    LabelItem,
    LabelLayoutSettings,
    PlacedItemLabel,
    cluster_badges,
    layout_labels,
    wrap_in_two,
)

SETTINGS = LabelLayoutSettings(lines=4, glyph_radius=6, plot_left=100, plot_right=900)


def check_layout(
    placed: tuple[PlacedItemLabel, ...],
    glyph_xs: list[float],
    widths: list[float],
    settings: LabelLayoutSettings,
) -> None:
    for a, b in itertools.combinations(placed, 2):
        if set(range(a.line, a.line + a.rows)) & set(range(b.line, b.line + b.rows)):
            assert a.right <= b.left or b.right <= a.left, (a, b)
    for label in placed:
        assert settings.plot_left <= label.left and label.right <= settings.plot_right
        if label.rows == 1:
            assert label.width >= min(settings.min_width, widths[label.key])
        if label.line == 0:
            for x in glyph_xs:
                reach = settings.glyph_radius
                assert x + reach <= label.left or x - reach >= label.right, (label, x)
        for other in placed:
            if 0 < other.line < label.line:
                assert not other.left <= label.anchor <= other.right, ("leader crosses", label, other)
            if label.flipped and other is not label and other.line == label.line:
                # The leader of a flipped label runs from its right end to its glyph.
                assert other.right <= label.left or other.left >= label.anchor, (
                    "leader covered",
                    label,
                    other,
                )
        if label.flipped:
            assert label.right < label.anchor
        if label.flipped and label.line == 0:
            for x in glyph_xs:
                reach = settings.glyph_radius
                assert not label.left - reach < x < label.right + reach, ("under a glyph", label, x)


@settings(max_examples=200)
@given(
    anchors=st.lists(st.floats(100, 900), max_size=40),
    widths=st.lists(st.floats(20, 400), min_size=40, max_size=40),
    first=st.integers(0, 39),
)
def test_layout_never_overlaps(anchors: list[float], widths: list[float], first: int) -> None:
    items = [LabelItem(key, anchor) for key, anchor in enumerate(anchors)]
    glyph_xs = sorted(anchors)
    layout = layout_labels(
        items, widths.__getitem__, SETTINGS, glyph_xs, first=first, wrap_width_of=lambda key: widths[key] * 0.6
    )
    check_layout(layout.placed, glyph_xs, widths, SETTINGS)
    assert sorted([p.key for p in layout.placed] + [h.key for h in layout.hidden]) == list(
        range(len(anchors))
    )
    for label in layout.placed:
        whole = widths[label.key] * (0.6 if label.rows == 2 else 1.0)
        assert label.width == min(whole, label.width)
        assert label.elided == (label.width < whole)


def test_labels_stack_below_before_they_hide() -> None:
    items = [LabelItem(key, 200 + key * 5) for key in range(6)]
    layout = layout_labels(items, lambda key: 150.0, SETTINGS, [item.anchor for item in items])
    assert sorted(p.line for p in layout.placed) == [0, 1, 2, 3]
    assert len(layout.hidden) == 2
    assert all(not p.elided for p in layout.placed)


def test_the_first_item_is_placed_even_in_a_crowd() -> None:
    items = [LabelItem(key, 200 + key * 2) for key in range(30)]
    layout = layout_labels(items, lambda key: 120.0, SETTINGS, [item.anchor for item in items], first=17)
    assert 17 in [p.key for p in layout.placed]


def test_a_label_near_the_right_edge_goes_left_of_its_glyph_whole() -> None:
    layout = layout_labels([LabelItem(0, 800)], lambda key: 300.0, SETTINGS, [800])
    (label,) = layout.placed
    assert label.flipped and not label.elided
    assert (label.line, label.right) == (0, 800 - SETTINGS.glyph_radius - SETTINGS.text_offset)


def test_a_label_with_no_room_on_either_side_is_elided_to_fit() -> None:
    layout = layout_labels([LabelItem(0, 300)], lambda key: 700.0, SETTINGS, [300])
    (label,) = layout.placed
    assert label.elided and not label.flipped and label.right <= SETTINGS.plot_right


def test_a_label_is_not_flipped_next_to_the_glyph_before_it() -> None:
    # Flipped on the glyphs' line, it would start right after the first glyph and read as its label.
    items = [LabelItem(0, 560), LabelItem(1, 800)]
    layout = layout_labels(items, lambda key: 200.0 if key else 100.0, SETTINGS, [560, 800])
    second = next(label for label in layout.placed if label.key == 1)
    assert second.line > 0 or not second.flipped


@given(xs=st.lists(st.floats(100, 900), max_size=60).map(sorted))
def test_badges_never_overlap_and_count_everything(xs: list[float]) -> None:
    clusters = cluster_badges(
        [(x, 1, key) for key, x in enumerate(xs)], lambda text: 8.0 * len(text) + 10, 100, 900
    )
    assert sum(c.count for c in clusters) == len(xs)
    assert sorted(k for c in clusters for k in c.keys) == list(range(len(xs)))
    for a, b in itertools.pairwise(clusters):
        assert a.right < b.left
    for cluster in clusters:
        assert cluster.text == f"+{cluster.count}"
        assert cluster.width == 8.0 * len(cluster.text) + 10
        assert 100 <= cluster.left and cluster.right <= 900


def test_a_label_with_no_room_right_ends_left_of_its_glyph_below_the_glyphs_it_passes() -> None:
    # Three glyphs close together near the right edge: the last titles cannot start right of their
    # glyphs, so they end left of them on the lines below, none hidden, none cut.
    settings = LabelLayoutSettings(lines=3, glyph_radius=6, plot_left=100, plot_right=900)
    anchors = [700.0, 860.0, 875.0]
    items = [LabelItem(key, anchor) for key, anchor in enumerate(anchors)]
    layout = layout_labels(items, lambda key: 260.0, settings, anchors)
    assert not layout.hidden
    assert all(not label.elided for label in layout.placed)
    check_layout(layout.placed, anchors, [260.0] * 3, settings)


def test_a_title_with_no_room_on_one_line_wraps_onto_two_before_it_is_cut() -> None:
    # Against the left edge (it cannot end left of its glyph), the first title has under 200 pixels
    # before the three long labels on the right on every line: its 260 pixels wrap into two of 150.
    settings = LabelLayoutSettings(lines=3, glyph_radius=6, plot_left=100, plot_right=900)
    anchors = [110.0, 300.0, 310.0, 320.0]
    widths = [260.0, 500.0, 500.0, 500.0]
    items = [LabelItem(key, anchor) for key, anchor in enumerate(anchors)]
    layout = layout_labels(items, widths.__getitem__, settings, anchors, wrap_width_of=lambda key: 150.0)
    (wrapped,) = [label for label in layout.placed if label.key == 0]
    assert (wrapped.line, wrapped.rows, wrapped.width, wrapped.elided) == (0, 2, 150.0, False)
    check_layout(layout.placed, anchors, widths, settings)


def test_wrap_in_two_cuts_where_the_wider_half_is_narrowest() -> None:
    assert wrap_in_two("Lee–Ishiba summit at the G7 in Kananaskis", len) == (
        "Lee–Ishiba summit at",
        "the G7 in Kananaskis",
        20,
    )
    assert wrap_in_two("Kananaskis", len) is None
