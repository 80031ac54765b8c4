#!/usr/bin/env bash
# One command for a fresh machine: installs what is missing, then runs the app or the tests.
#   ./setup.sh run [ARGS...]    open the timeline on the bundled data (ARGS go to timeline-app)
#   ./setup.sh test [ARGS...]   run the test suite (ARGS go to pytest)
# System packages come from apt-get when it is there (Debian/Ubuntu); Python packages go into ./.venv.
set -euo pipefail
cd "$(dirname "$0")"

mode="${1:-}"
case "$mode" in
  run|test) shift ;;
  *) echo "usage: ./setup.sh run|test [ARGS...]" >&2; exit 2 ;;
esac

# Qt's runtime libraries, fonts with Hangul glyphs, and Xvfb for a real window without a display.
packages=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 fonts-dejavu-core
  fonts-nanum xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 python3-venv)
if command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "setup: installing ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=.venv/.installed-$(cat pyproject.toml | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test]'
  touch "$stamp"
fi

if [ "$mode" = run ]; then
  # Without a display, show the window on a virtual one rather than fail.
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] && command -v xvfb-run >/dev/null; then
    echo "setup: no display found; running on a virtual X display (xvfb-run)" >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/timeline-app "$@"
  fi
  exec .venv/bin/timeline-app "$@"
fi
exec .venv/bin/python -m pytest "$@"
