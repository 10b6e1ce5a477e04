"""Read markdown-it-py style fixture files: title / `.` / input / `.` / expected / `.`."""

from __future__ import annotations

from pathlib import Path

from briefing.model import Block

FIXTURES = Path(__file__).parent.parent / "fixtures" / "clean"
_PREFIXES = (("## ", "heading"), ("> ", "quote"))


def parse_blocks(text: str) -> list[Block]:
    """Blank lines separate blocks; `## ` starts a heading, `> ` a quote, and `- ` lines make a list."""
    blocks = []
    for chunk in text.strip("\n").split("\n\n"):
        if not chunk.strip():
            continue
        lines = chunk.split("\n")
        if all(line.startswith("- ") for line in lines):
            blocks.append(Block("list", "\n".join(line[2:] for line in lines)))
            continue
        for prefix, kind in _PREFIXES:
            if chunk.startswith(prefix):
                blocks.append(Block(kind, chunk[len(prefix):]))
                break
        else:
            blocks.append(Block("paragraph", chunk))
    return blocks


def read_cases(path: Path) -> list[tuple[str, str, str]]:
    """(title, input, expected) for each case in the file."""
    lines = path.read_text(encoding="utf-8").split("\n")
    cases, i = [], 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        title = lines[i]
        assert lines[i + 1] == ".", f"{path.name}:{i + 2}: expected '.' after the title"
        parts, current, i = [], [], i + 2
        while len(parts) < 2:
            if lines[i] == ".":
                parts.append("\n".join(current))
                current = []
            else:
                current.append(lines[i])
            i += 1
        cases.append((title, parts[0], parts[1]))
    return cases


def all_cases():
    """pytest params for every case of every fixture file, named file:title."""
    import pytest

    return [
        pytest.param(inp, expected, id=f"{path.stem}: {title}")
        for path in sorted(FIXTURES.glob("*.md"))
        if path.name != "README.md"
        for title, inp, expected in read_cases(path)
    ]
