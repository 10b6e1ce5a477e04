"""Who reacted to whom, as a static SVG drawn at build time (no JavaScript).

An arc diagram: one row per actor, grouped by side, and one arc per reaction from the actor who
reacted to the actor it reacted to, coloured by stance (an actor page, across many briefings, draws
repeated reactions once, thicker). It reads well from a 360px phone up, because
rows stack and arcs only grow to the right. Pure functions of Briefing data; every text is escaped.

The target of a reaction is the first other actor its words name who is not on the reacting
actor's side (Iraq's military condemning "the US airstrike" reacts to the United States); when the
words name nobody else, it is the story's main actor (most mentioned), the subject of the events.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup, escape

from briefing.model import STANCES, Actor, Briefing, pickled_by_fields

# Light-theme colours as presentation attributes (what shows if the stylesheet does not load);
# the theme's CSS classes override them with its light/dark stance colours.
STANCE_COLOURS = {
    "condemn": "#a3231a", "threaten": "#8f3a00", "justify": "#5d3596", "appeal": "#006466",
    "deny": "#454b55", "report": "#1b5599", "support": "#2b6420", "demand": "#862a60",
}
TEXT_COLOUR = "#1c1d21"
EVENTS = "the-events"  # the pseudo-actor a reaction targets when the story names no one else

# Geometry of the drawing, in viewBox units (one unit is one CSS pixel at a 360px wide page).
WIDTH = 360
NODE_X = 176  # rows: labels end left of this, arcs start here and bulge right
ROW = 26
TOP = 14
LABEL_CHARS = 24  # longer names are cut (the full name is a tooltip and in the <desc>)
LEGEND_COLUMNS = 3
ARC_STEP = 12  # spacing of parallel arcs between the same two actors


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Node:
    id: str
    name: str
    side: str  # the name of the side it belongs to (its own name when it stands alone)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    stance: str
    count: int = 1  # an actor page draws repeated reactions once, thicker


def side_of(actor: Actor, actors: dict[str, Actor]) -> str:
    """The id of the top of the actor's affiliation chain (a spokesman -> ministry -> state), or the
    state of its country, or the actor itself."""
    seen = {actor.id}
    while actor.affiliation and actor.affiliation in actors and actor.affiliation not in seen:
        actor = actors[actor.affiliation]
        seen.add(actor.id)
    if actor.affiliation:
        return actor.affiliation
    if actor.kind != "state" and actor.country:
        state = next((a for a in actors.values() if a.kind == "state" and a.country == actor.country), None)
        if state:
            return state.id
    return actor.id


def _is_word_char(char: str) -> bool:
    """What the regex class \\w matches: a letter, digit or numeral of any script, or "_"."""
    return char.isalnum() or char == "_"


def first_named_at(text: str, names) -> int | None:
    """Where `text` first names one of `names` as a whole word (not inside a longer word), or None.

    Plain `str.find`, not a regex per actor: thousands of distinct name sets would each be compiled.

    >>> first_named_at("Kirbyson met Mr Kirby", ("Kirby", "John Kirby"))
    16
    >>> first_named_at("Kirbyson", ("Kirby",)) is None
    True
    """
    first = None
    for name in names:
        at = text.find(name) if name else -1
        while at != -1 and (first is None or at < first):
            end = at + len(name)
            if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
                first = at
                break
            at = text.find(name, at + 1)
    return first


def reaction_edges(briefing: Briefing) -> list[Edge]:
    """One edge per reaction, in the briefing's order."""
    actors = {a.id: a for a in briefing.actors}
    sides = {a.id: side_of(a, actors) for a in briefing.actors}
    by_mentions = sorted(briefing.actors, key=lambda a: -a.mentions)  # stable: ties keep the core's order
    names = [(a, (a.name, *a.aliases)) for a in briefing.actors]
    edges = []
    for r in briefing.reactions:
        side = sides.get(r.actor, r.actor)
        # A person named in a reaction is mostly its source ("said Mr Kirby"), not its target.
        named = [(a.kind == "person", at, a.id) for a, its_names in names
                 if a.id != r.actor and sides[a.id] != side and (at := first_named_at(r.text, its_names)) is not None]
        if named:
            target = min(named)[2]
        else:
            main = [a.id for a in by_mentions if a.id != r.actor and sides[a.id] != side]
            target = main[0] if main else EVENTS
        edges.append(Edge(r.actor, target, r.stance))
    return edges


