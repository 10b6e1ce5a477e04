"""The build wrapper, like a curator uses it: real builds in temporary folders."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefing_site.build import build
from support import ROOT, user_seeds

CONF = ROOT / "pelican.conf.py"
GOOD_SEED = """Ministers meet over the river dispute

Officials from both countries met in the capital on Tuesday to discuss the shared river.

The foreign minister said the talks had been useful and that a second round would follow.
"""


def _overrides(tmp: Path) -> dict:
    return {"CACHE_PATH": str(tmp / "cache")}


def _seed_folder(tmp: Path, other: bool = False) -> Path:
    """tmp/seeds with the good seed, and with `other` a second one that differs in a word."""
    seeds = tmp / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(GOOD_SEED)
    if other:
        (seeds / "other.txt").write_text(GOOD_SEED.replace("river", "road"))
    return seeds


@pytest.fixture(scope="module")
def user_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("user-site")
    seeds = user_seeds(tmp)
    report = build(CONF, seeds, tmp / "output", _overrides(tmp))
    assert report.ok, report.summary()
    assert report.built == 1
    return tmp / "output"


def test_user_seed_page_is_clean_and_complete(user_site: Path):
    entry = json.loads((user_site / "briefings.json").read_text())[0]
    page = (user_site / entry["url"] / "index.html") if entry["url"].endswith("/") else user_site / entry["url"]
    html = page.read_text()
    for marker in ("summary", "actors", "reactions", "body", "edits"):
        assert f'data-briefing="{marker}"' in html
    twin = json.loads((user_site / entry["json"]).read_text())
    body = " ".join(b["text"] for b in twin["body"])
    assert "Read Here" not in body
    assert "Un jobs for" not in body
    assert "Pentagon spokesperson John Kirby" in body
    for name in ("Yehia Rasool", "Kataib Sayyid", "Qasem Soleimani"):
        assert name in body
    headings = [b["text"] for b in twin["body"] if b["type"] == "heading"]
    assert headings == ["What has been Iraq’s response to the United States and its allies?", "What did the US intend to accomplish?"]
    assert 2 <= len(twin["summary"]) <= 3
    assert twin["reactions"] and twin["actors"] and twin["edits"]


def test_user_seed_cleaning_notes_have_a_row_per_edit_with_the_change_marked(user_site: Path):
    entry = json.loads((user_site / "briefings.json").read_text())[0]
    twin = json.loads((user_site / entry["json"]).read_text())
    html = (user_site / entry["url"] / "index.html").read_text()
    notes = re.sub(r">\s+<", "><", html[html.index('data-briefing="edits"'):])
    assert twin["edits"] and notes.count("<tr><td><code>") == len(twin["edits"])
    for edit in twin["edits"]:
        assert f"<tr><td><code>{edit['rule']}</code></td><td>{edit['action']}</td>" in notes
    assert notes.count("<del>") >= sum(e["action"] == "remove" for e in twin["edits"])
    assert "<ins>Yehia Rasool," in notes


def test_bad_seed_is_named_and_others_still_build(tmp_path: Path):
    seeds = _seed_folder(tmp_path)
    (seeds / "empty.txt").write_text("   \n")
    (seeds / "notes.docx").write_bytes(b"PK\x03\x04")
    report = build(CONF, seeds, tmp_path / "output", _overrides(tmp_path))
    assert report.built == 1
    assert list(report.failed) == ["empty.txt"]
    assert "empty" in report.failed["empty.txt"]
    assert report.ignored == ["notes.docx"]
    assert "FAILED empty.txt" in report.summary()


def test_failed_build_leaves_previous_output_intact(tmp_path: Path, monkeypatch):
    seeds = _seed_folder(tmp_path)
    output = tmp_path / "output"
    build(CONF, seeds, output, _overrides(tmp_path))
    before = sorted(p.relative_to(output) for p in output.rglob("*"))

    import pelican

    def crash(self):
        raise KeyboardInterrupt

    monkeypatch.setattr(pelican.Pelican, "run", crash)
    with pytest.raises(KeyboardInterrupt):
        build(CONF, seeds, output, _overrides(tmp_path))
    assert sorted(p.relative_to(output) for p in output.rglob("*")) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".output")] == []


def test_search_is_indexed_from_documents_that_are_never_published(user_site: Path):
    """Pagefind reads one small document per briefing and actor, written beside the staging folder."""
    from briefing_site import search

    assert (user_site / search.INDEX_DIR / "pagefind-entry.json").exists()
    assert (user_site / search.INDEX_DIR / search.STAMP).exists()
    assert not [p for p in user_site.parent.iterdir() if p.name.startswith(".")]  # no staging or documents left
    assert not [p for p in user_site.rglob("*") if ".search" in p.name]


def test_an_empty_seeds_folder_builds_an_empty_searchable_site(tmp_path: Path):
    (tmp_path / "seeds").mkdir()
    report = build(CONF, tmp_path / "seeds", tmp_path / "output", _overrides(tmp_path))
    assert report.ok and report.built == 0
    assert (tmp_path / "output" / "pagefind" / "pagefind-entry.json").exists()


def test_a_failed_build_stops_the_search_indexer_it_started():
    import subprocess

    from briefing_site import search

    proc = subprocess.Popen(["sleep", "30"])
    search.Indexing(proc, ["sleep", "30"], None, None).stop()
    assert proc.returncode is not None  # killed and reaped, not left running


def test_a_rebuild_loads_the_compiled_theme_instead_of_compiling_it(tmp_path: Path, monkeypatch):
    seeds = _seed_folder(tmp_path)
    assert build(CONF, seeds, tmp_path / "first", _overrides(tmp_path)).ok

    import jinja2

    def no_compiling(*args, **kwargs):
        raise AssertionError("a template was compiled again")

    monkeypatch.setattr(jinja2.Environment, "compile", no_compiling)
    report = build(CONF, seeds, tmp_path / "second", _overrides(tmp_path))
    assert report.ok, report.summary()
    assert (tmp_path / "second" / "index.html").read_bytes() == (tmp_path / "first" / "index.html").read_bytes()


def test_compiled_templates_are_kept_apart_per_jinja_options(tmp_path: Path):
    """autoescape and the like change the compiled code of an unchanged template: never share it."""
    from types import SimpleNamespace

    from briefing_site.cache import keep_compiled_templates

    folders = set()
    for options in ({"autoescape": True}, {"autoescape": False}, {"autoescape": True}):
        generator = SimpleNamespace(settings={"CACHE_PATH": str(tmp_path), "JINJA_ENVIRONMENT": options},
                                    env=SimpleNamespace())
        keep_compiled_templates(generator)
        folders.add(generator.env.bytecode_cache.directory)
    assert len(folders) == 2 and all(Path(f).is_dir() for f in folders)


def _cache_files(tmp: Path) -> list[Path]:
    return [p for p in (tmp / "cache").rglob("*Generator-Readers") if p.is_file()]


def test_a_build_stopped_while_saving_the_cache_leaves_the_previous_one_whole(tmp_path: Path, monkeypatch):
    from briefing_site import cache

    seeds = _seed_folder(tmp_path)
    assert build(CONF, seeds, tmp_path / "output", _overrides(tmp_path)).ok
    saved = {p: p.read_bytes() for p in _cache_files(tmp_path)}
    assert saved and all(saved.values())

    def stopped(data, file):
        file.write(b"\x80\x04 half a pickle")
        raise KeyboardInterrupt

    (seeds / "good.txt").write_text(GOOD_SEED + "\nA new paragraph, so the cache is saved again.\n")
    monkeypatch.setattr(cache.pickle, "dump", stopped)
    with pytest.raises(KeyboardInterrupt):
        build(CONF, seeds, tmp_path / "output", _overrides(tmp_path))
    assert {p: p.read_bytes() for p in _cache_files(tmp_path)} == saved
    assert not list((tmp_path / "cache").rglob("*.tmp"))
    monkeypatch.undo()
    assert build(CONF, seeds, tmp_path / "output", _overrides(tmp_path)).ok


def _cached_seeds(tmp: Path) -> set[str]:
    """The names of the seeds in the content cache of the seeds' reader."""
    import pickle

    [cache_file] = [p for p in _cache_files(tmp) if p.name == "ArticlesGenerator-Readers"]
    return {Path(path).name for path in pickle.loads(cache_file.read_bytes())}


