"""`make bench`: how fast Briefing builds a site of N messy seeds, next to plain Pelican.

    python -m briefing_site.bench --n 1000 [--runs 3] [--sizes 1000,10000] [--profile]

The seeds are generated here from invented wire stories (a seeded RNG, so every run and every machine
gets the same files), with the junk scrapers leave behind. Each run builds them in child processes, so
each build's peak RSS (its own, and Pagefind's under it) can be read from `wait4`:

- plain Pelican with its Markdown reader, default theme and no plugins, over the same texts written as
  Markdown files: the floor Briefing's extra work is measured against;
- Briefing without the search index (the build compared with that floor);
- Briefing as `make html` builds it, with a fresh content cache, then again unchanged (the cache should
  do the work), then after one seed changed.

The builds run from a snapshot of the code taken at start, so the figures belong to one version.

Clean+split is timed in this process on each `.txt` seed, apart from reading it, once as a site
builds it and once with the text core's memos of texts emptied before every seed (the invented seeds
repeat paragraphs more than real articles do; the tables made once per registry stay). The machine is
shared and noisy, so every figure is the median over `--runs`, with the spread beside it. Targets are printed with
PASS/FAIL; nothing fails the command, because timings are not a test.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import cProfile
import importlib.util
import json
import os
import pstats
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE_FILES = ("pelican.conf.py", "plugins", "theme", "content")  # what a build reads besides the seeds
RNG_SEED = 20261125

# ---------------------------------------------------------------------------------------------------
# Seed material. Invented stories: the places and bodies are real names (so the registry and the
# country tables have something to match) but every person, group and quote is made up.
# ---------------------------------------------------------------------------------------------------

STATES = [
    ("Iraq", "Iraqi", "Baghdad"), ("Syria", "Syrian", "Damascus"), ("Iran", "Iranian", "Tehran"),
    ("Turkey", "Turkish", "Ankara"), ("Egypt", "Egyptian", "Cairo"), ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Sudan", "Sudanese", "Khartoum"), ("Pakistan", "Pakistani", "Islamabad"), ("India", "Indian", "New Delhi"),
    ("Ukraine", "Ukrainian", "Kyiv"), ("Russia", "Russian", "Moscow"), ("Serbia", "Serbian", "Belgrade"),
    ("Armenia", "Armenian", "Yerevan"), ("Azerbaijan", "Azerbaijani", "Baku"), ("Mali", "Malian", "Bamako"),
    ("Niger", "Nigerien", "Niamey"), ("Venezuela", "Venezuelan", "Caracas"), ("Colombia", "Colombian", "Bogota"),
    ("the Philippines", "Filipino", "Manila"), ("China", "Chinese", "Beijing"), ("Lebanon", "Lebanese", "Beirut"),
    ("Yemen", "Yemeni", "Sanaa"), ("Somalia", "Somali", "Mogadishu"), ("Kenya", "Kenyan", "Nairobi"),
]
POWERS = [("the United States", "US", "Washington"), ("France", "French", "Paris"),
          ("the United Kingdom", "British", "London"),
          ("Germany", "German", "Berlin"), ("Qatar", "Qatari", "Doha"), ("Saudi Arabia", "Saudi", "Riyadh")]
BODIES = ["the United Nations", "the European Union", "the African Union", "NATO", "the Arab League",
          "the International Committee of the Red Cross", "the UN Security Council", "Amnesty International"]
GROUPS = ["the Northern Liberation Front", "the Sons of the Valley militia", "the Free Highlands Brigade",
          "the Coastal Defence Forces", "the Martyrs of the Dawn movement", "the Popular Resistance Committees"]
FIRST = ["Amira", "Yusuf", "Lena", "Tomas", "Farid", "Nadia", "Oleksandr", "Grace", "Hamid", "Ines", "Rustam",
         "Chidi", "Marta", "Karim", "Sofia", "Dawit", "Priya", "Mateo", "Leila", "Viktor"]
LAST = ["Haddad", "Karimov", "Okonkwo", "Petrovic", "Rahimi", "Salazar", "Mensah", "Aziz", "Novak", "Farouk",
        "Tesfaye", "Qureshi", "Lindqvist", "Bakr", "Moreau", "Osei", "Hakimi", "Duarte", "Sayed", "Volkov"]
ROLES = ["foreign minister", "defence ministry spokesman", "military spokeswoman", "prime minister",
         "government spokesperson", "army chief of staff", "interior minister", "presidential adviser"]
OUTLETS = ["Reuters", "AFP", "AP", "Anadolu", "EPA", "Getty Images"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Each scenario: headlines, then paragraphs for the lead, the facts, and a closing line. `{a}` is the
# state where it happens, `{b}` the state accused, `{p}` an outside power, `{g}` an armed group, `{o}` a
# body, `{x}` a speaker "Title First Last", `{y}` a second speaker, `{n}` a number, `{day}` a weekday.
SCENARIOS: list[dict[str, list[str]]] = [
    {
        "head": ["{p_name} strikes {g} targets in {a_name} after drone attacks",
                 "Airstrikes hit {g} positions near {a_cap} as tensions rise"],
        "lead": ["{p_adj} forces carried out airstrikes on {day} against facilities used by {g} in {a_name}, "
                 "in response to a string of drone attacks on bases hosting {p_adj} personnel, officials said."],
        "facts": ["The strikes hit weapons storage sites at {n} locations, according to a statement from the "
                  "{p_adj} defence ministry, which described them as defensive and proportionate.",
                  "{g_cap} said {n} of its fighters were killed and vowed to respond at a time and place of "
                  "its choosing.",
                  "Local residents reported hearing loud explosions shortly after midnight, and smoke could be seen "
                  "rising from an area close to the border for several hours."],
        "close": ["The {p_adj} defence ministry said further action had not been ruled out."],
    },
    {
        "head": ["{o_cap} imposes new sanctions on {b_name} over crackdown",
                 "New sanctions target {b_adj} officials after disputed vote"],
        "lead": ["{o_cap} on {day} announced sanctions against {n} senior {b_adj} officials it accuses of "
                 "directing a violent crackdown on protesters, freezing their assets and banning their travel."],
        "facts": ["The measures also restrict exports of surveillance equipment and dual-use goods to {b_name}, "
                  "a step diplomats said had been debated for months.",
                  "Rights groups say at least {n} people have been detained since the protests began, many of them "
                  "students, and that several remain unaccounted for.",
                  "{b_adj} state media described the sanctions as an act of economic warfare and said the government "
                  "would not bow to outside pressure."],
        "close": ["The sanctions take effect immediately and will be reviewed in six months."],
    },
    {
        "head": ["Talks between {a_name} and {b_name} resume in {p_cap}",
                 "{a_adj} and {b_adj} negotiators meet for ceasefire talks"],
        "lead": ["Negotiators from {a_name} and {b_name} met in {p_cap} on {day} for a new round of talks aimed at "
                 "ending months of fighting along their shared border, mediated by {o}."],
        "facts": ["The talks are expected to focus on a phased withdrawal of troops, the exchange of prisoners and "
                  "the return of an estimated {n},000 displaced civilians.",
                  "Previous rounds collapsed after each side accused the other of violating a temporary truce, and "
                  "shelling was reported in several border villages as recently as last week.",
                  "Diplomats familiar with the talks said the mood was cautious but that both delegations had agreed "
                  "to keep meeting."],
        "close": ["A further round is scheduled for later this month, according to the mediators."],
    },
    {
        "head": ["{a_adj} coast guard seizes vessel in disputed waters",
                 "{b_adj} ship detained by {a_name} near contested islands"],
        "lead": ["The {a_adj} coast guard on {day} seized a {b_adj}-flagged cargo ship it said had entered its "
                 "territorial waters without permission, the latest in a series of maritime incidents."],
        "facts": ["The vessel and its {n} crew members were escorted to a nearby port, where officials said they "
                  "would be questioned before any decision on charges.",
                  "{b_adj} officials said the ship had been sailing in international waters and demanded its "
                  "immediate release, summoning the {a_adj} ambassador.",
                  "Shipping data showed the vessel had changed course twice in the hours before it was stopped."],
        "close": ["Maritime analysts warned that a miscalculation in the area could quickly escalate."],
    },
    {
        "head": ["{o_cap} warns of famine as fighting blocks aid in {a_name}",
                 "Aid convoys stranded as clashes spread across {a_name}"],
        "lead": ["{o_cap} warned on {day} that parts of {a_name} were on the brink of famine, after renewed fighting "
                 "between government forces and {g} blocked aid convoys for a third week."],
        "facts": ["More than {n},000 people are estimated to be trapped in areas that aid workers have been unable "
                  "to reach, and food prices in local markets have more than doubled.",
                  "{g_cap} denied obstructing aid and accused the army of shelling a road used by the convoys.",
                  "Doctors at one of the few functioning hospitals said they had run out of basic medicines and were "
                  "treating patients in corridors."],
        "close": ["Aid agencies said they needed safe passage, not promises."],
    },
    {
        "head": ["{b_adj} embassy in {a_cap} attacked by protesters",
                 "Protesters storm {b_adj} embassy compound in {a_cap}"],
        "lead": ["Hundreds of protesters broke into the grounds of the {b_adj} embassy in {a_cap} on {day}, setting "
                 "fire to a guard post before police dispersed them with tear gas."],
        "facts": ["No diplomats were hurt, according to the {b_adj} foreign ministry, but {n} police officers were "
                  "taken to hospital with minor injuries.",
                  "The protest followed remarks by a {b_adj} official that many in {a_name} regarded as insulting.",
                  "{a_adj} authorities said {n} people had been arrested and promised to pay for the damage."],
        "close": ["The embassy said it would stay closed until further notice."],
    },
]
# Reactions every story can carry; `{x}` / `{y}` are speakers with a role.
REACTIONS = [
    "“We strongly condemn this reckless act, which is a flagrant violation of our sovereignty,” {x} said.",
    "{x} said the government would “respond firmly and in accordance with international law” if provoked again.",
    "“Our forces acted in self-defence to protect our people,” {x} told reporters in {p_cap}.",
    "{o_cap} called on all sides to exercise maximum restraint and to return to dialogue, a spokesperson said.",
    "“These reports are completely false and part of a campaign of disinformation,” {y} said in a statement.",
    "{y} said the country stood with its partners and would “support every effort that brings stability”.",
    "“We demand the immediate release of everyone detained and a full, independent investigation,” {y} said.",
    "{x} warned that “anyone who threatens our security will pay a heavy price”, speaking at a news conference.",
    "According to {b_adj} state television, {y} described the move as “a dangerous escalation”.",
]
QUESTIONS = ["What happens next?", "Why does it matter?", "How did {b_name} respond?",
             "What did {p_name} want to achieve?", "Who are {g}?"]
BACKGROUND = [
    "Relations between {a_name} and {b_name} have been strained for years over a disputed border, water rights "
    "and each side's support for rival factions in neighbouring conflicts.",
    "{g_cap}, which emerged in the aftermath of the civil war, controls several districts and has been accused "
    "by rights groups of recruiting children, charges it denies.",
    "About {n},000 foreign troops remain in the region as part of an international mission, a presence that "
    "has become a frequent target of rocket and drone attacks.",
    "Analysts say the government is under pressure at home, with inflation above {n} percent and frequent "
    "power cuts fuelling anger in the capital.",
    "Earlier this year {o} warned that the humanitarian situation was among the worst it had recorded, with "
    "millions of people dependent on aid.",
    "The incident comes weeks before a regional summit in {p_cap}, where leaders had hoped to agree on a "
    "framework for security cooperation.",
    "Critics of the policy say it has done little to change behaviour on the ground and risks pushing "
    "{b_name} closer to its traditional allies.",
    "Officials in {a_cap} have repeatedly said they do not want their country to become an arena for settling "
    "scores between larger powers.",
    "Diplomats in {p_cap} said privately that they feared a repeat of last year's crisis, when a single "
    "border incident led to weeks of clashes and the suspension of flights between the two capitals.",
    "{o_cap} has repeatedly urged both governments to allow independent monitors into the affected areas, "
    "but access has so far been limited to short visits organised by the authorities.",
    "Trade between the two countries has fallen by almost half since the dispute began, hurting farmers and "
    "small traders on both sides of the frontier who depend on the border crossings.",
    "Opposition politicians in {a_cap} accused the government of mishandling the crisis and called for a "
    "parliamentary inquiry into the decisions taken in the first days.",
]

# Scraping junk. Kinds every seed carries, and rarer kinds that rotate so any 5 consecutive seeds hold all.
ALWAYS_JUNK = ("read_here", "byline", "advertisement", "share", "caption", "promo_spam", "hard_wrap")
ROTATING_JUNK = ("also_read", "spliced_headline", "run_together", "mojibake", "duplicate")
JUNK_KINDS = ALWAYS_JUNK + ROTATING_JUNK
SHARE_LINES = ["Share this article", "Share on Facebook Share on Twitter Share on WhatsApp",
               "Share this article Copy link"]
PROMO_SPAM = [
    "Our award-winning team delivers results you can count on. Remote analyst jobs for "
    "graduates, apply today at careers-portal.example",
    "Subscribe to our newsletter for the latest updates! Get 50% off your first year. Click here to join now.",
    "Looking for a career in media? We are hiring writers and editors. Send your CV to jobs@newsdesk.example",
]
CAPTIONS = ["Smoke rises over the outskirts of {a_cap} on {day}.", "Delegates arrive for talks in {p_cap}.",
            "A soldier stands guard at a checkpoint near the border.", "Displaced families queue for food aid."]
MOJIBAKE = {"’": "â€™", "“": "â€œ", "—": "â€”", "é": "Ã©"}  # UTF-8 bytes misread as Windows-1252


@dataclass(frozen=True, slots=True)
class Seed:
    """One generated seed: what its file holds, and which kinds of junk were put in it."""

    name: str
    title: str
    date: str
    paragraphs: tuple[str, ...]
    junk: frozenset[str]

    def text(self) -> str:
        """The seed file: a .txt headline + paragraphs, or .md with YAML front matter."""
        body = "\n\n".join(self.paragraphs) + "\n"
        if self.name.endswith(".md"):
            slug = self.name.removesuffix(".md")
            return (f"---\ntitle: {json.dumps(self.title)}\ndate: {self.date}\n"
                    f"source_url: https://news.example/{slug}\ntags: [world]\n---\n\n{body}")
        return f"{self.title}\n\n{body}"

    def baseline_markdown(self) -> str:
        """The same text for plain Pelican: its own metadata header, then the paragraphs as Markdown."""
        return f"Title: {self.title}\nDate: {self.date}\n\n" + "\n\n".join(self.paragraphs) + "\n"


def _person(rng: random.Random, nationality: str) -> tuple[str, str]:
    """A speaker as written on first mention ("Iraqi foreign minister Amira Haddad") and the bare name."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return f"{nationality} {rng.choice(ROLES)} {name}", name


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format(**slots)


