"""Key Pelican's content cache by everything a cached Briefing depends on besides the seed itself.

Pelican reuses a reader's output while the seed's own stamp (mtime or md5) is unchanged. A Briefing
also depends on the text core's code, this package's reader, the actor registry, the BRIEFING
settings and the seed sidecars, so the cache lives in a sub-folder named by a hash of all of them:
change any one and the build starts from an empty folder instead of serving a stale Briefing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import shutil
from functools import partial
from pathlib import Path

from jinja2 import FileSystemBytecodeCache
from pelican.cache import FileDataCacher, FileStampDataCacher

import briefing

from .reader import briefing_settings

logger = logging.getLogger(__name__)

PREFIX = "briefing-"
# Remembers the folder the site asked for, so a second `initialized` on the same settings
# (a rebuild in the same process) does not nest one keyed folder inside another.
BASE_KEY = "BRIEFING_CACHE_BASE"


def hash_part(digest, label: str, data: bytes) -> None:
    """Add a labelled, length-prefixed part to a hash, so no two different sets of parts hash alike."""
    digest.update(f"{label}\0{len(data)}\0".encode())
    digest.update(data)


def cache_key(settings: dict) -> str:
    """A short hash of the code, registry, BRIEFING settings and sidecars; cheap (a few small files)."""
    digest = hashlib.sha256()
    add = partial(hash_part, digest)

    add("version", briefing.__version__.encode())
    core = Path(briefing.__file__).parent
    for path in sorted(core.rglob("*.py")):
        add(f"core/{path.relative_to(core).as_posix()}", path.read_bytes())
    for name in ("reader.py", "graph.py"):  # they make the cached body HTML, reaction edges and drawing
        add(name.removesuffix(".py"), Path(__file__).with_name(name).read_bytes())
    registry = briefing_settings(settings).registry
    add("registry", registry.read_bytes() if registry.is_file() else b"(none)")
    add("settings", json.dumps(settings.get("BRIEFING"), sort_keys=True, default=str).encode())
    seeds = Path(settings["PATH"])
    for path in sorted(seeds.rglob("*.yaml")):
        add(f"sidecar/{path.relative_to(seeds).as_posix()}", path.read_bytes())
    return digest.hexdigest()[:12]


def key_cache_path(pelican) -> None:
    """`initialized` handler: point CACHE_PATH at the keyed sub-folder and drop stale siblings."""
    settings = pelican.settings
    base = Path(settings.setdefault(BASE_KEY, settings["CACHE_PATH"]))
    current = base / f"{PREFIX}{cache_key(settings)}"
    if base.is_dir():
        for old in base.glob(f"{PREFIX}*"):
            if old != current and old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
    settings["CACHE_PATH"] = str(current)
    for path in current.glob("*") if current.is_dir() else ():
        if path.is_file() and path.stat().st_size == 0:
            # Pelican cannot load an empty cache ("Ran out of input" stops the build); a save stopped
            # in place (before save_atomically) or a full disk leaves one: start it afresh instead.
            logger.warning("content cache %s is empty (a build stopped while saving it, or a full disk): "
                           "starting it afresh", path)
            path.unlink()


def write_atomically(path: str, write) -> None:
    """`write(temporary)`, then the temporary file renamed over `path`: whoever reads `path`, even
    after a build stopped halfway, finds the old file or the new one whole, never a part of one."""
    temporary = f"{path}.{os.getpid()}.tmp"  # one per process: two builds never share one
    os.makedirs(os.path.dirname(temporary), exist_ok=True)
    try:
        write(temporary)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def save_atomically(cacher: FileDataCacher) -> None:
    """What FileDataCacher.save_cache does, through write_atomically: a build stopped while saving
    leaves the previous cache whole, never a truncated or empty one."""
    if not cacher._cache_data_policy:
        return

    def dump(temporary: str) -> None:
        with cacher._cache_open(temporary, "wb") as f:
            pickle.dump(cacher._cache, f)

    try:
        write_atomically(cacher._cache_path, dump)
    except (OSError, pickle.PicklingError, TypeError) as err:  # as Pelican: a build without a saved cache
        logger.warning("Could not save cache %s\n ... %s", cacher._cache_path, err)


def save_caches_atomically(cacher) -> None:
    """`generator_init` / `readers_init` handler: this generator's or reader's content cache is saved
    with save_atomically, and only when the build added or replaced an entry (Pelican's cache_data):
    Pelican pickles the whole cache again on every build, a sixth of an unchanged rebuild."""
    if not isinstance(cacher, FileDataCacher):
        return
    changed: list[str] = []
    add = cacher.cache_data

    def cache_data(filename, data) -> None:
        changed.append(filename)
        add(filename, data)

    def save_cache() -> None:
        from .build import BACKGROUND_KEY, save_in_background

        if changed and cacher._cache_data_policy and cacher.settings.get(BACKGROUND_KEY) \
                and save_in_background(cacher):
            return
        if changed or not os.path.exists(cacher._cache_path):
            save_atomically(cacher)

    cacher.cache_data, cacher.save_cache = cache_data, save_cache


def stamp_files_once(cacher) -> None:
    """`generator_init` / `readers_init` handler: a seed's stamp (with CHECK_MODIFIED_METHOD = "md5",
    the whole file read and hashed) is worked out once a build instead of four times: Pelican asks
    for it on get and on put, in the generator's cache and in the reader's, but a cache that neither
    loaded anything nor saves (the generator's, under the default reader layer) compares none, and
    the reader's, which is given absolute paths, keeps each one with the file's size and modification
    time (a seed edited during the build gets a new one). Called before Pelican sets the cache up:
    what it holds is looked at when a stamp is asked for."""
    if not isinstance(cacher, FileStampDataCacher):
        return
    stamp = cacher._get_file_stamp
    known: dict[str, tuple[tuple[int, int], object]] = {}

    def file_stamp(filename):
        if not cacher._cache_data_policy and not cacher._cache:
            return b""
        if not os.path.isabs(filename):  # a generator's cache: paths relative to its content folder
            return stamp(filename)
        try:
            st = os.stat(filename)
        except OSError:
            return stamp(filename)  # Pelican's own warning and empty stamp
        seen = known.get(filename)
        if seen is None or seen[0] != (st.st_size, st.st_mtime_ns):
            seen = known[filename] = ((st.st_size, st.st_mtime_ns), stamp(filename))
        return seen[1]

    cacher._get_file_stamp = file_stamp


def keep_compiled_templates(generator) -> None:
    """`generator_init` handler: the theme's compiled templates are kept in CACHE_PATH, so a rebuild
    loads them instead of compiling its sixteen again (0.14 s), and generators sharing base.html
    compile it once. Jinja compiles a template again when its source changed; the folder is named by
    JINJA_ENVIRONMENT, whose options (autoescape, trim_blocks, extensions) change the compiled code of
    an unchanged source."""
    options = json.dumps(generator.settings.get("JINJA_ENVIRONMENT", {}), sort_keys=True, default=repr)
    folder = Path(generator.settings["CACHE_PATH"]) / f"jinja-{hashlib.sha256(options.encode()).hexdigest()[:12]}"
    folder.mkdir(parents=True, exist_ok=True)
    generator.env.bytecode_cache = FileSystemBytecodeCache(str(folder))
