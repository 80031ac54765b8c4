"""Tests of timeline_app.model.writing."""
