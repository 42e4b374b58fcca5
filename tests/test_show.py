"""``govdocs show`` and the views: the HTML page parsed as a browser parses it, a real headless
Chromium reading its DOM and taking a screenshot, hostile text, the terminal view, the index."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import govdocs
from govdocs.models import Record
from govdocs.view import render_html, render_text

from .conftest import FIXTURES, ROOT, SEEDS
from .translation_helpers import installed_test_model

__all__ = ["installed_test_model"]

SEED_LETTER = SEEDS / "002_kamerstuk-33694-68-reaim-letter.nl.txt"
CORPUS = [
    *sorted((FIXTURES / "letters").glob("*.pdf")),
    *sorted((FIXTURES / "questions").glob("*.pdf"))[:3],
    *sorted((FIXTURES / "proceedings").glob("*.xml"))[:1],
]
SCREENSHOT = ROOT / "docs" / "show-seed-letter.png"


def parse(page: str) -> Any:
    html5lib = pytest.importorskip("html5lib")
    return html5lib.parse(page, namespaceHTMLElements=False)


def texts(element: Any) -> str:
    return "".join(element.itertext())


def target_text(element: Any) -> str:
    """A translation cell's text without its quality-signal badges."""
    out = element.text or ""
    for child in element:
        if "signal" not in (child.get("class") or ""):
            out += texts(child)
        out += child.tail or ""
    return out


def check_page(record: Record, page: str) -> Any:
    """Every block, footnote and segment exactly once; ids unique; in-page links resolve."""
    tree = parse(page)
    ids = [e.get("id") for e in tree.iter() if e.get("id")]
    assert len(ids) == len(set(ids)), "duplicate ids"
    known = set(ids)
    for link in tree.iter("a"):
        href = link.get("href", "")
        if href.startswith("#"):
            assert href[1:] in known, f"dangling link {href}"
        else:
            assert href.startswith(("https://", "http://")), href
    for part in [*record.blocks, *record.footnotes]:
        assert ids.count(part.id) == 1
        rows = [e for e in tree.iter() if (e.get("id") or "").startswith(f"{part.id}-s")]
        segments = part.translation.segments if part.translation else []
        assert len(rows) == max(1, len(segments)), part.id
        for row, segment in zip(rows, segments, strict=False):
            src, tgt = list(row)
            assert texts(src) == segment.source and target_text(tgt) == segment.target
        if not segments:
            assert texts(next(iter(rows[0]))) == part.text
    for block in record.blocks:
        for ref in block.footnote_refs:
            assert f"cite-{block.id}-{ref}" in known
    return tree


def test_seed_letter_with_translation(installed_test_model: Path) -> None:
    record = govdocs.convert(SEED_LETTER)
    assert record.translation.status.value == "complete"
    page = render_html(record)
    tree = check_page(record, page)
    rows = [e for e in tree.iter("div") if "seg" in (e.get("class") or "").split()]
    assert len(rows) == sum(
        len(b.translation.segments) for b in record.blocks if b.translation
    ) + sum(len(f.translation.segments) for f in record.footnotes if f.translation) + sum(
        1 for p in [*record.blocks, *record.footnotes] if p.translation is None
    )
    facts = {texts(dt): texts(dd) for dt, dd in zip(tree.iter("dt"), tree.iter("dd"), strict=True)}
    assert facts["Id"] == "kst-33694-68"
    assert "Hoekstra" in facts["Signatories"] and "Ollongren" in facts["Signatories"]
    assert facts["Translation"].startswith("complete, translate-nl_en")
    official = [a.get("href") for a in tree.iter("a") if texts(a) == "kst-33694-68"]
    assert official == ["https://zoek.officielebekendmakingen.nl/kst-33694-68.html"]
    references = [a.get("href") for a in tree.iter("a") if "kst-33694-43" in (a.get("href") or "")]
    assert references, "Kamerstuk references are linked"
    # the quality signals of issue 18: flagged segments marked, counts and glossary in the header
    flagged = [
        s for b in [*record.blocks, *record.footnotes] if b.translation
        for s in b.translation.segments if s.flags
    ]  # fmt: skip
    marked = [e for e in tree.iter("div") if "flagged" in (e.get("class") or "").split()]
    assert len(marked) == len(flagged)
    if record.translation.flags:
        assert "Segment flags" in facts
    assert facts.get("Glossary", "").startswith(record.translation.glossary or "")


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name[:40])
def test_corpus_documents(path: Path) -> None:
    record = govdocs.convert(path, translate=False)
    page = render_html(record)
    check_page(record, page)
    assert "Translation was not requested" in page


