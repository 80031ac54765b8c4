"""Whether the clause that governs a date of a news report speaks of the past or of the future."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from timeline_app.model.dates.resolve import Direction
from timeline_app.model.dates.words import MONTH_FULL, word_set
from timeline_app.model.reading.sentences import split_sentences

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_FUTURE_WORDS = word_set("will shall upcoming forthcoming tomorrow won't won’t")
_FUTURE_ADJECTIVES = word_set("""
    set expected scheduled slated due poised planning preparing going likely about planned
""")
# Verbs of intending: what they intend lies ahead of the intending, whatever its tense ("plans to visit",
# "did not plan to remove him on Thursday", "decided to admit them in early March").
_INTENTIONS = word_set("""
    plan plans planning planned intend intends intending intended aim aims aiming aimed hope hopes hoping
    hoped seek seeks seeking sought expect expects want wants wanted decide decides decided decision
    promise promises promised pledge pledges pledged vow vows vowed
""")
# Agreeing to do something is done, what is agreed is to come: neither way ("had agreed to hold a summit").
_AGREEING = word_set("agree agrees agreed agreeing")
_NEGATIONS = word_set("not n't never")
_AUXILIARIES = word_set("did had has have")
# Modals of possibility and obligation: what they govern has not happened yet ("must be returned by").
# ("could" is left out: it is as often the past of "can", "could not be reached Wednesday".)
_MAYBE_WORDS = word_set("would might may must should")
_PAST_WORDS = word_set("last ago yesterday earlier previous previously was were had did since")
_PRESENT_BE = word_set("is are am be being")
_PAST_BE = word_set("was were been")
# Verbs of arranging: whatever their tense, the day they govern is the day of what they arrange ("has
# scheduled a news conference Thursday", "have arranged talks for Monday").
_ARRANGING = word_set("scheduled rescheduled slated arrange arranges arranged arranging scheduling")
# Verbs that report speech: they decide the time of their own clause ("officials said Tuesday"), never the
# time of what they report ("officials said the talks would resume Friday").
_REPORTING = word_set("""
    said says saying told tells telling announced announces announcing added adds adding stated states
    reported reports reporting confirmed confirms declared declares predicted predicts noted notes wrote
    writes
""")
# Verbs whose present tense news uses for what is scheduled ("the board meets Tuesday", "the law takes effect
# Jan. 1", "the president heads to Asia on Sunday"): a weak sign of the future. Only the third person "-s"
# forms, which are seldom nouns; "talks", "plans" and the like are left out.
_SCHEDULED_PRESENT = word_set("""
    meets begins starts opens ends closes expires resumes reconvenes convenes arrives leaves departs returns
    travels heads flies visits takes faces hosts holds testifies appears kicks launches unveils votes
""")
# Their plain forms, with a plural subject ("voters go to the polls Tuesday", "the envoys meet Friday"): only
# verbs that are seldom nouns, and not after a word that makes them an infinitive or a negation.
_SCHEDULED_PLAIN = word_set("meet begin resume reconvene convene arrive depart fly testify go")
_NOT_BEFORE_PLAIN = word_set("""
    to will would shall should can could may might must did do does not never don't didn't won't can't
    the a an its their his her our your this that these those every each
""")
# "would not comment Monday", "wouldn't say Tuesday": a refusal to speak is the past of "will not", not a plan.
_DISCLOSING = word_set("""
    comment say discuss confirm deny elaborate disclose identify specify speculate reveal release name
    answer explain respond
""")
_PERFECT_PARTICIPLES = word_set("""
    been had done gone come met held made taken given seen spoken told said won lost sent led become chosen
    begun brought built
""")
_PAST_VERBS = word_set("""
    held met made took gave went came spoke told said saw began won lost left sent led rose fell became chose
    drew flew fought found got grew heard kept knew meant paid ran sat sought spent stood struck taught
    thought threw understood wrote brought bought caught built broke felt forgot rode rang swore tore wore
    withdrew overtook undertook sang drove ate fled shot stole blew sold hid fed froze laid slid sped spun
    sprang swept swam swung woke wept sank shrank shook drank overcame withheld upheld oversaw foresaw arose
    clung crept dealt flung knelt leapt slept slew strove shone dug bled forgave forbade awoke
