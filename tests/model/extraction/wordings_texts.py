"""Texts shared by the tests of the wordings of wire stories and readouts (test_wordings_of_*.py)."""

from __future__ import annotations

GERMANY_FRANCE = ("Germany", "France")
AUSTRALIA_INDONESIA = ("Australia", "Indonesia")
MEXICO_CANADA = ("Mexico", "Canada")
JAPAN_PHILIPPINES = ("Japan", "Philippines")


# Four sentences on other things, long enough to be the body of a report (not page furniture).
FILLER = "".join(f"The two leaders spoke at length of {topic}, which both see as vital to the economies of their "
                 "border regions.\n\n" for topic in ("grain", "gas", "arms", "rail"))

# A lead that names the two leaders and their countries, as a report's first sentence does, with no meeting in it.
KJ_LEAD = ("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba have pledged closer ties "
           "between the two countries, officials in Seoul said on Monday. ")
GF_LEAD = ("German Chancellor Friedrich Merz and French President Emmanuel Macron want a stronger Europe, their "
           "offices said in a joint note issued in Paris on Monday. ")

# A lead of 2023 naming the two leaders and their countries, with no meeting in it.
YK_LEAD = ("South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida have pledged closer ties "
           "between the two countries, officials in Seoul said on Monday. ")
