"""Step 5: the finished timeline and its exports."""
