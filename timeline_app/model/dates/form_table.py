"""The forms a date phrase takes, as regular expressions, and the handler that reads each one found."""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline_app.model.dates.calendar_forms import (
    _h_day_month,
    _h_feast,
    _h_iso,
    _h_korean_date,
    _h_korean_day_of_month,
    _h_korean_year,
    _h_month_day,
    _h_month_name,
    _h_month_year,
    _h_numeric,
    _h_ordinal_day,
    _h_spelled_day,
    _h_spelled_year,
    _h_thousand_year,
    _h_year_number,
)
from timeline_app.model.dates.forms import (
    Groups,
    RawMention,
)
from timeline_app.model.dates.relative_forms import (
    _h_ago,
    _h_clock_time,
    _h_count_later,
    _h_from_now,
    _h_next_unit,
    _h_part_of_day,
    _h_part_of_unit,
    _h_relative_day,
    _h_same_a_year_back,
    _h_that_unit,
    _h_the_weekend,
    _h_the_year,
    _h_this_unit,
    _h_unit_before,
    _h_unit_end,
    _h_weekday,
    _h_weekday_offset,
)
from timeline_app.model.dates.words import (
    DAY_NUMBER,
    HOLIDAYS,
    MONTH,
    MONTH_FULL,
    MONTH_PREPS,
    NUMBER,
    ORDINAL_PREPS,
    PART_OF,
    QUALIFIER,
    RANGE_SEP,
    RELATIVE_YEAR,
    SEASON,
    SPELLED_ORDINAL,
    TIME_OF_DAY,
    UNITS,
    WEEK_OF,
    WEEKDAY,
    WEEKDAY_FULL,
    YEAR,
    YEAR_PREPS,
    day_pattern,
    words_pattern,
)

_Handler = Callable[[Groups, str], RawMention | None]


def _form(name: str, handler: _Handler, *parts: str) -> tuple[str, str, _Handler]:
    return name, "".join(parts), handler