""")
_NOT_PAST = word_set("""
    united related limited based interested concerned detailed expected scheduled planned proposed anticipated
    intended supposed advanced need speed proceed succeed exceed indeed hundred kindred sacred naked wicked
    rugged beloved aged alleged renowned talented skilled armed unprecedented sophisticated complicated
    dedicated breed greed weed steed bleed shed
""")
# Words before a past participle that make it an adjective ("the postponed talks"), not a past tense.
_DETERMINERS = word_set("a an the its their his her our your this that these those whose every each")
# Participles of verbs that take an object: before a preposition they describe a noun ("talks held in
# Seoul", "a summit hosted by Japan") rather than tell of the past.
_OBJECT_PARTICIPLES = word_set("held hosted signed organized organised arranged convened attended")
_PREPOSITIONS = word_set("in on at by during between with from near")
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]—–]|\s_\s"
    r"|\s(?:and|but|while|whereas|although|though|that|which|who|where|when|because|so|if|unless)\s"
    r"|\s(?:as|after|before|since|until)\s(?=(?:he|she|they|it|we|i)\s)"
    r"|\s(?:said|says|told\s+\w+)\s(?=(?:he|she|they|it|we|i)\s)"
    r"|\s(?=(?:saying|adding|telling)\s)")
# A date right after a reporting verb is the day of the report ("officials said Tuesday", "told reporters
# on Friday", "said privately Tuesday", "said through a spokesman Tuesday", "told a news conference Tuesday"),
# whatever the reported clause says.
# ("will be announced Friday", "is to be reported Tuesday": a passive tells of what is reported, not of the
# report.)
_REPORTED_ON = re.compile(r"\b(?=said|told|announced|added|stated|reported|confirmed|declared|predicted|wrote)"
                          r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
                          r"(?:said|told\s+(?:\w+|(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*"
                          r"|(?:the|a|an)\s+(?:[\w-]+\s+){0,2}[\w-]+)"
                          r"|announced|added|stated|reported|confirmed|declared|predicted|wrote)"
                          r"(?:\s+(?:[a-z]+ly|again|also|later|earlier|first|then))?"
                          r"(?:\s+(?:in|at|during|before|after|from|with|via|through|by|over)\s+[^,;:.]{1,40}?)?"
                          r"\s+(?:(?i:on)\s+)?\Z")
# ... and so is a date right before one: "the ministry on Tuesday said talks will resume".
_REPORTING_AFTER = re.compile(r"[ \t]+(?:said|told|announced|added|stated|reported|confirmed|declared|predicted"
                              r"|wrote)\b")
# The subject and reporting verb of the clause after a fronted date ("On Tuesday, officials said ...").
_SUBJECT_THEN_REPORTING = re.compile(r"(?:[\w.'’-]+[ \t]+){1,5}?(?:said|told|announced|added|stated|reported"
                                     r"|confirmed|declared|predicted|wrote)\b")
# A date that completes the participle of a done act describing a noun tells when the act was done: "the
# accord signed in September", "talks held in Geneva on Monday", "the pact reached Friday" (but not "to be
# held in May", "will be signed on Friday", "if approved Tuesday", which say what is still to come).
_DONE_PARTICIPLE = re.compile(
    r"\b(?=signed|held|hosted|reached|struck|adopted|passed|approved|issued|launched|staged|founded|built"
    r"|killed|arrested|fired|conducted|completed)"
    r"(?<!\bbe\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bbeing\s)(?<!\b[Ii]f\s)(?<!\b[Uu]nless\s)"
    r"(?:signed|held|hosted|reached|struck|adopted|passed|approved|issued|launched|staged|founded|built"
    r"|killed|arrested|fired|conducted|completed)"
    r"(?:\s+(?:in|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
    r"\s+(?:(?:in|on|at|during|early|late)\s+)?\Z")
# What one prepares or braces for lies ahead: "worked through the night to prepare for the change at midnight
# Friday", "traders braced for more losses today", "looked forward to the vote on Tuesday".
_PREPARING_FOR = re.compile(
    r"\b(?:(?:prepar|brac)(?:e|es|ed|ing)|ready(?:ing)?|gear(?:s|ed|ing)?\s+up|look(?:s|ed|ing)?\s+forward)"
    r"\s+(?:for|to)\s[^,;:()\[\]—–.!?]{0,60}\Z")
# A date a present "is" or "are" states is still to come ("the election is in November", "the hearing is
# Friday", "the deadline is now March 30", "the figures are released Tuesday"): a date gone by takes "was".
_IS_ON = re.compile(r"\b(?:is|are)\s+(?:(?:now|still|tentatively|currently|also)\s+)?"
                    r"(?:(?:[a-z]+ed|held|made|given|taken|set|shown|sent|run|done)\s+)?"
                    r"(?:(?:in|on|at|for)\s+)?\Z")
# A condition not yet met lies ahead ("if approved Tuesday, the bill ...", "unless talks resume Monday"), unless
# its verb is past ("if he had left on Friday", "asked if the vote took place Monday").
_CONDITION_BEFORE = re.compile(r"\b(?i:if|unless)\s+\Z")
_CONDITION_OPENING = re.compile(r"[\s\"'“‘`]*(?i:if|unless)\s")
_PAST_IN_CONDITION = _PAST_VERBS | word_set("had was were did been he'd they'd we'd i'd she'd")
# A date followed by a "when" clause that tells what happened or will happen on it.
_WHEN_AFTER = re.compile(r"[ \t]*,?[ \t]*when\s+")
# "In a statement Tuesday, the ministry said ...", "At a news conference on Monday, ...": the day of the
# speaking, which the sentence goes on to report.
_SPOKEN_IN = re.compile(
    r"\b(?i:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|speech|address|briefing|letter|conference|communique|broadcast|remarks)"
    r"(?:\s+(?:with|to|from|at|in)\s+[^,;:.]{1,30}?)?\s+(?:(?i:on)\s+)?\Z")
# A deadline a verb of putting off sets lies after the act: "postponed until Tuesday", "extended its
# deadline until 9 a.m. Tuesday", "gave them until Friday".
_DEFERRED_UNTIL = re.compile(
    r"\b(?:postpon|delay|defer|extend|adjourn|push(?:ed|es|ing)?\s+back|put\s+off|gave|give|given|grant"
    r"|recess)\w*\b[^.;:]{0,60}?\b(?:until|till|to|for)\s+"
    r"(?:[\d:.]+\s*(?:a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,3}\s+)?)?\Z")
# A date inside what is planned, agreed or bidden lies after the planning: "agreed to meet again in October",
# "subpoenaed him to testify on Feb. 10", "invited Lee to visit Tokyo in March", "has asked them to leave by
# Friday". The infinitive must come before the date in its clause ("agreed Thursday to widen the swap line"
# is the day of the agreeing), and be a verb ("agreed to a ceasefire on Monday" is not a plan); a clause
# joined after it is no longer the plan ("asked to leave and flew home on Tuesday").
# (the verbs' stems, then the endings of their forms: "agre-ed", "plan-ned", "invit-ing", "permit-ted")
_PLANNING_VERB = (r"(?:agre|plan|intend|aim|hop|seek|sought|expect|decid|promis|pledg|vow|invit|ask|urg|order"
                  r"|subpoena|summon|instruct|requir|forc|allow|permit|authori[sz]|persuad|encourag|press|arrang"
                  r"|told|tell)"
                  # the nouns too: "accepted an invitation to visit Accra on March 6"
                  r"(?:e|es|ed|eing|ing|s|d|ned|ning|ted|ting|ation|ations)?")
_INSIDE_A_PLAN = re.compile(
    rf"\b(?i:{_PLANNING_VERB})\b(?:\s+[\w'’-]+){{0,4}}?"
    r"\s+to\s+(?!(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those|him|them|me|us|some|any|all"
    r"|each|every|no|what|which|whom|whose)\b)[a-z]+(?<![^s]s)(?<!ing)\b"
    r"(?:(?!\b(?:and|but|then|while|when|because|so)\b)[^,;:()\[\]—–.!?]){0,80}\Z")
# A verbless clause ("possibly in July", "perhaps as early as May") has at most this many words beside its date.
_MOST_AFTERTHOUGHT_WORDS = 2
# A relative clause set off by a comma: its tense tells of its own noun, not of dates outside it.
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whom|whose|where)\s[^,;:()\[\]—–]*")
# A date after "ahead of" lies after the event of its clause, whatever that clause's tense.
_AHEAD_OF = re.compile(r"(?i:\bahead\s+of|\bin\s+the\s+(?:run|lead)[-\s]up\s+to)\s[^,;:()\[\]—–]{0,60}\Z")
# A date that opens its sentence and is set off by a comma ("On Tuesday, the league plans to ...") tells
# when the clause after the comma happens.
_SENTENCE_OPENING = re.compile(
    r"[\s\"'“‘`]*(?:(?i:on|by|until|in|from|since|at|during|before|after|early|late|last|this|next)\s+)?")
_FRONTED = re.compile(r"[ \t]*,[ \t]*")
# A date that describes a noun ("the Jan. 14 deadline", "Wednesday's ruling") is not an adverb of its
# clause's verb: the clause's tense does not place it, only the sentence's, and loosely.
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|its|their|his|her|our|this|that)\s+\Z")
_POSSESSIVE = re.compile(r"['’]s\s")
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|of|in|on|at|by|for|with|from|as|is|was|were|are|that|which"
                         r"|when|the|a|an)\b)[a-z]+\b")


# "The trade deficit for September", "retail sales in May", "figures for November": a month after a noun of
# what is counted names the period counted, gone by whatever the tense of the clause ("will be published").
_COUNTED_IN = re.compile(r"\b([A-Za-z]+)\s+(?:for|in)\s+\Z")
_COUNTED = word_set("""
    figures data sales deficit surplus output results earnings numbers statistics index inflation unemployment
    joblessness exports imports production orders spending income profit profits revenue revenues prices
    growth shipments starts