def test_a_forked_child_saves_the_content_cache_and_the_build_waits_for_it(tmp_path: Path, monkeypatch):
    from briefing_site import cache

    seeds = _seed_folder(tmp_path, other=True)
    pickled_here: list[str] = []  # a forked child appends to its own copy
    dump = cache.pickle.dump

    def spy(data, file, *args):
        pickled_here.append(Path(file.name).name)
        dump(data, file, *args)

    monkeypatch.setattr(cache.pickle, "dump", spy)
    assert build(CONF, seeds, tmp_path / "output", _overrides(tmp_path)).ok
    assert _cached_seeds(tmp_path) == {"good.txt", "other.txt"}  # whole when build() returns
    assert pickled_here and not any(name.startswith("ArticlesGenerator-Readers") for name in pickled_here)


def test_a_cache_saver_that_fails_is_done_again_by_the_build(tmp_path: Path, monkeypatch):
    import os

    from briefing_site import build as build_module

    start = build_module.Background.start.__func__

    def failing_child(cls, work):  # a child that dies before doing anything (killed, out of memory)
        if work.__qualname__.startswith("start_index."):  # the search indexer has no fallback: left alone
            return start(cls, work)
        pid = os.fork()
        if pid == 0:
            os._exit(1)
        return cls(pid)

    monkeypatch.setattr(build_module.Background, "start", classmethod(failing_child))
    seeds = _seed_folder(tmp_path)
    report = build(CONF, seeds, tmp_path / "output", _overrides(tmp_path))
    assert report.ok and report.built == 1, report.summary()  # the forked writer's pages are written here too
    assert _cached_seeds(tmp_path) == {"good.txt"}


