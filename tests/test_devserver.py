"""`make devserver` answers over HTTP on 127.0.0.1 and serves the briefing page."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from support import ROOT, free_port, user_seeds



def _get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as err:
        return err.code, "", b""


@pytest.fixture(scope="module")
def devserver(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("devserver")
    seeds = user_seeds(tmp)
    port = free_port()
    output = tmp / "output"
    proc = subprocess.Popen(
        ["make", "-s", "devserver", f"PORT={port}", f"SEEDS={seeds}", f"OUTPUT={output}"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if _get(base + "/")[0] == 200 and (output / "briefings.json").exists():
                break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.3)
    else:
        os.killpg(proc.pid, signal.SIGTERM)
        pytest.fail("devserver did not answer: " + proc.stdout.read().decode(errors="replace")[-2000:])
    yield base, seeds, output
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=20)


def test_devserver_serves_front_page_and_briefing(devserver):
    base, _, output = devserver
    status, ctype, body = _get(base + "/")
    assert status == 200 and ctype.startswith("text/html")
    entry = json.loads((output / "briefings.json").read_text())[0]
    status, _, page = _get(f"{base}/{entry['url']}")
    assert status == 200
    assert b'data-briefing="summary"' in page
    status, ctype, _ = _get(f"{base}/{entry['json']}")
    assert status == 200 and ctype.startswith("application/json")


def test_devserver_refuses_traversal(devserver):
    base = devserver[0]
    for path in ("/../pelican.conf.py", "/%2e%2e/pelican.conf.py", "/..%2fpelican.conf.py"):
        assert _get(base + path)[0] == 404


def test_devserver_rebuilds_when_a_seed_is_added(devserver):
    base, seeds, output = devserver
    (seeds / "second.txt").write_text("Second briefing arrives\n\nThe council met on Monday and said it would vote again.\n")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        entries = json.loads((output / "briefings.json").read_text()) if (output / "briefings.json").exists() else []
        if len(entries) == 2:
            break
        time.sleep(0.5)
    else:
        pytest.fail("the new seed was not built")
    assert any(e["title"] == "Second briefing arrives" for e in entries)
