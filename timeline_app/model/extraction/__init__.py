"""Step 3: the events between the followed countries that each sentence of an article reports."""