""")
_MONTH_ALONE = re.compile(MONTH_FULL)


def _counted_month(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a month alone after a noun of what is counted (see _COUNTED_IN)."""
    if not _MONTH_ALONE.fullmatch(text, start, end):
        return False
    before = _COUNTED_IN.search(text, max(0, start - 24), start)
    return before is not None and before.group(1).lower() in _COUNTED


def _modifies_noun(text: str, start: int, end: int) -> bool:
    if _POSSESSIVE.match(text, end):
        return True
    return (_DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None
            and _NOUN_AFTER.match(text, end) is not None)


_WORD_END = re.compile(r"([A-Za-z]+)\Z")


def _capitalized_before(text: str, pos: int) -> bool:
    word = _WORD_END.search(text, max(0, pos - 30), pos)
    return word is not None and word.group(1)[:1].isupper()


def direction_scores(text: str, *, reporting: bool = True, schedules: bool = True) -> tuple[int, int]:
    """Weights of the signs of the past and of the future in `text` (without the reporting verbs when
    `reporting` is false, without the present tense of schedules when `schedules` is false: a headline's
    present tells of what has happened)."""
    words = _WORD.findall(text)
    lowered = [word.lower() for word in words]
    lowered.extend(("", "", ""))
    past = future = 0
    for index, word in enumerate(words):
        low = lowered[index]
        if low not in _SIGNS and not low.endswith(_SIGN_ENDINGS):
            continue  # most words are no sign either way
        following = lowered[index + 1]
        if not reporting and low in _REPORTING:
            continue
        if low in _FUTURE_WORDS or low.endswith(("'ll", "’ll")) or low in _ARRANGING:
            future += 2
        elif low == "next":
            future += 0 if following == "to" else 2
        elif low in _FUTURE_STARTERS and _announces_future(low, following, lowered[index + 2]):
            future += 2
        elif low == "would" and following in _NEGATIONS and lowered[index + 2] in _DISCLOSING:
            past += 2
        elif low in ("wouldn't", "wouldn’t") and following in _DISCLOSING:
            past += 2
        elif low in _MAYBE_WORDS and word != "May":
            future += 1
        elif low in _SCHEDULED_PRESENT and schedules and word.islower():
            future += 1
        elif (low in _SCHEDULED_PLAIN and schedules and word.islower() and index > 0
              and lowered[index - 1] not in _NOT_BEFORE_PLAIN):
            future += 1
        elif low in _AUXILIARIES and _intends(lowered, index + 1):
            continue  # "did not plan to", "had agreed to": the intention decides
        elif low in _AGREEING and following == "to":
            continue
        elif low in _PAST_WORDS:
            past += 2
        elif low in ("has", "have"):
            participle = lowered[index + 2] if following == "already" else following
            if participle in _ARRANGING:
                continue
            if participle in _PERFECT_PARTICIPLES or participle.endswith("ed"):
                past += 2
        elif word.islower() and _is_past_verb(low) and not _adjective(lowered, index):
            past += 1
    return past, future


