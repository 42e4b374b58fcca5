"""Translation throughput: argostranslate (defaults, tuned threads) vs govdocs vs raw CTranslate2.

All four run in this one process, on the same package and the same Dutch sentences from the
corpus, and the script prints sentences per second and the ratios. Models: the tiny test model
and a larger random model of real size (6+6 layers, d_model 512) built the same way.

argostranslate's own sentence splitter (MiniSBD) needs a model download, which this machine
cannot do; argostranslate therefore gets each paragraph with an identity splitter fed with
govdocs' sentences, one paragraph per call, exactly as its per-paragraph path batches them.

    python bench/translate.py [--sentences 300] [--large-sentences 120] [--skip-large]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))


def corpus_sentences(limit: int) -> tuple[list[list[str]], str]:
    """Paragraphs (as sentence lists) of Dutch text from the seeds and corpus letters/questions."""
    import govdocs
    from govdocs.pipeline import prepare
    from govdocs.segment import split_sentences

    files = [ROOT / "seeds" / "002_kamerstuk-33694-68-reaim-letter.nl.txt"]
    for folder in ("letters", "questions"):
        base = (
            SHARED / "corpus" / folder
            if (SHARED / "corpus").exists()
            else ROOT / "tests" / "fixtures" / folder
        )
        files += sorted(base.glob("*.pdf"))
    paragraphs: list[list[str]] = []
    text_for_vocab = []
    for path in files:
        try:
            doc = prepare(path)
        except govdocs.GovdocsError:
            continue
        for block in doc.blocks:
            if block.lang != "nl":
                continue
            text_for_vocab.append(block.text)
            sentences = [s.text for s in split_sentences(block.text, "nl")]
            if sentences:
                paragraphs.append(sentences)
            if sum(map(len, paragraphs)) >= limit:
                return paragraphs, "\n".join(text_for_vocab)
    return paragraphs, "\n".join(text_for_vocab)


def timed(fn, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - start


def run(package_dir: Path, paragraphs: list[list[str]], label: str) -> dict[str, float]:
    import argostranslate.package as package
    import argostranslate.settings as settings
    import argostranslate.translate as translate
    import ctranslate2

    from govdocs.translate.engine import DECODING, ArgosEngine, EngineSettings, find_package

    settings.package_dirs = [package_dir.parent]
    sentences = [s for p in paragraphs for s in p]
    pkg = next(p for p in package.get_installed_packages() if p.package_path == package_dir)
    langs = {lang.code: lang for lang in translate.get_installed_languages()}

    class Identity:
        def split_sentences(self, text: str) -> list[str]:
            return current[0]

    current: list[list[str]] = [[]]

    def argos(intra: int) -> list[str]:
        settings.intra_threads = intra
        translation = translate.PackageTranslation(langs["nl"], langs["en"], pkg)
        translation.sentencizer = Identity()
        out = []
        for para in paragraphs:
            current[0] = para
            out.append(translation.hypotheses(" ".join(para), num_hypotheses=1)[0].value)
        return out

    results: dict[str, float] = {}
    argos(0)  # warm caches (first model load)
    _, t = timed(argos, 0)
    results["argos-default"] = len(sentences) / t
    best_intra, best_t = 1, float("inf")
    for intra in (1, 2):
        _, t = timed(argos, intra)
        if t < best_t:
            best_intra, best_t = intra, t
    results["argos-tuned"] = len(sentences) / best_t
    engine = ArgosEngine(find_package("nl", "en"), EngineSettings(intra_threads=1))
    engine.translate(sentences[:4])  # load
    _ours, t = timed(engine.translate, sentences)
    results["govdocs"] = len(sentences) / t
    tokens = engine.tokenize(sentences)
    raw = ctranslate2.Translator(str(package_dir / "model"), compute_type="auto", intra_threads=1)
    raw.translate_batch(tokens[:4], **DECODING)
    _, t = timed(lambda: raw.translate_batch(tokens, **DECODING))
    results["raw"] = len(sentences) / t
    print(f"[{label}] {len(sentences)} sentences, argos tuned intra_threads={best_intra}")
    for name, value in results.items():
        print(f"  {name:14s} {value:9.1f} sentences/s")
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=300)
    parser.add_argument("--large-sentences", type=int, default=120)
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--eos-bias", type=float, default=7.0, help="large model only")
    args = parser.parse_args()
    os.environ.setdefault("ARGOS_DEVICE_TYPE", "cpu")
    from govdocs.testing import build_test_package_dir

    paragraphs, vocab_text = corpus_sentences(args.sentences)
    tmp = Path(tempfile.mkdtemp(prefix="govdocs-bench-"))
    small = build_test_package_dir(tmp / "small")
    final = run(small, paragraphs, "test model (2+2 layers, d_model 64)")
    if not args.skip_large:
        large = build_test_package_dir(
            tmp / "large",
            layers=6,
            d_model=512,
            heads=8,
            ffn=2048,
            vocab_size=1500,
            corpus=vocab_text,
            version="0.0.2-bench",
            eos_bias=args.eos_bias,
        )
        few: list[list[str]] = []
        for para in paragraphs:
            if sum(map(len, few)) >= args.large_sentences:
                break
            few.append(para)
        final = run(large, few, "large random model (6+6 layers, d_model 512)")
    print(
        f"ratios: govdocs/argos-default={final['govdocs'] / final['argos-default']:.1f}x "
        f"govdocs/argos-tuned={final['govdocs'] / final['argos-tuned']:.1f}x "
        f"raw/govdocs={final['raw'] / final['govdocs']:.2f}x"
    )


if __name__ == "__main__":
    main()
