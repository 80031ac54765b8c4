"""Where the sentences of a news text end: the one splitter of the articles and of the date finder."""

from __future__ import annotations

import re

from timeline_app.model.dates.words import SHORT_MONTHS, SHORT_WEEKDAYS, word_set

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = word_set("""
    mr mrs ms dr prof gen lt col maj capt sgt gov sen rep st jr sr no vs etc inc corp co ltd dept est approx
    amb hon adm brig cmdr sec pres rev u.s u.k u.n e.u a.m p.m e.g i.e
""") | frozenset(SHORT_MONTHS) | frozenset(SHORT_WEEKDAYS)
# A stop (with its closing quotes and brackets) before white space and what may open a sentence.
_SENTENCE_BREAK = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\uac00-\ud7a3])")
_WORD_BEFORE_STOP = re.compile(r"([A-Za-z.]+)\.\Z")
_DOTTED_INITIALS = re.compile(r"[a-z](?:\.[a-z])+")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], not breaking after abbreviations, initials or decimal points.

    Each span starts at its first character (the first at `start`) and ends after its closing punctuation;
    the white space between sentences belongs to neither."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_BREAK.finditer(text, start, end):
        stop = match.start()
        if text[stop] == "." and _after_abbreviation(text, max(cursor, stop - 12), stop):
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end and text[cursor:end].strip():
        spans.append((cursor, end))
    return spans


def _after_abbreviation(text: str, start: int, stop: int) -> bool:
    """Whether the full stop at `stop` ends an abbreviation or an initial ("Gen.", "U.S.", "J.")."""
    word = _WORD_BEFORE_STOP.search(text, start, stop + 1)
    if word is None:
        return False
    token = word.group(1).lower().strip(".")
    # Initials and dotted short forms: "J.", "H.E." (His Excellency), "D.C.".
    return token in _ABBREVIATIONS or len(token) == 1 or bool(_DOTTED_INITIALS.fullmatch(token))
