"""The command-line contract: `check` and `export` work headless, with stable output and exit status."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from timeline_app.cli import main

REPOSITORY = Path(__file__).resolve().parents[1]


def write(tmp_path, text: str) -> Path:
    (tmp_path / "articles").mkdir(exist_ok=True)
    path = tmp_path / "events.yaml"
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def test_check_on_the_shipped_data_prints_only_a_summary(capsys, monkeypatch):
    monkeypatch.chdir(REPOSITORY)
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"events.yaml: {out.split(': ')[1].split(' events')[0]} events from 5 articles; 0 errors, 0 warnings"
    ]


def test_check_reports_problems_with_file_line_and_column(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, """
        title: T
        articles: articles
        events:
          - date: 2025-02-30
            kind: summit
            title: Impossible
          - date: 2025-03-01
            kind: sumit
            title: Misspelt
          - date: 2025-03-02
            kind: call
            title: Fine
    """)
    assert main(["check", "--events", "events.yaml"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("events.yaml:4:11: error: ")
    assert lines[1].startswith("events.yaml:8:11: error: ") and "did you mean 'summit'?" in lines[1]
    assert lines[2] == "events.yaml: 1 events from 0 articles; 2 errors, 0 warnings"


def test_check_on_a_syntax_error_and_on_a_missing_file(tmp_path, capsys):
    path = write(tmp_path, "title: [unclosed\n")
    assert main(["check", "--events", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}:") and ": error: " in out[0]
    assert main(["check", "--events", str(tmp_path / "missing.yaml")]) == 1
    assert ": error: " in capsys.readouterr().out


def test_export_json_of_the_shipped_data(tmp_path, monkeypatch):
    monkeypatch.chdir(REPOSITORY)
    out = tmp_path / "timeline.json"
    assert main(["export", "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["title"] == "Korea–Japan diplomacy"
    assert data["problems"] == []
    ids = [e["id"] for e in data["events"]]
    assert "2025-06-17-summit-kananaskis" in ids and "2025-08-23-summit-tokyo" in ids


def test_export_still_writes_the_valid_entries_of_a_file_with_problems(tmp_path, capsys):
    path = write(tmp_path, """
        title: T
        articles: articles
        events:
          - date: 2025-13-01
            kind: summit
            title: Bad
          - date: 2025-03-02
            kind: call
            title: Good
    """)
    assert main(["export", "--format", "csv", "--events", str(path)]) == 0
    captured = capsys.readouterr()
    assert "Good" in captured.out and "Bad" not in captured.out
    # What was left out, and why, as `check` says it (issue 10, 3.14).
    assert captured.err.splitlines() == [
        f"{path}:4:11: error: 2025-13-01 is not a date on the calendar: month must be in 1..12",
        "timeline-app: exported 1 event; 1 entry of events.yaml left out for errors; 1 error, 0 warnings",
    ]


def test_export_exits_1_when_the_file_cannot_be_read(tmp_path, capsys):
    path = write(tmp_path, "events: [\n")
    assert main(["export", "--format", "json", "--events", str(path)]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["events"] == []
    assert ": error: " in captured.err


def test_export_refuses_to_overwrite_its_input(tmp_path, capsys):
    path = write(tmp_path, "title: T\narticles: articles\n")
    before = path.read_bytes()
    assert main(["export", "--format", "json", "--events", str(path), "-o", str(path)]) == 2
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"\xff\xfe\x00garbage", b"- - - [", b"!!python/object:os.system ls", b""])
def test_never_a_traceback(tmp_path, content):
    path = tmp_path / "events.yaml"
    path.write_bytes(content)
    for args in (["check"], ["export", "--format", "ics"]):
        result = subprocess.run([sys.executable, "-m", "timeline_app", *args, "--events", str(path)],
                                capture_output=True, text=True, timeout=60)
        assert "Traceback" not in result.stderr + result.stdout
        assert result.returncode in (0, 1)


def test_export_keeps_an_existing_output_when_the_events_file_cannot_be_read(tmp_path, capsys):
    out = tmp_path / "timeline.json"
    out.write_text("precious", encoding="utf-8")
    assert main(["export", "--format", "json", "--events", str(tmp_path / "missing.yaml"), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "precious"
    assert ": error: " in capsys.readouterr().err


def test_the_command_line_offers_every_export_format():
    from timeline_app.cli import EXPORT_FORMATS
    from timeline_app.model.output.export import FORMATS

    assert EXPORT_FORMATS == FORMATS


def test_export_to_a_file_respects_the_umask(tmp_path, monkeypatch):
    """Issue 10, 3.1: data exports were written -rw------- whatever the umask."""
    import os
    import stat

    monkeypatch.chdir(REPOSITORY)
    previous = os.umask(0o022)
    try:
        for fmt in ("json", "csv", "ics"):
            out = tmp_path / f"timeline.{fmt}"
            assert main(["export", "--format", fmt, "-o", str(out)]) == 0
            assert stat.S_IMODE(out.stat().st_mode) == 0o644, fmt
    finally:
        os.umask(previous)


@pytest.mark.parametrize(
    "args",
    [["check"], ["export", "--format", "json"], ["--no-cache", "check"], ["check", "--no-cache"],
     ["export", "--format", "csv", "--no-cache"]],
)
def test_the_extraction_is_kept_in_the_xdg_cache_folder_unless_no_cache(args, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert main([*args, "--events", str(REPOSITORY / "events.yaml")]) == 0
    assert "5 articles" in capsys.readouterr().out or "export" in args
    kept = list((tmp_path / "xdg" / "timeline-app").glob("extraction-*/article-*.bin"))
    assert len(kept) == (0 if "--no-cache" in args else 5)


@pytest.mark.parametrize("no_cache", [False, True])
def test_the_window_keeps_the_extraction_in_qts_cache_folder_unless_no_cache(no_cache, tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CACHE_HOME": str(tmp_path / "xdg"),
        "TIMELINE_APP_SETTINGS": str(tmp_path / "settings.ini"),
        "TIMELINE_APP_STARTUP_PROBE": "1",  # the window quits once it shows the events
        "PYTHONPATH": os.pathsep.join([str(REPOSITORY), os.environ.get("PYTHONPATH", "")]),
    }
    flags = ["--no-cache"] if no_cache else []
    done = subprocess.run([sys.executable, "-m", "timeline_app", *flags, "--events", str(REPOSITORY / "events.yaml")],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0 and "loaded" in done.stdout, done.stderr
    assert len(list((tmp_path / "xdg").rglob("article-*.bin"))) == (0 if no_cache else 5)
