"""Tests of timeline_app.model.reading."""
