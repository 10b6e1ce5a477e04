"""The reaction graph: a pure function from Briefing data to SVG, checked as XML."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from briefing.model import STANCES, Actor, Block, Briefing, Document, Reaction
from briefing_site import graph
from briefing_site.audit import active_markup
from support import ROOT

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = 'Zenda <script>alert(1)</script> & "Brigade"'


def _briefing(reactions, actors=None) -> Briefing:
    actors = actors or (
        Actor("ruritania", "Ruritania", "state", ("Ruritanian", "Strelsau"), mentions=5, country="RU"),
        Actor("borduria", "Borduria", "state", ("Bordurian",), mentions=3),
        Actor("ruritania-army", "Ruritanian Army", "organisation", mentions=1, affiliation="ruritania"),
        Actor("zenda", HOSTILE, "armed-group", mentions=2),
        Actor("rudolf", "Rudolf Rassendyll", "person", mentions=1, affiliation="ruritania-army"),
    )
    return Briefing(Document("s.txt", "T", (Block("paragraph", "x"),), {}), (), actors, tuple(reactions))


REACTIONS = (
    Reaction("borduria", None, "condemn", "Borduria condemned the Ruritanian strike.", 0),
    Reaction("ruritania-army", None, "justify", "The army said Borduria had fired first.", 1),
    Reaction("zenda", None, "threaten", "The brigade promised retaliation.", 2),
    Reaction("borduria", None, "appeal", "Borduria urged calm.", 3),
)


def _parse(markup: str) -> ET.Element:
    return ET.fromstring(str(markup))


def test_the_svg_is_valid_xml_named_for_screen_readers():
    root = _parse(graph.briefing_svg(_briefing(REACTIONS)))
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    ids = {el.get("id"): el for el in root.iter() if el.get("id")}
    title_id, desc_id = root.get("aria-labelledby").split()
    assert ids[title_id].tag == f"{SVG}title" and ids[desc_id].tag == f"{SVG}desc"
    assert "Borduria reacted to Ruritania: condemn once, appeal once." in ids[desc_id].text


def test_one_edge_per_reaction_coloured_by_stance():
    root = _parse(graph.briefing_svg(_briefing(REACTIONS)))
    edges = root.find(f"{SVG}g[@class='graph__edges']")
    assert [p.get("class") for p in edges] == [f"stance--{r.stance}" for r in REACTIONS]
    assert all(p.get("stroke") == graph.STANCE_COLOURS[r.stance] for p, r in zip(edges, REACTIONS))
    assert all(p.get("marker-end") == f"url(#reaction-graph-{r.stance})" for p, r in zip(edges, REACTIONS))


def test_legend_names_exactly_the_stances_drawn_in_the_models_order():
    root = _parse(graph.briefing_svg(_briefing(REACTIONS)))
    legend = root.find(f"{SVG}g[@class='graph__legend']")
    assert [t.text for t in legend.iter(f"{SVG}text")] == ["condemn", "threaten", "justify", "appeal"]


def test_targets_are_the_actor_named_on_another_side_else_the_main_actor():
    edges = graph.reaction_edges(_briefing(REACTIONS))
    # "the Ruritanian strike": Ruritania; the army (Ruritania's side) names Borduria; nobody named: the main actor.
    assert [(e.source, e.target) for e in edges] == [
        ("borduria", "ruritania"), ("ruritania-army", "borduria"), ("zenda", "ruritania"), ("borduria", "ruritania")]


def test_a_person_named_in_a_reaction_is_its_target_only_when_no_one_else_is():
    text = "Rudolf Rassendyll said Borduria lied."
    [edge] = graph.reaction_edges(_briefing([Reaction("zenda", "Rudolf Rassendyll", "deny", text, 0)]))
    assert edge.target == "borduria"


def test_a_story_with_one_actor_points_its_reactions_at_the_events():
    alone = (Actor("borduria", "Borduria", "state", mentions=1),)
    nodes, edges = graph.briefing_graph(_briefing([Reaction("borduria", None, "deny", "No.", 0)], alone))
    assert edges == [graph.Edge("borduria", graph.EVENTS, "deny")]
    assert [n.name for n in nodes] == ["Borduria", "The events"]
    _parse(graph.svg(nodes, edges, title="t"))


def test_sides_follow_affiliation_chains():
    briefing = _briefing(REACTIONS)
    actors = {a.id: a for a in briefing.actors}
    assert graph.side_of(actors["rudolf"], actors) == "ruritania"
    nodes, _ = graph.briefing_graph(briefing)
    assert [(n.id, n.side) for n in nodes] == [
        ("borduria", "Borduria"), ("ruritania", "Ruritania"), ("ruritania-army", "Ruritania"), ("zenda", HOSTILE)]


def test_every_label_is_escaped_and_nothing_is_active_or_hidden():
    markup = str(graph.briefing_svg(_briefing(REACTIONS)))
    assert "<script" not in markup and "&lt;script&gt;" in markup
    assert "style=" not in markup  # no inline style: the audit flags hiding styles, the CSP refuses them
    assert active_markup(markup) == []
    texts = [list(t.itertext()) for t in _parse(markup).iter(f"{SVG}text")]
    assert [HOSTILE, graph._cut(HOSTILE)] in texts  # tooltip and label: the XML parser gives back the text exactly


def test_long_names_are_cut_but_said_in_full():
    long = Actor("long", "The Extraordinarily Long Named Commission", "organisation", mentions=9)
    borduria = Actor("borduria", "Borduria", "state", mentions=1)
    root = _parse(graph.briefing_svg(_briefing([Reaction("borduria", None, "deny", "No.", 0)], (long, borduria))))
    texts = [list(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert ["The Extraordinarily Long Named Commission", "The Extraordinarily Lon…"] in texts
    assert "The Extraordinarily Long Named Commission" in root.find(f"{SVG}desc").text


def test_actor_graph_has_its_reactions_and_those_aimed_at_it_across_briefings():
    one, two = _briefing(REACTIONS), _briefing(REACTIONS[:1])
    _, edges = graph.actor_graph("ruritania", [one, two])
    # The same reaction in two briefings is one thicker arc, counted in words too.
    assert [(e.source, e.stance, e.count) for e in edges] == [("borduria", "condemn", 2), ("zenda", "threaten", 1),
                                                               ("borduria", "appeal", 1)]
    root = _parse(graph.actor_svg("ruritania", "Ruritania", [one, two]))
    assert root.find(f"{SVG}g[@class='graph__edges']")[0].get("stroke-width") == "3"
    assert "Borduria reacted to Ruritania: condemn 2 times, appeal once." in root.find(f"{SVG}desc").text
    assert graph.actor_svg("nobody", "Nobody", [one]) == ""


def _css_vars(block: str) -> dict[str, str]:
    return dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-f]{6})", block))


def _contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_stance_colours_match_the_theme_and_stand_out_in_light_and_dark():
    css = (ROOT / "theme/static/css/briefing.css").read_text()
    light = _css_vars(css.split("@media (prefers-color-scheme: dark)")[0])
    dark = {**light, **_css_vars(css.split("@media (prefers-color-scheme: dark)")[1].split("}\n}")[0])}
    assert {s: light[s] for s in STANCES} == graph.STANCE_COLOURS  # the no-CSS fallback is the light theme
    assert light["text"] == graph.TEXT_COLOUR
    for scheme in (light, dark):
        for background in (scheme["bg"], scheme["surface"]):
            # Arcs are graphics (WCAG 1.4.11: 3:1); the theme's stance colours also serve as text, so 4.5:1.
            assert all(_contrast(scheme[s], background) >= 4.5 for s in STANCES), (scheme["bg"], background)
            assert _contrast(scheme["text"], background) >= 4.5 and _contrast(scheme["muted"], background) >= 4.5