def briefing_graph(briefing: Briefing, edges: list[Edge] | None = None) -> tuple[list[Node], list[Edge]]:
    """Nodes and edges of one briefing (`edges`: its reaction_edges, when the caller has them already)."""
    edges = reaction_edges(briefing) if edges is None else edges
    return _nodes(edges, [briefing]), edges


def actor_graph(actor_id: str, briefings, edges_per_briefing=None) -> tuple[list[Node], list[Edge]]:
    """An actor's reactions across briefings, and the reactions aimed at it: one edge per who, whom
    and stance, counted, so an actor in hundreds of briefings still gets a page-sized drawing.

    `edges_per_briefing` are the briefings' reaction_edges when the caller has them already.
    """
    per_briefing = edges_per_briefing or [reaction_edges(b) for b in briefings]
    counts = Counter(e for edges in per_briefing for e in edges if actor_id in (e.source, e.target))
    edges = [Edge(e.source, e.target, e.stance, n) for e, n in counts.items()]
    return _nodes(edges, briefings), edges


def _nodes(edges: list[Edge], briefings) -> list[Node]:
    """The actors the edges touch, grouped by side; sides in order of first appearance."""
    actors: dict[str, Actor] = {}
    side_ids: dict[str, str] = {}
    for b in briefings:
        found = {a.id: a for a in b.actors}
        for a in b.actors:
            actors.setdefault(a.id, a)
            side_ids.setdefault(a.id, side_of(a, found))
    order = list(dict.fromkeys(x for e in edges for x in (e.source, e.target)))

    def name(i: str) -> str:  # an affiliation outside these briefings has only its id
        return actors[i].name if i in actors else ("The events" if i == EVENTS else i)

    sides = list(dict.fromkeys(side_ids.get(i, i) for i in order))
    return [Node(i, name(i), name(side)) for side in sides for i in order if side_ids.get(i, i) == side]


