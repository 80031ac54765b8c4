"""The vocabulary of date phrases: month, weekday and number words, and pattern pieces built from them."""

from __future__ import annotations

from collections.abc import Iterable

FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
SHORT_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                "oct": 10, "nov": 11, "dec": 12}
MONTHS: dict[str, int] = {name: number for number, name in enumerate(FULL_MONTHS, start=1)} | SHORT_MONTHS
FULL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SHORT_WEEKDAYS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                  "sat": 5, "sun": 6}
WEEKDAYS: dict[str, int] = {name: number for number, name in enumerate(FULL_WEEKDAYS)} | SHORT_WEEKDAYS
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                "thirty": 30, "a couple of": 2}


def word_set(words: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(words.split())


# Nouns that turn a number into a count ("2000 troops", "June 17 and 20 people") rather than a date.
COUNT_NOUNS = word_set("""
    people persons members troops soldiers workers officials participants delegates votes seats units
    cases deaths won yen dollars euros yuan percent tons tonnes km kilometers kilometres meters metres
    miles students employees households companies firms copies pages hours minutes seconds days weeks
    months years times visitors cars vehicles items products jobs points games pieces others residents
    refugees families patients children men women users customers shares barrels acres
""")
# Words after "the 17th" that show it is a day of the month rather than "the 17th floor".
ORDINAL_FOLLOWERS = word_set("""
    and or to through till until at in when where with as after before during for but while that which
    amid amidst local this last next morning afternoon evening night noon midnight kst jst utc gmt et
""")
HOLIDAY_WORDS = word_set("""
    good black bloody ash palm easter cyber holy maundy super
""")
FUNCTION_WORDS = word_set("""
    a an the of for to and or in on at by with from as is are was were be been that this which who will
    would may might can could than then
""")


def _cased(words: Iterable[str]) -> str:
    names = set(words)
    forms = {n.title() for n in names} | {n.upper() for n in names}
    return "|".join(sorted(forms, key=lambda f: (-len(f), f)))


def words_pattern(words: Iterable[str]) -> str:
    """A case-blind pattern for any of `words`, longest first, spaces matching any white space."""
    names = sorted(set(words), key=lambda f: (-len(f), f))
    return "(?i:" + "|".join(n.replace(" ", r"\s+") for n in names) + ")"


MONTH_FULL = rf"(?:{_cased(FULL_MONTHS)})(?![A-Za-z])"
MONTH = rf"(?:{MONTH_FULL}|(?:{_cased(SHORT_MONTHS)})(?![A-Za-z])\.?)"
WEEKDAY_FULL = rf"(?:{_cased(FULL_WEEKDAYS)})(?![A-Za-z])"
WEEKDAY = rf"(?:{WEEKDAY_FULL}|(?:{_cased(SHORT_WEEKDAYS)})(?![A-Za-z])(?=[.,])\.?)"
DAY_NUMBER = r"3[01]|[12]\d|0?[1-9]"
_NOT_AFTER_DAY = r"(?![0-9A-Za-z]|[:.]\d)"
YEAR = r"(?:1[5-9]\d\d|20\d\d|2100)(?!\d)"
NUMBER = rf"(?<![\w-])(?P<count>\d{{1,3}}|{words_pattern(NUMBER_WORDS)})"
UNITS = r"(?P<unit>(?i:days?|weeks?|months?|years?))"
TIME_OF_DAY = r"(?i:morning|afternoon|evening|night|noon|midnight)"
PART_OF = (r"the\s+(?:very\s+)?(?:end|beginning|start|middle|turn)\s+of"
           r"|(?:end|beginning|start|middle)\s+of|(?:the\s+)?(?:first|second|latter)\s+half\s+of"
           r"|(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:week|quarter)\s+of")
QUALIFIER = rf"(?i:{PART_OF}|early|mid|late)"
SEASON = r"(?i:(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of)?)"
RANGE_SEP = r"-|–|—|&|(?i:and|to|through|thru|until|till)"
LIMIT_PREPS = ("as early as", "as soon as", "as late as")
_COMMON_PREPS = ("in", "since", "by", "until", "till", "through", "throughout", "from", "during", "before",
                 "after", "between", "for", "around", "as of", *LIMIT_PREPS)
MONTH_PREPS = (*_COMMON_PREPS, "starting", "beginning", "and", "or", "to", "of")
YEAR_PREPS = (*_COMMON_PREPS, "circa", "the year", "year", "fiscal", "of", "and", "or", "to")
ORDINAL_PREPS = ("on", "since", "by", "until", "till", "from", "through", "before", "after", "between",
                  "as of", "starting", "beginning")
WEAK_PREPS = frozenset({"and", "or", "to"})
WEAK_MONTH_PREPS = frozenset({"and", "or", "to", "of"})
WEEK_OF = r"(?i:the\s+week\s+of)"
# "of last year" after a month or a date: the year counted from the report's.
RELATIVE_YEAR = (r"(?P<relative_year_phrase>,?\s+(?:(?i:of)\s+)?(?P<relative_year>(?i:last|this|next))"
                 r"\s+(?i:year))(?![\w-])")


_ORDINAL_ONES = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
# A day of the month spelled out as an ordinal: "first" to "thirty-first".
SPELLED_ORDINAL = (rf"(?i:twenty[\s-]?(?:{_ORDINAL_ONES})|thirty[\s-]?first|{_ORDINAL_ONES}|tenth|eleventh"
                   r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
                   r"|twentieth|thirtieth)")


def day_pattern(name: str) -> str:
    """A day of the month, 1 to 31 with an optional ordinal ending, in group `name` (its number in
    `name`_number)."""
    return rf"(?P<{name}>(?P<{name}_number>{DAY_NUMBER})(?:st|nd|rd|th)?){_NOT_AFTER_DAY}"




# Feasts whose day every English reader knows, by the name a report gives them (the key is the name's first
# word in lower case; see resolve.holiday for their days). "Labor Day", "Memorial Day" and "Election Day" are
# left out: their days differ from one country to the next.
HOLIDAYS = (r"(?:Christmas\s+Eve|Christmas\s+Day|Christmas|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?"
            r"|Halloween|Valentine['’]s\s+Day|New\s+Year['’]s\s+(?:Day|Eve)"
            r"|Veterans['’]?\s+Day|Fourth\s+of\s+July)")
