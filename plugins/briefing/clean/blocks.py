"""Helpers for rules that drop whole blocks (or single list items) judged to be junk."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from ..model import Block

if TYPE_CHECKING:
    from . import Context


def drop_blocks(blocks: list[Block], ctx: Context, is_junk: Callable[[str], bool]) -> list[Block]:
    """Remove every block, or list item, whose whole text `is_junk`; log each removal."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if block.type == "list":
            items = block.text.split("\n")
            kept = [item for item in items if not is_junk(item.strip())]
            if len(kept) == len(items):
                out.append(block)
                continue
            for item in items:
                if item not in kept:
                    ctx.log("remove", item, "", i)
            if kept:
                out.append(block.with_text("\n".join(kept)))
            continue
        if is_junk(block.text.strip()):
            ctx.log("remove", block.text, "", i)
        else:
            out.append(block)
    return out


def drop_indices(blocks: list[Block], ctx: Context, drop: Collection[int]) -> list[Block]:
    """Remove the blocks at these indices; log each removal."""
    for i in sorted(drop):
        ctx.log("remove", blocks[i].text, "", i)
    return [b for i, b in enumerate(blocks) if i not in drop]