# The order matters: at one position the first form that matches wins. Each form: its name (what it
# matches), its handler, the parts of its pattern; an example of what it finds above each.
_FORMS: tuple[tuple[str, str, _Handler], ...] = (
    # "2025년 6월 17일", "6월"
    _form("korean_date", _h_korean_date,
          r"(?P<phrase>(?<!\d)(?:(?P<year>\d{4})\s*년\s*)?(?P<month>1[0-2]|0?[1-9])\s*월",
          r"(?:\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*일)?)"),
    # "2025년"
    _form("korean_year", _h_korean_year, r"(?P<phrase>(?<!\d)(?P<year>\d{4})\s*년)(?!\s*\d)"),
    # "지난 17일" (the 17th just past), "오는 20일" (the coming 20th)
    _form("korean_day_of_month", _h_korean_day_of_month,
          r"(?P<phrase>(?P<korean_direction>지난|오는)\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*일)"),
    # "2025-06-17", "2025.6.17"
    _form("iso_date", _h_iso,
          rf"(?P<phrase>(?<![\w.\-/])(?P<year>{YEAR})(?P<separator>[-./])\s?",
          rf"(?P<month>1[0-2]|0?[1-9])(?P=separator)\s?(?P<day>{DAY_NUMBER}))(?![\w]|[-./]\d)"),
    # "17/06/2025", "6-17-2025" (only where the day cannot be the month)
    _form("numeric_date", _h_numeric,
          rf"(?P<phrase>(?<![\w.\-/])(?P<first_number>{DAY_NUMBER})(?P<separator>[-./])",
          rf"(?P<second_number>{DAY_NUMBER})(?P=separator)(?P<year>{YEAR}))(?![\w]|[-./]\d)"),
    # "June 17", "Tuesday, June 17, 2025", "June 17-18", "the week of June 23", "Sept. 9 of last year"
    _form("month_day", _h_month_day,
          rf"(?:(?P<week_of>{WEEK_OF})\s+)?(?:(?P<weekday>{WEEKDAY}),?\s+)?",
          rf"(?P<month>{MONTH})(?:\s+|(?<=\.)){day_pattern('day')}",
          rf"(?:\s*(?:{RANGE_SEP})\s*{day_pattern('end_day')}(?!\s+(?:(?i:of)\s+)?{MONTH}))?",
          rf"(?:,?\s+(?P<year>{YEAR})|{RELATIVE_YEAR})?"),
    # "17 June 2025", "the 17th of June", "7 and 8 May"
    _form("day_month", _h_day_month,
          rf"(?:(?P<week_of>{WEEK_OF})\s+)?(?:(?P<weekday>{WEEKDAY}),?\s+)?",
          rf"(?:(?P<article>(?i:the))\s+)?(?<![\w.,:/]){day_pattern('day')}",
          rf"(?:\s*(?:-|–|&|(?i:and|to))\s*(?:(?i:the)\s+)?{day_pattern('end_day')})?",
          rf"\s+(?:(?i:of)\s+)?(?P<month>{MONTH})",
          rf"(?:,?\s+(?P<year>{YEAR})|{RELATIVE_YEAR})?"),
    # "June 2025", "early June 2025", "the end of June, 2025"
    _form("month_year", _h_month_year,
          rf"(?:(?P<qualifier>{QUALIFIER})(?:\s+|-\s*))?(?P<month>{MONTH})(?:\s+(?i:of))?,?\s+",
          rf"(?P<year>{YEAR})"),
    # "January nineteenth", "March twenty-third, 1998", "the first of March"
    _form("month_spelled_day", _h_spelled_day,
          rf"(?P<article>)(?P<month>{MONTH_FULL})\s+(?P<ordinal>{SPELLED_ORDINAL})(?![\w-])",
          rf"(?:,?\s+(?P<year>{YEAR}))?"),
    _form("spelled_day_month", _h_spelled_day,
          rf"(?P<article>(?i:the))\s+(?P<ordinal>{SPELLED_ORDINAL})\s+(?i:of)\s+(?P<month>{MONTH_FULL})",
          rf"(?:,?\s+(?P<year>{YEAR}))?"),
    # "on the 17th", "since the 3rd to the 5th", "on the 9th of last month"
    _form("ordinal_day", _h_ordinal_day,
          rf"(?:(?P<preposition>{words_pattern(ORDINAL_PREPS)})\s+)?(?P<article>(?i:the))\s+",
          rf"(?P<day>(?P<day_number>{DAY_NUMBER})(?i:st|nd|rd|th))(?![\w])",
          rf"(?:\s*(?:{RANGE_SEP})\s*(?:(?i:the)\s+)?",
          rf"(?P<end_day>(?P<end_day_number>{DAY_NUMBER})(?i:st|nd|rd|th))(?![\w]))?",
          r"(?:\s+(?i:of)\s+(?P<relation>(?i:this|last|next))\s+(?P<month_word>(?i:month))(?![\w]))?"),
    # "today", "yesterday morning", "the day after tomorrow"
    _form("relative_day", _h_relative_day,
          r"(?P<word>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow",
          r"|today|tonight|yesterday|tomorrow))(?![\w])",
          r"(?:['’]s|\s+(?P<time_of_day>(?i:morning|afternoon|evening|night))(?![\w]))?"),
    # "this morning", "last night"
    _form("part_of_day", _h_part_of_day,
          r"(?P<phrase>(?P<this_word>(?i:this))\s+(?P<time_of_day>(?i:morning|afternoon|evening))",
          r"|(?P<last_word>(?i:last))\s+(?P<night>(?i:night)))(?![\w])"),
    # "the same month a year ago", "the same period last year": the date before it, a year back
    _form("same_a_year_back", _h_same_a_year_back,
          r"(?P<phrase>(?i:the)\s+(?i:same)\s+(?i:day|week|month|period|quarter|time)\s+(?:(?i:of)\s+)?",
          r"(?i:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|prior)\s+year",
          r"|the\s+year\s+before))",
          r"(?![\w])"),
    # "the next day", "the following week", "the same evening"
    _form("next_unit", _h_next_unit,
          r"(?P<phrase>(?i:the)\s+(?P<relation>(?i:next|following|previous|preceding|prior|same))",
          rf"\s+(?P<unit>(?i:day|week|weekend|month|year|{TIME_OF_DAY[4:-1]})))(?![\w])"),
    # "the day before", "the night after"
    _form("unit_before", _h_unit_before,
          r"(?P<phrase>(?i:the)\s+(?P<unit>(?i:day|week|month|year|night|evening|morning))\s+",
          r"(?P<direction>(?i:before|after))(?:\s+(?P<beyond>(?i:last|next))(?![\w]|\s+(?:[A-Z\d]|(?i:week|month"
          r"|year|night|weekend|spring|summer|fall|autumn|winter)\b)))?)(?![\w])"),
    # "in June", "last September", "early March", "the August talks", "a September vote", "May of next year"
    _form("month_name", _h_month_name,
          rf"(?:(?P<preposition>{words_pattern(MONTH_PREPS)})\s+)?(?:(?P<article>(?i:the|an?))\s+)?",
          rf"(?:(?P<qualifier>{QUALIFIER})(?:\s+|-\s*)",
          r"|(?P<modifier>(?i:last|this\s+past|this\s+coming|this|next))\s+)?",
          rf"(?P<month>{MONTH_FULL})(?P<possessive>['’]s)?(?!\s+\d|,\s*(?:19|20)\d\d(?!\d))",
          rf"(?:{RELATIVE_YEAR})?"),
    # "last week", "next month", "earlier this year", "the coming weekend"
    _form("this_unit", _h_this_unit,
          rf"(?:(?P<qualifier>{QUALIFIER[:-1]}|earlier|later))(?:\s+|-\s*))?",
          r"(?P<modifier>(?i:last|this\s+past|this\s+coming|this|next|coming|the\s+coming))\s+",
          r"(?P<unit>(?i:week|weekend|month|year))(?![\w])"),
    # "in 2019", "the 2018 summit", "his 1996 campaign", "late 2024", "from 2001 to 2004", "2019's", "post-1959"
    _form("year_number", _h_year_number,
          rf"(?:(?P<preposition>{words_pattern(YEAR_PREPS)})\s+)?(?:(?P<article>(?i:the|an?))\s+)?",
          rf"(?:(?P<qualifier>{QUALIFIER}|{SEASON})(?:\s+|-\s*)|(?P<side>(?i:pre|post))-)?",
          rf"(?<![\w.,$€£¥₩#])(?<!\d-)(?P<year>{YEAR})",
          rf"(?:\s*(?P<range_separator>-|–|(?i:to|through|and|until|till))\s*(?P<end_year>{YEAR}))?",
          r"(?P<possessive>['’]s)?"),
    # "over the weekend", "at the weekend": the nearest weekend the clause's tense points to, as a week
    _form("the_weekend", _h_the_weekend, r"(?P<phrase>(?i:over|at|during)\s+the\s+weekend)(?![\w])"),
    # "the following Monday", "the previous Friday", "that Friday", "the Friday before": counted from the date
    # told before it
    _form("weekday_offset", _h_weekday_offset,
          r"(?P<phrase>(?:(?i:the)\s+(?P<relation>(?i:following|next|previous|preceding|prior))\s+",
          rf"|(?P<that>(?i:that))\s+)(?P<weekday>{WEEKDAY_FULL})(?![\w'’]))",
          r"|(?P<phrase2>(?i:the)\s+(?P<weekday2>" + WEEKDAY_FULL + r")\s+(?P<direction>(?i:before|after)))(?![\w])"),
    # "Tuesday", "last Friday", "early Monday", "Sunday night"
    _form("weekday", _h_weekday,
          r"(?:(?P<qualifier>(?i:early|late))(?:\s+(?i:on))?\s+)?",
          r"(?:(?P<modifier>(?i:last|this\s+past|this\s+coming|this|next|coming|past))\s+)?",
          rf"(?P<weekday>{WEEKDAY_FULL})(?:['’]s|\s+(?P<time_of_day>{TIME_OF_DAY})(?![\w])",
          rf"|,?\s+(?i:the)\s+(?P<ordinal>(?P<ordinal_number>{DAY_NUMBER})(?i:st|nd|rd|th))(?![\w]))?"),
    # "at noon", "by midnight", "at midday": a time of day named by a word
    _form("clock_word", _h_clock_time,
          r"(?<![\w-])(?i:at|by|before|after|until|till|around)\s+",
          r"(?P<phrase>(?i:noon|midday|midnight))(?![\w-])"),
    # "4 in the morning", "10 o'clock at night"
    _form("clock_in_the", _h_clock_time,
          r"(?P<phrase>(?<![\w:.,$])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s+(?:(?i:o['’]clock)\s+)?",
          r"(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))(?![\w])"),
    # "7:15 p.m.", "10 a.m."
    _form("clock_time", _h_clock_time,
          r"(?P<phrase>(?<![\w:.,$])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*",
          r"(?i:a\.m\.?|p\.m\.?|am|pm))(?![\w])"),
    # "three years ago"
    # "three years ago", "a week ago Friday" (the Friday before last), "two weeks ago today"
    _form("ago", _h_ago, rf"(?P<phrase>{NUMBER}\s+{UNITS}\s+(?i:ago))(?![\w])",
          rf"(?:\s+(?:(?P<weekday>{WEEKDAY_FULL})|(?P<day_word>(?i:today|yesterday))",
          r"|(?P<this_month>(?i:this\s+month)))(?![\w]))?"),
    # "two weeks from now"
    # "two weeks from now", "a week from Monday", "a week from today"
    _form("from_now", _h_from_now,
          rf"(?P<phrase>{NUMBER}\s+{UNITS}\s+(?i:from)\s+(?:(?i:now)|(?P<weekday>{WEEKDAY_FULL})",
          r"|(?P<day_word>(?i:today|tomorrow))))(?![\w])"),
    # "three days later", "a week before" (the summit), "two months earlier"
    _form("count_later", _h_count_later,
          rf"{NUMBER}\s+{UNITS}\s+(?P<direction>(?i:later|earlier|before|after|prior\s+to",
          r"|afterwards?|beforehand|previously))(?![\w])"),
    # "later in the day", "earlier in the week"
    _form("in_the_unit", _h_that_unit,
          r"(?P<phrase>(?P<qualifier>(?i:later|earlier))\s+(?P<that_words>(?i:in\s+the))\s+",
          r"(?P<unit>(?i:day|week|month|year)))(?![\w])"),
    # "the end of the year", "the first half of the month"
    _form("part_of_unit", _h_part_of_unit,
          rf"(?P<qualifier>(?i:{PART_OF}))\s+(?i:the)\s+(?P<unit>(?i:year|month|week))",
          r"(?![\w-]|\s+(?:19|20)\d\d)"),
    # "by week's end", "at month's end": the week or month of the sentence's date, else the report's
    _form("unit_end", _h_unit_end, r"(?P<phrase>(?P<unit>(?i:week|month))['’]s\s+(?i:end))(?![\w-])"),
    # "for the year", "at year-end", "by year's end", "the year-earlier quarter" (not "the year ahead")
    _form("the_year", _h_the_year,
          r"(?:(?i:in|for|over|during|through|throughout|at|by|from)\s+(?P<phrase>(?i:the)\s+(?i:year))",
          r"(?![\w-]|\s+(?:19|20)\d\d|\s+(?i:before|after|ago|earlier|later|when|that|in\s+which|to\s+date",
          r"|of|since|ended|ending|to|through|till|until|ahead|nineteen|twenty|two\s+thousand)(?![\w]))",
          r"|(?P<year_compound>(?i:year)(?:(?:-|['’]s\s+|\s+)(?P<end>(?i:end))",
          r"|-(?P<earlier>(?i:earlier|ago))))",
          r"(?![\w-]))"),
    # "nineteen ninety-six", "twenty eleven"
    _form("spelled_year", _h_spelled_year,
          r"(?P<phrase>(?P<century>(?i:nineteen|twenty))[\s-]+",
          r"(?:(?P<tens>(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))",
          r"(?:[\s-]+(?P<ones>(?i:one|two|three|four|five|six|seven|eight|nine)))?",
          r"|(?P<teens>(?i:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen",
          r"|nineteen))))(?![\w-])"),
    # "(in) the year two thousand", "by two thousand and one"
    _form("thousand_year", _h_thousand_year,
          r"(?:(?i:in|by|until|till|since|before|after|through|from|year)\s+)",
          r"(?P<phrase>(?i:two)\s+(?i:thousand)(?:\s+(?:(?i:and)\s+)?",
          r"(?P<ones>(?i:one|two|three|four|five|six|seven|eight|nine|ten)))?)(?![\w-])"),
    # "Thanksgiving Day", "last Christmas", "Easter 1999", "Easter week" (not "Christmas Island")
    _form("feast", _h_feast,
          r"(?:(?P<modifier>(?i:last|this\s+past|this\s+coming|this|next|past|coming))\s+)?",
          rf"(?P<feast>{HOLIDAYS})(?:,?\s+(?P<year>{YEAR}))?",
          r"(?:\s+(?P<week>(?i:week))(?![\w-]|\s+[A-Z])|(?!\s+[A-Z]|['’]s?\w|\w",
          r"|\s+(?i:week|weekend|season|holidays?|period|break|vacation)\b))"),
    # "that day", "later that week", "that same evening"
    _form("that_unit", _h_that_unit,
          r"(?P<phrase>(?:(?P<qualifier>(?i:later|earlier|late|early))\s+)?",
          r"(?P<that_words>(?i:that))\s+",
          rf"(?:(?i:same)\s+)?(?P<unit>(?i:day|week|month|year|{TIME_OF_DAY[4:-1]})))(?![\w])"),
)


