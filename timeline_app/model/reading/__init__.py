"""Step 1: reading article files and events.yaml, with every problem placed at file:line:col."""
