"""Tests of timeline_app.model.dates."""