def test_an_empty_content_cache_is_started_afresh_not_a_failed_build(tmp_path: Path, caplog):
    seeds = _seed_folder(tmp_path)
    assert build(CONF, seeds, tmp_path / "output", _overrides(tmp_path)).ok
    for path in _cache_files(tmp_path):
        path.write_bytes(b"")  # what a save stopped right after opening the file leaves
    report = build(CONF, seeds, tmp_path / "output", _overrides(tmp_path))
    assert report.ok and report.built == 1, report.summary()
    assert "is empty" in caplog.text


def test_the_content_cache_is_saved_again_only_when_a_seed_was_read(tmp_path: Path):
    seeds = _seed_folder(tmp_path)
    assert build(CONF, seeds, tmp_path / "output", _overrides(tmp_path)).ok
    [cache_file] = [p for p in _cache_files(tmp_path) if p.stat().st_size > 10]  # the seeds' reader cache
    stamp = cache_file.stat().st_mtime_ns
    assert build(CONF, seeds, tmp_path / "output", _overrides(tmp_path)).ok
    assert cache_file.stat().st_mtime_ns == stamp  # nothing read: the same cache is not pickled again
    (seeds / "other.txt").write_text(GOOD_SEED.replace("river", "road"))
    assert build(CONF, seeds, tmp_path / "output", _overrides(tmp_path)).ok
    assert cache_file.stat().st_mtime_ns != stamp and b"other.txt" in cache_file.read_bytes()