def _wrap(paragraph: str) -> str:
    """Hard-wrap like text copied from a fixed-width page or an email."""
    return "\n".join(textwrap.wrap(paragraph, 72))


def _splice(paragraph: str, headline: str, rng: random.Random) -> str:
    """Drop another story's headline into the middle of a long word, as a scraped teaser does."""
    words = paragraph.split(" ")
    long = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
    i = rng.choice(long) if long else len(words) // 2
    cut = len(words[i]) // 2
    words[i] = words[i][:cut] + headline + words[i][cut:]
    return " ".join(words)


def _slots(rng: random.Random) -> tuple[dict[str, str], str, str]:
    """The cast of one story for the templates, and the bare names of its two speakers."""
    a, b = rng.sample(STATES, 2)
    p = rng.choice(POWERS)
    g, o = rng.choice(GROUPS), rng.choice(BODIES)
    x_full, x_name = _person(rng, a[1])
    y_full, y_name = _person(rng, b[1])
    slots = {
        "a_name": a[0], "a_adj": a[1], "a_cap": a[2], "b_name": b[0], "b_adj": b[1], "b_cap": b[2],
        "p_name": p[0], "p_adj": p[1], "p_cap": p[2], "g": g, "g_cap": g[0].upper() + g[1:], "o": o,
        "o_cap": o[0].upper() + o[1:], "x": x_full, "y": y_full, "n": str(rng.randint(3, 40)),
        "day": rng.choice(WEEKDAYS),
    }
    return slots, x_name, y_name


