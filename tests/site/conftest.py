"""One real build of the small site in site_seeds.py, shared by every test here (built once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_seeds import settings_for, write_site


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    from pelican import Pelican

    tmp = tmp_path_factory.mktemp("site")
    write_site(tmp)
    Pelican(settings_for(tmp)).run()
    return tmp / "output"
