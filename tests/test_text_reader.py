"""Plain-text reading: encodings decided from the bytes, line ends, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govdocs
from govdocs.readers import read, sniff_format

DUTCH = (
    "Geachte voorzitter,\n\nHierbij ontvangt u de brief over de ‘financiële’ gevolgen van het "
    "beleid – € 5 miljoen – voor de gemeenten, zoals toegezegd tijdens het debat. De "
    "coördinatie ligt bij het ministerie; de Kamer wordt geïnformeerd over de voortgang.\n"
)


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (DUTCH.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + DUTCH.encode("utf-8"), "utf-8-sig"),
        (DUTCH.encode("utf-16"), "utf-16"),
        (DUTCH.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        (DUTCH.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoded: bytes, encoding: str) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes(encoded)
    raw = read(path)
    assert raw.encoding == encoding
    assert raw.text == DUTCH.strip()
    assert next(b.text for b in raw.blocks) == "Geachte voorzitter,"


def test_latin1_text_is_not_mistaken_for_utf8(tmp_path: Path) -> None:
    text = "Het ministerie heeft één café in Genève bezocht; de reünie was geïnspireerd. " * 3
    path = tmp_path / "l1.txt"
    path.write_bytes(text.encode("latin-1"))
    raw = read(path)
    assert raw.text == text.strip()
    assert raw.encoding in {"cp1252", "latin_1", "iso8859_1", "iso-8859-1", "iso8859_15"}


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", govdocs.EmptyDocumentError),
        (b"   \n\t\n  ", govdocs.EmptyDocumentError),
        (b"PK\x03\x04" + b"\x00" * 100, govdocs.UnsupportedFormatError),
        (bytes(range(256)) * 40, govdocs.UnsupportedFormatError),
    ],
)
def test_refusals_name_the_file(tmp_path: Path, data: bytes, error: type[Exception]) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(error) as info:
        read(path)
    assert "bad.txt" in str(info.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(govdocs.ReaderError, match="no such file"):
        read(tmp_path / "missing.txt")
    with pytest.raises(govdocs.ReaderError, match="directory"):
        read(tmp_path)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("woord " * 1000, encoding="utf-8")
    with pytest.raises(govdocs.DocumentTooLargeError, match="limit"):
        read(path, govdocs.readers.ReadOptions(limits=govdocs.Limits(max_bytes=1000)))


def test_content_sniffing_beats_extension() -> None:
    assert sniff_format(b"%PDF-1.7\n...", ".txt") == "pdf"
    assert (
        sniff_format(b"\xef\xbb\xbf<?xml version='1.0'?><officiele-publicatie/>", ".txt") == "xml"
    )
    assert sniff_format(b"<!DOCTYPE html><html><body>x</body></html>", ".pdf") == "html"
    assert sniff_format(b"Gewoon tekst.", ".xml") == "text"


@settings(
    max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(min_size=0, max_size=2000))
def test_any_bytes_read_or_fail_cleanly(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.txt"
    path.write_bytes(data)
    try:
        raw = read(path)
    except govdocs.GovdocsError:
        return
    assert all(block.text.strip() for block in raw.blocks)
    assert "\r" not in raw.text


@settings(
    max_examples=100, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    paragraphs=st.lists(
        st.text(
            alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
            min_size=1,
            max_size=60,
        ).filter(lambda s: s.strip() and s == s.strip()),
        min_size=1,
        max_size=8,
    )
)
def test_utf8_paragraphs_round_trip(tmp_path: Path, paragraphs: list[str]) -> None:
    path = tmp_path / "p.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    raw = read(path)
    assert [b.text for b in raw.blocks] == paragraphs


def test_doctype_sniffing() -> None:
    # text that merely starts with "<!DOCTYPE" (Hypothesis found it) is text; HTML5 may omit <html>
    assert sniff_format(b"<!DOCTYPE") == "text"
    assert sniff_format(b"<!DOCTYPE html><p>x</p>") == "html"
    assert sniff_format(b"<!DOCTYPE foo>\n<foo/>") == "xml"
