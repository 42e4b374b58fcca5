"""Build ``src/govdocs/data/words-nl-en.txt.gz``: the word list behind ``letterspaced_capital``.

    pip install wordfreq msgpack   # build time only; govdocs does not depend on them
    python bench/build_wordlist.py

Takes wordfreq's "small" Dutch and English lists (every word with a frequency of at least one
per million words, ~29,000 each), keeps the purely alphabetic ones of two letters or more, lower
case, one a line, sorted. The data is wordfreq's (CC BY-SA 4.0, see the header line of the file).
"""

from __future__ import annotations

import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "govdocs" / "data" / "words-nl-en.txt.gz"


def main() -> None:
    import msgpack  # type: ignore[import-not-found]
    import wordfreq  # type: ignore[import-not-found]

    data_dir = Path(wordfreq.__file__).parent / "data"
    words: set[str] = set()
    for lang in ("nl", "en"):
        with gzip.open(data_dir / f"small_{lang}.msgpack.gz") as handle:
            buckets = msgpack.load(handle, raw=False)[1:]
        words.update(w for bucket in buckets for w in bucket if w.isalpha() and len(w) >= 2)
    header = "# wordfreq 'small' nl+en word lists (CC BY-SA 4.0, Robyn Speer et al.)\n"
    text = header + "\n".join(sorted(words)) + "\n"
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{len(words)} words, {OUT.stat().st_size:,} bytes -> {OUT}")


if __name__ == "__main__":
    main()