def _intends(lowered: list[str], index: int) -> bool:
    """Whether an intention ("plan to", "not intend to") begins at `index`."""
    while lowered[index] in _NEGATIONS:
        index += 1
    return (lowered[index] in _INTENTIONS or lowered[index] in _AGREEING) and lowered[index + 1] == "to"


def _adjective(lowered: list[str], index: int) -> bool:
    """Whether the past verb form at `index` is used as an adjective or passive (a weak sign of the past)."""
    if index > 0 and (lowered[index - 1] in _PRESENT_BE or lowered[index - 1] in _DETERMINERS):
        return True
    return lowered[index] in _OBJECT_PARTICIPLES and lowered[index + 1] in _PREPOSITIONS


# Participles that put what they govern ahead without "to" or "for": "is expected in May", "are due Friday".
_AWAITED = word_set("expected due scheduled slated set")
_FUTURE_PAIRS = frozenset({("later", "this"), ("this", "coming"), ("the", "coming"), ("be", "held")})
_FUTURE_STARTERS = _PRESENT_BE | _PAST_BE | _INTENTIONS | {first for first, _ in _FUTURE_PAIRS}
# Every word that may weigh in direction_scores, but the regular past tenses ("-ed") and "-'ll".
_SIGNS = (_FUTURE_WORDS | _ARRANGING | _FUTURE_STARTERS | _MAYBE_WORDS | _PAST_WORDS | _PAST_VERBS | _REPORTING
          | _SCHEDULED_PRESENT | _SCHEDULED_PLAIN | {"next", "did", "has", "have", "wouldn't", "wouldn’t"})
