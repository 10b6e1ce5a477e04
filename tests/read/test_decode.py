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


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark(codec):
    text = "Café – “quoted”"
    raw = text.encode(codec)
    if codec.endswith(("-le", "-be")):
        raw = ("\ufeff" + text).encode(codec)
    assert decode(raw, "a.txt") == text


def test_a_page_is_read_in_the_charset_it_declares():
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Caf\xe9 à Zürich — “ok”</p>'
    assert decode(page.encode("cp1252"), "page.html") == page
    short_polish = '<meta charset="windows-1250"><p>Łódź</p>'
    assert decode(short_polish.encode("cp1250"), "page.html") == short_polish


def test_a_false_declaration_falls_back_to_detection():
    page = '<meta charset="utf-8"><p>' + PARAGRAPH + "</p>"
    assert decode(page.encode("cp1252"), "page.html") == page


def test_a_broken_utf16_file_is_refused_with_the_file_name():
    with pytest.raises(SeedError, match=r"^notes\.txt: starts with a UTF-16 byte-order mark but is not UTF-16"):
        decode(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8", "notes.txt")
