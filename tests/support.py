"""What many tests need: the repository's paths, a seeds folder with the user's seed, a free port.

A plain module, not conftest.py: several conftest.py files would shadow each other on import.
"""

import shutil
import socket
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
USER_SEED = ROOT / "seeds" / "000_e95e6fadf540d7cc.txt"


def user_seeds(parent: Path) -> Path:
    """A fresh `parent/seeds` folder holding the user's seed."""
    seeds = parent / "seeds"
    seeds.mkdir()
    shutil.copy(USER_SEED, seeds)
    return seeds


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
