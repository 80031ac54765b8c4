"""PySide6 6.12.0 on Python 3.11 leaks a reference to None on every call of a method that returns nothing,
and aborts after some thousands of them ("Fatal Python error: none_dealloc"). The pin in pyproject.toml
keeps it out; this test keeps the pin honest by making such calls in a child process."""

import os
import subprocess
import sys

CODE = """
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPen, QColor
app = QGuiApplication([])
image = QImage(64, 64, QImage.Format.Format_ARGB32)
painter = QPainter(image)
pen = QPen(QColor("black"))
for _ in range(10_000):
    painter.setPen(pen)
    painter.drawLine(0, 0, 10, 10)
painter.end()
print("ok")
"""


def test_twenty_thousand_void_calls_do_not_crash_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
