"""Test-wide set-up: Qt renders offscreen, so the suite runs on machines without a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A fixed locale so that dates and numbers read the same on every machine.
os.environ.setdefault("LC_ALL", "C.UTF-8")
