"""Step 2: finding the date phrases of news text and resolving them against the report's date."""
