"""Text decoder accuracy on real legacy-encoded samples whose encoding the corpus declares.

    python bench/encodings.py DIR [DIR ...] [--verbose]

Each DIR holds sub-folders named after the encoding of the files in them, as in chardet's
``tests/`` folder (``windows-1254-turkish/``, ``EUC-JP/``, ``UTF-16LE/`` ...). A file is
*checkable* when Python can decode it strictly with the declared encoding (or a superset of
it); it counts as *right* when govdocs' text decoder gives the same text as the declared
encoding, *wrong* when the text differs, and *refused* when the decoder raises. Results are
counted by family (Western, Central European, Cyrillic, ...) and for plain-text files
(``.txt``/``.srt``) apart from markup.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

#: folder-name prefix -> (Python codecs that count as the declared one, family)
DECLARED: list[tuple[str, tuple[str, ...], str]] = [
    ("utf-8-sig", ("utf-8-sig",), "Unicode"),
    ("utf-8", ("utf-8",), "Unicode"),
    ("ascii", ("ascii",), "Unicode"),
    ("UTF-16BE", ("utf-16-be",), "Unicode"),
    ("UTF-16LE", ("utf-16-le",), "Unicode"),
    ("UTF-16", ("utf-16",), "Unicode"),
    ("UTF-32BE", ("utf-32-be",), "Unicode"),
    ("UTF-32LE", ("utf-32-le",), "Unicode"),
    ("UTF-32", ("utf-32",), "Unicode"),
    ("windows-1252", ("cp1252",), "Western"),
    ("iso-8859-1", ("latin-1", "cp1252"), "Western"),
    ("MacRoman", ("mac_roman",), "Western"),
    ("windows-1250", ("cp1250",), "Central European"),
    ("iso-8859-2", ("iso8859_2",), "Central European"),
    ("windows-1254", ("cp1254",), "Turkish"),
    ("iso-8859-9", ("iso8859_9", "cp1254"), "Turkish"),
    ("windows-1251", ("cp1251",), "Cyrillic"),
    ("iso-8859-5", ("iso8859_5",), "Cyrillic"),
    ("KOI8-R", ("koi8_r",), "Cyrillic"),
    ("IBM855", ("cp855",), "Cyrillic"),
    ("IBM866", ("cp866",), "Cyrillic"),
    ("MacCyrillic", ("mac_cyrillic",), "Cyrillic"),
    ("iso-8859-7", ("iso8859_7", "cp1253"), "Greek"),
    ("windows-1253", ("cp1253",), "Greek"),
    ("windows-1255", ("cp1255",), "Hebrew/Arabic"),
    ("iso-8859-6", ("iso8859_6",), "Hebrew/Arabic"),
    ("windows-1256", ("cp1256",), "Hebrew/Arabic"),
    ("TIS-620", ("tis_620", "cp874"), "Thai"),
    ("SHIFT_JIS", ("shift_jis", "cp932"), "Japanese"),
    ("CP932", ("cp932",), "Japanese"),
    ("EUC-JP", ("euc_jp", "euc_jis_2004"), "Japanese"),
    ("iso-2022-jp", ("iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext"), "Japanese"),
    ("EUC-KR", ("euc_kr", "cp949"), "Korean"),
    ("CP949", ("cp949",), "Korean"),
    ("Johab", ("johab",), "Korean"),
    ("iso-2022-kr", ("iso2022_kr",), "Korean"),
    ("Big5", ("big5", "cp950", "big5hkscs"), "Chinese"),
    ("GB2312", ("gb2312", "gbk", "gb18030"), "Chinese"),
]
#: charset_normalizer's data/ folder names no encodings; its tests state them.
CN_SAMPLES = {
    "sample-arabic-1.txt": "cp1256",
    "sample-french-1.txt": "cp1252",
    "sample-greek.txt": "cp1253",
    "sample-greek-2.txt": "cp1253",
    "sample-hebrew-2.txt": "cp1255",
    "sample-hebrew-3.txt": "cp1255",
    "sample-chinese.txt": "big5",
    "sample-korean.txt": "cp949",
    "sample-turkish.txt": "cp1254",
    "sample-russian.txt": "mac_cyrillic",
}
FAMILY = {c: fam for _, cs, fam in DECLARED for c in cs}


def declared(path: Path) -> tuple[tuple[str, ...], str] | None:
    if path.name in CN_SAMPLES:
        enc = CN_SAMPLES[path.name]
        return (enc,), FAMILY.get(enc, "Hebrew/Arabic" if enc in {"cp1256"} else "other")
    folder = path.parent.name
    for prefix, codecs_, family in DECLARED:
        if folder.lower().startswith(prefix.lower()):
            return codecs_, family
    return None


def reference(data: bytes, candidates: tuple[str, ...]) -> str | None:
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if enc == "utf-16" or enc == "utf-32" or enc == "utf-8-sig":
            return text.lstrip("\ufeff")
        return text.lstrip("\ufeff")
    return None


def _as_read(text: str) -> str:
    """The declared decoding as the text reader hands text on: ``\\n`` line ends, no C0
    controls other than tab/newline/form feed."""
    import re

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", "", text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()

    from govdocs.errors import GovdocsError
    from govdocs.readers._source import SourceBytes
    from govdocs.readers.text import decode_text

    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    start = time.perf_counter()
    for base in args.dirs:
        for path in sorted(p for p in base.rglob("*") if p.is_file()):
            spec = declared(path)
            if spec is None:
                continue
            candidates, family = spec
            data = path.read_bytes()
            expected = reference(data, candidates)
            plain = "text" if path.suffix.lower() in {".txt", ".srt"} else "markup"
            key = (family, plain)
            if expected is None:
                counts[key]["uncheckable"] += 1
                continue
            src = SourceBytes(path, data, "")
            try:
                result = decode_text(src)
            except GovdocsError as exc:
                counts[key]["refused"] += 1
                if args.verbose:
                    print(f"REFUSED {path.relative_to(base)}: {exc.message}")
                continue
            text, encoding = result[0], result[1]
            if text.lstrip("\ufeff") == _as_read(expected):
                counts[key]["right"] += 1
            else:
                counts[key]["wrong"] += 1
                if args.verbose:
                    print(
                        f"WRONG   {path.relative_to(base)}: {encoding} (declared {candidates[0]})"
                    )
    elapsed = time.perf_counter() - start
    total: Counter[str] = Counter()
    print(f"{'family':<18}{'files':<8}{'right':>6}{'wrong':>6}{'refused':>8}{'unchk':>6}")
    for (family, plain), c in sorted(counts.items()):
        total.update(c)
        print(
            f"{family:<18}{plain:<8}{c['right']:>6}{c['wrong']:>6}{c['refused']:>8}"
            f"{c['uncheckable']:>6}"
        )
    print(
        f"{'all':<26}{total['right']:>6}{total['wrong']:>6}{total['refused']:>8}"
        f"{total['uncheckable']:>6}   ({elapsed:.1f} s)"
    )


if __name__ == "__main__":
    main()