def _article(rng: random.Random, scenario: dict[str, list[str]], slots: dict[str, str], x_name: str,
             y_name: str) -> list[str]:
    """The clean story, about 550 words: lead, facts, reactions, a question sub-heading, background."""
    reactions = [_fill(t, slots) for t in rng.sample(REACTIONS, 5)]
    background = [_fill(t, slots) for t in rng.sample(BACKGROUND, 10)]
    body = [_fill(t, slots) for t in scenario["lead"] + scenario["facts"]]
    body += reactions[:2] + [_fill(rng.choice(QUESTIONS), slots)] + background[:5] + reactions[2:] + background[5:]
    body.append(_fill(scenario["close"][0], slots))
    # Later mentions use the bare name, as a wire story does after the first full attribution.
    body += [f"{x_name} later repeated the warning, saying talks were “the only way out”.",
             f"Asked about the criticism, {y_name} said: “We have nothing to hide.”"]
    return body


def _add_junk(body: list[str], junk: set[str], rng: random.Random, slots: dict[str, str], x_name: str,
              date: str) -> list[str]:
    """What a scraper leaves in: damage inside paragraphs first, then the junk lines between them."""
    body = list(body)
    other_head = _fill(rng.choice(rng.choice(SCENARIOS)["head"]), slots)
    if "run_together" in junk:
        first, last = x_name.split()
        body = [t.replace(x_name, first + last, 1) for t in body]
    if "mojibake" in junk:
        j = rng.choice([j for j, t in enumerate(body) if "“" in t])  # every story quotes someone
        body[j] = "".join(MOJIBAKE.get(c, c) for c in body[j])
    if "spliced_headline" in junk:
        j = rng.randrange(1, len(body))
        body[j] = _splice(body[j], other_head, rng)
    if "duplicate" in junk:
        j = rng.randrange(len(body) - 1)
        body.insert(j + 1, body[j])
    body = [_wrap(t) if rng.random() < 0.35 else t for t in body]
    body[2] = _wrap(body[2].replace("\n", " "))  # at least one hard-wrapped paragraph in every seed

    year, month, day = (int(part) for part in date.split("-"))
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    reporter = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    byline = rng.choice([
        f"By {reporter} | Updated: {day} {_month(month)} {year}, {hour:02d}:{minute:02d} IST",
        f"Published {hour:02d}:{minute:02d} GMT, {_month(month)} {day}, {year} | {reporter}",
    ])
    caption = f"{_fill(rng.choice(CAPTIONS), slots)} (Photo: {rng.choice(OUTLETS)}/{rng.choice(LAST)})"
    inserts = [(0, byline), (2, caption), (4, "Advertisement"), (6, f"Read Here: {other_head}"),
               (len(body) - 3, rng.choice(SHARE_LINES))]
    if "also_read" in junk:
        inserts.append((9, f"Also Read: {_fill(rng.choice(rng.choice(SCENARIOS)['head']), slots)}"))
    for position, line in sorted(inserts, reverse=True):
        body.insert(min(position, len(body)), line)
    body.append(rng.choice(PROMO_SPAM))
    return body


