"""Production settings: `make publish` (absolute URLs and feeds). Loaded by path: see DESIGN.md."""

import importlib.util
import os
from pathlib import Path

_spec = importlib.util.spec_from_file_location("briefing_conf", Path(__file__).with_name("pelican.conf.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
globals().update({k: v for k, v in vars(_conf).items() if k.isupper()})

SITEURL = os.environ.get("SITEURL", "https://briefing.example.org")
RELATIVE_URLS = False
FEED_DOMAIN = SITEURL  # feeds (all, and per actor: pelican.conf.py) link to absolute addresses
