"""Tests of timeline_app.model.output."""
