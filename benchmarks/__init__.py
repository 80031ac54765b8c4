"""The benchmark of issue 4: python benchmarks/run.py [--quick] [--json]."""
