"""How the views write counts of things: '1 event', '3 events', '1,204 ministerial meetings'."""

from __future__ import annotations


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """`count` (digits grouped by thousands) and the noun that agrees with it; the plural adds an 's'
    unless `plural_form` is given."""
    noun = singular if count == 1 else plural_form or f"{singular}s"
    return f"{count:,} {noun}"


def sources_phrase(excerpts: int, articles: int) -> str:
    """'1 source', '3 sources' (each from its own article), or '2 excerpts from 1 article' when some
    article gives more than one: a source is an article, however many of its sentences are quoted."""
    if excerpts == articles:
        return plural(articles, "source")
    return f"{plural(excerpts, 'excerpt')} from {plural(articles, 'article')}"
