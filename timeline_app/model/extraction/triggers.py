"""The words news reports use to name calls, summits, ministerial meetings and other diplomatic events."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TypeVar

from timeline_app.model.dates.words import FULL_MONTHS, FULL_WEEKDAYS, MONTH
from timeline_app.model.events import Kind, Status
from timeline_app.model.extraction.places import CountryPair, country_pair


@dataclass(frozen=True, slots=True)
class Trigger:
    """A phrase that names an event: its span in the sentence, its kind, and a name if it is a proper one."""

    start: int
    end: int
    kind: Kind
    name: str | None = None
    generic: bool = False  # "met", "talks", "visit": a summit for leaders, a ministerial meeting for ministers
    visit_to: str | None = None
    anaphoric: bool = False  # "the meeting", "their previous talks": an event named before, or its kind
    trilateral: bool = False  # "a trilateral summit", "Korea-Japan-China talks": three countries at one table
    person_object: bool = False  # "called President Moon": a call only when a person is called
    elided: bool = False  # "the previous one", "since the seventh": the noun left out, the event's named before


_TEL = r"(?:tele)?phone|video"
_CALL = re.compile(
    rf"\b(?:{_TEL})[\s-]+(?:calls?|talks?|conversations?|conferences?|summits?|meetings?|diplomacy)\b"
    rf"|\bvideo\s*conferenc(?:e|ing)\b"
    rf"|\b(?:spoke|spoken|speak|speaks|talked|talk|talks|conferred|held\s+talks|exchang(?:ed|e|es|ing)\s+views)\s+"
    rf"(?:by|over\s+(?:a|the)|on\s+the|via)\s+"
    rf"(?:(?:tele)?phone|video(?:[\s-]*(?:link|conference|call))?)\b"
    rf"|\b(?:phoned|telephoned)\b"
    rf"|\b(?:virtual|online)\s+(?:summit|meeting|talks|conference)s?\b"
    rf"|\b(?:met|meet|meets|meeting|talked|spoke|conferred)\s+(?:virtually|online)\b",  # "met virtually on Friday"
    re.IGNORECASE,
)
# "Suga called Moon on Tuesday", "will call his counterpart": a call when a person is the object (the
# extractor checks), not "called on Japan to", "called for talks", "so-called".
# "held talks with his counterpart by video link", "met ... via videoconference": a meeting held over the wire.
_BY_WIRE = re.compile(
    rf"\b(?:by|via|over|through)\s+(?:an?\s+|the\s+)?(?:video[\s-]*(?:links?|conferenc(?:e|ing)|calls?)|"
    rf"videoconferenc(?:e|ing)|(?:{_TEL}))\b",
    re.IGNORECASE,
)
_WIRE_CLAUSE_END = re.compile(r"[;:,—–]|\s(?:and|but|while|after|before)\s")
_CALL_VERB = re.compile(
    r"(?<!so-)\b(?:called|calls|(?:will|to|would)\s+call)\s+(?!(?:on|for|off|upon|it|in|back|out|up)\b)"
    r"(?=(?-i:[A-Z])|(?:his|her|their)\s)",
    re.IGNORECASE,
)
# "on Monday", "on Oct. 25", "on the 12th": what makes "a call on" a call held on a day, not "a call on Japan to".
_DAY_WORDS = (rf"(?:{'|'.join(w.title() for w in FULL_WEEKDAYS)}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
              r"|the\s+\d|\d)")
# "a 30-minute call", "held a call with", "In a brief call on Monday": a call as held (not "a call for calm", "called on").
_CALL_HELD = re.compile(
    r"\b(?:an?|their|his|her)\s+(?:\d+|one|two|three|five|ten|fifteen|twenty|thirty|forty|forty-five|ninety)"
    r"[\s-]+(?:minute|hour)\s+call\b"
    r"|\b(?:held|had|hold|holds|holding|have|has|in)\s+(?:a|an|their|his|her)\s+"
    r"(?:(?!courtesy\b|roll\b|wake-up\b|(?:tele)?phone\b|video\b)"
    rf"[a-z][\w-]*\s+){{0,2}}?call\b(?!\s+(?:for|to|from|of|by)\b)(?!\s+on\s+(?!{_DAY_WORDS}))"
    # "received a call from Kishida", "returned his call to ...": a call between the one who takes it and a person
    r"|\b(?:received|receives|took|takes|got|returned|returns|placed|places|made|makes)\s+(?:a|an|the|his|her)\s+"
    r"(?:(?:phone|telephone|congratulatory|brief|[\w-]+-minute)\s+)?call\s+(?:from|to)\s+(?=(?-i:[A-Z])|(?:his|her|their)\s)",
    re.IGNORECASE,
)
# "President Yoon received Japanese Foreign Minister Hayashi", "welcomed Chancellor Scholz to Paris": a meeting
# when the one received is a person (the extractor checks), not "received a letter", "welcomed Tokyo's decision".
_RECEIVED = re.compile(
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)\b(?:received|receives|receive|welcomed|welcomes|welcome)\s+"
    r"(?=(?-i:[A-Z])|(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?\b)",
    re.IGNORECASE,
)
# "Ishiba congratulated Lee by phone", "thanked his counterpart over the phone": any verb done to a person by
# phone is a call (the extractor checks that a person follows the verb).
_BY_PHONE_VERB = re.compile(
    r"\b[a-z]+ed\s+(?=(?:(?:[A-Z][\w'’.-]*|his|her|their|new|the|counterparts?)\s+){1,5}?"
    r"(?:by|over\s+the)\s+(?:tele)?phone\b)"
)
# "Their previous call", "the call", "that call": a call named before.
_CALL_NOUN = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:(?!courtesy\b)[a-z][\w-]*\s+){0,2}?call\b(?!\s+(?:for|on|to|from)\b)"
)
_MINISTERIAL = re.compile(
    r"\b(?:meeting|talks|dialogue|consultations)\s+(?:of|between)\s+(?:the\s+)?(?:two\s+countries['’]\s+|their\s+)?"
    r"(?:[a-z]+\s+)?ministers\b"  # "a meeting of the two countries' finance ministers"
    r"|\b(?:(?:vice|deputy)[\s-]+)?(?:(?:foreign|defen[cs]e|finance|trade|economy|economic|industry|"
    r"unification|interior|justice|culture|science|environment|health|labor|education|agriculture)\s+)?"
    r"ministers?['’]?\s*(?:s['’]?\s+)?(?:meeting|talks|dialogue|conference|consultations?|session)s?\b"
    r"|\b(?:vice[\s-]+|deputy[\s-]+)?ministerial(?:[\s-]+level)?\s+(?:talks|meeting|dialogue|conference|"
    r"consultations?|strategic\s+dialogue|session)s?\b"
    r"|\b(?:two|2)[\s+-]*plus[\s+-]*(?:two|2)\s+(?:talks|dialogue|meeting)\b"
    r"|(?<![\w+])2\s*\+\s*2\s+(?:ministerial\s+)?(?:talks|dialogue|meetings?|consultations)\b"  # "the 2+2 talks"
    # "their first 2+2", the noun left out (not "2+2 = 4", not "2+2 talks", found above)
    r"|\b(?:an?|the|their|its|first|second|third|inaugural|next)\s+(?:[a-z]+\s+)?2\s*\+\s*2\b(?![\s=]*\d)"
    r"(?!\s+(?:ministerial\s+)?(?:talks|dialogue|meetings?|consultations)\b)"
    r"|\b(?:strategic|security)\s+(?:dialogues?|talks|consultations)\b"
    r"|\bnational\s+security\s+advis[eo]rs?['’]?\s*(?:talks|meeting|dialogue|consultations?)s?\b",
    re.IGNORECASE,
)
_SUMMIT = re.compile(
    r"\bsummit(?:\s+(?:meeting|talks))?s?\b"
    r"|\bbilateral\s+summits?\b"
    r"|\bleaders?['’]?\s*(?:meeting|talks)\b"
    r"|\b(?:state|official|working)\s+visit\b",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"\b(?:met(?:\s+with)?|meets(?:\s+with)?|meet(?:\s+with)?|meeting\s+with)\s+"
    r"(?=(?:(?:then|former|new|incoming|outgoing|the)\s+)*(?-i:[A-Z])|(?:his|her|their)\s)"
    r"|\b(?:met|meet|meets)(?=\s+(?:in|at|on|for|briefly|last|this|twice|again|separately)\b)"
    # "met here today", "met yesterday", "met privately": where, when or how, said in one word
    r"|\b(?:met|meet|meets)(?=\s+(?:here|there|today|yesterday|tonight|tomorrow|earlier|privately|informally|"
    r"secretly|as\s+a\s+(?:trio|threesome))\b)"
    r"|\b(?:could|will|would|may|might|to|plans?\s+to|expected\s+to)\s+meet\b"
    r"|\b(?:held|hold|holds|holding|had|have|has)\s+(?:a\s+|an\s+|their\s+|his\s+|her\s+)?"
    r"(?:(?!phone|telephone|video)[\w-]+\s+){0,2}(?:talks|conversation|chat)\b"
    r"|\b(?:meeting|talks)\s+between\b"
    # "spoke on the sidelines of the G7 summit", "chatted briefly on the margins": a word there is a meeting
    r"|\b(?:spoke|talked|chatted|conferred)\s+(?:briefly\s+|privately\s+)?on\s+the\s+(?:sidelines|margins?)\b"
    r"|\btalked\s+(?:briefly\s+|privately\s+)?(?:with\s+(?=(?-i:[A-Z])|(?:his|her|their)\s)|on\s+the\s+sidelines\b|"
    r"(?:briefly|privately)\b)"  # "talked briefly", "talked with Lee"; not "talked about"
    # "Meeting in Tokyo, the ministers agreed ...", "The two leaders, meeting on Thursday, pledged ...": a participle
    r"|(?:^|(?<=,\s))meeting(?=\s+(?:(?:in|at)\s+(?-i:[A-Z])|on\s+(?-i:[A-Z])|(?:last|earlier|later)\s|for\s+the\s))"
    # "Ishiba's expected talks with President Lee": the talks as a noun, with whom they are held
    r"|\btalks\s+with\s+(?=(?:(?:then|former|new|incoming|outgoing|the)\s+)*(?-i:[A-Z])|(?:his|her|their)\s)"
    r"|\bhost(?:ed|s|ing)?\s+(?=(?-i:[A-Z])|(?:his|her|their)\s)"
    r"|\b(?:for|in)\s+talks\s+with\b"
    r"|\bin\s+(?:his|her|their)\s+(?:first\s+)?talks\b"
    # "have held their first face-to-face meeting", "had a separate meeting": the meeting as held, not named before
    r"|\b(?:held|hold|holds|holding|had|have|has)\s+(?:a|an|their|his|her)\s+(?:(?!phone|telephone|video)[\w-]+\s+){0,2}"
    r"meeting\b(?!\s+of\s+(?:their|its)\s+own\b)"
    # Other words for sitting at one table: "a tete-a-tete", "sat down with", "a working lunch", "was received
    # by President X", "intergovernmental consultations", "co-chaired a joint commission", "a courtesy call on".
    r"|\bt[eê]te-[aà]-t[eê]tes?\b"
    r"|\b(?:sat|sit|sits|sitting)\s+down\s+(?:together|with)\b"
    r"|\bworking\s+(?:lunch|dinner|breakfast|luncheon)\b"
    r"|\b(?:was|were|been|be|is|are)\s+received\s+by\s+(?=(?:(?:the|then|new)\s+)*(?-i:[A-Z])|(?:his|her|their)\s)"
    r"|\bintergovernmental\s+consultations\b"
    r"|\bco-?chair(?:ed|s|ing)?\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3}?(?:commission|committee|meeting|talks|"
    r"dialogue|consultations)\b"
    r"|\bcourtesy\s+calls?\b(?!\s+(?:for|to)\b)"
    r"|\b(?:next|new|another|second|third|fresh)\s+round\s+of\s+(?:talks|consultations)\b"
    # "The two leaders' last formal meeting was in New York": the meeting named as the subject of its sentence
    r"|\b(?:two\s+)?(?:leaders|ministers|sides|countries)['’]\s+(?:(?:last|previous|first|latest|most\s+recent|"
    r"next|formal|informal|bilateral|face-to-face|in-person)\s+){1,3}(?:meeting|talks|summit)\b",
    re.IGNORECASE,
)
# "held bilateral talks", "a bilateral on the sidelines", "had a pull-aside", "a trilateral", "a council of
# ministers": a meeting of leaders or ministers by who meets (apart from _GENERIC: rarer words, scanned only when
# the sentence has one of them).
_GENERIC_NOUNS = re.compile(
    r"\bbilateral\s+(?:talks|meetings?|consultations)\b"
    r"|\b(?:an?|their|the|first)\s+(?:bi|tri)lateral(?=\s+(?:on|at|in|with|during|later|this|last|that)\b|\s*[,.;]|\s*$)"
    r"|\bpull-?asides?\b"
    r"|\b(?:joint\s+)?(?:council|cabinet)\s+of\s+ministers\b",  # "a Franco-German council of ministers"
    re.IGNORECASE,
)
_VISIT = re.compile(
    r"\b(?:visit(?:ed|s|ing)?|trip|travel(?:s|ed|led|ing)?|(?:flew|flown|flies|fly|flying|headed|heads|heading)(?=\s+to\s))"
    # "a visit by Kishida to Seoul", "a trip by the president to Tokyo": the visitor between the noun and the place
    r"(?:\s+by(?:\s+[\w.'’-]+){1,4}?(?=\s+to\s))?"
    r"\s+(?:to\s+)?(?P<place>(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})",
)
# "Merz is due in Paris on Wednesday", "Ruto is expected in Addis Ababa later this year": a visit, its verb left out.
_DUE_IN = re.compile(
    r"\b(?:is|are|was|were)\s+(?:due|expected)\s+(?:back\s+)?in\s+(?P<place>(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})"
)
_CALENDAR = re.compile(rf"(?:{MONTH}|{'|'.join(w.title() for w in FULL_WEEKDAYS)})\b")
# What a visit to a building or a site ends with: "Seodaemun Prison", "Arica Museum", "Valparaiso Naval Base".
_FACILITY = re.compile(
    r"\b(?:Prison|Museum|Memorial|Cemetery|Shrine|Temple|Cathedral|Church|Mosque|Monument|Tomb|Hall|Park|Palace|"
    r"Factory|Plant|Shipyard|Base|Camp|University|School|College|Hospital|Market|Zoo|Stadium|Port|Harbou?r|"
    r"Headquarters|Cent(?:er|re)|Station|Bridge|Site|Gallery)$"
)
# A noun naming an event the report has already introduced ("the meeting", "their previous talks",
# "At Friday's meeting", "a formal meeting"): its kind comes from the people or from what came before. Not "an
# invitation to visit Seoul", where "visit" is a verb.
_ANAPHORIC = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Tt]his|[Tt]hat|[Ii]ts|[Aa]n?|[A-Z][a-z]+day['’]s|[Tt]oday['’]s|[Yy]esterday['’]s)\s+"
    r"(?:(?!phone|telephone|video|to\b)[a-z0-9][\w-]*\s+){0,2}?(?:meeting|talks|conversation|dialogue|visit|trip)\b"
    r"(?!\s+(?:of|to|by)\s+(?:the\s+)?[A-Z])"
)
# "The previous one", "the last one": the event named just before, when there is one (the extractor checks).
_ONE_BEFORE = re.compile(r"\b[Tt]he\s+(?:previous|last|earlier|prior)\s+one\b")
# "the first since the seventh in Seoul": an ordinal standing for the event named before it, one of its series.
_SINCE_ORDINAL = re.compile(
    r"\bsince\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th))\b(?=\s*(?:[,.;]|$)|\s+(?:in|at|on|held|took|was|were)\b)"
)
_OTHER = re.compile(
    r"\breceptions?\b|\bjoint\s+(?:declarations?|statements?|communiqu[eé]s?|press\s+conferences?)\b"
    r"|\b(?:signing\s+)?ceremon(?:y|ies)\b|\bexchange\s+of\s+notes\b",
    re.IGNORECASE,
)
# "Obuchi and Kim issue a joint declaration", "the two ministers signed a joint statement": the two sides' act
# at one table, the meeting named by what it produced (a meeting when the people are of the two sides).
_JOINT_ACT = re.compile(
    r"\b(?:issue[ds]?|issuing|sign(?:ed|s|ing)?|adopt(?:ed|s|ing)?)\s+"
    r"(?:on\s+(?:[A-Z][a-z]+\.?(?:\s+\d{1,2})?|the\s+\d{1,2}(?:st|nd|rd|th))\s+)?"  # "signed on Tuesday their ..."
    r"(?:a|the|their)\s+(?:[\w'’–-]+\s+){0,2}joint\s+"  # "the Japan–ROK Joint Declaration", "their first-ever joint"
    r"(?:declarations?|statements?|communiqu[eé]s?)\b",
    re.IGNORECASE,
)
_COUNT_OF_TIMES = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)"
                             r"\s+times|twice)\b"
                             # "met twice this year, in Tokyo in March and in Seoul in May": a count, then each
                             r"(?![\w\s]{0,20},\s+(?:in|on|at)\s+(?-i:[A-Z])[^,;]{0,40}\s(?:in|on)\s)",
                             re.IGNORECASE)
_MEAL = re.compile(r"working\s+(?:lunch|dinner|breakfast|luncheon)", re.IGNORECASE)
_TOKEN = re.compile(r"[\w'’.-]+")
_CONNECTORS = frozenset(("of", "and", "on", "for", "the"))
_CALENDAR_WORDS = frozenset((*FULL_MONTHS, *FULL_WEEKDAYS))
# Large gatherings of many countries: not an event of the pair, though one may happen on their sidelines.
# (Acronyms are matched in capitals: "UN" is not the start of "unprecedented".)
_MULTILATERAL = re.compile(
    r"(?:\bG-?7|\bG-?20|\bGroup\s+of\s+(?:Seven|Eight|Twenty|7|8|20)|\bSoutheast\s+Asian\s+Nations|\bNATO|\bAPEC|"
    r"\bASEAN|\bEAS|\bUN|\bU\.N\.|\bUnited\s+Nations|\bBRICS|\bQuad|\bOECD|\bEU|\bEast\s+Asia|\bAsia-Pacific|"
    r"\bNuclear\s+Security|\bGeneral\s+Assembly|\b[Mm]ultilateral"
    r"|\b[Tt]he\s+[A-Z]{3,}(?=\s))"  # "the CELAC summit", "the SCO summit": an organisation's gathering
    r"[\w\s'’.-]{0,12}$",
)
_MANY_SIDES = re.compile(r"\b(?:multilateral|regional)\b", re.IGNORECASE)
# Three countries at one table: an event of the pair when both are among them (the extractor checks).
_THREE_SIDES = re.compile(
    r"\b(?:trilateral|three-way|three-nation|three-country|tripartite|(?:the\s+)?three\s+(?:countries|nations)|"
    r"as\s+a\s+(?:trio|threesome))\b"
    r"|(?-i:\b[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?[-–][A-Z][\w.]+(?:\s+[A-Z][\w.]+)?[-–][A-Z][\w.]+)",
    re.IGNORECASE,
)
# "Japan-China", "South Korea-U.S.", "ROK–Japan": two names of countries joined by a hyphen or a dash.
_SIDE = r"((?:(?:North|South|East|West|New|United|Saudi|Sri)\s+)?[A-Z][\w.]*)"
_PAIR = re.compile(rf"\b{_SIDE}[-–]{_SIDE}\s*$")
_PAIR_IN_NAME = re.compile(rf"(?:the\s+)?{_SIDE}[-–]{_SIDE}\b")

_CANCELLED = re.compile(
    r"\b(?:cancel(?:l?ed|s|lation|l?ing)?|call(?:ed|ing|s)?\s+(?:it\s+|them\s+)?off|"
    r"put(?:ting|s)?\s+(?:it\s+|them\s+)?off|scrap(?:ped|ping|s)?|"
    r"postpon(?:ed|ing|es|ement)|scuttled|"
    r"shelved|axed|fell\s+through|skipp(?:ed|ing)|skips?|"
    r"(?:will\s+not|won['’]t|would\s+not)\s+(?:travel|visit|attend|go|hold|meet))\b",
    re.IGNORECASE,
)
# "There are no plans for the two to meet": the event is denied, not planned.
# "have not met since 2019", "failed to hold the summit": the act that follows within a few words is denied, not
# one further on ("failed to agree on history at a summit in Seoul": the summit was held).
_NEGATED_ACT = re.compile(
    r"\b(?:fail(?:ed|s)?(?:\s+to)?|(?:have|has|had)\s+not|haven['’]t|hasn['’]t|hadn['’]t|never)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_DENIED = re.compile(
    r"\b(?:denied|denies|deny|denying|dismissed\s+(?:a\s+|the\s+)?(?:media\s+)?reports?|"
    r"no\s+plans?|not\s+(?:planning|scheduled|expected)|(?:will|would|did|does|do)\s+not|won['’]t|"
    r"didn['’]t|ruled\s+out|declined\s+to|refused\s+to|no\s+(?:meeting|summit|talks))\b",
    re.IGNORECASE,
)
_POSSIBLE = re.compile(
    r"\b(?:could|might|(?-i:may)|possib(?:le|ly|ility)|potential(?:ly)?|considering|mulling|speculation|explor(?:e|ing)|"
    r"would\s+like\s+to|hop(?:e|es|ed|ing)\s+to|seeks?\s+to|proposed|if|whether|on\s+the\s+cards|in\s+the\s+cards|"
    r"(?<!-)eyes|eyeing)\b",
    re.IGNORECASE,
)
# "agreed that they should meet in person soon": a wish of the event, governing its verb.
_WISH = re.compile(r"\b(?:should|ought\s+to)\s+(?:\w+\s+)?$", re.IGNORECASE)
_DETAIL_AFTER = re.compile(r"\s+to\b")  # "possibly to Andong": where to; "possibly in July" hedges the event's time
_EXPECTED = re.compile(r"\b(?:expected|likely|anticipated|poised)\b", re.IGNORECASE)
# "the trip is expected early next year": a hedge said after the event phrase, of it.
# What stands between the phrase and its verb: "A phone call between the two leaders is being arranged".
_BETWEEN_THEM = r"^(?:\s+(?:between|with|of)\s+[^,;.]{1,50}?)?"
_EXPECTED_AFTER = re.compile(rf"{_BETWEEN_THEM}\s*(?:is|are|was|were|remains?)\s+(?:widely\s+|still\s+)?(?:expected|likely)\b",
                             re.IGNORECASE)
_PLANNED_AFTER = re.compile(
    rf"{_BETWEEN_THEM}\s*(?:is|are)\s+(?:being\s+(?:arranged|planned|prepared|organi[sz]ed)|planned|scheduled|slated|"
    r"set\s+(?:for|to)|due|to\s+be\s+held|in\s+the\s+works)\b", re.IGNORECASE)
# "had been due to visit", "was to have visited", "had been scheduled to be held": a plan that did not happen as
# planned; the sentence says what became of it ("but cancelled the trip").
_UNREALIZED = re.compile(
    r"\b(?:had\s+been\s+(?:due|scheduled|set|expected|planned|slated)\s+to|(?:was|were)\s+to\s+have|"
    r"had\s+been\s+(?:arranging|planning|preparing|organi[sz]ing))\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:will|shall|is\s+set\s+to|are\s+set\s+to|(?:is|are)\s+due\s+to(?!\s+(?:the|a|an|its|their|his|her)\b)|"
    r"plans?\s+to|planned|planning|scheduled|is\s+to|are\s+to|agreed\s+to\s+(?:hold|meet)|agreement\s+to\s+hold|"
    r"would\s+(?:host|hold|visit|meet|travel|go)|upcoming|to\s+be\s+held|slated|next|arrange|arranging|"
    r"invit(?:ed|es|ing|ation)|(?:is|are|being)\s+(?:arranged|planned|prepared|organi[sz]ed)|in\s+the\s+works)\b",
    re.IGNORECASE,
)
# "returning Lee's visit to Tokyo", "to reciprocate the trip": the event being returned (not "a return visit").
_RETURNED = re.compile(
    r"\b(?:returning|returned|returns|reciprocating|reciprocated|reciprocates|to\s+(?:return|reciprocate)|"
    r"in\s+return\s+for)\s+(?:the\s+|his\s+|her\s+|their\s+|[A-Z][\w.-]*['’]s\s+)(?:[\w-]+\s+){0,2}$"
)
# A plan on a condition, said anywhere after it: "... will not attend unless Seoul first addresses the ruling".
_CONDITION = re.compile(r"\b(?:unless|only\s+if|on\s+condition\s+that|provided\s+that|as\s+long\s+as)\b",
                        re.IGNORECASE)
_MODIFIER_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}")
_ORDER_WORDS = frozenset(("first", "last", "previous", "earlier"))
_OCCURRED = re.compile(
    r"\b(?:held|met|had|took\s+place|was\s+held|were\s+held|visited|spoke|talked|hosted|attended|during|"
    r"following|after|since|last|previous|earlier|first)\b",
    re.IGNORECASE,
)


# Words one of which every match of a pattern contains: a sentence without any is not scanned with it.
# The words of the case-blind patterns are looked for in the sentence's str.lower(), which folds case as
# re.IGNORECASE does except for three letters: a sentence with one of those is scanned with every pattern.
_FOLDED_APART = frozenset("ıİſ")
_CASE_BLIND_SCANS = (
    (_CALL, Kind.CALL, ("phone", "video", "virtual", "online")),
    (_CALL_VERB, Kind.CALL, ("call",)),
    (_CALL_HELD, Kind.CALL, ("call",)),
    (_BY_PHONE_VERB, Kind.CALL, ("phone",)),
    (_CALL_NOUN, Kind.CALL, ("call",)),
    (_MINISTERIAL, Kind.MINISTERIAL, ("minister", "plus", "+", "dialogue", "advis", "security", "strategic")),
    (_SUMMIT, Kind.SUMMIT, ("summit", "bilateral", "leader", "visit")),
    (_OTHER, Kind.OTHER, ("reception", "joint", "ceremon", "exchange")),
)
_GENERIC_WORDS = ("met", "meet", "talks", "talked", "conversation", "host", "sidelines", "margin", "chat", "tete",
                  "tête", "down", "working",
                  "received", "consultations", "chair", "courtesy", "round", "'", "’")
_GENERIC_NOUN_WORDS = ("lateral", "aside", "council of", "cabinet of")
_ANAPHORIC_WORDS = ("meeting", "talks", "conversation", "dialogue", "visit", "trip")  # as written
_VISIT_WORDS = ("visit", "trip", "travel", "flew", "flown", "flies", "fly", "flying", "head")  # as written
_NAME_WORDS = ("Meeting", "Dialogue", "Talks", "Committee", "Forum", "Council", "Conference", "Consultation",
               "Summit")  # as written
# Every trigger contains one of these (lower-case) words: sentences without any are skipped at once.
_ANY_TRIGGER_WORDS = tuple(
    sorted({word for _, _, words in _CASE_BLIND_SCANS for word in words}
           | {word.lower() for word in (*_GENERIC_WORDS, *_ANAPHORIC_WORDS, *_VISIT_WORDS, *_NAME_WORDS,
                                        *_GENERIC_NOUN_WORDS, "one", "receive", "welcome", "due",
                                    "expected")})
)
_NAME_WORD = re.compile(rf"\b(?:{'|'.join(_NAME_WORDS)})s?\b")


def _has_any(text: str | None, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words`; True for None (a sentence whose case cannot be folded)."""
    if text is None:
        return True
    for word in words:  # a loop, not any() over a generator: this runs for every pattern of every sentence
        if word in text:
            return True
    return False


