"""Step 4: one event per real event, merged across articles, with the curated entries on top."""
