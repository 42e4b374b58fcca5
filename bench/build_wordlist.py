"""Build ``src/govdocs/data/words.txt.gz``: the word list behind ``letterspaced_capital`` and the
rejoining of words broken at line ends (``normalise.is_word``).

    pip install wordfreq msgpack   # build time only; govdocs does not depend on them
    python bench/build_wordlist.py

Takes wordfreq's "small" Dutch, English and German lists (every word with a frequency of at
least one per million words, ~29,000 each), keeps the purely alphabetic ones of two letters or
more, lower case, one a line, sorted. German is in since German letters and decisions break
words at line ends as often as Dutch ones ("Informati-" / "onen"); French is not: French
writes many compounds with a hyphen (``porte-parole``, ``vice-président``) that a joined
dictionary form cannot tell from a broken word. The data is wordfreq's (CC BY-SA 4.0, see the header line of the file).
"""

from __future__ import annotations

import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "govdocs" / "data" / "words.txt.gz"
LANGUAGES = ("nl", "en", "de")


def main() -> None:
    import msgpack  # type: ignore[import-not-found]
    import wordfreq  # type: ignore[import-not-found]

    data_dir = Path(wordfreq.__file__).parent / "data"
    words: set[str] = set()
    for lang in LANGUAGES:
        with gzip.open(data_dir / f"small_{lang}.msgpack.gz") as handle:
            buckets = msgpack.load(handle, raw=False)[1:]
        words.update(w for bucket in buckets for w in bucket if w.isalpha() and len(w) >= 2)
    header = (
        f"# wordfreq 'small' {'+'.join(LANGUAGES)} word lists (CC BY-SA 4.0, Robyn Speer et al.)\n"
    )
    text = header + "\n".join(sorted(words)) + "\n"
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{len(words)} words, {OUT.stat().st_size:,} bytes -> {OUT}")


if __name__ == "__main__":
    main()
