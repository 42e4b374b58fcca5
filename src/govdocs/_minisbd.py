"""A tiny rule-based sentence splitter in MiniSBD's ONNX format, for the test package.

argostranslate splits every paragraph with MiniSBD, a character tagger run by onnxruntime that
downloads ``<lang>.onnx`` at first use unless the package carries ``minisbd/*.onnx``. This module
writes such a file without training: a graph of table look-ups and shifts that tags, for each
character, "token ends here" (a non-space character followed by a space or the end) and
"sentence ends here" (``.``, ``!`` or ``?`` followed by a space and a capital letter, except
after an initial such as ``W.B.``). With it
inside the test package, ``argostranslate.translate`` runs fully offline, unmodified.

Inputs and metadata follow ``minisbd.inference``: ``units`` (batch x characters, int64 ids from
the vocabulary in the metadata), ``features`` (batch x characters x 1, the ``space_before``
feature, unused) and output logits over MiniSBD's five classes (0 inside a token, 1 token end,
2 sentence end, 3/4 multi-word-token variants, never used here). Needs the ``onnx`` package.
"""

from __future__ import annotations

import json
import string

__all__ = ["build_minisbd_model"]

_SENTENCE_END = ".!?"
_UPPER = string.ascii_uppercase + "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝ"
_OTHER = (
    string.ascii_lowercase
    + "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ"
    + string.digits
    + ",;:'\"()[]-–—/&%€$+*=@#’‘“”…°§"
)


def _vocabulary() -> list[str]:
    # minisbd's Vocab: ids 0 and 1 are <PAD> and <UNK>
    return ["<PAD>", "<UNK>", " ", *_SENTENCE_END, *_UPPER, *_OTHER]


def build_minisbd_model(lang: str = "nl") -> bytes:
    """The serialized ONNX model (deterministic bytes)."""
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    vocab = _vocabulary()
    size = len(vocab)

    def table(chars: str) -> np.ndarray:
        values = np.zeros(size, dtype=np.float32)
        for char in chars:
            values[vocab.index(char)] = 1.0
        return values

    space = table(" ")
    space[0] = 1.0  # <PAD> (the end of a paragraph) also ends a token
    initializers = [
        numpy_helper.from_array(space, "is_space_or_end"),
        numpy_helper.from_array(table(_SENTENCE_END), "is_final_punct"),
        numpy_helper.from_array(np.maximum(space, table(".")), "is_space_or_end_or_dot"),
        numpy_helper.from_array(np.array([0], dtype=np.int64), "zero"),
        numpy_helper.from_array(table(_UPPER), "is_upper"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "one"),
        numpy_helper.from_array(np.array([2], dtype=np.int64), "two"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "axis1"),
        numpy_helper.from_array(np.array([2], dtype=np.int64), "axis2"),
        numpy_helper.from_array(np.array(0.5, dtype=np.float32), "half"),
        numpy_helper.from_array(np.array(2.0, dtype=np.float32), "double"),
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), "unit"),
    ]
    node = helper.make_node
    nodes = [
        # units shifted left by one and by two characters, padded with <PAD> (id 0)
        node("Pad", ["units", "pads", "pad_value"], ["padded"], mode="constant"),
        node("Shape", ["units"], ["units_shape"]),
        node("Gather", ["units_shape", "one"], ["length"], axis=0),
        node("Add", ["length", "one"], ["length_1"]),
        node("Add", ["length", "two"], ["length_2"]),
        node("Slice", ["padded", "one", "length_1", "axis1"], ["next1"]),
        node("Slice", ["padded", "two", "length_2", "axis1"], ["next2"]),
        node("Gather", ["is_space_or_end", "units"], ["here_space"], axis=0),
        node("Gather", ["is_space_or_end", "next1"], ["next_space"], axis=0),
        node("Gather", ["is_final_punct", "units"], ["here_final"], axis=0),
        node("Gather", ["is_upper", "next2"], ["after_upper"], axis=0),
        # token end: this is not a space and the next one is (or the paragraph ends)
        node("Sub", ["unit", "here_space"], ["not_space"]),
        node("Mul", ["not_space", "next_space"], ["token_end"]),
        # sentence end: . ! ? then a space then a capital
        node("Mul", ["here_final", "next_space"], ["final_space"]),
        node("Mul", ["final_space", "after_upper"], ["candidate_end"]),
        # ... unless the period closes an initial: a capital after a period, space or start
        node("Pad", ["units", "pads_left", "pad_value"], ["padded_left"], mode="constant"),
        node("Add", ["length", "one"], ["length_1b"]),
        node("Slice", ["padded_left", "one", "length_1b", "axis1"], ["prev1"]),
        node("Slice", ["padded_left", "zero", "length", "axis1"], ["prev2"]),
        node("Gather", ["is_upper", "prev1"], ["prev_upper"], axis=0),
        node("Gather", ["is_space_or_end_or_dot", "prev2"], ["prev_boundary"], axis=0),
        node("Mul", ["prev_upper", "prev_boundary"], ["initial"]),
        node("Sub", ["unit", "initial"], ["not_initial"]),
        node("Mul", ["candidate_end", "not_initial"], ["sentence_end_flag"]),
        node("Mul", ["sentence_end_flag", "double"], ["sentence_end"]),
        node("Mul", ["here_space", "zero_f"], ["zeros"]),
        node("Add", ["zeros", "half"], ["inside"]),
        node("Unsqueeze", ["inside", "axis2"], ["c0"]),
        node("Unsqueeze", ["token_end", "axis2"], ["c1"]),
        node("Unsqueeze", ["sentence_end", "axis2"], ["c2"]),
        node("Unsqueeze", ["zeros", "axis2"], ["c3"]),
        node("Concat", ["c0", "c1", "c2", "c3", "c3"], ["logits"], axis=2),
    ]
    initializers += [
        numpy_helper.from_array(np.array([0, 0, 0, 2], dtype=np.int64), "pads"),
        numpy_helper.from_array(np.array([0, 2, 0, 0], dtype=np.int64), "pads_left"),
        numpy_helper.from_array(np.array(0, dtype=np.int64), "pad_value"),
        numpy_helper.from_array(np.array(0.0, dtype=np.float32), "zero_f"),
    ]
    graph = helper.make_graph(
        nodes,
        "govdocs_rule_minisbd",
        [
            helper.make_tensor_value_info("units", TensorProto.INT64, ["batch", "chars"]),
            helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", "chars", 1]),
        ],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "chars", 5])],
        initializers,
    )
    model = helper.make_model(
        graph,
        producer_name="govdocs",
        opset_imports=[helper.make_opsetid("", 17)],
    )
    model.ir_version = 8
    config = {"feat_funcs": ["space_before"], "max_seqlen": 1000, "batch_size": 1}
    vocab_state = {
        "lang": lang,
        "idx": 0,
        "cutoff": 0,
        "lower": False,
        "_unit2id": {unit: i for i, unit in enumerate(vocab)},
        "_id2unit": vocab,
    }
    for key, value in {
        "lang_code": lang,
        "config": json.dumps(config),
        "vocab": json.dumps(vocab_state, ensure_ascii=False),
        "lexicon": "null",
    }.items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.checker.check_model(model)
    return bytes(model.SerializeToString())
