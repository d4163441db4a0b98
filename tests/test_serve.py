"""`edu serve`: the trainer in a real headless browser (Chromium over the DevTools protocol).

The page draws the terminal with xterm.js on a canvas, so the test reads what xterm shows
(its screen buffer) from the live page, presses Enter as a learner would, and expects a
quiz question. Skips only when no Chromium is installed (`.ci/run` installs it with apt).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from edu.commands.serve import trainer_command
from edu.progress.store import open_store

BROWSER = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                if shutil.which(n)), None)

# Reads the rows xterm.js shows: finds the page's Terminal among its live objects.
SCREEN_JS = """function () {
  const t = this.find(o => { try { return o && o.buffer && o.buffer.active &&
      typeof o.buffer.active.getLine === 'function' && o.rows > 0; } catch (e) { return false; } });
  if (!t) return '';
  const b = t.buffer.active, out = [];
  for (let i = 0; i < t.rows; i++) { const l = b.getLine(b.viewportY + i);
    out.push(l ? l.translateToString(true) : ''); }
  return out.join('\\n');
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on port {port}")


class Page:
    """The smallest DevTools-protocol client the test needs: call, read the screen, type."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.next_id = 0

    async def call(self, method: str, **params):
        self.next_id += 1
        await self.ws.send_json({"id": self.next_id, "method": method, "params": params})
        while True:
            message = await self.ws.receive_json()
            if message.get("id") == self.next_id:
                assert "error" not in message, message
                return message["result"]

    async def screen(self) -> str:
        proto = await self.call("Runtime.evaluate", expression="Object.prototype")
        objects = await self.call("Runtime.queryObjects",
                                  prototypeObjectId=proto["result"]["objectId"])
        result = await self.call("Runtime.callFunctionOn",
                                 objectId=objects["objects"]["objectId"],
                                 functionDeclaration=SCREEN_JS, returnByValue=True)
        return result["result"].get("value") or ""

    async def wait_for(self, text: str, timeout: float = 40) -> str:
        deadline = time.monotonic() + timeout
        shown = ""
        while time.monotonic() < deadline:
            shown = await self.screen()
            if text in shown:
                return shown
            await asyncio.sleep(0.5)
        raise AssertionError(f"{text!r} never shown; the page shows:\n{shown}")

    async def press(self, key: str, code: int, text: str = "") -> None:
        for kind in ("keyDown", "keyUp"):
            await self.call("Input.dispatchKeyEvent", type=kind, key=key, code=key,
                            windowsVirtualKeyCode=code, nativeVirtualKeyCode=code,
                            **({"text": text} if text and kind == "keyDown" else {}))


def test_trainer_command_keeps_the_flags(tmp_path):
    import argparse

    from edu.progress.session import SessionOptions

    args = argparse.Namespace(decks=["d.yaml"], db=str(tmp_path / "p.db"))
    options = SessionOptions(count=5, kinds=("numeric", "cloze"),
                             sections=("II.1", "Space transport, system"), seed=3,
                             review_limit=2, cram=True)
    command = trainer_command(args, options)
    assert command[:4] == [sys.executable, "-m", "edu", "train"]
    assert command[4] == str(Path("d.yaml").resolve())
    assert command[5:] == ["--count", "5", "--kinds", "numeric,cloze", "--sections", "II.1",
                           "Space transport, system", "--seed", "3", "--review-limit", "2",
                           "--db", str(tmp_path / "p.db"), "--cram"]


@pytest.mark.skipif(BROWSER is None, reason="no Chromium installed (see .ci/run)")
def test_a_browser_shows_a_trainer_question(tmp_path):
    aiohttp = pytest.importorskip("aiohttp")  # comes with textual-serve
    db = tmp_path / "progress.sqlite3"
    port, debug_port = free_port(), free_port()
    env = {**os.environ, "EDU_CACHE_DIR": str(tmp_path / "cache")}
    server = subprocess.Popen(
        [sys.executable, "-m", "edu", "serve", "--port", str(port), "--db", str(db),
         "--kinds", "multiple_choice", "--count", "3"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    browser = subprocess.Popen(
        [str(BROWSER), "--headless=new", "--no-sandbox", "--disable-gpu",
         "--disable-dev-shm-usage", f"--remote-debugging-port={debug_port}",
         f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,800", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    async def drive() -> str:
        async with aiohttp.ClientSession() as session:
            for _ in range(100):
                try:
                    async with session.get(f"http://127.0.0.1:{debug_port}/json/list") as r:
                        targets = await r.json()
                    break
                except aiohttp.ClientError:
                    await asyncio.sleep(0.2)
            page_target = next(t for t in targets if t["type"] == "page")
            async with session.ws_connect(page_target["webSocketDebuggerUrl"],
                                          max_msg_size=0) as ws:
                page = Page(ws)
                await page.call("Page.navigate", url=f"http://localhost:{port}/")
                home = await page.wait_for("Choose a deck")
                assert "China's Space Program" in home
                for kind in ("mousePressed", "mouseReleased"):  # focus the terminal
                    await page.call("Input.dispatchMouseEvent", type=kind, x=400, y=300,
                                    button="left", clickCount=1)
                await page.press("Enter", 13, "\r")
                return await page.wait_for("Multiple choice")

    try:
        wait_for_port(port)
        shown = asyncio.run(asyncio.wait_for(drive(), 120))
    finally:
        browser.terminate()
        server.terminate()
        browser.wait(10)
        server.wait(10)
    assert "1/3" in shown and "Next" not in shown  # a question, not yet answered
    with open_store(db) as store:
        assert store.count_answers() == 0
