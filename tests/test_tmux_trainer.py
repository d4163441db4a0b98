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


# Run as the trainer's pane command: blocks SIGHUP (as a wrapper that never passes it on
# would) and becomes `edu`, so the trainer sees its terminal go away without the signal.
NO_SIGHUP = """\
import os, signal, sys
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGHUP])
os.execv(sys.argv[1], sys.argv[1:])
"""


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split(")")[-1].split()[0] == "Z"  # a zombie has exited
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to see the process")
@pytest.mark.parametrize("hangup", ["sighup", "no sighup"])
def test_a_trainer_whose_terminal_goes_away_exits_and_keeps_its_answers(tmp_path, hangup):
    """Killing the tmux session hangs up the trainer's terminal: the trainer must exit (it
    used to stay, its input thread reading the dead terminal at ~40 % CPU) with the
    answers given saved, whether or not the SIGHUP reaches it."""
    db = tmp_path / "progress.sqlite3"
    pid_file = tmp_path / "pid"
    socket = f"edu-test-{uuid.uuid4().hex[:8]}"  # a private tmux server: killed whole
    wrapper = tmp_path / "no_sighup.py"
    wrapper.write_text(NO_SIGHUP, "utf-8")
    run = f"{EDU} --db {db} --kinds multiple_choice --count 3"
    if hangup == "no sighup":
        run = f"{sys.executable} {wrapper} {run}"
    command = f"echo $$ > {pid_file}; exec {run}"
    env = {**os.environ, "TERM": "xterm-256color"}

    def tmux_here(*args: str) -> str:
        return subprocess.run([TMUX, "-L", socket, *args], check=True, capture_output=True,
                              text=True, env=env).stdout

    tmux_here("new-session", "-d", "-s", "t", "-x", "80", "-y", "24", command)
    try:
        deadline = time.monotonic() + 30
        while "China's Space Program" not in tmux_here("capture-pane", "-p", "-t", "t"):
            assert time.monotonic() < deadline, "the trainer never showed its home screen"
            time.sleep(0.2)
        pid = int(pid_file.read_text().strip())
        tmux_here("send-keys", "-t", "t", "Enter")  # a quiz, one question answered
        while "Multiple choice" not in tmux_here("capture-pane", "-p", "-t", "t"):
            assert time.monotonic() < deadline, "no question"
            time.sleep(0.2)
        tmux_here("send-keys", "-t", "t", "1")
        while "Answer:" not in tmux_here("capture-pane", "-p", "-t", "t"):
            assert time.monotonic() < deadline, "no feedback"
            time.sleep(0.2)
    finally:
        subprocess.run([TMUX, "-L", socket, "kill-server"], capture_output=True)
    deadline = time.monotonic() + 15  # it exits at once; generous for a loaded machine
    while not _gone(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    try:
        assert _gone(pid), f"the trainer (pid {pid}) still runs after its terminal went away"
    finally:
        if not _gone(pid):
            os.kill(pid, 9)  # the trainer this test started
    with open_store(db) as store:
        log = store.log()
    assert len(log) == 1 and log[0].kind == "multiple_choice"
