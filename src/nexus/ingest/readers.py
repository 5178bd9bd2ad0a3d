"""Readers: turn files, folders and stdin into ``Document`` objects.

One bad input must never stop a batch, so every problem becomes an
``IngestFailure`` record yielded in the document stream (in input order),
and reading goes on with the next file, JSONL line or feed entry. Nothing
here touches the network: HTML is parsed by trafilatura from the bytes on
disk and feeds by feedparser from bytes, never from a URL.

Formats, chosen by extension:

``.txt`` ``.md``
    Plain text; the whole file is the text. The title is the first non-blank
    line when it reads like a headline (see ``guess_title``), but it stays in
    the text so that offsets are offsets into the file as written.
``.html`` ``.htm``
    Main text via trafilatura (boilerplate, navigation and comments dropped);
    title, publication date, outlet (site name) and canonical URL from the
    page metadata. Pages too small for trafilatura fall back to a plain
    HTML-to-text conversion.
``.jsonl`` ``.ndjson``
    One JSON object per line with keys ``id, text, url, outlet, published``
    and optionally ``title`` (other keys are ignored). Origin ``path:LINE``.
    The size limit applies per line, so a corpus file may be large.
``.json``
    One object of the same shape, or a list of them (origin ``path#N``).
``.xml`` ``.rss`` ``.atom``
    RSS/Atom feeds; each entry is a document (origin ``path#N``): text is the
    entry's content (else its summary) with HTML stripped, url the link,
    published the entry date, outlet the feed title.

Any other extension: a file named explicitly is sniffed like stdin; inside a
folder it is skipped with a notice (an ``IngestFailure`` with
``skipped=True``, which does not count as a failure). Hidden files and
folders inside a folder are skipped silently (``.DS_Store``, ``.git``).

``-`` reads stdin and detects the format as for a file of unknown type: JSONL
if every non-blank line starts with ``{`` and one of them parses as an object
(a broken one among them, such as a cut-off last line, is reported, not
reinterpreted), JSON when the content opens like a JSON value, else a feed or
HTML when it looks like one, else plain text.

Encodings: UTF-8 (a BOM is dropped); UTF-16 and UTF-32 (with a BOM, or
recognised by charset-normalizer); otherwise, for content that is not valid
UTF-8, a legacy single-byte encoding detected by charset-normalizer
(Windows-1252 preferred among equally good Western candidates). Content no
encoding fits is reported with the offset of its first invalid UTF-8 byte;
content with NUL bytes that is not UTF-16/32 is a "binary file". JSONL lines
are UTF-8 only (a UTF-16 JSONL file with a BOM is transcoded first).

Malformed content never escapes as an exception: JSON nested deeper than
Python can parse, lone surrogates (``\\udc80``) in a record's text (replaced
by U+FFFD) or id (refused), text holding only invisible characters
(zero-width spaces, BOMs) and empty files all become failure records naming
their origin, and any unexpected error while reading one file is reported
against that file.

Document ids: the record's ``id`` when it has one, else ``content_id(text)``
(feeds and HTML pages always use ``content_id``: guids and URLs are not safe
file names and change across mirrors).
"""

from __future__ import annotations

import html
import io
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal

from nexus.errors import IngestError
from nexus.ingest.normalize import has_visible_text, is_blank, normalize_text
from nexus.model import Document, content_id

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: Notices about how a file was read (the encoding assumed when it is not UTF-8), at INFO.
notices = logging.getLogger("nexus.ingest.notices")
STDIN = "-"
STDIN_ORIGIN = "<stdin>"

