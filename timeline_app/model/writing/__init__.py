"""Safe writes to a data set: events.yaml entries and sources, new articles, new timelines."""
