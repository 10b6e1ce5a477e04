"""Stage 2, clean: an ordered chain of named rules over a Document's blocks.

Each rule is `rule(blocks, ctx) -> blocks`: it returns the new block list and records every change
through `ctx.log(...)`. The default order lives in `rules/__init__.py`; a site reshapes it with
`BRIEFING["clean"]` in pelican.conf.py and a seed with `disable_rules` in its sidecar.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..chain import Chain
from ..model import Block, Document, Edit
from ..settings import CleanSettings
from .rules import DEFAULT_RULES


@dataclass(slots=True)
class Context:
    """What a rule may know besides the blocks: the headline, names the registry knows, the log."""

    title: str
    known_names: frozenset[str] = frozenset()
    edits: list[Edit] = field(default_factory=list)
    rule: str = ""

    def log(self, action: str, before: str, after: str, block: int) -> None:
        self.edits.append(Edit(self.rule, action, before, after, block))


def default_chain() -> Chain:
    return Chain(DEFAULT_RULES)


def build_chain(settings: CleanSettings, extra_disabled: tuple[str, ...] = ()) -> Chain:
    """The site's chain: default rules reordered, enabled and disabled as the settings say."""
    chain = default_chain()
    if settings.order:
        chain.reorder(settings.order)
    chain.disable(settings.disable)
    chain.enable(settings.enable)
    chain.disable(extra_disabled)
    return chain


def clean(doc: Document, chain: Chain, known_names: frozenset[str] = frozenset()) -> Document:
    """Run every enabled rule in order; return the cleaned document with its edit log."""
    ctx = Context(title=doc.title, known_names=known_names)
    blocks: list[Block] = list(doc.blocks)
    for name, rule in chain.rules():
        ctx.rule = name
        blocks = rule(blocks, ctx)
    return doc.with_blocks(blocks, ctx.edits)
