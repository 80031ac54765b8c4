"""The model: plain Python, never Qt. One article's way from file to event, folder by folder:

1. `reading/`: the article file (text, furniture, title, stated date, sentences) and events.yaml (its
   entries, sources and people, each problem with file:line:col).
2. `dates/`: the date phrases of each sentence, resolved against the report's date at an honest precision.
3. `extraction/`: the calls, summits and ministerial meetings a sentence reports between the followed pair
   of countries, with who, where and when (people, places from GeoNames data).
4. `merging/`: the mentions of one real event merged within and across articles, then the curated entries
   merged on top.
5. `output/`: the finished `Timeline`, and its exports (JSON, CSV, iCalendar).

`build.py` runs these steps (caching each article's extraction, on disk with `disk_cache.py`); `events.py`
and `problems.py` hold the types every step shares; `writing/` changes events.yaml and the articles folder
safely, for curation from the window and the command line.
"""
