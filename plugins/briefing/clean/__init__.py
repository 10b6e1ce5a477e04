"""Stage 2, clean: an ordered chain of named rules over a Document's blocks.

Each rule is `rule(blocks, ctx) -> blocks`: it returns the new block list and records every change
through `ctx.log(...)`. The default order lives in `rules/__init__.py`; a site reshapes it with
`BRIEFING["clean"]` in pelican.conf.py and a seed with `disable_rules` in its sidecar. After the
chain, the sidecar's `keep` snippets put back what the rules removed and its `drop` snippets remove
more; both are logged under the rule name "sidecar".

The mojibake repair, when enabled, gets a last look once the removals are done: ftfy weighs a whole
paragraph, so a junk mark cut from it ("Óœ!Also Read: “") can leave a word it now repairs, and a
second cleaning must find nothing new. When that look repairs something, the chain runs once more
over the repaired text, which the other rules have not seen (a closing quotation mark put back after
a cut-off "â€" makes it "—", and a lone "“—" is page furniture).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..chain import Chain
from ..model import Block, Document, Edit
from ..settings import CleanSettings
from .rules import DEFAULT_RULES


RECHECKED_RULE = "fix_mojibake"


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
    """Run every enabled rule in order, then the sidecar's keep and drop; return the cleaned document."""
    ctx = Context(title=doc.title, known_names=known_names)
    rules = chain.rules()
    blocks = _run(rules, list(doc.blocks), ctx)
    recheck = next((rule for name, rule in rules if name == RECHECKED_RULE), None)
    if recheck is not None and len(rules) > 1:
        ctx.rule = RECHECKED_RULE
        logged = len(ctx.edits)
        blocks = recheck(blocks, ctx)
        if len(ctx.edits) > logged:  # a repaired word the other rules have not seen (rare): once more
            blocks = _run(rules, blocks, ctx)
    ctx.rule = "sidecar"
    keep, drop = doc.metadata.get("keep", ()), doc.metadata.get("drop", ())
    if keep:  # most seeds have no sidecar snippets: no pass over their blocks
        blocks = _keep(list(doc.blocks), blocks, keep, ctx)
    if drop:
        blocks = _drop(blocks, drop, ctx)
    return doc.with_blocks(blocks, ctx.edits)


def _run(rules, blocks: list[Block], ctx: Context) -> list[Block]:
    for name, rule in rules:
        ctx.rule = name
        blocks = rule(blocks, ctx)
    return blocks


def _flat(text: str) -> str:
    """Text with hard wraps and runs of spaces made single spaces, so snippets match across lines."""
    return " ".join(text.split())


def _first_words(text: str, n: int = 6) -> tuple[str, ...]:
    return tuple(w.strip(".,;:!?\"“”‘’'()").lower() for w in text.split()[:n])


def _same_start(cleaned: str, original: str) -> bool:
    """Whether a cleaned block is the original one with something cut from its end."""
    n = min(6, len(cleaned.split()))
    return n > 0 and len(cleaned) < len(original) and _first_words(cleaned, n) == _first_words(original, n)


def _keep(original: list[Block], cleaned: list[Block], snippets, ctx: Context) -> list[Block]:
    """Put back each original block holding a `keep` snippet that cleaning lost.

    A block that survived with the snippet cut out of it gets its whole text back; a removed block
    goes after the cleaned block that comes from the nearest earlier original block that survived.
    """
    out = list(cleaned)
    snippets = [_flat(s) for s in snippets]
    for k, block in enumerate(original):
        lost = [s for s in snippets if s in _flat(block.text) and not any(s in _flat(b.text) for b in out)]
        if not lost:
            continue
        restored = block if block.type == "list" else block.with_text(_flat(block.text))
        trimmed = next((i for i, b in enumerate(out) if _same_start(b.text, block.text)), None)
        if trimmed is not None:  # the block survived with the snippet cut out of it: undo the cut
            ctx.log("replace", out[trimmed].text, restored.text, trimmed)
            out[trimmed] = restored
            continue
        at = 0
        for earlier in reversed(original[:k]):
            key = _first_words(earlier.text)
            found = next((i for i, b in enumerate(out) if _first_words(b.text) == key), None)
            if found is not None:
                at = found + 1
                break
        out.insert(at, restored)
        ctx.log("add", "", restored.text, at)
    return out


def _drop(blocks: list[Block], snippets, ctx: Context) -> list[Block]:
    """Remove each block that holds a `drop` snippet."""
    snippets = [_flat(s) for s in snippets]
    out = []
    for i, block in enumerate(blocks):
        if any(s in _flat(block.text) for s in snippets):
            ctx.log("remove", block.text, "", i)
        else:
            out.append(block)
    return out
