"""Readers: every format, folders, stdin, and every failure mode yields a record, never a crash."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from nexus.ingest import IngestFailure, RunReport, iter_documents
from nexus.ingest.readers import (
    document_from_record,
    guess_title,
    html_to_text,
    parse_published,
    site_from_title,
    sniff_format,
)
from nexus.model import Document, content_id

CURLY = "Pakistan’s ‘Kashmir Solidarity Day’ — “quote”"

HTML_PAGE = """<!DOCTYPE html>
<html><head>
<title>Blast in Quetta kills 12 | Daily Example</title>
<meta property="og:site_name" content="Daily Example">
<meta property="article:published_time" content="2024-02-05T10:00:00+05:00">
<link rel="canonical" href="https://daily.example/news/quetta-blast">
</head><body>
<nav>Home | World | Sport</nav>
<article><h1>Blast in Quetta kills 12</h1>
<p>A bomb exploded near a market in Quetta on Monday, killing at least 12 people, police said.</p>
<p>No group has claimed responsibility for the attack,
which came a day after a similar blast on 3 January 2023.</p>
</article>
<footer>Copyright Daily Example</footer>
</body></html>
"""

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Frontier Wire</title><link>https://wire.example/</link><description>News</description>
<item>
  <title>Two soldiers killed in Kurram</title>
  <link>https://wire.example/a/1</link>
  <pubDate>Tue, 06 Feb 2024 08:30:00 GMT</pubDate>
  <description>&lt;p&gt;Two soldiers were &lt;b&gt;killed&lt;/b&gt;
  in an ambush in Kurram, the ISPR said.&lt;/p&gt;</description>
</item>
<item>
  <title>Checkpoint attacked</title>
  <link>https://wire.example/a/2</link>
  <pubDate>Wed, 07 Feb 2024 11:00:00 GMT</pubDate>
  <description>Militants attacked a checkpoint near Bannu overnight.</description>
</item>
</channel></rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valley Monitor</title>
  <id>urn:uuid:feed</id>
  <updated>2024-03-01T00:00:00Z</updated>
  <entry>
    <title>Grenade attack in Srinagar</title>
    <link href="https://valley.example/grenade"/>
    <id>urn:uuid:1</id>
    <published>2024-03-01T09:15:00Z</published>
    <updated>2024-03-02T10:00:00Z</updated>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;A grenade was hurled at a security picket in Srinagar.&lt;/p&gt;
    &lt;p&gt;Three civilians were injured.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def _record(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def _docs(items: list[Document | IngestFailure]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def _failures(items: list[Document | IngestFailure]) -> list[IngestFailure]:
    return [i for i in items if isinstance(i, IngestFailure)]


def _read(*inputs: str | Path, **kwargs: int) -> list[Document | IngestFailure]:
    return list(iter_documents([str(i) for i in inputs], **kwargs))


# ------------------------------------------------------------------ plain text


def test_plain_text_with_headline(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Blast in Quetta\n\nA bomb exploded on Monday.\r\nPolice said 12 died.\n", encoding="utf-8"
    )
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.title == "Blast in Quetta"
    # The title stays in the text so offsets are offsets into the file; CRLF became LF.
    assert doc.text == "Blast in Quetta\n\nA bomb exploded on Monday.\nPolice said 12 died.\n"
    assert doc.id == content_id(doc.text)
    assert doc.origin == str(path)
    assert doc.url is None and doc.published is None


def test_markdown_heading_is_title(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("# Attack on convoy.\n\nDetails follow.", encoding="utf-8")
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.title == "Attack on convoy."
    assert doc.text.startswith("# Attack on convoy.")


def test_guess_title_rules() -> None:
    assert guess_title("A sentence that ends.\nMore text") is None
    assert guess_title("Only one line") is None
    assert guess_title("x" * 200 + "\nbody") is None
    assert guess_title("\n\n  Headline  \nbody") == "Headline"


def test_mojibake_repaired_in_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_text("The spokesman said: donâ€™t panic.", encoding="utf-8")
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.text == "The spokesman said: don’t panic."


# ------------------------------------------------------------------ JSONL / JSON


def test_jsonl_clean_text_is_byte_identical(tmp_path: Path) -> None:
    text = f"{CURLY}\nﬁrst line\twith tab.  Double  spaces stay. "
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        _record(id="d1", text=text, url="https://x.example/1", outlet="Dawn", published="2024-02-05")
        + "\n"
        + _record(text="No id here.", published="2024-02-05T22:10:00Z", title="Headline")
        + "\n",
        encoding="utf-8",
    )
    first, second = _read(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text == text
    assert first.text.encode("utf-8") == text.encode("utf-8")
    assert (first.id, first.url, first.outlet, first.published) == (
        "d1",
        "https://x.example/1",
        "Dawn",
        date(2024, 2, 5),
    )
    assert first.origin == f"{path}:1"
    assert second.id == content_id("No id here.")
    assert second.title == "Headline"
    assert second.published == date(2024, 2, 5)
    assert second.origin == f"{path}:2"


def test_broken_jsonl_line_in_the_middle(tmp_path: Path) -> None:
    path = tmp_path / "corpus.ndjson"
    path.write_text(
        "\n".join(
            [
                _record(id="a", text="First report."),
                '{"id": "b", "text": "unterminated',
                "",
                _record(id="c", text="Third report."),
                _record(id="d"),
                _record(id="e", text="Bad date.", published="5 Feb 2024"),
                "[1, 2]",
                _record(id="f", text="   "),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    items = _read(path)
    assert [d.id for d in _docs(items)] == ["a", "c"]
    failures = {f.origin: f.reason for f in _failures(items)}
    assert failures[f"{path}:2"].startswith("invalid JSON")
    assert failures[f"{path}:5"] == "missing 'text'"
    assert failures[f"{path}:6"].startswith("invalid 'published'")
    assert failures[f"{path}:7"] == "expected a JSON object, got list"
    assert failures[f"{path}:8"] == "empty document"
    # Order is preserved: the failure for line 2 comes between documents a and c.
    assert [getattr(i, "id", None) or i.origin for i in items][:3] == ["a", f"{path}:2", "c"]


def test_jsonl_invalid_utf8_reports_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    good = (_record(id="a", text="ok") + "\n").encode("utf-8")
    bad = b'{"id": "b", "text": "caf\xe9"}\n'
    path.write_bytes(good + bad + good.replace(b'"a"', b'"c"'))
    items = _read(path)
    assert [d.id for d in _docs(items)] == ["a", "c"]
    [failure] = _failures(items)
    assert failure.origin == f"{path}:2"
    offset = len(good) + bad.index(b"\xe9")
    assert failure.reason == f"invalid UTF-8 at byte {offset}"


def test_jsonl_size_limit_is_per_line(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        _record(id="a", text="short") + "\n" + _record(id="b", text="x" * 500) + "\n", encoding="utf-8"
    )
    items = _read(path, max_bytes=100)
    assert [d.id for d in _docs(items)] == ["a"]
    [failure] = _failures(items)
    assert failure.origin == f"{path}:2"
    assert failure.reason.startswith("line larger than 100 bytes")


def test_json_object_and_list(tmp_path: Path) -> None:
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"id": 7, "text": "Single.", "published": None}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "First."}, {"id": "x"}, {"text": "Third."}]), encoding="utf-8")
    items = _read(single, many)
    assert [d.id for d in _docs(items)] == ["7", content_id("First."), content_id("Third.")]
    [failure] = _failures(items)
    assert failure == IngestFailure(f"{many}#2", "missing 'text'")


def test_invalid_json_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    [failure] = _read(path)
    assert isinstance(failure, IngestFailure)
    assert failure.reason.startswith("invalid JSON:")


def test_parse_published() -> None:
    assert parse_published("2024-02-05") == date(2024, 2, 5)
    assert parse_published("2024-02-05T23:59:00+05:00") == date(2024, 2, 5)
    assert parse_published("2024-02-05T10:00:00Z") == date(2024, 2, 5)
    assert parse_published("") is None
    with pytest.raises(ValueError):
        parse_published("yesterday")


# ------------------------------------------------------------------ HTML


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.title == "Blast in Quetta kills 12"
    assert doc.published == date(2024, 2, 5)  # metadata, not the date in the text
    assert doc.outlet == "Daily Example"
    assert doc.url == "https://daily.example/news/quetta-blast"
    assert "killing at least 12 people" in doc.text
    assert "Home | World" not in doc.text
    assert "Copyright" not in doc.text
    assert doc.id == content_id(doc.text)


SAVED_PAGE = """<!DOCTYPE html><html><head>
<title>Raiders torch grain store in Vellora &#8211; The Lowland Courier</title>
<meta property="article:published_time" content="2025-11-20T07:00:00Z">
<script>var consent = "Accept all cookies";</script></head><body>
<div class="cookie-notice">This site uses cookies. <button>Accept</button></div>
<nav><a href="/">Home</a> <a href="/region">Region</a></nav>
<article><h1>Raiders torch grain store in Vellora</h1>
<p>Armed raiders set fire to a grain store in Vellora on Wednesday night, destroying a season's harvest,
district officials said on Thursday.</p>
<p>Residents said the attackers arrived on motorbikes shortly after midnight and fled towards the hills
before police reached the village.</p>
<p>The district has seen several such raids since the start of the dry season, officials said.</p>
</article><footer>All rights reserved.</footer></body></html>"""


def test_a_saved_page_without_site_metadata_takes_its_outlet_from_the_title(tmp_path: Path) -> None:
    path = tmp_path / "saved.html"
    path.write_text(SAVED_PAGE, encoding="utf-8")
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.title == "Raiders torch grain store in Vellora"
    assert doc.outlet == "The Lowland Courier"
    assert "cookies" not in doc.text


@pytest.mark.parametrize(
    ("title", "headline", "site"),
    [
        ("Two hurt in Tarn blast | Morning Ledger", "Two hurt in Tarn blast", "Morning Ledger"),
        ("Curfew - day 3 - Region - Hill Times", "Curfew - day 3", "Hill Times"),  # a dash in the headline
        ("Curfew - day 3", "Curfew - day 3", None),  # no site after the headline
        ("Hill Times | Curfew extended", "Curfew extended", None),  # the site first: not guessed
        ("Curfew extended | 2025", "Curfew extended", None),  # no letter: no name
    ],
)
def test_site_from_title(title: str, headline: str, site: str | None) -> None:
    assert site_from_title(f"<html><head><title>{title}</title></head></html>", headline) == site


def test_tiny_html_page_falls_back_to_body_text(tmp_path: Path) -> None:
    path = tmp_path / "tiny.htm"
    path.write_text("<html><head><title>T</title></head><body><p>Two hurt.</p></body></html>", "utf-8")
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.text == "Two hurt."


def test_html_in_declared_legacy_charset(tmp_path: Path) -> None:
    path = tmp_path / "legacy.html"
    markup = (
        '<html><head><meta charset="windows-1252"></head>'
        "<body><p>Caf\u00e9 \u201cattack\u201d</p></body></html>"
    )
    path.write_bytes(markup.encode("cp1252"))
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert "Café “attack”" in doc.text


def test_html_to_text() -> None:
    assert html_to_text("<p>One &amp; <b>two</b></p><script>x()</script><p>three</p>") == "One & two\nthree"
    assert html_to_text("plain &amp; simple") == "plain & simple"


# ------------------------------------------------------------------ feeds


def test_rss_feed(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS_FEED, encoding="utf-8")
    first, second = _read(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text == "Two soldiers were killed in an ambush in Kurram, the ISPR said."
    assert first.title == "Two soldiers killed in Kurram"
    assert first.url == "https://wire.example/a/1"
    assert first.outlet == "Frontier Wire"
    assert first.published == date(2024, 2, 6)
    assert first.origin == f"{path}#1"
    assert second.text == "Militants attacked a checkpoint near Bannu overnight."
    assert second.origin == f"{path}#2"


def test_a_headline_only_feed_item_is_said_to_have_no_text(tmp_path: Path) -> None:
    path = tmp_path / "headlines.xml"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Delta Desk</title>'
        "<item><title>Barge seized on the lower river</title><link>https://d.example/1</link></item>"
        "<item><title>Patrol ambushed near Osu</title><description>Gunmen ambushed a patrol near Osu"
        " on Friday, wounding two officers.</description></item></channel></rss>",
        encoding="utf-8",
    )
    headline_only, report = _read(path)
    assert isinstance(headline_only, IngestFailure) and not headline_only.skipped
    assert headline_only.origin == f"{path}#1" and "title but no description" in headline_only.reason
    assert isinstance(report, Document) and report.outlet == "Delta Desk"


def test_atom_feed_prefers_content_and_published(tmp_path: Path) -> None:
    path = tmp_path / "valley.atom"
    path.write_text(ATOM_FEED, encoding="utf-8")
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.text == "A grenade was hurled at a security picket in Srinagar.\nThree civilians were injured."
    assert doc.published == date(2024, 3, 1)
    assert doc.outlet == "Valley Monitor"
    assert doc.url == "https://valley.example/grenade"


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text("<?xml version='1.0'?><config><a>1</a></config>", encoding="utf-8")
    [failure] = _read(path)
    assert isinstance(failure, IngestFailure)
    assert "feed" in failure.reason


# ------------------------------------------------------------------ failures


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert _read(path) == [IngestFailure(str(path), "binary file")]


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text(" \n\n", encoding="utf-8")
    assert _read(path) == [IngestFailure(str(path), "empty document")]


def test_invalid_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"ok \x80\x81\xfeAB")  # no encoding reads this as a language
    assert _read(path) == [IngestFailure(str(path), "invalid UTF-8 at byte 3")]


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHello")
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.text == "Hello"


def test_file_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    assert _read(path, max_bytes=100) == [IngestFailure(str(path), "file larger than 100 bytes (500 bytes)")]


def test_default_limit_named_in_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    [failure] = _read(path)
    assert isinstance(failure, IngestFailure)
    assert failure.reason == f"file larger than 5 MB ({5 * 1024 * 1024 + 1} bytes)"


def test_missing_path_and_run_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "ok.txt"
    good.write_text("Still read.", encoding="utf-8")
    items = _read(tmp_path / "nope.txt", good)
    assert items[0] == IngestFailure(str(tmp_path / "nope.txt"), "not found")
    assert isinstance(items[1], Document)


# ------------------------------------------------------------------ folders


def test_folder_recursive_sorted_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "z.txt").write_text("Zed.", encoding="utf-8")
    (tmp_path / "b" / "two.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "a" / "deep" / "one.md").write_text("One.", encoding="utf-8")
    (tmp_path / "a" / "feed.jsonl").write_text(_record(id="j", text="Jay.") + "\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git" / "HEAD.txt").write_text("ref", encoding="utf-8")
    (tmp_path / "b" / "scan.pdf").write_bytes(b"%PDF-1.4")

    items = _read(tmp_path)
    assert [d.text for d in _docs(items)] == ["One.", "Jay.", "Two.", "Zed."]
    [notice] = _failures(items)
    assert notice == IngestFailure(str(tmp_path / "b" / "scan.pdf"), "unsupported file type '.pdf'", True)


def test_explicit_file_with_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "dump.log"
    path.write_text(_record(id="a", text="A.") + "\n" + _record(id="b", text="B.") + "\n", encoding="utf-8")
    assert [d.id for d in _docs(_read(path))] == ["a", "b"]


def test_single_path_string_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("One.", encoding="utf-8")
    assert len(list(iter_documents(str(path)))) == 1


# ------------------------------------------------------------------ stdin


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "\n".join([_record(id="a", text=CURLY), '{"id": "b", broken}', _record(id="c", text="C.")])
    _stdin(monkeypatch, data.encode("utf-8"))
    items = _read("-")
    assert [d.id for d in _docs(items)] == ["a", "c"]
    assert _docs(items)[0].text == CURLY
    assert _docs(items)[0].origin == "<stdin>:1"
    [failure] = _failures(items)
    assert failure.origin == "<stdin>:2"


def test_stdin_html(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, HTML_PAGE.encode("utf-8"))
    [doc] = _read("-")
    assert isinstance(doc, Document)
    assert doc.title == "Blast in Quetta kills 12"
    assert doc.origin == "<stdin>"


def test_stdin_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"{not json at all}\nJust a line of text.\n")
    [doc] = _read("-")
    assert isinstance(doc, Document)
    assert doc.text == "{not json at all}\nJust a line of text.\n"


def test_sniff_format() -> None:
    assert sniff_format(b'{"a": 1}\n\n{"b": 2}\n') == "jsonl"
    assert sniff_format(RSS_FEED.encode()) == "feed"
    assert sniff_format(ATOM_FEED.encode()) == "feed"
    assert sniff_format(b"  <!DOCTYPE html><html></html>") == "html"
    assert sniff_format(b"Plain <b>words</b>") == "text"


# ------------------------------------------------------------------ ids and report


def test_content_id_is_stable(tmp_path: Path) -> None:
    one, two, other = tmp_path / "1.txt", tmp_path / "2.txt", tmp_path / "3.txt"
    one.write_text("Same report text.", encoding="utf-8")
    two.write_text("Same report text.", encoding="utf-8")
    other.write_text("A different report.", encoding="utf-8")
    a, b, c = _docs(_read(one, two, other))
    assert a.id == b.id == content_id("Same report text.")
    assert a.id != c.id


def test_run_report(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Fine.", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "x.pdf").write_bytes(b"%PDF")
    report = RunReport()
    for item in iter_documents([str(folder)]):
        report.record(item)
    report.record_duplicate("d2", "d1")
    assert (report.documents_read, report.documents_failed, len(report.skipped)) == (1, 1, 1)
    assert not report.ok
    out = report.write(tmp_path / "run-report.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["documents_read"] == 1
    assert data["documents_failed"] == 1
    assert data["failures"] == [
        {"origin": str(folder / "empty.txt"), "reason": "empty document", "skipped": False}
    ]
    assert data["duplicates"] == {"d2": "d1"}
    assert report.summary() == "1 documents read, 1 failed, 1 skipped, 1 near-duplicates"
    assert str(report.failures[0]) == f"{folder / 'empty.txt'}: empty document"
    assert report.failures[0].to_error().code == "E100"


def test_provenance_in_a_source_object_is_read() -> None:
    record = {
        "id": "gold-1",
        "text": "Gunmen attacked a checkpoint on Monday.",
        "source": {"outlet": "Highland Monitor", "published": "2024-03-05", "url": "https://example.org/a"},
    }
    document = document_from_record(record, "corpus.json")
    assert (document.outlet, document.published, document.url) == (
        "Highland Monitor",
        date(2024, 3, 5),
        "https://example.org/a",
    )
    top = document_from_record({**record, "outlet": "Top Wire"}, "corpus.json")
    assert top.outlet == "Top Wire"  # a top-level field wins