def test_questions_header_has_askers_and_dates() -> None:
    path = next(p for p in CORPUS if p.name.startswith("ah-"))
    record = govdocs.convert(path, translate=False)
    tree = parse(render_html(record))
    labels = {texts(dt) for dt in tree.iter("dt")}
    assert {"Askers", "Addressed to", "Submitted", "Answered"} <= labels
    classes = " ".join(e.get("class") or "" for e in tree.iter("section"))
    assert "t-question" in classes and "t-answer" in classes


def test_untranslated_state_is_explained() -> None:
    # no model is installed in the test session's package directory
    record = govdocs.convert(SEED_LETTER)
    assert record.translation.status.value == "unavailable"
    page = render_html(record)
    tree = parse(page)
    note = texts(next(e for e in tree.iter("p") if e.get("id") == "translation-note"))
    assert "govdocs models install nl en" in note
    missing = [e for e in tree.iter("p") if "missing" in (e.get("class") or "")]
    parts = [*record.blocks, *record.footnotes]
    assert len(missing) == sum(1 for p in parts if p.lang not in ("und", "en")) > 20


HOSTILE = [
    '<script>alert("x")</script>',
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(2)">hier</a>',
    '"><svg onload=alert(4)>',
]


def test_hostile_text_renders_as_text() -> None:
    """Readers already drop markup from text files, so the renderer is tested on a record whose
    every text field holds markup (as a record from elsewhere could)."""
    record = govdocs.convert(SEED_LETTER, translate=False)
    evil = " ".join(HOSTILE)
    data = record.to_dict()
    data["title"] = evil
    data["metadata"]["subject"] = evil
    data["blocks"][0]["text"] = evil
    data["footnotes"][0]["text"] = evil
    data["references"][0]["text"] = evil
    data["references"][0]["url"] = "javascript:alert(5)"
    data["references"][0]["type"] = "url"
    data["normalisation"] = [{"rule": evil, "block": "b1", "before": evil, "after": evil}]
    data["warnings"] = [{"code": "x", "message": evil}]
    page = render_html(Record.model_validate(data))
    tree = parse(page)
    assert not [e for e in tree.iter() if e.tag in ("script", "img", "svg", "iframe", "object")]
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), name
            assert "javascript:" not in value.lower(), value
    assert texts(tree.find(".//h1")) == evil
    assert texts(tree.find(".//main")).count(evil) >= 5  # block, footnote, reference, edit, warning