def _cut(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def describe(nodes: list[Node], edges: list[Edge]) -> str:
    """The graph in words, for screen readers: who reacted to whom, and how."""
    names = {n.id: n.name for n in nodes}
    pairs: dict[tuple[str, str], Counter] = {}
    for e in edges:
        pairs.setdefault((e.source, e.target), Counter())[e.stance] += e.count
    sentences = [
        f"{names[s]} reacted to {names[t]}: " + ", ".join(f"{stance} {_times(n)}" for stance, n in stances.items()) + "."
        for (s, t), stances in pairs.items()
    ]
    return " ".join(sentences) or "No reactions."


def svg(nodes: list[Node], edges: list[Edge], *, title: str, id_prefix: str = "graph") -> Markup:
    """The diagram as inline SVG markup: role="img", named by its <title> and <desc>.

    Shared attributes sit on groups and each stance's colour on a `stance--NAME` class (the theme's
    light/dark stance colours), with the light colour as a presentation attribute under it: a briefing
    page and its CSS must stay under 50 KB.
    """
    e = escape
    rows: dict[str, float] = {}
    labels: list[str] = []
    y = TOP
    previous_side = None
    group_sizes = Counter(n.side for n in nodes)
    for n in nodes:
        if n.side != previous_side and group_sizes[n.side] > 1:
            # A side with several actors gets a heading row; a lone actor is its own side.
            y += 4
            labels.append(f'<text class="graph__side" x="{NODE_X - 8}" y="{y + 4:g}" font-size="11">{e(_cut(n.side))}</text>')
            y += ROW * 0.75
        previous_side = n.side
        rows[n.id] = y
        tooltip = f"<title>{e(n.name)}</title>" if _cut(n.name) != n.name else ""
        labels.append(f'<text x="{NODE_X - 10}" y="{y + 4.5:g}">{tooltip}{e(_cut(n.name))}</text>'
                      f'<circle cx="{NODE_X}" cy="{y:g}" r="4"/>')
        y += ROW
    arcs = []
    parallel: Counter = Counter()
    for edge in edges:
        # Leave a node just above its centre and arrive just below it, so arrowheads do not cover starts.
        y1, y2 = rows[edge.source] - 2, rows[edge.target] + 2
        pair = tuple(sorted((edge.source, edge.target)))
        bulge = min(WIDTH - NODE_X - 20, 18 + abs(y2 - y1) * 0.45 + ARC_STEP * parallel[pair])
        parallel[pair] += 1
        c = NODE_X + bulge / 0.75  # a cubic whose control points sit at c bulges out by 0.75 of it
        stance = edge.stance
        width = f' stroke-width="{2 + min(edge.count - 1, 4)}"' if edge.count > 1 else ""
        arcs.append(f'<path class="stance--{stance}" stroke="{STANCE_COLOURS[stance]}"{width} '
                    f'd="M{NODE_X + 5} {y1:g}C{c:.0f} {y1:g} {c:.0f} {y2:g} {NODE_X + 6} {y2:g}" '
                    f'marker-end="url(#{id_prefix}-{stance})"/>')
    used = [s for s in STANCES if any(edge.stance == s for edge in edges)]
    markers = "".join(
        f'<marker id="{id_prefix}-{s}" class="stance--{s}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="12" '
        f'markerHeight="12" markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0L10 5L0 10z" fill="{STANCE_COLOURS[s]}"/></marker>'
        for s in used
    )
    legend, y = _legend(used, y + 10)
    return Markup(
        f'<svg class="graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {y:g}" role="img" '
        f'aria-labelledby="{id_prefix}-title {id_prefix}-desc">'
        f'<title id="{id_prefix}-title">{e(title)}</title><desc id="{id_prefix}-desc">{e(describe(nodes, edges))}</desc>'
        f"<defs>{markers}</defs>"
        f'<g class="graph__nodes" fill="{TEXT_COLOUR}" font-size="13" text-anchor="end">{"".join(labels)}</g>'
        f'<g class="graph__edges" fill="none" stroke-width="2">{"".join(arcs)}</g>{legend}</svg>'
    )


def _legend(stances: list[str], y: float) -> tuple[str, float]:
    """A swatch and the stance's name for each stance drawn; returns the markup and the new bottom."""
    parts = []
    column_width = WIDTH / LEGEND_COLUMNS
    for i, stance in enumerate(stances):
        x, row_y = 8 + (i % LEGEND_COLUMNS) * column_width, y + (i // LEGEND_COLUMNS) * 20 + 10
        parts.append(f'<path class="stance--{stance}" stroke="{STANCE_COLOURS[stance]}" d="M{x:g} {row_y:g}h22"/>'
                     f'<text x="{x + 28:g}" y="{row_y + 4:g}">{stance}</text>')
    rows = -(-len(stances) // LEGEND_COLUMNS)
    legend = f'<g class="graph__legend" fill="{TEXT_COLOUR}" font-size="12" stroke-width="3">{"".join(parts)}</g>'
    return legend, y + rows * 20 + 6


def briefing_svg(briefing: Briefing, edges: list[Edge] | None = None) -> Markup:
    return svg(*briefing_graph(briefing, edges), title="Who reacted to whom in this briefing", id_prefix="reaction-graph")


def actor_svg(actor_id: str, name: str, briefings, edges_per_briefing=None) -> Markup:
    """The actor's graph, or empty markup when it neither reacted nor was reacted to."""
    nodes, edges = actor_graph(actor_id, briefings, edges_per_briefing)
    if not edges:
        return Markup("")
    return svg(nodes, edges, title=f"Reactions by and to {name} across briefings", id_prefix="reaction-graph")
