"""Tests of timeline_app.model.merging."""