_SIGN_ENDINGS = ("ed", "'ll", "’ll")


def _announces_future(word: str, following: str, after: str) -> bool:
    """"is set to", "are expected to", "is to", "plans to", "later this", "be held"; in the past, what was
    set for a day still lies after the setting: "was scheduled for", "had been set to expire"."""
    if word in _PRESENT_BE and following in _FUTURE_ADJECTIVES and (after in ("to", "for")
                                                                 or following in _AWAITED and after != "that"):
        return True  # "is expected in Geneva on Sunday", "are due Friday"
    if word in ("was", "were") and following == "to" and after not in ("have", ""):
        return True  # "was to arrive Friday" (but "was to have arrived", which did not happen)
    if word in _PAST_BE and following in _FUTURE_ADJECTIVES and after in ("to", "for"):
        return True
    if word in ("is", "are") and following == "to":
        return True
    return (word in _INTENTIONS and following == "to") or (word, following) in _FUTURE_PAIRS


def _is_past_verb(word: str) -> bool:
    if word in _PAST_VERBS:
        return True
    return len(word) > 3 and word.endswith("ed") and word not in _NOT_PAST


def sentence_direction(sentence: str) -> Direction:
    """Whether a sentence speaks of the past ("held", "met", "last"), the future ("will", "is set to",
    "is expected to", "plans to", "next") or cannot tell."""
    past, future = direction_scores(sentence, schedules=not _is_headline(sentence))
    return _verdict(past, future)


def _is_headline(sentence: str) -> bool:
    """Whether a sentence has no full stop (a headline, a caption, a line of a list)."""
    return not sentence.rstrip().rstrip("\"'”’)").endswith((".", "!", "?"))


def _verdict(past: int, future: int) -> Direction:
    if future > past:
        return "future"
    if past > future:
        return "past"
    return "either"


