"""The rule-based MiniSBD model the test package carries for argostranslate's sentence splitter."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

pytest.importorskip("onnx")
minisbd = pytest.importorskip("minisbd")


@pytest.fixture(scope="module")
def detector(tmp_path_factory: pytest.TempPathFactory) -> object:
    from govdocs._minisbd import build_minisbd_model

    path = tmp_path_factory.mktemp("sbd") / "nl.onnx"
    path.write_bytes(build_minisbd_model("nl"))
    return minisbd.SBDetect(str(path), use_gpu=False)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Dit is een zin. Dit is er nog een! Klaar?",
            ["Dit is een zin.", "Dit is er nog een!", "Klaar?"],
        ),
        (
            "Zie o.a. nr. 5 en blz. 3. Daarna volgt meer.",
            ["Zie o.a. nr. 5 en blz. 3.", "Daarna volgt meer."],
        ),
        (
            "Dank aan W.B. Hoekstra. Hij is minister.",
            ["Dank aan W.B. Hoekstra.", "Hij is minister."],
        ),
        ("Het gaat om de NAVO. Dat is zo.", ["Het gaat om de NAVO.", "Dat is zo."]),
        ("Één zin zonder punt", ["Één zin zonder punt"]),
    ],
)
def test_rule_based_splitter(detector: object, text: str, sentences: list[str]) -> None:
    assert detector.sentences(text) == sentences  # type: ignore[attr-defined]


def test_model_is_deterministic_and_in_the_package(tmp_path: Path) -> None:
    from govdocs._minisbd import build_minisbd_model
    from govdocs.testing import build_test_model

    assert build_minisbd_model() == build_minisbd_model()
    with zipfile.ZipFile(build_test_model(tmp_path / "m.argosmodel")) as archive:
        names = archive.namelist()
    assert any(name.endswith("/minisbd/nl.onnx") for name in names)
