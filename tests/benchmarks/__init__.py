"""Smoke tests of the benchmark, so that it never rots."""
