"""Shared test helpers: the repository root and the user's seed."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
USER_SEED = ROOT / "seeds" / "000_e95e6fadf540d7cc.txt"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
