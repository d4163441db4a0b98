"""A trainer whose terminal goes away (its window closed, its tmux session killed) exits.

Why this takes more than Textual gives: with no SIGHUP reaching the process (a wrapper that
does not pass it on), Textual's input thread reads the dead terminal's end of file in a loop
(~40 % of a core) and the app never learns; and a write that reached the dead terminal ends
Textual's writer thread, after which the main thread can block for good on the writer's
full queue, so neither a SIGHUP handler queued on the event loop nor a timer of the app
would ever run. So the watch works outside the event loop: a plain signal handler (it runs
even in a blocked main thread) and a small thread that checks the terminal; either sends
the output to /dev/null, asks the app to quit as on `q` (answers given are in the database
already), and starts a timer that ends the process if that quit stalls.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

CHECK_SECONDS = 0.5  # how soon a hang-up without SIGHUP is noticed
STATUS = 128 + signal.SIGHUP if hasattr(signal, "SIGHUP") else 129  # as a shell reports it


def terminal_alive() -> bool:
    """True while standard input is a terminal: a hung-up terminal answers no more
    terminal requests (isatty's ioctl fails with EIO)."""
    stdin = sys.__stdin__
    try:
        return stdin is not None and os.isatty(stdin.fileno())
    except (ValueError, OSError):  # closed, or no file behind it
        return False


def discard_output() -> None:
    """Point standard output and error at /dev/null (the terminal behind them is gone)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    for fd in (1, 2):
        try:
            os.dup2(devnull, fd)
        except OSError:
            pass
    os.close(devnull)


class HangupWatch:
    """Calls `quit_app` (from any thread) once the terminal is gone, then gives the process
    `grace()` seconds to end before ending it."""

    def __init__(self, quit_app: Callable[[], None], grace: Callable[[], float]) -> None:
        self.quit_app = quit_app
        self.grace = grace
        self.hung_up = False
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._previous: Any = None

    def start(self) -> None:
        """Watch from now on; call in the main thread."""
        if hasattr(signal, "SIGHUP"):
            try:
                self._previous = signal.signal(signal.SIGHUP, self._on_signal)
            except ValueError:  # not the main thread: the terminal check still works
                pass
        threading.Thread(target=self._check, name="edu-terminal-watch", daemon=True).start()

    def stop(self) -> None:
        """Stop watching (the app has ended): the signal's previous handler is back."""
        self._stop.set()
        if self._previous is not None:
            try:
                signal.signal(signal.SIGHUP, self._previous)
            except ValueError:
                pass
            self._previous = None

    def _on_signal(self, _signum: int, _frame: FrameType | None) -> None:
        self.hang_up()

    def _check(self) -> None:
        while not self._stop.wait(CHECK_SECONDS):
            if not terminal_alive():
                self.hang_up()
                return

    def hang_up(self) -> None:
        with self._lock:
            if self.hung_up:
                return
            self.hung_up = True
        discard_output()
        stall = threading.Timer(self.grace(), os._exit, [STATUS])
        stall.daemon = True
        stall.start()
        self.quit_app()
