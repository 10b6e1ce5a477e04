"""Seed bytes to text: UTF-8 (with or without BOM), a detectable legacy encoding, or a clear refusal."""

from __future__ import annotations

import pytest

from briefing.model import SeedError
from briefing.read import decode

PARAGRAPH = (
    "Le président a déclaré mercredi que la décision du tribunal était « inacceptable » et a appelé "
    "à un cessez-le-feu immédiat dans la région, où des milliers de déplacés attendent toujours l’aide promise."
)


def test_utf8_with_and_without_bom():
    assert decode("Café – “quoted”".encode("utf-8"), "a.txt") == "Café – “quoted”"
    assert decode(b"\xef\xbb\xbf" + "Café".encode("utf-8"), "a.txt") == "Café"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encoding_of_a_real_paragraph_is_detected(encoding):
    text = PARAGRAPH if encoding == "cp1252" else PARAGRAPH.replace("’", "'")
    assert decode(text.encode(encoding), "a.txt") == text


def test_binary_is_refused_with_the_file_name():
    with pytest.raises(SeedError, match=r"^photo\.txt: looks like a binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "photo.txt")


def test_central_european_text_keeps_its_own_encoding():
    text = "Prezydent powiedział w środę, że decyzja sądu jest nie do przyjęcia i wezwał do natychmiastowego zawieszenia broni."
    assert decode(text.encode("cp1250"), "a.txt") == text


def test_undecidable_bytes_are_refused_with_the_file_and_line():
    with pytest.raises(SeedError, match=r"^noise\.txt:2: is not UTF-8 and its encoding cannot be told"):
        decode(b"first line\n" + bytes(range(0x80, 0x100)) * 4, "noise.txt")