_Made = TypeVar("_Made")


def _per_pattern(make: Callable[[re.Pattern[str]], _Made]) -> Callable[[re.Pattern[str]], _Made]:
    """`make` remembered for each pattern object, found by identity: hashing a compiled pattern hashes its
    whole program, microseconds for the long ones, more than what is saved."""
    made: dict[int, tuple[re.Pattern[str], _Made]] = {}  # the pattern kept alive, so that its id stays its own

    def remembered(pattern: re.Pattern[str]) -> _Made:
        entry = made.get(id(pattern))
        if entry is None:
            entry = made[id(pattern)] = (pattern, make(pattern))
        return entry[1]

    return remembered


@_per_pattern
def _at_word_starts(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` tried only where a word starts: the same matches for a pattern every match of which starts a
    word, found up to three times faster (elsewhere the engine fails at one check instead of at each branch)."""
    return re.compile(rf"(?<!\w)(?=\w)(?:{pattern.pattern})", pattern.flags)


@_per_pattern
def _for_lower_case(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A copy of a case-blind pattern that heeds case, for text lowered by str.lower(): the same matches on
    text without the letters str.lower() folds otherwise (_FOLDED_APART), found faster (the engine then
    passes over branches at their first letter). None for a pattern with capitals or parts that heed case."""
    source = re.sub(r"\\.", "", pattern.pattern)
    if (not pattern.flags & re.IGNORECASE or "(?-i" in source or source != source.lower()
            or re.search(r"\\[0-9xuUN]", pattern.pattern)):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _case_blind_matches(pattern: re.Pattern[str], sentence: str, folded: str | None) -> Iterator[re.Match[str]]:
    """The matches of a case-blind pattern in `sentence` (`folded`: its str.lower(), None when it holds letters
    folded otherwise), tried where words start, on `folded` when the pattern has a copy for lower case."""
    lower_case = _for_lower_case(pattern) if folded is not None else None
    if lower_case is not None and folded is not None:
        return _at_word_starts(lower_case).finditer(folded)
    return _at_word_starts(pattern).finditer(sentence)


def find_triggers(sentence: str, pair: CountryPair | None = None) -> list[Trigger]:
    """The non-overlapping event phrases of one sentence, longest first where they overlap; `pair`: the two
    countries followed (by default those of DEFAULT_COUNTRIES)."""
    pair = pair or country_pair()
    folded = None if not _FOLDED_APART.isdisjoint(sentence) else sentence.lower()
    if not _has_any(folded, _ANY_TRIGGER_WORDS):
        return []
    found: list[Trigger] = []
    if _has_any(sentence, _NAME_WORDS):
        for start, end in _named_meetings(sentence):
            name = sentence[start:end]
            kind = _named_kind(name, sentence)
            if kind is not None:
                found.append(Trigger(start, end, kind, name=name))
    for pattern, kind, words in _CASE_BLIND_SCANS:
        if _has_any(folded, words):
            for match in _case_blind_matches(pattern, sentence, folded):
                found.append(Trigger(match.start(), match.end(), kind,
                                     person_object=pattern is _CALL_VERB or pattern is _BY_PHONE_VERB,
                                     anaphoric=pattern is _CALL_NOUN))
    if _has_any(folded, ("joint",)):
        for match in _JOINT_ACT.finditer(sentence):
            if re.search(r"\b(?:when|where|which)\b[^,;]*$", sentence[: match.start()], re.IGNORECASE):
                continue  # "Vega's visit in October, when the two signed the joint declaration": that visit's act
            found = [t for t in found if not (t.kind is Kind.OTHER and match.start() <= t.start < match.end())]
            found.append(Trigger(match.start(), match.end(), Kind.SUMMIT, generic=True))
    if _has_any(folded, _GENERIC_WORDS):
        for match in _at_word_starts(_GENERIC).finditer(sentence):
            found.append(Trigger(match.start(), match.end(), Kind.SUMMIT, generic=True))
    if _has_any(folded, _GENERIC_NOUN_WORDS):
        for match in _GENERIC_NOUNS.finditer(sentence):
            found.append(Trigger(match.start(), match.end(), Kind.SUMMIT, generic=True))
    if _has_any(folded, ("receive", "welcome")):
        for match in _RECEIVED.finditer(sentence):
            found.append(Trigger(match.start(), match.end(), Kind.SUMMIT, generic=True, person_object=True))
    if _has_any(sentence, _ANAPHORIC_WORDS):
        for match in _ANAPHORIC.finditer(sentence):
            definite = not re.match(r"an?\s", match.group(), re.IGNORECASE)  # "a formal meeting" is a new one
            found.append(Trigger(match.start(), match.end(), Kind.SUMMIT, generic=True, anaphoric=definite))
    if "one" in sentence:
        for match in _ONE_BEFORE.finditer(sentence):
            found.append(Trigger(match.start(), match.end(), Kind.SUMMIT, generic=True, anaphoric=True, elided=True))
    if "since" in sentence:
        for match in _SINCE_ORDINAL.finditer(sentence):
            found.append(Trigger(match.start(), match.end(), Kind.SUMMIT, generic=True, anaphoric=True, elided=True))
    visits = list(_VISIT.finditer(sentence)) if _has_any(sentence, _VISIT_WORDS) else []
    if " in " in sentence and ("due" in sentence or "expected" in sentence):
        visits += [m for m in _DUE_IN.finditer(sentence) if not _CALENDAR.match(m.group("place"))]
    if visits:
        for match in visits:
            if _FACILITY.search(match.group("place")):
                continue  # "visited Seodaemun Prison": a place within the country, not a visit to it
            found.append(
                Trigger(match.start(), match.end(), Kind.SUMMIT, generic=True, visit_to=match.group("place"))
            )
    # Where phrases overlap, the specific one wins ("bilateral talks" over "hold bilateral talks"), then
    # the generic verb, then a noun that refers back; among equals, the one that starts first and is longest.
    found.sort(key=lambda t: (t.anaphoric, t.generic, t.start, -(t.end - t.start)))
    result: list[Trigger] = []
    for trigger in found:
        if any(t.start < trigger.end and trigger.start < t.end for t in result):
            continue
        if _is_multilateral(sentence, trigger):
            continue
        if _COUNT_OF_TIMES.match(sentence, trigger.end):
            continue  # "their leaders meeting seven times", "met three times this year": a count, not one event
        if _is_trilateral(sentence, trigger):
            trigger = replace(trigger, trilateral=True)
        elif _is_other_pair(sentence, trigger, pair):
            continue
        result.append(_over_the_wire(sentence, trigger))
    meals = [t for t in result if _MEAL.fullmatch(sentence, t.start, t.end)]
    if meals and len(meals) < len(result):
        result = [t for t in result if t not in meals]  # "The summit was preceded by a working dinner": its part
    if "sidelines" in sentence or "margin" in sentence:
        result += _second_gatherings(sentence, result)
    return sorted(result, key=lambda t: t.start)


# "on the sidelines of the G20 summit in Hamburg in July and of the APEC gathering ...": a second gathering.
_AND_OF_ANOTHER = re.compile(
    r"\b(?:sidelines|margins?)\s+of\s+[^;:]{3,80}?,?\s+(?P<second>and\s+(?:of|at)\s+)(?=(?:the\s+)?[A-Z])"
)


def _second_gatherings(sentence: str, found: list[Trigger]) -> list[Trigger]:
    """"their talks on the sidelines of A in July and of B in November": the meeting's words left out before
    the second gathering; a meeting there too (its phrase the "and of" that stands for them)."""
    extra = []
    for match in _AND_OF_ANOTHER.finditer(sentence):
        meeting = max((t for t in found if t.kind is not Kind.OTHER and t.end <= match.start()
                       and match.start() - t.end <= 30), key=lambda t: t.end, default=None)
        if meeting is not None:
            extra.append(Trigger(match.start("second"), match.end("second"), meeting.kind, generic=meeting.generic))
    return extra


def _over_the_wire(sentence: str, trigger: Trigger) -> Trigger:
    """"will hold talks with her counterpart by video link": a meeting phrase whose clause says it was held
    over the wire is a call."""
    if trigger.kind not in (Kind.SUMMIT, Kind.MINISTERIAL) or trigger.name or trigger.visit_to:
        return trigger
    after = sentence[trigger.end : trigger.end + 100]
    edge = _WIRE_CLAUSE_END.search(after)
    if not _BY_WIRE.search(after[: edge.start() if edge else len(after)]):
        return trigger
    return replace(trigger, kind=Kind.CALL, generic=False, anaphoric=False)


def _named_meetings(sentence: str) -> list[tuple[int, int]]:
    """Spans of proper names of meetings: capitalized words ending in Meeting, Dialogue, Committee..."""
    spans = []
    for keyword in _NAME_WORD.finditer(sentence):
        start = keyword.start()
        capitalized_start = None
        words = list(_TOKEN.finditer(sentence, max(0, start - 120), start))
        for count, word in enumerate(reversed(words)):
            gap = sentence[word.end() : start]
            if count >= 9 or len(gap) > 2 or (gap and not gap.isspace()):
                break
            token = word.group()
            if token.lower() in _CALENDAR_WORDS:
                break  # "in July and of the Nordic Council": a date before the name, no part of it
            if token[0].isupper():
                capitalized_start = word.start()
            elif token not in _CONNECTORS:
                break
            start = word.start()
        if capitalized_start is not None:
            spans.append((capitalized_start, keyword.end()))
    return spans


_SUMMIT_MEETING_NAME = re.compile(r"\bsummit\s+(?:meeting|talks)s?$")  # "Japan-ROK Summit Meeting"


def _named_kind(name: str, sentence: str) -> Kind | None:
    lowered = name.lower()
    if len(name.split()) < 2:
        return None
    if "minister" in lowered:
        return Kind.MINISTERIAL
    if lowered.endswith(("summit", "summits")) or re.search(r"\bsummit\b", lowered):
        return Kind.SUMMIT  # "Japan-ROK Summit Meeting", "Summit Telephone Talk" (calls are found by their words)
    if lowered.endswith(("committee", "forum", "council")):
        return Kind.OTHER
    if re.search(r"\bministerial\b", sentence, re.IGNORECASE):
        return Kind.MINISTERIAL
    return Kind.OTHER


def _is_multilateral(sentence: str, trigger: Trigger) -> bool:
    """A large gathering of many countries (G20, APEC, "multilateral", "regional"), not the pair's event."""
    if trigger.name is not None:
        return bool(_MULTILATERAL.search(trigger.name + " "))
    if _MANY_SIDES.search(sentence, max(0, trigger.start - 20), trigger.end):
        return True
    if trigger.kind is Kind.CALL or trigger.generic:
        return False
    return bool(_MULTILATERAL.search(sentence[max(0, trigger.start - 40) : trigger.start]))


def _is_trilateral(sentence: str, trigger: Trigger) -> bool:
    """"a trilateral summit", "three-way talks", "the Korea-Japan-China summit", "met ... for three-way talks"."""
    if trigger.name is not None:
        return bool(_THREE_SIDES.search(trigger.name))
    if not trigger.generic:
        return bool(_THREE_SIDES.search(sentence, max(0, trigger.start - 25), trigger.end))
    # "met", "a meeting": the words of the phrase itself, or of its clause after it ("met ... for three-way talks"),
    # or of its subject just before it ("Defence chiefs of the three countries met"); never "held a bilateral
    # meeting ... before the trilateral summit".
    if _BILATERAL_WORD.search(sentence, trigger.start, trigger.end):
        return False
    edge = re.search(r"[,;:—–]", sentence[trigger.end : trigger.end + 40])
    if _THREE_SIDES.search(sentence, trigger.start, trigger.end + (edge.start() if edge else 40)):
        return True
    subject = sentence[max(0, trigger.start - 40) : trigger.start]
    return bool(re.search(r"\bof\s+the\s+three\s+(?:countries|nations)\s*$", subject, re.IGNORECASE))


_BILATERAL_WORD = re.compile(r"\bbilateral\b", re.IGNORECASE)


def _is_other_pair(sentence: str, trigger: Trigger, pair: CountryPair) -> bool:
    """'Japan-China summit', 'Korea-U.S. talks': a bilateral event of another pair of countries."""
    if trigger.name is not None:
        match = _PAIR_IN_NAME.match(trigger.name)
    else:
        match = _PAIR.search(sentence[max(0, trigger.start - 40) : trigger.start])
    if match is None:
        return False
    sides = {pair.code_of(match.group(1)), pair.code_of(match.group(2))}
    return None not in sides and sides != pair.codes


_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\b[^,;]*,")


def _all_in(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, on `text.lower()` when the pattern has a copy for lower case (see
    _for_lower_case) and the text no letters folded otherwise (the matches' spans are the same)."""
    lower_case = _for_lower_case(pattern) if _FOLDED_APART.isdisjoint(text) else None
    return lower_case.finditer(text.lower()) if lower_case is not None else pattern.finditer(text)


def _first_in(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, on `text.lower()` as `_all_in` does."""
    lower_case = _for_lower_case(pattern) if _FOLDED_APART.isdisjoint(text) else None
    return lower_case.search(text.lower()) if lower_case is not None else pattern.search(text)


def status_near(sentence: str, start: int, end: int) -> Status | None:
    """The status the words around an event phrase give it, within its clause; None when they deny it
    ("there are no plans for the two to meet")."""
    # "Late last year the pace did not slacken: X and Y met again": a colon closes the clause before it
    clause_start = max(sentence.rfind(";", 0, start), sentence.rfind(" but ", 0, start),
                       sentence.rfind(" However", 0, start), sentence.rfind(": ", 0, start), -1) + 1
    clause_end = min((i for i in (sentence.find(";", end), sentence.find(" but ", end)) if i >= 0),
                     default=len(sentence))
    # "Ishiba, who did not attend the dinner, held a call": a relative clause says nothing of the event.
    sentence = _RELATIVE_CLAUSE.sub(lambda m: " " * len(m.group()), sentence[:start]) + sentence[start:]
    window = sentence[clause_start:clause_end]
    before = sentence[clause_start:end]
    if _RETURNED.search(sentence, max(clause_start, start - 60), start):
        return Status.OCCURRED  # "will hold talks in Busan, returning Lee's visit to Tokyo": the visit returned is past
    if _first_in(_CANCELLED, window) or (_first_in(_UNREALIZED, before) and _first_in(_CANCELLED, sentence)):
        return Status.CANCELLED
    if _first_in(_DENIED, sentence[max(clause_start, start - 100) : end]) or _NEGATED_ACT.search(
            sentence, max(clause_start, start - 100), start):
        return None
    # "will hold their first summit": an order word of the event phrase, or just before it, says nothing of its tense
    occurred = [m for m in _all_in(_OCCURRED, before)
                if not (m.group().lower() in _ORDER_WORDS
                        and (start <= clause_start + m.start() < end
                             or _MODIFIER_GAP.fullmatch(sentence, clause_start + m.end(), start)))]
    cues = [(m.end(), Status.POSSIBLE) for m in _all_in(_POSSIBLE, before)]
    if _WISH.search(sentence, max(clause_start, start - 30), start):
        cues.append((start - clause_start, Status.POSSIBLE))
    cues += [(m.end(), Status.EXPECTED) for m in _all_in(_EXPECTED, before)]
    cues += [(m.end(), Status.PLANNED) for m in _all_in(_PLANNED, before)]
    hedge_after = sentence[end : min(clause_end, end + 60)]
    # "a return visit to Seoul later this year, possibly to Andong": the hedge of a detail, not of the visit
    cues += [(end + m.end(), Status.POSSIBLE) for m in _all_in(_POSSIBLE, hedge_after)
             if not _DETAIL_AFTER.match(hedge_after, m.end())]
    cues += [(end + m.end(), Status.EXPECTED) for m in _EXPECTED_AFTER.finditer(hedge_after)]
    cues += [(end + m.end(), Status.PLANNED) for m in _PLANNED_AFTER.finditer(hedge_after)]
    if not cues:
        return Status.OCCURRED
    position = max(p for p, _ in cues)
    if occurred and occurred[-1].end() > position and not re.search(r"\bwill\b", before[position:], re.IGNORECASE):
        return Status.OCCURRED
    # A hedge anywhere in the clause weakens a plan: "expected to arrange the visit", "agreed to meet, possibly".
    said = {status for _, status in cues}
    if _CONDITION.search(sentence, end):
        said.add(Status.POSSIBLE)  # "is due to host a summit, but Tokyo said Suga will not attend unless ..."
    return next(s for s in (Status.POSSIBLE, Status.EXPECTED, Status.PLANNED) if s in said)