def test_each_seed_is_read_and_hashed_once_for_the_content_cache(tmp_path: Path, monkeypatch):
    """CHECK_MODIFIED_METHOD = "md5": Pelican asks for a seed's stamp four times a build (get and put,
    generator and reader cache), the last three for the same bytes."""
    import hashlib

    hashed: list[int] = []
    md5 = hashlib.md5
    monkeypatch.setattr(hashlib, "md5", lambda data=b"", **kwargs: hashed.append(len(data)) or md5(data, **kwargs))
    seeds = _seed_folder(tmp_path, other=True)
    sizes = sorted(len(p.read_bytes()) for p in seeds.iterdir())
    assert build(CONF, seeds, tmp_path / "output", _overrides(tmp_path)).ok
    assert sorted(hashed) == sizes
    hashed.clear()
    (seeds / "good.txt").write_text(GOOD_SEED + "\nA new paragraph.\n")
    assert build(CONF, seeds, tmp_path / "output", _overrides(tmp_path)).ok  # one stamp each again
    assert sorted(hashed) == sorted(len(p.read_bytes()) for p in seeds.iterdir())


def test_the_search_documents_are_written_and_indexed_by_a_forked_child(tmp_path: Path, monkeypatch):
    import os

    from briefing_site import search

    writers: list[int] = []  # pids that wrote the documents; a forked child appends to its own copy
    write = search.write_documents

    def spy(*args, **kwargs):
        writers.append(os.getpid())
        write(*args, **kwargs)

    monkeypatch.setattr(search, "write_documents", spy)
    seeds = _seed_folder(tmp_path)
    report = build(CONF, seeds, tmp_path / "output", _overrides(tmp_path))
    assert report.ok and report.search_peak_mb
    assert not writers  # this process went on to the pages
    index = tmp_path / "output" / search.INDEX_DIR
    assert (index / "pagefind-entry.json").exists() and len((index / search.STAMP).read_text()) == 64

    # A seed edited only in its junk makes the same documents: the child links the previous index.
    (seeds / "good.txt").write_text(GOOD_SEED + "\nShare this article: Facebook | Twitter | WhatsApp\n")
    inode = os.stat(index / "pagefind-entry.json").st_ino
    report = build(CONF, seeds, tmp_path / "output", _overrides(tmp_path))
    assert report.ok and report.search_peak_mb is None
    assert os.stat(index / "pagefind-entry.json").st_ino == inode


def test_search_documents_that_cannot_be_written_fail_the_build_with_the_reason(tmp_path: Path, monkeypatch, capfd):
    from briefing_site import search

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(search, "write_documents", full_disk)
    seeds = _seed_folder(tmp_path)
    with pytest.raises(RuntimeError, match="no search index: writing the search documents"):
        build(CONF, seeds, tmp_path / "output", _overrides(tmp_path))
    assert "No space left on device" in capfd.readouterr().err
    assert not (tmp_path / "output").exists()  # nothing half-built is published


def test_ctrl_c_while_the_pages_are_written_keeps_the_content_cache_of_the_seeds_read(tmp_path: Path, monkeypatch):
    """Ctrl-C reaches the whole process group, the cache saver too: it finishes, the build stops."""
    import os
    import signal
    import time

    from briefing_site import build as build_module
    from briefing_site import cache
    from briefing_site.generators import BriefingGenerator

    dump = cache.pickle.dump

    def slow_dump(data, file, *args):  # a large cache: its saver is still pickling when Ctrl-C comes
        if "ArticlesGenerator-Readers" in str(file.name):
            time.sleep(1)
        dump(data, file, *args)

    monkeypatch.setattr(cache.pickle, "dump", slow_dump)
    # as in a terminal (a job started in the background by a shell ignores Ctrl-C)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)

    def interrupted(self, writer):
        for child, _ in build_module._cache_saves:
            os.kill(child.pid, signal.SIGINT)
        raise KeyboardInterrupt

    monkeypatch.setattr(BriefingGenerator, "generate_output", interrupted)
    seeds = _seed_folder(tmp_path)
    try:
        with pytest.raises(KeyboardInterrupt):
            build(CONF, seeds, tmp_path / "output", _overrides(tmp_path))
    finally:
        signal.signal(signal.SIGINT, previous)
    assert _cached_seeds(tmp_path) == {"good.txt"}
    assert not (tmp_path / "output").exists() and not list((tmp_path / "cache").rglob("*.tmp"))
