"""Text encodings decided from the bytes: real legacy-encoded samples, BOM-less UTF-16/32,
ISO-2022 and multi-byte Asian text, and the ``encoding_guess`` warning.

The samples are the test data of chardet and charset-normalizer (see fixtures/SOURCES.tsv);
``bench/encodings.py`` runs the decoder over the whole of both corpora.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govdocs
from govdocs.readers import read
from govdocs.readers._source import SourceBytes
from govdocs.readers.text import alphabet_fit, decode_source

FIXTURES = Path(__file__).parent / "fixtures" / "encodings"

#: fixture -> (the encoding its corpus declares, a phrase that only the right decoding gives)
SAMPLES = {
    "turkish-istanbul.cp1254.txt": ("cp1254", "en kalabalık, iktisadi ve kültürel"),
    "czech.cp1250.txt": ("cp1250", "českou veřejností skandál s dětmi"),
    "hungarian.iso-8859-2.txt": ("iso8859_2", "megfelelő intézmény"),
    "nobom.utf-16-le.txt": ("utf-16-le", "07/19/2015 21:00:15.469,1.083,1.08332"),
    "nobom.utf-32-be.txt": ("utf-32-be", "DateTime,Bid,Ask"),
    "ude-readme.iso-2022-jp.txt": ("iso2022_jp", "コンソール アプリケーション"),
    "ude-readme.euc-jp.txt": ("euc_jp", "コンソール アプリケーション"),
    "ude-readme.shift_jis.txt": ("shift_jis", "コンソール アプリケーション"),
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_real_legacy_samples_decode_as_their_corpus_declares(name: str) -> None:
    declared, phrase = SAMPLES[name]
    path = FIXTURES / name
    raw = read(path)
    expected = path.read_bytes().decode(declared).replace("\r\n", "\n").replace("\r", "\n")
    assert phrase in raw.text
    assert raw.text == "\n\n".join(b.text for b in raw.blocks)
    assert " ".join(raw.text.split()) == " ".join(expected.split())
    (warning,) = [w for w in raw.warnings if w.code == "encoding_guess"]
    assert raw.encoding and raw.encoding in warning.message and "confidence 0." in warning.message


def test_turkish_is_not_read_as_cp1252() -> None:
    raw = read(FIXTURES / "turkish-istanbul.cp1254.txt")
    assert "kalabalık" in raw.text and "kalabalýk" not in raw.text
    assert raw.encoding in {"cp1254", "iso8859_9"}


def test_record_carries_encoding_and_warning() -> None:
    record = govdocs.convert(FIXTURES / "turkish-istanbul.cp1254.txt", translate=False)
    assert record.source.encoding in {"cp1254", "iso8859_9"}
    assert [w.code for w in record.warnings].count("encoding_guess") == 1


# Western government text must stay right: the UDHR preamble (UN, free to reproduce) in three
# of the languages govdocs reads, in both Western code pages, whole and as a short excerpt.
UDHR = {
    "nl": "Overwegende, dat de volkeren van de Verenigde Naties in het Handvest hun vertrouwen "
    "in de fundamentele rechten van de mens opnieuw hebben bevestigd; ieder individu en elk "
    "orgaan van de gemeenschap zal de eerbied voor deze rechten bevorderen. Geïnformeerd over "
    "de coördinatie: één reünie in Genève, € 5 miljoen – ‘financiële’ gevolgen.",
    "de": "Da die Anerkennung der angeborenen Würde und der gleichen und unveräußerlichen "
    "Rechte aller Mitglieder der Gemeinschaft der Menschen die Grundlage von Freiheit, "
    "Gerechtigkeit und Frieden in der Welt bildet, verkündet die Generalversammlung diese "
    "Allgemeine Erklärung der Menschenrechte.",
    "fr": "Considérant que la reconnaissance de la dignité inhérente à tous les membres de la "
    "famille humaine et de leurs droits égaux et inaliénables constitue le fondement de la "
    "liberté, de la justice et de la paix dans le monde, l'Assemblée générale proclame la "
    "présente Déclaration universelle des droits de l'homme.",
}


@pytest.mark.parametrize("lang", sorted(UDHR))
@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_western_text_stays_right(tmp_path: Path, lang: str, encoding: str) -> None:
    text = UDHR[lang]
    if encoding == "latin-1":
        text = text.replace("€", "EUR").replace("–", "-").replace("‘", "'").replace("’", "'")
    path = tmp_path / "brief.txt"
    path.write_bytes(text.encode(encoding))
    raw = read(path)
    assert raw.text == text
    assert raw.encoding in {"cp1252", "iso8859_15", "latin_1"}


@pytest.mark.parametrize(
    ("data", "method"),
    [
        (b"Gewoon ASCII.\n", "utf-8"),
        ("Één brief.\n".encode(), "utf-8"),
        ("Één brief.\n".encode("utf-16"), "bom"),
    ],
)
def test_stated_encodings_give_no_warning(data: bytes, method: str) -> None:
    decoded = decode_source(SourceBytes(Path("x.txt"), data, ""))
    assert decoded.method == method and not decoded.warnings()


def test_zero_bytes_alone_stay_binary(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(b"\x00" * 1000)
    with pytest.raises(govdocs.UnsupportedFormatError, match=r"nul\.txt.*binary"):
        read(path)


def test_cp932_markup_that_charset_normalizer_will_not_score(tmp_path: Path) -> None:
    """Short Japanese text mixed with much ASCII markup: read strictly as a multi-byte page."""
    text = (
        "<p>"
        + "この universalchardet アプリケーションは、AppWizard によって作成されました。"
        + "</p>\n"
    )
    path = tmp_path / "page.txt"
    path.write_bytes((text * 3).encode("cp932"))
    raw = read(path)
    assert "アプリケーション" in raw.text


def test_alphabet_fit() -> None:
    assert alphabet_fit("een café in Genève") == 1.0
    assert alphabet_fit("kalabalýk ve kültürel", {"nl": "éèëïöü"}) == pytest.approx(2 / 3)
    assert alphabet_fit("Только кириллица") == 1.0
    assert alphabet_fit("plain ascii") == 1.0


def test_xml_in_an_encoding_libxml2_lacks_is_decoded_by_python(tmp_path: Path) -> None:
    """lxml refuses some declared encodings it has no converter for (IBM855 here); Python's
    codecs know them, so the reader transcodes to UTF-8 instead of failing the file."""
    text = "Вопрос депутата: een reactie op de brief van de minister over Україна."
    xml = f'<?xml version="1.0" encoding="IBM855"?>\n<document><al>{text}</al></document>'
    path = tmp_path / "ibm855.xml"
    path.write_bytes(xml.encode("cp855"))
    record = govdocs.convert(path, translate=False)
    assert [block.text for block in record.blocks] == [text]


def test_xml_in_an_unknown_encoding_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bogus.xml"
    path.write_bytes(b'<?xml version="1.0" encoding="x-no-such-charset"?>\n<document/>')
    with pytest.raises(govdocs.CorruptDocumentError, match=r"bogus\.xml: .*x-no-such-charset"):
        govdocs.convert(path, translate=False)
