"""The given name alone for those many call by it ("Prabowo", "Paetongtarn"), and a visit whose length is left
unsaid dated by the talks held a day or two after the arrival. Sentences of our own making."""

from __future__ import annotations

import datetime as dt

from tests.model.extraction.one_report import dated

PAIR = ("Indonesia", "Malaysia")


def test_the_given_name_alone_names_the_person() -> None:
    text = ("Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday. "
            "Anwar is scheduled to meet Prabowo again at the ASEAN summit in Kuala Lumpur in May.")
    assert dated(text, dt.date(2025, 1, 29), PAIR) == [("summit", "2025-01-27", "occurred"),
                                                       ("summit", "2025-05", "planned")]


def test_a_visit_of_unsaid_length_is_dated_by_its_talks() -> None:
    text = ("Indonesian President Prabowo Subianto arrived in Kuala Lumpur on Sunday on his first official visit to "
            "Malaysia. Prabowo held talks with Malaysian Prime Minister Anwar Ibrahim at Seri Perdana on Monday.")
    assert dated(text, dt.date(2025, 1, 28), PAIR) == [("summit", "2025-01-27", "occurred")]
