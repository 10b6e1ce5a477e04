"""`make publish` output served by a real nginx from a sub-path: zero broken internal links or assets."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

import pytest

from paths import ROOT, USER_SEED

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
EXPECTED_TYPES = {".html": "text/html", ".json": "application/json", ".xml": "xml", ".css": "text/css", ".js": "javascript", ".svg": "image/svg+xml"}


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value and (name in ("href", "src") or (tag == "link" and name == "href")):
                self.links.append(value)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    if not Path(NGINX).exists():
        pytest.skip("STATIC HOSTING TEST SKIPPED: Debian's nginx is not installed")
    tmp = tmp_path_factory.mktemp("publish")
    seeds = tmp / "seeds"
    seeds.mkdir()
    shutil.copy(USER_SEED, seeds)
    (seeds / "2026-03-02-talks.md").write_text("---\ntitle: Talks resume\ndate: 2026-03-02\ntags: [diplomacy]\n---\n\nThe foreign minister of Iraq said talks with Iran would resume.\n")
    port = _free_port()
    siteurl = f"http://127.0.0.1:{port}/briefing"
    output = tmp / "output"
    subprocess.run(["make", "-s", "publish", f"SITEURL={siteurl}", f"SEEDS={seeds}", f"OUTPUT={output}"], cwd=ROOT, check=True, capture_output=True)
    conf = tmp / "nginx.conf"
    conf.write_text(f"""
daemon off; worker_processes 1; user root; pid {tmp}/nginx.pid; error_log {tmp}/error.log;
events {{ worker_connections 64; }}
http {{
  include /etc/nginx/mime.types; default_type application/octet-stream;
  types {{ application/json json; application/atom+xml atom; }}
  access_log off; client_body_temp_path {tmp}; proxy_temp_path {tmp}; fastcgi_temp_path {tmp}; uwsgi_temp_path {tmp}; scgi_temp_path {tmp};
  server {{ listen 127.0.0.1:{port}; location /briefing/ {{ alias {output}/; index index.html; }} }}
}}""")
    proc = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(tmp)], stderr=subprocess.PIPE)
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    yield siteurl
    proc.terminate()
    proc.wait(timeout=10)


def test_every_internal_link_resolves(published):
    siteurl = published + "/"
    seen, queue, broken, pages = set(), [siteurl], [], 0
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                ctype, body = r.headers.get("Content-Type", ""), r.read()
        except urllib.error.HTTPError as err:
            broken.append(f"{url} -> {err.code}")
            continue
        suffix = Path(urlparse(url).path).suffix or ".html"
        if suffix in EXPECTED_TYPES:
            assert EXPECTED_TYPES[suffix] in ctype, f"{url} served as {ctype}"
        if "text/html" not in ctype:
            continue
        pages += 1
        parser = _Links()
        parser.feed(body.decode("utf-8", errors="replace"))
        for link in parser.links:
            target = urldefrag(urljoin(url, link))[0]
            if target.startswith(siteurl) and target not in seen:
                queue.append(target)
            elif urlparse(target).netloc == urlparse(siteurl).netloc and not target.startswith(siteurl):
                broken.append(f"{url} links outside the sub-path: {link}")
    assert broken == []
    assert pages >= 5
