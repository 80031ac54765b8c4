"""Tests of the Qt-free maths of the timeline canvas."""
