"""The Argos backend: installed Argos packages run directly through CTranslate2.

Argos packages are the model format; ``argostranslate.package`` finds them (never
``argostranslate.translate``, which imports stanza/spaCy/torch and takes seconds). The package's
CTranslate2 model and SentencePiece tokenizer are loaded once per process and every sentence of a
document, or of a batch of documents, is translated in **one** batch (grouped by token count, see
"Batch invariance" below) with argostranslate's decoding settings, so each sentence's text
equals what argostranslate returns for it.

Threads and batching, from measurement (``bench/translate.py``, 2-core machines, a 6+6-layer
d_model 512 model whose outputs are as long as its inputs): argostranslate runs one CTranslate2
replica with ``intra_threads=0`` (all cores inside every matrix product) and sub-batches of at
most 32 tokens (about one sentence). On small batches intra-op threading was up to 10x *slower*
than one thread; larger sub-batches were 1.4x faster than 32 tokens, and two single-threaded
replicas (``inter_threads=2``) working on different sub-batches 2.1x faster than one. govdocs
therefore runs ``inter_threads`` = the cores it may use, ``intra_threads=1`` and sub-batches of
up to 256 tokens; every other decoding setting is argostranslate's.

Batch invariance: a sentence's text must not depend on which other sentences share its batch
(records, the translation memory and the Ray engine all rely on that, and it is what makes the
text equal argostranslate's for that sentence). Padding breaks it on some CPUs: CTranslate2 uses
oneDNN on AMD processors, whose attention results change with the number of padding positions
(CTranslate2 issue #693); mixing lengths in one sub-batch changed the text of 22 of 201 sentences
on the random 6+6 model there (none on Intel/MKL). govdocs therefore groups the sentences by
token count, so no sub-batch holds padding, and posts every group to the replicas at once
(``asynchronous=True``): 201/201 equal to one-by-one on the same AMD machine, at 0.80x of the
mixed-length speed for 200 sentences (7.4 vs 9.3 sentences/s; larger batches lose less).
``EngineSettings(batching="mixed")`` restores a single mixed-length call where the backend is
known to be padding-invariant.
``govdocs convert --workers N`` gives each worker process its share of the cores.
``GOVDOCS_TRANSLATE_THREADS`` or :class:`EngineSettings` overrides the count.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from importlib import metadata as _metadata
from pathlib import Path
from typing import Any, Literal

from ..errors import ModelNotInstalledError, TranslationError

__all__ = [
    "ARGOS_DECODING",
    "DECODING",
    "ArgosEngine",
    "EngineSettings",
    "Hypothesis",
    "PackageInfo",
    "find_package",
    "get_engine",
    "installed_packages",
]

#: argostranslate's decoding settings (``apply_packaged_translation``, one hypothesis).
ARGOS_DECODING: dict[str, Any] = {
    "beam_size": 4,
    "num_hypotheses": 1,
    "length_penalty": 0.2,
    "max_batch_size": 32,
    "batch_type": "tokens",
    "replace_unknowns": True,
    "return_scores": True,
}

#: What govdocs runs: argostranslate's decoding in sub-batches of up to 256 tokens (measured
#: fastest; CTranslate2 sorts the sentences of a call by length before cutting sub-batches).
DECODING: dict[str, Any] = {**ARGOS_DECODING, "max_batch_size": 256}


#: CTranslate2's defaults: inputs are cut after this many tokens, outputs stop at this many.
MAX_INPUT_LENGTH = 1024
MAX_DECODING_LENGTH = 256


@dataclass(frozen=True)
class Hypothesis:
    """One translated sentence: its text, the model's mean log-probability per generated token
    (CTranslate2 divides the summed log-probability by ``length ** length_penalty``; govdocs
    undoes that and divides by the length, ``</s>`` included), its length in tokens, and
    whether decoding hit a length limit."""

    text: str
    score: float | None
    tokens: int
    truncated: bool = False


def available_cores() -> int:
    """Cores this process may run on (the affinity mask where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def _default_threads() -> int:
    env = os.environ.get("GOVDOCS_TRANSLATE_THREADS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    return available_cores()


@dataclass(frozen=True)
class EngineSettings:
    device: str = "cpu"
    compute_type: str = "auto"
    #: single-threaded CTranslate2 replicas translating sub-batches of a batch in parallel
    inter_threads: int = field(default_factory=_default_threads)
    intra_threads: int = 1
    #: ``"by_length"``: sub-batches of equal token count (no padding; a sentence's text does not
    #: depend on its batch). ``"mixed"``: one call with CTranslate2's own length-sorted
    #: sub-batches (a little faster; text may vary with the batch on oneDNN/AMD CPUs).
    batching: Literal["by_length", "mixed"] = "by_length"


@dataclass(frozen=True)
class PackageInfo:
    """An installed Argos package."""

    code: str
    version: str
    source: str
    target: str
    path: Path
    target_prefix: str = ""

    @property
    def key(self) -> str:
        """Identity used by the translation memory."""
        return f"{self.code}@{self.version}"


def _package_info(pkg: Any) -> PackageInfo:
    return PackageInfo(
        code=str(getattr(pkg, "code", None) or f"translate-{pkg.from_code}_{pkg.to_code}"),
        version=str(pkg.package_version),
        source=str(pkg.from_code),
        target=str(pkg.to_code),
        path=Path(pkg.package_path),
        target_prefix=str(getattr(pkg, "target_prefix", "") or ""),
    )


def _argos_package_module() -> Any:
    try:
        import argostranslate.package as package
    except ImportError as exc:
        raise ModelNotInstalledError(
            "translation needs the translate extra",
            hint="pip install 'govdocs[translate]'",
        ) from exc
    return package


def installed_packages() -> list[PackageInfo]:
    """Installed Argos translation packages (argostranslate's package directories)."""
    package = _argos_package_module()
    return [_package_info(p) for p in package.get_installed_packages() if p.type == "translate"]


def find_package(source: str, target: str) -> PackageInfo:
    """The installed package translating ``source`` → ``target`` (newest version wins)."""
    candidates = [p for p in installed_packages() if (p.source, p.target) == (source, target)]
    if not candidates:
        raise ModelNotInstalledError(
            f"no translation model installed for {source}->{target}",
            hint=f"install one with 'govdocs models install {source} {target}'",
        )
    return max(candidates, key=lambda p: _version_key(p.version))


def _version_key(version: str) -> tuple[int | str, ...]:
    return tuple(int(p) if p.isdigit() else p for p in version.replace("-", ".").split("."))


def library_versions() -> dict[str, str]:
    versions = {}
    for name in ("argostranslate", "ctranslate2", "sentencepiece"):
        try:
            versions[name] = _metadata.version(name)
        except _metadata.PackageNotFoundError:  # pragma: no cover - translate extra present
            continue
    return versions


class ArgosEngine:
    """One loaded package: tokenizer + CTranslate2 translator, shared by a whole process."""

    name = "argos-ctranslate2"

    def __init__(self, package: PackageInfo, settings: EngineSettings | None = None) -> None:
        self.package = package
        self.settings = settings or EngineSettings()
        self._translator: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()
        #: Number of batches sent to the model (the memory test checks a re-run adds none).
        self.model_calls = 0

    def _load(self) -> None:
        if self._translator is not None:
            return
        try:
            import ctranslate2
            import sentencepiece
        except ImportError as exc:
            raise ModelNotInstalledError(
                "translation needs the translate extra", hint="pip install 'govdocs[translate]'"
            ) from exc
        model_dir = self.package.path / "model"
        sp_model = self.package.path / "sentencepiece.model"
        if not sp_model.exists():
            raise TranslationError(
                "package has no sentencepiece.model (BPE packages are not supported)",
                path=self.package.path,
            )
        try:
            self._tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(sp_model))
            self._translator = ctranslate2.Translator(
                str(model_dir),
                device=self.settings.device,
                compute_type=self.settings.compute_type,
                inter_threads=self.settings.inter_threads,
                intra_threads=self.settings.intra_threads,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise TranslationError(f"cannot load model: {exc}", path=model_dir) from exc

    @property
    def decoding(self) -> dict[str, Any]:
        """The settings that decide the text (thread counts do not, so records leave them out
        and are the same whichever machine made them)."""
        return {
            **DECODING,
            "batching": self.settings.batching,
            "compute_type": self.settings.compute_type,
            "device": self.settings.device,
        }

    def tokenize(self, sentences: list[str]) -> list[list[str]]:
        self._load()
        return [self._tokenizer.encode(s, out_type=str) for s in sentences]

    def detokenize(self, tokens: list[str]) -> str:
        value: str = self._tokenizer.decode_pieces(tokens).replace("▁", " ").replace("_", " ")
        prefix = self.package.target_prefix
        if prefix and value.startswith(prefix):
            value = value[len(prefix) :]
        if value.startswith(" "):
            value = value[1:]
        return value

    def translate(self, sentences: list[str]) -> list[str]:
        """Translate ``sentences`` as one batch (see the module docstring); same order out."""
        return [h.text for h in self.translate_scored(sentences)]

    def translate_scored(self, sentences: list[str]) -> list[Hypothesis]:
        """Like :meth:`translate`, with the model's score and length for each sentence."""
        if not sentences:
            return []
        with self._lock:
            self._load()
            tokens = self.tokenize(sentences)
            try:
                results = self._run(tokens)
            except (RuntimeError, ValueError) as exc:
                raise TranslationError(
                    f"translation failed: {exc}", path=self.package.path
                ) from exc
            self.model_calls += 1
        penalty = float(DECODING["length_penalty"])
        out = []
        for source, (hypothesis, score) in zip(tokens, results, strict=True):
            length = len(hypothesis) + 1  # the scores count </s>
            out.append(
                Hypothesis(
                    text=self.detokenize(hypothesis),
                    score=round(score * length**penalty / length, 4),
                    tokens=len(hypothesis),
                    truncated=len(hypothesis) >= MAX_DECODING_LENGTH
                    or len(source) > MAX_INPUT_LENGTH,
                )
            )
        return out

    def _run(self, tokens: list[list[str]]) -> list[tuple[list[str], float]]:
        groups: dict[int, list[int]] = {}
        if self.settings.batching == "mixed":  # one call; CTranslate2 cuts mixed-length sub-batches
            groups[0] = list(range(len(tokens)))
        else:
            for index, sentence in enumerate(tokens):
                groups.setdefault(len(sentence), []).append(index)
        prefix = self.package.target_prefix
        pending = []
        for length in sorted(groups, reverse=True):  # longest first: the replicas finish together
            members = groups[length]
            futures = self._translator.translate_batch(
                [tokens[i] for i in members],
                target_prefix=[[prefix]] * len(members) if prefix else None,
                asynchronous=True,
                **DECODING,
            )
            pending.append((members, futures))
        out: list[tuple[list[str], float]] = [([], 0.0)] * len(tokens)
        for members, futures in pending:
            for index, future in zip(members, futures, strict=True):
                result = future.result()
                out[index] = (result.hypotheses[0], float(result.scores[0]))
        return out


_ENGINES: dict[tuple[str, str, EngineSettings], ArgosEngine] = {}
_ENGINES_LOCK = threading.Lock()


def get_engine(source: str, target: str, settings: EngineSettings | None = None) -> ArgosEngine:
    """The process-wide engine for ``source`` → ``target`` (loaded lazily, once)."""
    settings = settings or EngineSettings()
    package = find_package(source, target)
    key = (package.key + str(package.path), target, settings)
    with _ENGINES_LOCK:
        engine = _ENGINES.get(key)  # type: ignore[arg-type]
        if engine is None:
            engine = ArgosEngine(package, settings)
            _ENGINES[key] = engine  # type: ignore[index]
        return engine


def clear_engines() -> None:
    """Forget loaded engines (after installing or removing packages)."""
    with _ENGINES_LOCK:
        _ENGINES.clear()
