"""The real thing: start `edu` from its console script inside tmux, answer, quit, check the db.

Skipped where tmux is not installed (`apt-get install -y tmux`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from edu.progress.store import open_store

TMUX = shutil.which("tmux")
EDU = Path(sys.executable).with_name("edu")
pytestmark = pytest.mark.skipif(TMUX is None or not EDU.exists(),
                                reason="needs tmux and the installed `edu` console script")


def tmux(*args: str) -> str:
    return subprocess.run([TMUX, *args], check=True, capture_output=True, text=True).stdout


def wait_for(session: str, text: str, timeout: float = 30.0) -> str:
    """Capture the pane until `text` shows (the app draws asynchronously)."""
    deadline = time.monotonic() + timeout
    pane = ""
    while time.monotonic() < deadline:
        pane = tmux("capture-pane", "-p", "-t", session)
        if text in pane:
            return pane
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; last screen:\n{pane}")


def session_alive(session: str) -> bool:
    return subprocess.run([TMUX, "has-session", "-t", session], capture_output=True).returncode == 0


def test_edu_starts_answers_and_quits_in_tmux(tmp_path):
    db = tmp_path / "progress.sqlite3"
    session = f"edu-test-{uuid.uuid4().hex[:8]}"
    command = f"{EDU} --db {db} --kinds multiple_choice --count 1; sleep 30"
    env = {**os.environ, "TERM": "xterm-256color"}
    subprocess.run([TMUX, "new-session", "-d", "-s", session, "-x", "80", "-y", "24", command],
                   check=True, env=env)
    try:
        home = wait_for(session, "China's Space Program")  # the bundled deck, with its counts
        assert "Choose a deck" in home
        assert "Due" in home and "New" in home and "Learned" in home
        tmux("send-keys", "-t", session, "Enter")  # start a quiz
        wait_for(session, "Multiple choice")
        tmux("send-keys", "-t", session, "1")  # answer with a digit
        feedback = wait_for(session, "Answer:")
        assert "Source:" in feedback
        tmux("send-keys", "-t", session, "u")  # take it back: the question is asked again
        wait_for(session, "taken back")
        tmux("send-keys", "-t", session, "1")
        wait_for(session, "Answer:")
        tmux("send-keys", "-t", session, "q")
        assert "not done yet" in wait_for(session, "Quit edu?")  # asks first
        tmux("send-keys", "-t", session, "y")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # the app exits and the pane runs `sleep`
            running = tmux("display-message", "-p", "-t", session, "#{pane_current_command}")
            if running.strip() == "sleep":
                break
            time.sleep(0.2)
        else:
            raise AssertionError("the app did not quit on q")
    finally:
        if session_alive(session):
            tmux("kill-session", "-t", session)
    with open_store(db) as store:
        log = store.log()
    assert len(log) == 1 and log[0].kind == "multiple_choice"