def _prefixed(name: str, pattern: str) -> str:
    return re.sub(r"\(\?P([<=])(\w+)", lambda m: f"(?P{m.group(1)}{name}__{m.group(2)}", pattern)


HANDLERS: dict[str, _Handler] = {name: handler for name, _, handler in _FORMS}
# The forms worth trying around each kind of core word; every form holds at least one core word.
_FORMS_BY_CORE = {
    "digit": ("korean_date", "korean_year", "korean_day_of_month", "iso_date", "numeric_date", "day_month",
              "ordinal_day", "year_number", "clock_in_the", "clock_time", "ago", "from_now", "count_later"),
    "month": ("month_day", "month_spelled_day", "spelled_day_month", "month_year", "month_name"),
    "weekday": ("month_day", "day_month", "weekday_offset", "weekday"),
    "holiday": ("feast",),
    "word": ("relative_day", "part_of_day", "same_a_year_back", "next_unit", "unit_before", "month_name",
             "this_unit", "year_number", "ago", "from_now", "the_year", "spelled_year", "thousand_year",
             "count_later", "in_the_unit", "part_of_unit", "that_unit", "the_weekend", "clock_word", "unit_end"),
}
PATTERNS = {
    core: re.compile("|".join(f"(?P<{name}>{_prefixed(name, pattern)})"
                              for name, pattern, _ in _FORMS if name in names))
    for core, names in _FORMS_BY_CORE.items()
}