class Sentences:
    """The sentences of one text, split a paragraph at a time as needed, and the direction each speaks in."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._paragraphs: dict[int, list[int]] = {}
        self._scores: dict[int, tuple[int, int]] = {}
        self._relatives: dict[int, list[tuple[int, int, int, int]]] = {}
        self._told_in_full: dict[int, bool] = {}

    def span(self, offset: int) -> tuple[int, int]:
        """Start and end of the sentence holding `offset`."""
        first = self._text.rfind("\n", 0, offset) + 1
        last = self._text.find("\n", offset)
        last = len(self._text) if last < 0 else last
        starts = self._paragraphs.get(first)
        if starts is None:
            starts = self._paragraphs[first] = self._sentence_starts(first, last)
        index = bisect.bisect_right(starts, offset) - 1
        end = starts[index + 1] if index + 1 < len(starts) else last
        return starts[index], end

    def start_before(self, offset: int, count: int) -> int:
        """Where the sentence `count` sentences before the one holding `offset` starts (the text's first
        sentence at most)."""
        start = self.span(offset)[0]
        for _ in range(count):
            previous = start - 1
            while previous > 0 and self._text[previous].isspace():
                previous -= 1
            if previous <= 0:
                return 0
            start = self.span(previous)[0]
        return start

    def _sentence_starts(self, first: int, last: int) -> list[int]:
        return [first, *(start for start, _ in split_sentences(self._text, first, last)[1:])]

    def direction_at(self, start: int, end: int, after: int = 0) -> tuple[Direction, bool]:
        """The direction that governs text[start:end], and whether the date's own clause states it.

        The words right around the date decide first: what is prepared for lies ahead; a reporting verb the
        date follows ("officials said Tuesday", "In a statement Tuesday,") and the participle of a done act
        ("the accord signed in September") look back; "is" before it ("the runoff is in November"), a deadline
        that a verb of putting off sets ("postponed until Tuesday") and a plan ("agreed to meet in May") look
        forward. Then a relative clause (", who met Ishiba on Tuesday,") decides its own dates; a month of what
        is counted ("sales in May") is gone by; a date that describes a noun goes by the sentence, loosely; a
        "when" clause after the date tells its tense; then the words between the clause breaks around it (but
        those before an earlier date ending at `after` belong to that date: "the talks that ended last Sunday
        will resume this Thursday"). Only when all that says nothing does the rest of the sentence decide,
        without its relative clauses and its reporting verbs. A date "ahead of" an event has no direction."""
        first, last = self.span(start)
        window_start = max(first, start - 80)
        if _AHEAD_OF.search(self._text, window_start, start):
            return "either", False
        if _PREPARING_FOR.search(self._text, window_start, start):
            return "future", True
        if (_REPORTING_AFTER.match(self._text, end) or _REPORTED_ON.search(self._text, window_start, start)
                or self._spoken_in(first, start, end)):
            return "past", True
        if _DONE_PARTICIPLE.search(self._text, max(first, start - 50), start):
            return "past", True
        if _IS_ON.search(self._text, max(first, start - 30), start) and not _POSSESSIVE.match(self._text, end):
            return "future", True
        if _DEFERRED_UNTIL.search(self._text, max(first, start - 120), start):
            return "future", True
        if _INSIDE_A_PLAN.search(self._text, max(first, start - 160), start):
            return "future", True
        schedules = self._schedules(first, last)
        scores = self._scores.get(first)
        if scores is None:
            # (a present tense tells of schedules only in the date's own clause: "the decision comes after
            # Monday's vote" is no vote to come)
            scores = self._scores[first] = direction_scores(self._text[first:last], reporting=False,
                                                            schedules=False)
        past, future = scores
        for clause_start, clause_end, clause_past, clause_future in self._relative_clauses(first, last):
            if clause_start <= start < clause_end:
                return _verdict(clause_past, clause_future), True
            past, future = max(0, past - clause_past), max(0, future - clause_future)
        if _counted_month(self._text, start, end):
            return "past", False
        if _modifies_noun(self._text, start, end):
            return _verdict(past, future), False
        when = _WHEN_AFTER.match(self._text, end, last)
        if when is not None:
            # "in October, when the two leaders signed the declaration": the clause that describes the date
            told = _verdict(*direction_scores(self._clause(first, last, when.end(), when.end()),
                                              reporting=False, schedules=schedules))
            if told != "either":
                return told, True
        clause_start, clause_end = self._clause_span(first, last, start, end)
        if self._condition_to_come(first, clause_start, clause_end):
            return "future", True  # "if approved Tuesday", "unless the talks resume Monday"
        narrow = _verdict(*direction_scores(self._text[max(clause_start, min(after, start)):clause_end],
                                            reporting=False, schedules=schedules))
        fronted = _FRONTED.match(self._text, end) if narrow == "either" else None
        if fronted is not None and _SENTENCE_OPENING.fullmatch(self._text, first, start):
            if _SUBJECT_THEN_REPORTING.match(self._text, fronted.end()):
                return "past", True  # "On March 3, officials said the talks would resume": said then
            narrow = _verdict(*direction_scores(self._clause(first, last, fronted.end(), fronted.end()),
                                                reporting=False, schedules=schedules))
        if narrow != "either":
            return narrow, True
        leading = self._afterthought_of(first, last, start, end)
        if leading is not None:
            return leading, True
        return _verdict(past, future), False

    def _condition_to_come(self, first: int, clause_start: int, clause_end: int) -> bool:
        """Whether the clause clause_start..clause_end is a condition ("if", "unless") with no past tense in it."""
        if not (_CONDITION_BEFORE.search(self._text, max(first, clause_start - 8), clause_start)
                or clause_start == first and _CONDITION_OPENING.match(self._text, first)):
            return False
        words = {word.lower() for word in _WORD.findall(self._text[clause_start:clause_end])}
        return not words & _PAST_IN_CONDITION

    def _schedules(self, first: int, last: int) -> bool:
        """Whether the present tense of the sentence first..last may tell of schedules (it is no headline)."""
        told = self._told_in_full.get(first)
        if told is None:
            told = self._told_in_full[first] = not _is_headline(self._text[first:last])
        return told

    def _spoken_in(self, first: int, start: int, end: int) -> bool:
        """Whether the date ends an opening "In a statement Tuesday," (see _SPOKEN_IN)."""
        if _FRONTED.match(self._text, end) is None:
            return False
        found = _SPOKEN_IN.search(self._text, max(first, start - 60), start)
        return found is not None and not self._text[first:found.start()].strip(" \t\"“‘'(")

    def _afterthought_of(self, first: int, last: int, start: int, end: int) -> Direction | None:
        """The direction of the clause a verbless afterthought hangs on: in "the leaders will meet again,
        possibly in July" the date's clause ("possibly in July") has no verb, and "will meet" places it."""
        clause_start, clause_end = self._clause_span(first, last, start, end)
        if clause_start == first or self._text[clause_start - 1] != ",":
            return None
        rest = _WORD.findall(self._text[clause_start:start] + " " + self._text[end:clause_end])
        if len(rest) > _MOST_AFTERTHOUGHT_WORDS:
            return None
        leading = _verdict(*direction_scores(self._text[first:clause_start], reporting=False,
                                             schedules=self._schedules(first, last)))
        return None if leading == "either" else leading

    def relative_clause(self, offset: int) -> tuple[int, int] | None:
        """Start and end of the relative clause set off by a comma that holds `offset`, if any."""
        first, last = self.span(offset)
        for clause_start, clause_end, _, _ in self._relative_clauses(first, last):
            if clause_start <= offset < clause_end:
                return clause_start, clause_end
        return None

    def _relative_clauses(self, first: int, last: int) -> list[tuple[int, int, int, int]]:
        """Start, end and direction scores of each relative clause of the sentence at `first`."""
        clauses = self._relatives.get(first)
        if clauses is None:
            clauses = self._relatives[first] = [
                (found.start(), found.end(),
                 *direction_scores(found.group(), reporting=False,
                                   schedules=self._schedules(first, last)))
                for found in _RELATIVE_CLAUSE.finditer(self._text, first, last)]
        return clauses

    def _clause(self, first: int, last: int, start: int, end: int) -> str:
        clause_start, clause_end = self._clause_span(first, last, start, end)
        return self._text[clause_start:clause_end]

    def _clause_span(self, first: int, last: int, start: int, end: int) -> tuple[int, int]:
        """Start and end of the clause of the sentence first..last that holds text[start:end]."""
        clause_start = first
        for found in self._breaks(first, start):
            clause_start = found.end()
        following = next(self._breaks(end, last), None)
        return clause_start, following.start() if following else last

    def _breaks(self, start: int, end: int) -> Iterator[re.Match[str]]:
        """The clause breaks of text[start:end], but not the "and" inside a name ("Trinidad and Tobago")."""
        text = self._text
        for found in _CLAUSE_BREAK.finditer(text, start, end):
            if (found.group().strip() in ("and", "or") and text[found.end():found.end() + 1].isupper()
                    and _capitalized_before(text, found.start())):
                continue
            yield found
