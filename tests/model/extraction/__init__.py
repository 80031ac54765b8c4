"""Tests of timeline_app.model.extraction."""
