"""The preview server: loopback, inside its folder only, right content types, calm on hang-ups."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from briefing_site.server import serve_in_background


@pytest.fixture
def site(tmp_path: Path):
    out = tmp_path / "output"
    out.mkdir()
    (out / "index.html").write_text("<!doctype html><title>x</title>")
    (out / "data.json").write_text("{}")
    (out / "feed.xml").write_text("<feed/>")
    (tmp_path / "secret.txt").write_text("secret")
    (out / "escape.txt").symlink_to(tmp_path / "secret.txt")
    server = serve_in_background(out, "127.0.0.1", 0)
    yield f"http://127.0.0.1:{server.server_address[1]}", server
    server.shutdown()


def _status(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.headers.get("Content-Type", "")
    except urllib.error.HTTPError as err:
        return err.code, ""


def test_binds_loopback(site):
    assert site[1].server_address[0] == "127.0.0.1"


def test_content_types(site):
    base = site[0]
    assert _status(base + "/")[1].startswith("text/html")
    assert _status(base + "/data.json")[1] == "application/json"
    assert _status(base + "/feed.xml")[1] == "application/xml"


@pytest.mark.parametrize("path", ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/escape.txt", "/%2E%2E%2Fsecret.txt"])
def test_nothing_outside_the_folder(site, path):
    assert _status(site[0] + path)[0] == 404


def test_survives_client_hanging_up(site):
    host, port = site[1].server_address[:2]
    for _ in range(5):
        with socket.create_connection((host, port)) as s:
            s.sendall(b"GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
    assert _status(site[0] + "/")[0] == 200