TEXT_EXTENSIONS = frozenset({".txt", ".md"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
JSON_EXTENSIONS = frozenset({".json"})
FEED_EXTENSIONS = frozenset({".xml", ".rss", ".atom"})
SUPPORTED_EXTENSIONS = (
    TEXT_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS | JSON_EXTENSIONS | FEED_EXTENSIONS
)

Format = Literal["text", "html", "jsonl", "json", "feed"]

#: How much of a file is inspected for NUL bytes to call it binary.
_SNIFF_BYTES = 8192
_MAX_TITLE_CHARS = 150
_UTF8_BOM = b"\xef\xbb\xbf"
#: Byte-order marks of the wide encodings, longest first (UTF-32-LE starts like UTF-16-LE).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
    (_UTF8_BOM, "utf-8"),
)
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
#: How much content charset-normalizer looks at, and the most "chaos" (mess) it may report.
_DETECT_BYTES = 1024 * 1024
_MAX_CHAOS = 0.1
_MIN_COHERENCE = 0.2
#: Content that opens like a JSON object or array (not "[Reuters] ..." or "{sic}").
_JSON_START = re.compile(rb'\s*(\{\s*("|\}|$)|\[\s*(\{|\[|"|\]|-?\d|true|false|null|$))')
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class IngestFailure:
    """A document (or file, or line) that could not be read, and why.

    ``skipped`` marks notices rather than errors: a file of an unsupported
    type found while walking a folder. Reports list them but do not count
    them as failures, so a stray ``notes.pdf`` does not fail a run.
    """

    origin: str
    reason: str
    skipped: bool = False

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_error(self) -> IngestError:
        """The same problem as the user-facing exception (code E100)."""
        return IngestError(self.origin, self.reason)


IngestItem = Document | IngestFailure


def iter_documents(
    inputs: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | IngestFailure]:
    """Yield every document in ``inputs``, and a failure record for each problem.

    Inputs are file paths, folders (walked recursively in sorted order) or
    ``-`` for stdin. Items come out in input order, so a caller can report
    progress and failures as they happen; the generator never raises for a
    bad input.
    """
    if isinstance(inputs, str | os.PathLike):  # one path given bare, not as a list
        inputs = [inputs]
    for given in inputs:
        name = os.fspath(given)
        if name == STDIN:
            yield from _guarded(_read_stdin(max_bytes), STDIN_ORIGIN)
            continue
        path = Path(name)
        if path.is_dir():
            for file, supported in _walk(path):
                if supported:
                    yield from _guarded(read_file(file, max_bytes=max_bytes), str(file))
                else:
                    yield IngestFailure(
                        str(file), f"unsupported file type '{file.suffix or file.name}'", skipped=True
                    )
        elif path.exists():
            yield from _guarded(read_file(path, max_bytes=max_bytes), name)
        else:
            yield IngestFailure(name, "not found")


def _guarded(items: Iterator[IngestItem], origin: str) -> Iterator[IngestItem]:
    """``items``, with an unexpected error turned into a failure record for ``origin``.

    The readers report every problem they know of; this is the backstop for
    the ones they do not (a parser bug on hostile input), so that one file
    never ends the batch. Documents already yielded from the file stand.
    """
    try:
        yield from items
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except RecursionError:
        yield IngestFailure(origin, "nested too deeply to read")
    except Exception as exc:
        yield IngestFailure(origin, f"cannot read: {type(exc).__name__}: {exc}")


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | IngestFailure]:
    """Read one file, choosing the reader by extension (sniffing when unknown)."""
    origin = str(path)
    fmt = format_for(path)
    try:
        size = path.stat().st_size
        if fmt == "jsonl":
            # Streamed line by line: the size limit is per record, not per file.
            yield from _read_jsonl_file(path, max_bytes)
            return
        if size > max_bytes:
            raise IngestError(origin, f"file larger than {_human_size(max_bytes)} ({size} bytes)")
        data = path.read_bytes()
    except IngestError as exc:
        yield IngestFailure(exc.origin, exc.reason)
        return
    except OSError as exc:
        yield IngestFailure(origin, f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(data, origin, fmt, max_bytes)


def format_for(path: Path) -> Format | None:
    """The format an extension promises, or None when the content must decide."""
    suffix = path.suffix.lower()
    if suffix in TEXT_EXTENSIONS:
        return "text"
    if suffix in HTML_EXTENSIONS:
        return "html"
    if suffix in JSONL_EXTENSIONS:
        return "jsonl"
    if suffix in JSON_EXTENSIONS:
        return "json"
    if suffix in FEED_EXTENSIONS:
        return "feed"
    return None


# --------------------------------------------------------------------------- sources


def _walk(folder: Path) -> Iterator[tuple[Path, bool]]:
    """Files under ``folder`` in sorted path order, hidden ones left out."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root, f) for f in files if not f.startswith("."))
    for file in sorted(found, key=lambda p: p.relative_to(folder).parts):
        yield file, format_for(file) is not None


def _read_stdin(max_bytes: int) -> Iterator[Document | IngestFailure]:
    """Stdin, sniffed like a file of unknown type (JSONL streams are not size-limited as a whole)."""
    buffer = getattr(sys.stdin, "buffer", None)
    data: bytes = buffer.read() if buffer is not None else sys.stdin.read().encode("utf-8", "surrogatepass")
    if _looks_like_jsonl(data):
        yield from _read_jsonl_lines(_split_lines(data), STDIN_ORIGIN, max_bytes)
        return
    if len(data) > max_bytes:
        yield IngestFailure(STDIN_ORIGIN, f"input larger than {_human_size(max_bytes)} ({len(data)} bytes)")
        return
    yield from _read_bytes(data, STDIN_ORIGIN, None, max_bytes)


def _read_bytes(data: bytes, origin: str, fmt: Format | None, max_bytes: int) -> Iterator[IngestItem]:
    """Dispatch whole-file content to its reader; failures become records.

    Content that is not UTF-8 is transcoded first (see ``decode_text``),
    except feeds, whose parser reads the encoding their XML declaration names.
    """
    try:
        raw = data
        if fmt == "feed":
            if not data.startswith(_WIDE_BOMS):
                _check_binary(data, origin)
        elif fmt != "html":  # HTML pages may declare their charset: _decode_html reads it
            data = _as_utf8(data, origin)
        if fmt is None:
            fmt = sniff_format(data)
        if fmt == "jsonl":
            yield from _read_jsonl_lines(_split_lines(data), origin, max_bytes)
        elif fmt == "feed":
            yield from _read_feed(raw, origin)
        elif fmt == "json":
            yield from _read_json(data, origin)
        elif fmt == "html":
            yield _read_html(data, origin)
        else:
            yield _read_text(data, origin)
    except IngestError as exc:
        yield IngestFailure(exc.origin, exc.reason)


# --------------------------------------------------------------------------- formats


def _read_text(data: bytes, origin: str) -> Document:
    text = _clean_text(decode_utf8(data, origin), origin)
    return Document(id=content_id(text), text=text, title=guess_title(text), origin=origin)


def _read_html(data: bytes, origin: str) -> Document:
    import trafilatura  # heavy import (lxml, htmldate): only when HTML is read

    markup = _decode_html(data, origin)
    options: dict[str, Any] = {
        "include_comments": False,  # reader comments are not the report
        "include_tables": True,
        "with_metadata": True,
        # Only the page's own metadata: an extensive search would pick up a
        # date mentioned in the article (often the event date) instead.
        "date_extraction_params": {"extensive_search": False, "original_date": True},
    }
    result = trafilatura.bare_extraction(markup, **options)
    text = getattr(result, "text", None) or ""
    if is_blank(text):
        # trafilatura gives up on very short pages; keep what the body says.
        result = trafilatura.extract_metadata(markup)
        text = html_to_text(markup)
    text = _clean_text(text, origin)
    title = _clean_field(getattr(result, "title", None))
    published = getattr(result, "date", None)
    outlet = _clean_field(getattr(result, "sitename", None))
    if outlet is None or _HOST_NAME.fullmatch(outlet):
        outlet = site_from_title(markup, title) or outlet
    return Document(
        id=content_id(text),
        text=text,
        title=title,
        url=_clean_field(getattr(result, "url", None)),
        outlet=outlet,
        published=_parse_date_quietly(published),
        origin=origin,
    )


def _read_json(data: bytes, origin: str) -> Iterator[IngestItem]:
    payload = _parse_json(decode_utf8(data, origin), origin)
    if isinstance(payload, list):
        if not payload:
            raise IngestError(origin, "empty document (an empty JSON list)")
        for index, record in enumerate(payload, start=1):
            item_origin = f"{origin}#{index}"
            try:
                yield document_from_record(record, item_origin)
            except IngestError as exc:
                yield IngestFailure(exc.origin, exc.reason)
    else:
        yield document_from_record(payload, origin)


def _read_jsonl_file(path: Path, max_bytes: int) -> Iterator[IngestItem]:
    origin = str(path)
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
        if b"\x00" in head or head.startswith(_WIDE_BOMS):
            # UTF-16/32 cannot be split on b"\n": decode the whole file (size-limited) first.
            size = path.stat().st_size
            if size > max_bytes:
                yield IngestFailure(origin, f"file larger than {_human_size(max_bytes)} ({size} bytes)")
                return
            handle.seek(0)
            try:
                data = _as_utf8(handle.read(), origin)
            except IngestError as exc:
                yield IngestFailure(exc.origin, exc.reason)
                return
            yield from _read_jsonl_lines(_split_lines(data), origin, max_bytes)
            return
        handle.seek(0)
        yield from _read_jsonl_lines(_numbered(handle), origin, max_bytes)


def _read_jsonl_lines(
    lines: Iterable[tuple[int, int, bytes]], origin: str, max_bytes: int
) -> Iterator[IngestItem]:
    """One document per non-blank line; a bad line is reported and skipped.

    Content without a single non-blank line is itself reported ("no JSON
    lines"), so that an empty corpus file does not pass unnoticed.
    """
    seen = False
    for number, offset, raw in lines:
        line_origin = f"{origin}:{number}"
        if not raw.strip():
            continue
        seen = True
        try:
            if len(raw) > max_bytes:
                raise IngestError(
                    line_origin, f"line larger than {_human_size(max_bytes)} ({len(raw)} bytes)"
                )
            line = decode_utf8(raw, line_origin, base_offset=offset, strip_bom=number == 1)
            yield document_from_record(_parse_json(line, line_origin), line_origin)
        except IngestError as exc:
            yield IngestFailure(exc.origin, exc.reason)
    if not seen:
        yield IngestFailure(origin, "empty document (no JSON lines)")


def _parse_json(text: str, origin: str) -> Any:
    """``json.loads``, with syntax errors and over-deep nesting as an ``IngestError``."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(origin, f"invalid JSON: {exc}") from None
    except RecursionError:
        raise IngestError(origin, "invalid JSON: nested too deeply to read") from None


def _read_feed(data: bytes, origin: str) -> Iterator[IngestItem]:
    import feedparser  # only when a feed is read

    # Bytes, never a URL: feedparser would otherwise fetch it. It also reads
    # the encoding from the XML declaration, so no UTF-8 check here.
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("version"):
            raise IngestError(origin, f"invalid feed: {parsed.get('bozo_exception')}")
        raise IngestError(origin, "empty document (feed has no entries)")
    outlet = _clean_field(html_to_text(parsed.get("feed", {}).get("title") or ""))
    for index, entry in enumerate(entries, start=1):
        entry_origin = f"{origin}#{index}"
        try:
            yield _feed_entry(entry, entry_origin, outlet)
        except IngestError as exc:
            yield IngestFailure(exc.origin, exc.reason)


def _feed_entry(entry: Any, origin: str, outlet: str | None) -> Document:
    body, kind = "", ""
    contents = entry.get("content") or []
    if contents:
        best = max(contents, key=lambda c: len(c.get("value") or ""))
        body, kind = best.get("value") or "", best.get("type") or ""
    if is_blank(body):
        detail = entry.get("summary_detail") or {}
        body, kind = entry.get("summary") or "", detail.get("type") or "text/html"
    if "html" in kind or "xml" in kind:
        body = html_to_text(body)
    title = entry.get("title")
    if is_blank(body) and title and not is_blank(title):
        # many feeds carry headlines only: say so, a headline alone is no report to extract
        raise IngestError(origin, "empty document (the feed item has a title but no description or content)")
    text = _clean_text(body, origin)
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return Document(
        id=content_id(text),
        text=text,
        title=_clean_field(html_to_text(title) if title else None),
        url=_clean_field(entry.get("link")),
        outlet=outlet,
        published=date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None,
        origin=origin,
    )


def document_from_record(record: Any, origin: str) -> Document:
    """A ``Document`` from a JSON record ``{id, text, url, outlet, published, title}``.

    ``outlet``, ``url``, ``title`` and ``published`` may also sit in a ``source`` object
    (``{"text": ..., "source": {"outlet": ..., "published": ...}}``), as annotated corpora keep them.

    The text is kept exactly as given apart from ``normalize_text`` (a no-op
    on clean text), since downstream offsets refer to it. A malformed date is
    an error rather than silently dropped: the date places the report in time.
    """
    if not isinstance(record, dict):
        raise IngestError(origin, f"expected a JSON object, got {type(record).__name__}")
    if "text" not in record or record["text"] is None:
        raise IngestError(origin, "missing 'text'")
    raw_text = record["text"]
    if not isinstance(raw_text, str):
        raise IngestError(origin, f"'text' is not a string ({type(raw_text).__name__})")
    text = _clean_text(raw_text, origin)
    raw_id = record.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        raise IngestError(origin, f"'id' is not a string ({type(raw_id).__name__})")
    doc_id = str(raw_id).strip() if raw_id is not None else ""
    bad = _LONE_SURROGATE.search(doc_id)
    if bad is not None:
        raise IngestError(origin, f"'id' is not valid Unicode (lone surrogate at character {bad.start()})")
    source = record.get("source")  # annotated corpora keep the provenance in a "source" object
    provenance: dict[str, Any] = source if isinstance(source, dict) else {}
    fields: dict[str, str | None] = {}
    for key in ("title", "url", "outlet"):
        value = record.get(key, provenance.get(key))
        if value is not None and not isinstance(value, str):
            raise IngestError(origin, f"'{key}' is not a string ({type(value).__name__})")
        fields[key] = _clean_field(value)
    try:
        published = parse_published(record.get("published", provenance.get("published")))
    except ValueError as exc:
        raise IngestError(origin, f"invalid 'published': {exc}") from None
    return Document(
        id=doc_id or content_id(text),
        text=text,
        title=fields["title"],
        url=fields["url"],
        outlet=fields["outlet"],
        published=published,
        origin=origin,
    )


# --------------------------------------------------------------------------- helpers


def decode_utf8(data: bytes, origin: str, *, base_offset: int = 0, strip_bom: bool = True) -> str:
    """Strict UTF-8 decoding; the error names the byte offset of the bad byte.

    No fallback to Latin-1: a silent guess would produce mojibake that the
    user never hears about, while the offset lets them find and fix the byte.
    """
    skip = len(_UTF8_BOM) if strip_bom and data.startswith(_UTF8_BOM) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(origin, f"invalid UTF-8 at byte {base_offset + skip + exc.start}") from None


def decode_text(data: bytes, origin: str) -> str:
    """The text of whole-file content, whatever its encoding (see the module docstring).

    Raises ``IngestError`` with "binary file" for content with NUL bytes that
    is not UTF-16/32, and "invalid UTF-8 at byte N" when no encoding fits.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
                if codec != "utf-8":
                    notices.info("%s: not UTF-8, read as %s (byte-order mark)", origin, codec)
                return text
            except UnicodeDecodeError as exc:
                raise IngestError(origin, f"invalid {codec.upper()} at byte {len(bom) + exc.start}") from None
    has_nul = b"\x00" in data[:_SNIFF_BYTES]
    first_bad = 0
    if not has_nul:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            first_bad = exc.start
    guess = _detect_encoding(data, wide_only=has_nul)
    if guess is not None:
        try:
            text = data.decode(guess)
            notices.info("%s: not UTF-8, read as %s (detected)", origin, guess.replace("_", "-"))
            return text
        except (UnicodeDecodeError, LookupError):
            pass
    if has_nul:
        raise IngestError(origin, "binary file")
    raise IngestError(origin, f"invalid UTF-8 at byte {first_bad}")


def _detect_encoding(data: bytes, *, wide_only: bool) -> str | None:
    """charset-normalizer's best guess, or None when nothing fits well.

    ``wide_only`` accepts only UTF-16/32 (content with NUL bytes is binary
    otherwise). Among equally coherent single-byte candidates, Windows-1252
    wins: it is what Western news sites that are not UTF-8 use.
    """
    from charset_normalizer import from_bytes

    results = list(from_bytes(data[:_DETECT_BYTES]))
    if not results:
        return None
    best = results[0]
    if wide_only:
        return best.encoding if best.encoding.startswith(("utf_16", "utf_32")) else None
    least_chaos = min(result.chaos for result in results)
    if least_chaos > _MAX_CHAOS:
        return None
    for result in results:
        if "cp1252" in result.could_be_from_charset and result.chaos <= least_chaos + 0.05:
            return "cp1252"
    # Short content fits many code pages equally; trust a guess only when it reads as a language.
    return best.encoding if best.coherence >= _MIN_COHERENCE and best.chaos <= _MAX_CHAOS else None


def _as_utf8(data: bytes, origin: str) -> bytes:
    """``data`` as UTF-8 bytes: unchanged when it already is, else decoded and re-encoded."""
    if b"\x00" not in data[:_SNIFF_BYTES] and not data.startswith(_WIDE_BOMS):
        try:
            data.decode("utf-8")
            return data
        except UnicodeDecodeError:
            pass
    return decode_text(data, origin).encode("utf-8", "surrogatepass")


def sniff_format(data: bytes) -> Format:
    """Guess the format of content without a telling extension (stdin, odd names)."""
    if _looks_like_jsonl(data):
        return "jsonl"
    if _JSON_START.match(data[:64]):
        return "json"
    head = data[:4096].lstrip().lower()
    if head.startswith(b"<"):
        if re.search(rb"<(rss|feed|rdf:rdf)[\s>]", head):
            return "feed"
        if re.search(rb"<(!doctype html|html|head|body|article|p|div)[\s>]", head):
            return "html"
    return "text"


def guess_title(text: str) -> str | None:
    """The first line, when it reads like a headline rather than a sentence.

    A Markdown heading always qualifies; otherwise the line must be short,
    must not end like a sentence or a lead-in, and must have text after it.
    """
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    first = first.strip()
    heading = first.startswith("#")
    first = first.lstrip("#").strip()
    if not first or len(first) > _MAX_TITLE_CHARS:
        return None
    if heading:
        return first
    if is_blank(rest) or first[-1] in ".,;:":
        return None
    return first


class _TextExtractor(HTMLParser):
    """Collects text, with a line break at block boundaries; drops scripts."""

    # fmt: off
    _BLOCKS = frozenset({
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
        "p", "pre", "section", "table", "td", "th", "tr", "ul",
    })
    # fmt: on
    _SKIP = frozenset({"script", "style", "noscript", "template", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            # Line breaks in the source are mere whitespace; only blocks break lines.
            self.parts.append(_WHITESPACE.sub(" ", data))


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: one line per block, spaces collapsed.

    Used for feed entries and titles, where trafilatura's article heuristics
    do not apply (a summary has no boilerplate to remove).
    """
    if "<" not in markup:
        return html.unescape(markup).strip()
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def parse_published(value: Any) -> date | None:
    """An ISO date or datetime (``Z`` allowed) → the calendar date as written."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO date string, got {type(value).__name__}")
    value = value.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO date or datetime") from None


def _parse_date_quietly(value: Any) -> date | None:
    """Page metadata dates are best effort: a bad one is dropped, not fatal."""
    try:
        return parse_published(value)
    except ValueError:
        return None


def _clean_text(text: str, origin: str) -> str:
    text = normalize_text(text)
    if is_blank(text):
        raise IngestError(origin, "empty document")
    if not has_visible_text(text):
        raise IngestError(origin, "empty document (only invisible characters)")
    return text


#: A bare host name (``news.example.org``): what a page gives as its site when it names none.
_HOST_NAME = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+")
_TITLE_TAG = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
#: What separates a headline from the site's name in a page's <title>: "Headline | Site".
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\u2013\u2014\u00b7\u2022:\u00bb/-]{1,2})\s+")
_SITE_MAX_WORDS = 6


def site_from_title(markup: str, headline: str | None) -> str | None:
    """The site name a page's ``<title>`` gives after its headline ("Headline | The Site"), or None.

    ``headline`` is the page's own title (its ``og:title`` or heading). The
    last part after a separator (``|``, ``-``, ``–``, ``—``, ``·``, ``:``, ``»``)
    counts when what comes before it starts with the headline, so a headline
    that itself holds a dash is never cut; a part of more than six words, or
    with no letter, is no site name. Only the first 64 KB are searched.
    """
    if not headline:
        return None
    found = _TITLE_TAG.search(markup, 0, 65536)
    if found is None:
        return None
    raw = " ".join(html.unescape(found.group(1)).split())
    parts = _TITLE_SEPARATOR.split(raw)
    if len(parts) < 2:
        return None
    site = parts[-1].strip()
    before = raw[: raw.rindex(site)].rstrip()
    head = " ".join(headline.split())
    if not before.casefold().startswith(head.casefold()) or site.casefold() == head.casefold():
        return None
    if len(site.split()) > _SITE_MAX_WORDS or not any(ch.isalpha() for ch in site):
        return None
    return _clean_field(site)


def _clean_field(value: str | None) -> str | None:
    """Metadata (title, url, outlet): repaired and trimmed; no offsets point into it."""
    if value is None:
        return None
    cleaned = " ".join(normalize_text(value).split())
    return cleaned or None


def _check_binary(data: bytes, origin: str) -> None:
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise IngestError(origin, "binary file")


def _decode_html(data: bytes, origin: str) -> str:
    """UTF-8, else the charset the page declares, else a detected one (see ``decode_text``)."""
    if b"\x00" not in data[:_SNIFF_BYTES] and not data.startswith(_WIDE_BOMS):
        try:
            return decode_utf8(data, origin)
        except IngestError:
            match = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", data[:2048], re.IGNORECASE)
            if match:
                try:
                    return data.decode(match.group(1).decode("ascii"))
                except (LookupError, UnicodeDecodeError):
                    pass
    return decode_text(data, origin)


def _looks_like_jsonl(data: bytes) -> bool:
    """Every non-blank line starts with ``{`` and at least one parses as an object.

    A stricter "every line parses" (or "ends with ``}``") test would turn a
    JSONL stream with one broken or cut-off line into a single plain-text
    document; this way the broken line is reported and the others are read.
    """
    lines = [line.strip() for line in data.splitlines() if line.strip()]
    if not lines or not all(line.startswith(b"{") for line in lines):
        return False
    for line in lines:
        try:
            if isinstance(json.loads(line), dict):
                return True
        except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            continue
    return False


def _split_lines(data: bytes) -> Iterator[tuple[int, int, bytes]]:
    """(line number, byte offset, raw line) over in-memory content, split as files are."""
    return _numbered(io.BytesIO(data))


def _numbered(handle: Iterable[bytes]) -> Iterator[tuple[int, int, bytes]]:
    """(line number, byte offset, raw line) over a binary file, streamed."""
    offset = 0
    for number, raw in enumerate(handle, start=1):
        yield number, offset, raw
        offset += len(raw)


def _human_size(n: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale and n % scale == 0:
            return f"{n // scale} {unit}"
    return f"{n} bytes"
