"""Knowledge about personal names that merging needs too: which part of a name is the family name."""

from __future__ import annotations

import re

# Korean family names as romanized, which come first in a Korean name.
KOREAN_SURNAMES = frozenset(
    ["lee", "yi", "rhee", "kim", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh", "shin", "seo", "suh", "kwon", "hwang", "ahn", "an", "song", "yoo", "yu", "hong", "jeon", "chun", "ko", "go", "moon", "mun", "yang", "son", "bae", "baek", "heo", "huh", "nam", "noh", "roh", "ha", "kwak", "sung", "sim", "shim", "won", "chae",
     # Less common ones officials bear ("Wi Sung-lac", "Koo Yun-cheol", "Ban Ki-moon", "Choo Kyung-ho"); not
     # those Chinese names share in hyphenated romanization ("Ma Ying-jeou", "Wang", "Chu") nor English words.
     "wi", "ryu", "koo", "ku", "gu", "cha", "joo", "ju", "woo", "min", "na", "nah", "jin", "um", "eom", "cheon",
     "bang", "kong", "gong", "hyun", "hyeon", "byun", "byeon", "yeom", "choo", "seok", "seol", "gil", "yeon",
     "pyo", "myung", "ban", "geum", "yuk", "maeng", "tak", "eun", "rho", "paik", "hahn"]
)


# Chinese family names as pinyin writes them, which come first too ("Li Qiang", "Wang Yi", "Xi Jinping"); not those
# that are English words a sentence may open with ("He", "Long", "Fan").
CHINESE_SURNAMES = frozenset(
    ["li", "wang", "zhang", "liu", "chen", "zhao", "huang", "zhou", "wu", "xu", "hu", "zhu", "gao", "lin", "guo",
     "luo", "liang", "zheng", "xie", "tang", "feng", "dong", "xiao", "cao", "yuan", "deng", "shen", "zeng", "peng",
     "jiang", "cai", "jia", "ding", "wei", "xue", "pan", "dai", "xia", "zhong", "tian", "fang", "yao", "liao",
     "zou", "xiong", "qin", "qiu", "cui", "meng", "qian", "wen", "qiao", "xi", "bo", "geng"]
)


def family_name(name: str) -> str:
    """The family name: first for Korean names ("Lee Jae-myung") and Chinese ones ("Li Qiang"), last otherwise
    ("Shigeru Ishiba")."""
    parts = name.split()
    if len(parts) > 1 and (parts[0].lower() in KOREAN_SURNAMES or "-" in parts[-1]):
        return parts[0]
    if len(parts) == 2 and parts[0].lower() in CHINESE_SURNAMES:
        return parts[0]
    return parts[-1] if parts else name


# The syllables of Hepburn romanization: no "ti", "si", "hu" or "fi" ("Hakan Fidan" is not Japanese); a doubled
# consonant before its syllable ("Hattori", "Kitchō"); long vowels with a macron ("Keizō").
JAPANESE_SYLLABLES = re.compile(
    r"(?:(?:[kgnhbpmr]y?)?[aeiouāīūēō]|k(?=k)|s(?=s)|t(?=t|ch)|p(?=p)|(?:[sz]|[td])[aeouāūēō]|(?:sh|ch|j)[aiuoāūō]"
    r"|ts[uū]|f[uū]|w[aoā]|y[auoāūō]|n(?![aeiouyāīūēō]))+",
    re.IGNORECASE,
)
