"""A small, safe preview server for output/ (make serve, make devserver).

Loopback by default; paths are resolved and must stay inside the served folder (no `..`, no encoded
tricks, no symlinks out); JSON and feeds get their real content types; a client that hangs up mid
response is not an error.
"""

from __future__ import annotations

import logging
import os
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

logger = logging.getLogger(__name__)

EXTRA_TYPES = {
    ".json": "application/json",
    ".xml": "application/xml",
    ".atom": "application/atom+xml",
    ".css": "text/css",
    ".js": "text/javascript",
    ".svg": "image/svg+xml",
    ".wasm": "application/wasm",
    ".txt": "text/plain; charset=utf-8",
}


class PreviewHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **EXTRA_TYPES}

    def send_head(self):
        """Serve like the standard handler, but only files whose real path stays inside the root."""
        root = os.path.realpath(self.directory)
        real = os.path.realpath(self.translate_path(self.path))
        if real != root and not real.startswith(root + os.sep):
            self.send_error(404, "Not found")
            return None
        return super().send_head()

    def handle(self) -> None:
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away; nothing to answer

    def log_message(self, format: str, *args) -> None:
        logger.debug("%s - %s", self.address_string(), format % args)


def make_server(output: Path, bind: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    handler = partial(PreviewHandler, directory=str(Path(output).resolve()))
    server = ThreadingHTTPServer((bind, port), handler)
    server.daemon_threads = True
    return server


def serve_in_background(output: Path, bind: str, port: int) -> ThreadingHTTPServer:
    server = make_server(output, bind, port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
