"""The scorer's equivalences (bench/structure_eval.py): what gold writers write differently and
the scorer reads as the same value, and what it does not."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from .conftest import ROOT


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "structure_eval", ROOT / "bench" / "structure_eval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_reference_with_or_without_its_genre_and_number_sign() -> None:
    equal = _scorer()._equal
    assert equal("reference", "OF. nº 784/2014", "784/2014")
    assert equal("reference", "Appeal No. 22/2025", "No. 22/2025")
    assert equal("reference", "BOLETÍN Nº 15.995-02", "15.995-02")
    assert equal("reference", "N° 003-2008-MINAM", "003-2008-MINAM")
    # another number, or a code with letters before its digits, is another reference
    assert not equal("reference", "OF. nº 784/2014", "785/2014")
    assert not equal("reference", "TO/PAD-2023-00021", "PAD-2023-00021")


def test_a_signatorys_role_without_its_article_in_any_language() -> None:
    equal = _scorer()._equal
    assert equal(
        "signatories", [["Il Segretario", "Catia Contado"]], [["Segretario", "Catia Contado"]]
    )
    assert equal("signatories", [["De Minister", "A"]], [["minister", "A"]])
    assert equal("signatories", [["El Director", ""]], [["Director", None]])
    assert not equal("signatories", [["Il Segretario", "X"]], [["Presidente", "X"]])
