"""The small site the tests in this folder build: seeds, a registry and the settings.

The seeds and the registry are written here, not copied from the corpus: invented countries and
people, so the expectations do not move when the real registry grows.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

REGISTRY = """\
actors:
  - {id: ruritania, name: Ruritania, kind: state, aliases: [Ruritanian, Strelsau]}
  - {id: borduria, name: Borduria, kind: state, aliases: [Bordurian, Szohod]}
  - {id: river-commission, name: River Commission, kind: organisation, aliases: [the commission]}
  - {id: zenda-brigade, name: Zenda Brigade, kind: armed-group}
"""

SEEDS = {
    "2026-02-03-river.txt": """Ruritania and Borduria clash over the river dam

Ruritania accused Borduria on Tuesday of filling the dam without warning.

The Ruritanian foreign ministry said it condemned the move as a violation of the river treaty.

What happens next?

Borduria said the dam was necessary to protect its farms from drought.

The River Commission urged both sides to return to talks, according to a statement.
""",
    "2026-02-04-talks.md": """---
title: River Commission calls talks on the dam
date: 2026-02-04
source_url: https://news.example.org/river/talks
tags: [water, diplomacy]
---

The River Commission said on Wednesday it would host talks between Ruritania and Borduria.

> Both capitals have agreed to attend, the commission said.

- a first round in March
- a second round in April
""",
    # Two seeds with the same headline must both be published.
    "2026-01-10-dup-a.txt": "Border crossing reopens\n\nRuritania said the border crossing reopened on Saturday.\n",
    "2026-01-10-dup-b.txt": "Border crossing reopens\n\nBorduria said the crossing had reopened after repairs.\n",
    # The curator puts it first in its day's edition (by default a day's briefings go by slug).
    "2026-01-10-dup-b.yaml": "featured: true\n",
    # Hostile text: everything must arrive as text, nothing as markup.
    "2026-01-05-hostile.txt": """Zenda Brigade <script>alert(1)</script> statement

The Zenda Brigade said <img src=x onerror=alert(1)> it would withdraw <a href="javascript:alert(2)">now</a>.

Ruritania said the <svg onload=alert(3)> statement was {{ 7*7 }} false.
""",
    "2026-01-05-hostile.yaml": "source_url: 'javascript:alert(document.cookie)'\ntags: ['x\" onmouseover=\"alert(4)']\n",
    # Not seeds: an empty file fails alone, other file types never become articles.
    "empty.txt": "  \n",
    "notes.rst": "Notes\n=====\n\nA curator's notes, not a briefing.\n",
    "data.json": "{\"not\": \"a seed\"}\n",
}


def settings_for(tmp: Path, **extra) -> dict:
    from pelican.settings import read_settings

    override = {
        "PATH": str(tmp / "seeds"),
        "OUTPUT_PATH": str(tmp / "output"),
        "CACHE_PATH": str(tmp / "cache"),
        "BRIEFING": {"registry": str(tmp / "actors.yaml"), "show_edits": True, "fallback_date": "2026-01-01"},
        **extra,
    }
    return read_settings(str(ROOT / "pelican.conf.py"), override=override)


def write_site(tmp: Path) -> None:
    (tmp / "actors.yaml").write_text(REGISTRY, encoding="utf-8")
    seeds = tmp / "seeds"
    seeds.mkdir()
    for name, text in SEEDS.items():
        (seeds / name).write_text(text, encoding="utf-8")
