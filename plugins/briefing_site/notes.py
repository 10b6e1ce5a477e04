"""The cleaning notes: each edit the cleaner recorded, cut down to what it changed, as the rows of the
briefing page's table. Python, not a Jinja loop: a page has a dozen or more edits, and a loop's
attribute lookups and escapes cost twice as much. Made when the page is written and not kept with
the page parts: at 10,000 seeds the content cache and the build's memory would hold 40 MB more."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from briefing.model import Edit


@dataclass(frozen=True, slots=True)
class Change:
    """An edit cut down to what changed, with a little context, for the cleaning notes table."""

    lead: str
    removed: str
    added: str
    tail: str


def change(before: str, after: str, context: int = 40) -> Change:
    """Common start and end of `before` and `after`, widened to whole words and trimmed to `context`.

    >>> change("General YehiaRasool, a spokeswoman", "General Yehia Rasool, a spokeswoman")
    Change(lead='General ', removed='YehiaRasool,', added='Yehia Rasool,', tail=' a spokeswoman')
    """
    start = _common_start(before, after)
    end = _common_start(before[start:][::-1], after[start:][::-1])
    if start and before[start - 1] != " ":  # widen back to the start of the word, never cut one in half
        start = before.rfind(" ", 0, start) + 1
    if end and before[-end] != " ":  # and on to the end of the word
        space = before.find(" ", len(before) - end)
        end = len(before) - space if space != -1 else 0
    lead, tail = before[:start], before[len(before) - end:]
    if len(lead) > context:
        lead = "…" + lead[-context:].split(" ", 1)[-1]
    if len(tail) > context:
        tail = tail[:context].rsplit(" ", 1)[0] + "…"
    return Change(lead, before[start:len(before) - end], after[start:len(after) - end], tail)


def _common_start(a: str, b: str) -> int:
    """Length of the common start, by bisection on slices compared in C (os.path.commonprefix walks
    it a character at a time in Python: most edits keep a long paragraph around a short change)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def edit_rows(edits: tuple[Edit, ...]) -> Markup:
    """The table's rows, one per edit: rule, action, and the change before and after, every text escaped.

    >>> print(edit_rows((Edit("remove_bylines", "remove", "By <b>Staff</b>", "", 0),)))
    <tr><td><code>remove_bylines</code></td><td>remove</td><td><del>By &lt;b&gt;Staff&lt;/b&gt;</del></td><td></td></tr>
    """
    rows = []
    for edit in edits:
        c = change(edit.before, edit.after)
        lead, tail = escape(c.lead), escape(c.tail)
        removed = f"<del>{escape(c.removed)}</del>" if c.removed else ""
        added = f"<ins>{escape(c.added)}</ins>" if c.added else ""
        rows.append(f"<tr><td><code>{escape(edit.rule)}</code></td><td>{escape(edit.action)}</td>"
                    f"<td>{lead}{removed}{tail}</td><td>{lead}{added}{tail}</td></tr>")
    return Markup("\n".join(rows))
