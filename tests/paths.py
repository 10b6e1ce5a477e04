"""Paths every test may need (a plain module: several conftest.py files would shadow each other)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
USER_SEED = ROOT / "seeds" / "000_e95e6fadf540d7cc.txt"