def _story(i: int, rng: random.Random, used_titles: set[str]) -> Seed:
    slots, x_name, y_name = _slots(rng)
    scenario = rng.choice(SCENARIOS)
    headline = _fill(rng.choice(scenario["head"]), slots)
    title, update = headline[0].upper() + headline[1:], 2
    while title in used_titles:  # distinct headlines, so Pelican writes one page per seed
        title, update = f"{headline[0].upper() + headline[1:]} (update {update})", update + 1
    used_titles.add(title)

    date = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    rotating = ROTATING_JUNK[i % len(ROTATING_JUNK)]
    junk = set(ALWAYS_JUNK) | {rotating} | {kind for kind in ROTATING_JUNK if rng.random() < 0.3}
    body = _add_junk(_article(rng, scenario, slots, x_name, y_name), junk, rng, slots, x_name, date)

    suffix = ".md" if i % 8 == 3 else ".txt"
    if suffix == ".md":  # Markdown scrapes carry their cross-links as links
        link = r"**\1:** [\2](https://news.example/related)"
        body = [re.sub(r"^(Read Here|Also Read): (.*)$", link, t) for t in body]
    return Seed(f"{date}-story-{i:05d}{suffix}", title, date, tuple(body), frozenset(junk))


def _month(m: int) -> str:
    return "January February March April May June July August September October November December".split()[m - 1]