def test_index_page_links_every_record(tmp_path: Path) -> None:
    records = [govdocs.convert(p, translate=False) for p in CORPUS[:3]]
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text("".join(r.to_json() + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "pages"
    done = subprocess.run(
        [sys.executable, "-m", "govdocs", "show", str(jsonl), "--html", str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    index = parse((out / "index.html").read_text(encoding="utf-8"))
    links = [a.get("href") for a in index.iter("a") if not (a.get("href") or "").startswith("http")]
    assert len(links) == 3
    for href, record in zip(links, records, strict=True):
        page = (out / href).read_text(encoding="utf-8")
        check_page(record, page)
    one = subprocess.run(
        [sys.executable, "-m", "govdocs", "show", str(jsonl), "--id", records[1].id],
        capture_output=True,
        text=True,
    )
    assert one.returncode == 0 and f">{records[1].id}<" in one.stdout
    many = subprocess.run(
        [sys.executable, "-m", "govdocs", "show", str(jsonl)], capture_output=True, text=True
    )
    assert many.returncode == 2 and "--html DIR" in many.stderr


def test_text_view_with_and_without_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    record = govdocs.convert(CORPUS[0], translate=False)
    rich_view = render_text(record, width=100)
    assert "Addressee" in rich_view and record.blocks[1].text.split()[0] in rich_view
    monkeypatch.setitem(sys.modules, "rich", None)  # import rich -> ImportError
    plain = render_text(record, width=100)
    assert plain.startswith(record.title or "") and "Addressee" in plain
    assert all(len(line) <= 100 for line in plain.splitlines() if "│" in line)


def test_show_cli_text_and_bad_input(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "govdocs", "show", str(SEED_LETTER), "--text", "--no-translate"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "kst-33694-68" in done.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"schema_name": "govdocs.record"}\n', encoding="utf-8")
    failed = subprocess.run(
        [sys.executable, "-m", "govdocs", "show", str(bad)], capture_output=True, text=True
    )
    assert failed.returncode != 0 and f"{bad}:1" in failed.stderr
    assert "Traceback" not in failed.stderr


# --------------------------------------------------------------------------- a real browser


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("GOVDOCS_REQUIRE_BROWSER") == "1":  # .ci/run installed it: must be there
        pytest.fail("GOVDOCS_REQUIRE_BROWSER=1 but no Chromium on PATH")
    pytest.skip("no Chromium on this machine (.ci/run installs the Debian package 'chromium')")


def run_browser(*args: str) -> subprocess.CompletedProcess[str]:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
    return subprocess.run([chromium(), *flags, *args], capture_output=True, text=True, timeout=120)


def test_in_a_real_browser(installed_test_model: Path, tmp_path: Path) -> None:
    record = govdocs.convert(SEED_LETTER)
    page = tmp_path / "letter.html"
    page.write_text(render_html(record), encoding="utf-8")
    dom = run_browser("--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    tree = parse(dom.stdout)  # the DOM as Chromium built it
    rows = [e for e in tree.iter("div") if "seg" in (e.get("class") or "").split()]
    translated = [r for r in rows if len(list(r)) == 2 and target_text(list(r)[1])]
    assert len(translated) == sum(
        len(p.translation.segments) for p in [*record.blocks, *record.footnotes] if p.translation
    )
    for row in translated:
        src, tgt = list(row)
        assert src.get("lang") == "nl" and tgt.get("lang") == "en"
    ids = {e.get("id") for e in tree.iter() if e.get("id")}
    cites = [a for a in tree.iter("a") if "fnref" in (a.get("class") or "")]
    backs = [a for a in tree.iter("a") if "back" in (a.get("class") or "")]
    assert cites and backs
    assert all(a.get("href")[1:] in ids for a in cites + backs)
    shot = tmp_path / "letter.png"
    taken = run_browser(f"--screenshot={shot}", "--window-size=1200,1400", page.as_uri())
    assert taken.returncode == 0, taken.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000
    if os.environ.get("GOVDOCS_WRITE_SCREENSHOT") == "1":  # refresh the README's picture
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(data)


def test_readme_screenshot_is_a_png() -> None:
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "docs/show-seed-letter.png" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_render_is_json_safe_for_every_golden() -> None:
    # every golden record renders and parses (the renderer never trips over a field)
    for path in sorted((ROOT / "tests" / "golden").glob("*.json")):
        record = Record.model_validate(json.loads(path.read_text(encoding="utf-8")))
        check_page(record, render_html(record))


def test_the_subtitle_is_set_under_the_main_title() -> None:
    record = govdocs.convert(SEEDS / "004_unoda-ai-dialogue-news-item.en.txt", translate=False)
    titled = record.model_copy(
        update={"title": "AI Impact Assessment The tool for a trustworthy AI project",
                "subtitle": "The tool for a trustworthy AI project"}
    )  # fmt: skip
    h1 = next(parse(render_html(titled)).iter("h1"))
    assert (h1.text or "").strip() == "AI Impact Assessment"
    subtitle = next(h1.iter("span"))
    assert subtitle.get("class") == "subtitle"
    assert texts(subtitle) == "The tool for a trustworthy AI project"
