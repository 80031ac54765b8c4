"""How the views write counts of things: '1 event', '3 events', '1,204 ministerial meetings'."""

from __future__ import annotations


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """`count` (digits grouped by thousands) and the noun that agrees with it; the plural adds an 's'
    unless `plural_form` is given."""
    noun = singular if count == 1 else plural_form or f"{singular}s"
    return f"{count:,} {noun}"