def generate_seeds(n: int, rng_seed: int = RNG_SEED) -> list[Seed]:
    """N seeds, the same ones for the same (n, rng_seed) on every machine."""
    rng = random.Random(rng_seed)
    used: set[str] = set()
    return [_story(i, rng, used) for i in range(n)]


def write_seeds(seeds: Sequence[Seed], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in seeds:
        path = folder / seed.name
        path.write_text(seed.text(), encoding="utf-8")
        paths.append(path)
    return paths


def write_baseline(seeds: Sequence[Seed], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for seed in seeds:
        (folder / (seed.name.rsplit(".", 1)[0] + ".md")).write_text(seed.baseline_markdown(), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------------

# The Pelican settings of pelican.conf.py that decide which pages and feeds get written; the baseline
# copies them so both builds write the same kinds of output and only Briefing's own work differs.
# Not CATEGORY_SAVE_AS = "": Pelican then gives articles no category and the default theme cannot render.
MIRRORED_SETTINGS = (
    "AUTHOR", "SITENAME", "TIMEZONE", "DEFAULT_LANG", "RELATIVE_URLS", "ARTICLE_URL", "ARTICLE_SAVE_AS",
    "DEFAULT_DATE_FORMAT", "DEFAULT_PAGINATION", "SLUGIFY_SOURCE", "DEFAULT_CATEGORY", "FEED_DOMAIN",
    "FEED_ALL_ATOM", "FEED_ALL_RSS", "CATEGORY_FEED_ATOM", "TRANSLATION_FEED_ATOM", "AUTHOR_FEED_ATOM", "AUTHOR_FEED_RSS",
    "AUTHOR_SAVE_AS", "AUTHORS_SAVE_AS",
)
_PELICAN_DONE = re.compile(r"Processed\s+(\d+)\s+articles?")
CHANGED_PARAGRAPH = "\n\nA government spokesperson said on Friday that a review of the incident was under way.\n"


@dataclass(frozen=True, slots=True)
class Proc:
    """One finished child process: wall time, the peak RSS of it and its children, and what it printed.

    A Briefing build also says its own figures: the Python build's peak (with its forked workers) and
    Pagefind's, which runs after it as a child.
    """

    seconds: float
    peak_mb: float
    returncode: int
    stdout: str
    stderr: str
    python_mb: float | None = None
    search_mb: float | None = None

    def failure(self) -> str:
        lines = [line for line in self.stderr.strip().splitlines() if line.strip()]
        return f"exit {self.returncode}: {lines[-1] if lines else 'no message'}"


def run_measured(cmd: list[str], cwd: Path, env: dict[str, str]) -> Proc:
    """Run `cmd`: its wall time, peak RSS (from wait4) and output."""
    from .build import reap

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err)
        peak_mb = reap(proc)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        return Proc(seconds, peak_mb, proc.returncode,
                    out.read().decode(errors="replace"), err.read().decode(errors="replace"))


def snapshot(site: Path) -> Path:
    """Copy the code, theme, registry and settings the builds use.

    Every build then runs the same code, even while someone edits the working tree: the content cache is
    keyed by the code, so an edit between a build and its rebuild would turn the rebuild into a cold one.
    """
    for name in SITE_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, site / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            site.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, site / name)
    # Byte-compiled, as Pelican's own code is in site-packages: with PYTHONDONTWRITEBYTECODE set (as on
    # these machines) every build would otherwise compile the plugins again (about 0.2 s).
    compileall.compile_dir(site / "plugins", quiet=1)
    return site


def _load_conf(conf: Path):
    """pelican.conf.py as a module, loaded by path (`pelican.conf` would clash with the package)."""
    spec = importlib.util.spec_from_file_location("briefing_bench_conf", conf)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_baseline_settings(path: Path, site: Path) -> None:
    conf = _load_conf(site / "pelican.conf.py")
    lines = ["# Plain Pelican: default theme, Markdown reader, no plugins.", "PLUGINS = []"]
    lines += [f"{name} = {getattr(conf, name)!r}" for name in MIRRORED_SETTINGS if hasattr(conf, name)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _env(plugins: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["COLUMNS"] = "200"  # rich wraps Pelican's "Done: Processed N articles" at 80 columns otherwise
    if plugins is not None:
        env["PYTHONPATH"] = str(plugins)
    return env


def build_baseline(content: Path, output: Path, settings: Path) -> tuple[Proc, int]:
    """Plain Pelican over the Markdown copies; returns the process and the number of articles it read."""
    pelican = Path(sys.executable).with_name("pelican")
    cmd = [str(pelican), str(content), "-o", str(output), "-s", str(settings)]
    proc = run_measured(cmd, content.parent, _env(None))
    match = _PELICAN_DONE.search(proc.stdout + proc.stderr)
    return proc, int(match.group(1)) if match else 0


def build_briefing(site: Path, seeds: Path, output: Path, cache: Path, search: bool,
                   profile_to: Path | None = None) -> tuple[Proc, int]:
    """Briefing's build wrapper, run from the snapshot `site` in a child process; returns it and the briefings built."""
    cmd = [sys.executable]
    if profile_to is not None:
        cmd += ["-m", "cProfile", "-o", str(profile_to)]
    cmd += ["-m", "briefing_site.bench", "_build", str(site / "pelican.conf.py"), str(seeds), str(output), str(cache),
            "search" if search else "no-search"]
    proc = run_measured(cmd, site, _env(site / "plugins"))
    lines = proc.stdout.strip().splitlines()
    said = json.loads(lines[-1]) if proc.returncode == 0 and lines else {}
    return replace(proc, python_mb=said.get("python_peak_mb"), search_mb=said.get("search_peak_mb")), said.get("built", 0)


def _child_build(conf: str, seeds: str, output: str, cache: str, search: str) -> int:
    """The child side of build_briefing: one build, its counts and peaks printed last as JSON."""
    from .build import build

    briefing = {**getattr(_load_conf(Path(conf)), "BRIEFING", {}), "search": search == "search"}
    report = build(Path(conf), Path(seeds), Path(output), {"CACHE_PATH": cache, "BRIEFING": briefing})
    print(json.dumps({"built": report.built, "failed": len(report.failed), "python_peak_mb": report.python_peak_mb,
                      "search_peak_mb": report.search_peak_mb}))
    return 0


def _pipeline(site: Path):
    """The text core as the site builds it (this process imported its code at start, like the snapshot)."""
    from briefing.pipeline import Pipeline
    from briefing.settings import Settings

    briefing = getattr(_load_conf(site / "pelican.conf.py"), "BRIEFING", {})
    return Pipeline.for_site(Settings.from_dict(briefing, base=site))


def _process_all(pipeline, paths: Sequence[Path]) -> None:
    for path in paths:
        with contextlib.suppress(Exception):  # time_clean_split reports the seeds that raise
            pipeline.process(path)


def _text_core_caches() -> list:
    """The text core's memos of texts (functools.lru_cache: sentences of a paragraph, names, ...), not
    the tables it works out once per registry (`per_registry`), which no seed builds again."""
    import functools
    import gc

    return [o for o in gc.get_objects()
            if isinstance(o, functools._lru_cache_wrapper) and getattr(o, "__module__", "").startswith("briefing.")
            and not getattr(o, "per_registry", False)]


def time_clean_split(paths: Sequence[Path], site: Path) -> tuple[list[float], list[float], list[float], list[str]]:
    """Seconds to read each `.txt` seed, seconds to clean and split it (the target's figure), the same
    with the text core's caches emptied before each seed, and the errors of the seeds that raised.

    The invented seeds repeat whole paragraphs far more than real articles do (templates), which
    flatters caches keyed by a paragraph's text; the cold figure is the bound a real corpus stays under.
    Both run with the garbage collector's thresholds of a build (`fewer_collections`), under which a
    build's workers run the text core.
    """
    from briefing.read import read_seed

    from .build import fewer_collections

    pipeline = _pipeline(site)
    with fewer_collections():  # the collector's thresholds of a build, whose workers run the text core
        # Warm-up: rules load lazy tables (word frequencies, ...) on first use, a one-off cost of up to half a
        # second; the first seeds carry every kind of junk between them, so every rule has run once.
        _process_all(pipeline, paths[: len(ROTATING_JUNK)])
        reads, docs, errors = [], [], []
        for path in (p for p in paths if p.suffix == ".txt"):
            start = time.perf_counter()
            try:
                docs.append(read_seed(path, pipeline.settings))
            except Exception as err:  # one bad seed is a finding to report, not a reason to stop timing
                errors.append(f"{path.name}: {type(err).__name__}: {err}")
                continue
            reads.append(time.perf_counter() - start)
        caches = _text_core_caches()
        times: dict[bool, list[float]] = {False: [], True: []}
        for cold in (False, True):
            for doc in docs:
                if cold:
                    for cache in caches:
                        cache.cache_clear()
                start = time.perf_counter()
                try:
                    pipeline.clean_and_split(doc)
                except Exception as err:  # noqa: BLE001 - reported once, from the warm pass
                    if not cold:
                        errors.append(f"{doc.source_file}: {type(err).__name__}: {err}")
                    continue
                times[cold].append(time.perf_counter() - start)
    return reads, times[False], times[True], errors


# ---------------------------------------------------------------------------------------------------
# One size: runs, results, report
# ---------------------------------------------------------------------------------------------------


@dataclass
class SizeResult:
    n: int
    seeds: list[Seed]
    read_median: list[float] = field(default_factory=list)  # seconds per .txt seed, one figure per run
    split_median: list[float] = field(default_factory=list)
    cold_median: list[float] = field(default_factory=list)  # the same with the text core's caches emptied
    split_p95: list[float] = field(default_factory=list)
    split_errors: list[str] = field(default_factory=list)
    baseline: list[Proc] = field(default_factory=list)
    baseline_articles: list[int] = field(default_factory=list)
    full: list[Proc] = field(default_factory=list)  # without the search index, as the 1.3x target says
    full_search: list[Proc] = field(default_factory=list)  # what `make html` does: with the Pagefind index
    unchanged: list[Proc] = field(default_factory=list)  # this and `changed` rebuild the search build
    changed: list[Proc] = field(default_factory=list)
    built: list[int] = field(default_factory=list)
    briefing_error: str | None = None


def bench_size(n: int, runs: int, work: Path, site: Path, log: Callable[[str], None]) -> SizeResult:
    seeds = generate_seeds(n)
    result = SizeResult(n, seeds)
    seed_dir, base_dir = work / "seeds", work / "baseline-content"
    paths = write_seeds(seeds, seed_dir)
    write_baseline(seeds, base_dir)
    base_settings = work / "baseline_settings.py"
    write_baseline_settings(base_settings, site)
    changed, original = paths[n // 2], paths[n // 2].read_text(encoding="utf-8")
    for run in range(1, runs + 1):
        log(f"N={n} run {run}/{runs}: clean+split")
        reads, times, cold, errors = time_clean_split(paths, site)
        result.read_median.append(statistics.median(reads))
        result.split_median.append(statistics.median(times))
        result.cold_median.append(statistics.median(cold))
        result.split_p95.append(_p95(times))
        result.split_errors = errors
        log(f"N={n} run {run}/{runs}: plain Pelican")
        proc, articles = build_baseline(base_dir, work / f"baseline-out-{run}", base_settings)
        result.baseline.append(proc)
        result.baseline_articles.append(articles)
        if result.briefing_error:
            continue  # the site build is broken: say so once, do not time it again
        log(f"N={n} run {run}/{runs}: Briefing full builds (no search, search), unchanged rebuild, one seed changed")
        plain_out, plain_cache = work / f"out-plain-{run}", work / f"cache-plain-{run}"
        proc, built = build_briefing(site, seed_dir, plain_out, plain_cache, search=False)
        if proc.returncode != 0:
            result.briefing_error = proc.failure()
            continue
        result.full.append(proc)
        result.built.append(built)
        out, cache = work / f"out-{run}", work / f"cache-{run}"
        for builds in (result.full_search, result.unchanged):
            builds.append(_checked(build_briefing(site, seed_dir, out, cache, search=True)[0]))
        changed.write_text(original + CHANGED_PARAGRAPH, encoding="utf-8")
        try:
            result.changed.append(_checked(build_briefing(site, seed_dir, out, cache, search=True)[0]))
        finally:
            changed.write_text(original, encoding="utf-8")
        for done in work.glob(f"*-{run}"):  # 10,000-seed sites are large; keep only the seeds
            shutil.rmtree(done, ignore_errors=True)
    return result


def _checked(proc: Proc) -> Proc:
    """A build that worked once and then fails is a bug to see at once, not a figure to average."""
    if proc.returncode != 0:
        raise RuntimeError(f"Briefing build failed: {proc.failure()}\n{proc.stderr[-3000:]}")
    return proc


def _p95(values: Sequence[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) > 1 else values[0]


def _spread(values: Sequence[float], unit: str, scale: float = 1.0, digits: int = 2) -> str:
    """Median, with the range over runs when there is more than one."""
    scaled = [v * scale for v in values]
    text = f"{statistics.median(scaled):.{digits}f}{unit}"
    if len(scaled) > 1:
        text += f" ({min(scaled):.{digits}f}-{max(scaled):.{digits}f})"
    return text


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report(result: SizeResult, runs: int) -> str:
    """The figures for one size, each beside its target."""
    n = result.n
    md = sum(s.name.endswith(".md") for s in result.seeds)
    words = statistics.mean(len(s.text().split()) for s in result.seeds)
    rows: list[tuple[str, str, str, str]] = []
    notes: list[str] = []  # lines under the table

    def row(label: str, figure: str, target: str = "", verdict: str = "") -> None:
        rows.append((label, figure, target, verdict))

    split_ms = statistics.median(result.split_median) * 1000
    row("read per .txt seed, median", _spread(result.read_median, " ms", 1000, 3))
    row("clean+split per .txt seed, median", _spread(result.split_median, " ms", 1000, 3), "<= 1 ms",
        _verdict(split_ms <= 1))
    row("clean+split per .txt seed, p95", _spread(result.split_p95, " ms", 1000, 3))
    row("  the same, caches emptied per seed", _spread(result.cold_median, " ms", 1000, 3))
    base_seconds = [p.seconds for p in result.baseline]
    articles = min(result.baseline_articles)
    row("plain Pelican build (baseline)", _spread(base_seconds, " s"),
        f"reads {articles} of {n} articles", "" if articles == n else "FAIL")
    if result.full:
        ratios = [f.seconds / b.seconds for f, b in zip(result.full, result.baseline)]
        full_ratio = statistics.median(ratios)
        row("Briefing full build, no search index", _spread([p.seconds for p in result.full], " s"),
            f"built {min(result.built)} of {n}", "" if min(result.built) == n else "FAIL")
        row("ratio Briefing / plain Pelican", _spread(ratios, "x"), "<= 1.3x", _verdict(full_ratio <= 1.3))
        row("Briefing full build + search index", _spread([p.seconds for p in result.full_search], " s"))
        search_ratios = [f.seconds / b.seconds for f, b in zip(result.full_search, result.baseline)]
        row("ratio with search / plain Pelican", _spread(search_ratios, "x"), "<= 1.8x",
            _verdict(statistics.median(search_ratios) <= 1.8))
        rebuild = [u.seconds / f.seconds for u, f in zip(result.unchanged, result.full_search)]
        row("unchanged rebuild (content cache)", _spread([p.seconds for p in result.unchanged], " s"))
        row("  unchanged rebuild / full build", _spread(rebuild, "x"), "<= 0.5x",
            _verdict(statistics.median(rebuild) <= 0.5))
        row("rebuild after one seed changed", _spread([p.seconds for p in result.changed], " s"))
        builds = {"no search": result.full, "search": result.full_search, "unchanged": result.unchanged,
                  "one changed": result.changed}
        python = max(p.python_mb or p.peak_mb for procs in builds.values() for p in procs)
        at_10k = n >= 10_000  # the target is set for 10,000 seeds
        rss_target, rss_verdict = ("<= 1 GB", _verdict(python <= 1024)) if at_10k else ("<= 1 GB at 10,000 seeds", "n/a")
        row("peak RSS, Python build (max)", f"{python:.0f} MB", rss_target, rss_verdict)
        searched = [p.search_mb for procs in builds.values() for p in procs if p.search_mb is not None]
        row("peak RSS, Pagefind (max)", f"{max(searched):.0f} MB" if searched else "not run")
        # wait4 of a search build reports the larger of the build and Pagefind, its child.
        peaks = {label: max(p.peak_mb for p in procs) for label, procs in builds.items()}
        notes.append("peak RSS by build, whole process tree: " + ", ".join(f"{label} {mb:.0f} MB" for label, mb in peaks.items()))
    else:
        row("Briefing build", "not measured", result.briefing_error or "", "FAIL")
    row("peak RSS, plain Pelican (max)", f"{max(p.peak_mb for p in result.baseline):.0f} MB")

    lines = [f"N={n:,} seeds ({n - md} .txt, {md} .md, {words:.0f} words on average); "
             f"median of {runs} run{'s' if runs > 1 else ''} (min-max)"]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines += [f"  {a:<{widths[0]}}  {b:<{widths[1]}}  {c:<{widths[2]}}  {d}".rstrip() for a, b, c, d in rows]
    if result.split_errors:
        notes.append(f"{len(result.split_errors)} seeds raised in clean+split, first: {result.split_errors[0]}")
    lines += [f"  {note}" for note in notes]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------
# Profiles: where clean+split and the Pelican build spend their time
# ---------------------------------------------------------------------------------------------------


def profile(seeds_dir: Path, work: Path, site: Path, top: int = 25) -> None:
    """cProfile clean+split in this process, then a full build and an unchanged rebuild in children."""
    paths = sorted(seeds_dir.iterdir())
    pipeline = _pipeline(site)
    _process_all(pipeline, paths[: len(ROTATING_JUNK)])  # the same warm-up as time_clean_split
    profiler = cProfile.Profile()
    profiler.enable()
    _process_all(pipeline, paths)
    profiler.disable()
    _print_profile(f"clean+split of {len(paths)} seeds", pstats.Stats(profiler, stream=sys.stdout), top)
    for i, label in enumerate(("full build (fresh cache, no search)", "unchanged rebuild (same cache, no search)")):
        stats_file = work / f"build-{i}.prof"
        proc, _ = build_briefing(site, seeds_dir, work / "profile-out", work / "profile-cache", search=False,
                                 profile_to=stats_file)
        if proc.returncode != 0:
            print(f"\n== cProfile: Briefing {label} failed: {proc.failure()} ==")
            return
        _print_profile(f"Briefing {label} of {len(paths)} seeds", pstats.Stats(str(stats_file), stream=sys.stdout), top)


def _print_profile(what: str, stats: pstats.Stats, top: int) -> None:
    stats.strip_dirs()
    print(f"\n== cProfile: {what}: top {top} by cumulative time ==")
    stats.sort_stats("cumulative").print_stats(top)
    print(f"== {what}: top {top} by own time, then who calls the top 5 ==")
    stats.sort_stats("tottime").print_stats(top)
    stats.print_callers(5)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_build"]:  # the child side of build_briefing, not for people
        return _child_build(*argv[1:])
    parser = argparse.ArgumentParser(prog="python -m briefing_site.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="seeds to generate (default 1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs to take medians over (default 3)")
    parser.add_argument("--sizes", help="comma-separated seed counts, e.g. 1000,10000 (instead of --n)")
    parser.add_argument("--profile", action="store_true", help="also cProfile clean+split and one build (first size)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [args.n]

    def log(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    # The machine is shared: say how busy it was, so a slow figure can be read in context.
    print(f"Briefing bench: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start; "
          "each build in its own process, wall time including interpreter start", flush=True)
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        site = snapshot(Path(tmp) / "site")
        for n in sizes:
            work = Path(tmp) / f"n{n}"
            result = bench_size(n, max(1, args.runs), work, site, log)
            print(report(result, max(1, args.runs)), flush=True)
            if args.profile and n == sizes[0]:
                profile(work / "seeds", work, site)
    return 0


if __name__ == "__main__":
    sys.exit(main())
