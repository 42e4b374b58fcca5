"""Test support for govdocs and for projects that use it.

:func:`build_test_model` writes a tiny nl→en translation package in the real Argos format
(``.argosmodel``: a zip holding ``metadata.json``, a SentencePiece model, a CTranslate2
Transformer and a rule-based MiniSBD sentence splitter ``minisbd/nl.onnx``, so that
``argostranslate.translate`` itself also runs offline), built in about a second without torch
and without network. Its weights are
random, so **its output is meaningless text**: it exists so that CI can exercise the whole
translation path (package discovery, tokenisation, batched CTranslate2 decoding, alignment,
translation memory) offline and deterministically. Needs the ``translate`` extra.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from ._minisbd import build_minisbd_model

__all__ = ["TEST_MODEL_VERSION", "build_test_model", "build_test_package_dir"]

TEST_MODEL_VERSION = "0.0.1-test"

# Training text for the tokenizer: Dutch from public-domain Kamerstukken, English from the seeds.
_CORPUS = """\
Op 15 en 16 februari 2023 vond de internationale conferentie over verantwoorde toepassing van
kunstmatige intelligentie in het militaire domein plaats in Den Haag. Met de conferentie is
uitvoering gegeven aan de motie van het lid Koopmans. Zoals in onze brief aan uw Kamer toegezegd
informeren wij u over de behaalde resultaten en over de vervolgstappen die genomen worden.
Het kabinet acht het van groot belang om het momentum vast te houden en uit te bouwen.
Nederland zal daarom de landen die nog niet in staat waren zich aan te sluiten blijven betrekken.
De minister van Infrastructuur en Waterstaat informeert de Kamer over de stand van zaken van
de luchtvaart, de geluidshinder rond Schiphol en de uitvoering van het beleid voor drones.
Hierbij ontvangt u de antwoorden op de vragen van het lid over de gevolgen voor gemeenten.
Vraag 1 Bent u bekend met het bericht? Antwoord 1 Ja. Deelt u de mening dat dit onwenselijk is?
Geachte voorzitter, hoogachtend, de staatssecretaris van Economische Zaken en Klimaat.
Wij zijn van mening dat de regering zich moet inzetten voor internationale afspraken.
The summit focused on the opportunities, challenges and risks of artificial intelligence.
The government will continue to work with other countries on international agreements.
Participants explored trends in research and innovation that may generate risks for peace.
The minister informed parliament about the results and the next steps that will be taken.
"""
_SOURCE_CODE, _TARGET_CODE = "nl", "en"


def _train_sentencepiece(vocab_size: int, corpus: str | None = None) -> bytes:
    import sentencepiece as spm

    model = io.BytesIO()
    lines = [line for line in (corpus or _CORPUS).splitlines() if line.strip()]
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines * 4),
        model_writer=model,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        num_threads=1,
        shuffle_input_sentence=False,
        input_sentence_size=0,
        minloglevel=2,
    )
    return model.getvalue()


def _fill_spec(
    spec: Any, vocab_size: int, d_model: int, ffn: int, seed: int, eos_bias: float = 4.0
) -> None:
    """Give every weight of ``spec`` a deterministic random value of the right shape."""
    import numpy as np

    rng = np.random.default_rng(seed)

    def rand(*shape: int, scale: float = 0.2) -> Any:
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    def norm(ln: Any) -> None:
        ln.gamma = np.ones(d_model, dtype=np.float32)
        ln.beta = np.zeros(d_model, dtype=np.float32)

    def linear(lin: Any, out_dim: int, in_dim: int) -> None:
        lin.weight = rand(out_dim, in_dim)
        lin.bias = np.zeros(out_dim, dtype=np.float32)

    def ffn_block(block: Any) -> None:
        norm(block.layer_norm)
        linear(block.linear_0, ffn, d_model)
        linear(block.linear_1, d_model, ffn)

    spec.encoder.embeddings[0].weight = rand(vocab_size, d_model, scale=1.0)
    norm(spec.encoder.layer_norm)
    for layer in spec.encoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d_model, d_model)
        linear(layer.self_attention.linear[1], d_model, d_model)
        ffn_block(layer.ffn)
    spec.decoder.embeddings.weight = rand(vocab_size, d_model, scale=1.0)
    norm(spec.decoder.layer_norm)
    for layer in spec.decoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d_model, d_model)
        linear(layer.self_attention.linear[1], d_model, d_model)
        norm(layer.attention.layer_norm)
        linear(layer.attention.linear[0], d_model, d_model)
        linear(layer.attention.linear[1], 2 * d_model, d_model)
        linear(layer.attention.linear[2], d_model, d_model)
        ffn_block(layer.ffn)
    # logits of the same spread whatever the width (0.5 at d_model 64), so that the </s> bias
    # below keeps outputs short for benchmark-sized models too
    spec.decoder.projection.weight = rand(vocab_size, d_model, scale=0.5 * (64 / d_model) ** 0.5)
    bias = np.zeros(vocab_size, dtype=np.float32)
    # Make </s> (id 2) likely enough that random decoding ends after a handful of tokens,
    # never <s>/<unk>, so outputs stay short and non-empty.
    bias[2] = eos_bias
    bias[0] = bias[1] = -20.0
    spec.decoder.projection.bias = bias


def _sinusoids(positions: int, width: int) -> Any:
    import numpy as np

    pos = np.arange(positions)[:, None]
    inv = np.exp(-np.log(10000.0) * np.arange(width // 2) / (width // 2 - 1))
    return np.concatenate([np.sin(pos * inv), np.cos(pos * inv)], axis=1).astype(np.float32)


def _lengths_follow_source(spec: Any, d_model: int, heads: int, positions: int = 1024) -> None:
    """Rewire a random model so that its outputs are about as long as its inputs.

    Random weights give near-uniform next-token distributions, under which beam search either
    stops at once or runs to the length limit: nothing like a real model, and useless for
    measuring batching. Three reserved residual dimensions fix that: the encoder carries the
    source position in ``j`` (learned position encodings, no layer writes there); the first
    decoder layer averages it over the source with one attention head of constant scores
    (so ``m`` holds the source length) and the decoder's position encodings put the target
    position in ``k``. The ``</s>`` logit is ``W * (k - m)``: it switches on once the output
    is as long as the source. Larger output logits make every step confident, as in a trained
    model. Constants calibrated for 6+6 layers, d_model 512 (``bench/translate.py`` prints
    the output/input length ratio it gets).
    """
    j, k, m = d_model - 1, d_model - 2, d_model - 3
    head = d_model // heads
    base = _sinusoids(positions, d_model)
    base[:, [j, k, m]] = 0.0
    encoder_positions, decoder_positions = base.copy(), base.copy()
    encoder_positions[:, j] = range(positions)
    decoder_positions[:, k] = [0.5 * p for p in range(positions)]
    spec.encoder.position_encodings.encodings = encoder_positions
    spec.decoder.position_encodings.encodings = decoder_positions
    spec.encoder.embeddings[0].weight[:, j] = 0.0
    spec.encoder.layer_norm.gamma[j] = 1.5
    for layer in spec.encoder.layer:
        layer.self_attention.linear[1].weight[j, :] = 0.0
        layer.ffn.linear_1.weight[j, :] = 0.0
    spec.decoder.embeddings.weight[:, [k, m]] = 0.0
    for index, layer in enumerate(spec.decoder.layer):
        layer.self_attention.linear[1].weight[[k, m], :] = 0.0
        layer.ffn.linear_1.weight[[k, m], :] = 0.0
        output = layer.attention.linear[2].weight
        output[[k, m], :] = 0.0
        if index == 0:
            layer.attention.linear[0].weight[:head, :] = 0.0  # head 0: constant scores
            key_value = layer.attention.linear[1].weight  # keys, then values
            key_value[d_model, :] = 0.0
            key_value[d_model, j] = 1.0
            output[m, 0] = 43.0
    projection = spec.decoder.projection.weight
    projection *= 4.0
    projection[2, :] = 0.0
    projection[2, k], projection[2, m] = 500.0, -500.0
    spec.decoder.projection.bias[2] = 0.0


def build_test_package_dir(
    directory: str | Path,
    *,
    layers: int = 2,
    d_model: int = 64,
    heads: int = 4,
    ffn: int = 128,
    vocab_size: int = 200,
    seed: int = 1234,
    version: str = TEST_MODEL_VERSION,
    corpus: str | None = None,
    eos_bias: float = 4.0,
    lengths_follow_source: bool = False,
) -> Path:
    """Write an unzipped Argos package ``translate-nl_en-<version>/`` under ``directory``.

    ``corpus`` (text) trains the tokenizer instead of the built-in sample, for larger
    vocabularies (benchmarks); ``eos_bias`` makes ``</s>`` likelier so that deep random models
    still stop after a few tokens; ``lengths_follow_source`` instead makes outputs about as
    long as their inputs (for benchmarks of a real-size model; see :func:`_lengths_follow_source`).
    """
    import ctranslate2
    import sentencepiece as spm

    root = Path(directory) / f"translate-{_SOURCE_CODE}_{_TARGET_CODE}-{version.replace('.', '_')}"
    root.mkdir(parents=True, exist_ok=True)
    sp_bytes = _train_sentencepiece(vocab_size, corpus)
    (root / "sentencepiece.model").write_bytes(sp_bytes)
    processor = spm.SentencePieceProcessor(model_proto=sp_bytes)
    vocab = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]

    from ctranslate2.specs import transformer_spec

    spec = transformer_spec.TransformerSpec.from_config((layers, layers), heads)
    _fill_spec(spec, len(vocab), d_model, ffn, seed, eos_bias)
    if lengths_follow_source:
        _lengths_follow_source(spec, d_model, heads)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize(quantization=None)
    (root / "model").mkdir(exist_ok=True)
    spec.save(str(root / "model"))
    metadata = {
        "package_version": version,
        "argos_version": "1.9.0",
        "from_code": _SOURCE_CODE,
        "from_name": "Dutch",
        "to_code": _TARGET_CODE,
        "to_name": "English",
        "type": "translate",
        "languages": [_SOURCE_CODE, _TARGET_CODE],
        "code": f"translate-{_SOURCE_CODE}_{_TARGET_CODE}",
        "name": "govdocs test model (random weights, meaningless output)",
        "description": "Tiny random Transformer in the Argos format for offline tests.",
        "target_prefix": "",
    }
    (root / "metadata.json").write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
    # argostranslate splits paragraphs with MiniSBD, which downloads a model unless the package
    # carries one: a rule-based one keeps argostranslate.translate offline
    (root / "minisbd").mkdir(exist_ok=True)
    (root / "minisbd" / f"{_SOURCE_CODE}.onnx").write_bytes(build_minisbd_model(_SOURCE_CODE))
    _ = ctranslate2  # imported first so a missing extra fails with a clear ImportError
    return root


def build_test_model(path: str | Path, **options: Any) -> Path:
    """Build the tiny nl→en test package as ``path`` (an ``.argosmodel`` zip). Deterministic.

    Options (``layers``, ``d_model``, ``heads``, ``ffn``, ``vocab_size``, ``seed``) build a
    larger random model of the same kind, e.g. for benchmarks.
    """
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="govdocs-test-model-") as tmp:
        root = build_test_package_dir(tmp, **options)
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for file in sorted(p for p in root.rglob("*") if p.is_file()):
                info = zipfile.ZipInfo(f"{root.name}/{file.relative_to(root).as_posix()}")
                info.date_time = (1980, 1, 1, 0, 0, 0)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, file.read_bytes())
    return path
