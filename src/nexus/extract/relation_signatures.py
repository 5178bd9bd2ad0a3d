"""Sign-off lines of releases and briefs: "Rank A B, Head of Information, X Command".

A press release or a brief ends with whoever signs it, on a line of its own that is no sentence:
the name, the title, the body ("Captain A B, Public Affairs Officer, 12th Brigade, Y Army";
"Issued by: Colonel C D, Head of Information, Z Command"), or the title first ("The Spokesman
of the Armies, General E F"). The parser reads such a line as fragments, so the apposition
rules miss it; here the line is read by its commas. The signer is affiliated to the first
organisation of the title's own segment ("Spokesman of the General Staff") or, when the title
names none, of the segment right after it; a unit written right before its parent ("12th
Brigade, Y Army") is the parent's part.

Only lines without a full stop at the end and without a verb after the name, of at most
``_MAX_SEGMENTS`` comma-separated segments.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nexus.extract.doctext import doc_text
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationContext, is_word, lemma_of, relation_lexicon
from nexus.extract.relation_titles import is_portfolio
from nexus.extract.tokens import texts

__all__ = ["signature_lines"]

_MAX_SEGMENTS = 5
_MAX_CHARS = 200


def _segments(line: Span) -> list[list[Token]]:
    """The tokens of a line between its commas (and bars, and a line break joined in)."""
    out: list[list[Token]] = [[]]
    for tok in line:
        if tok.text in (",", "|") or "\n" in tok.text:
            out.append([])
        elif not tok.is_space:
            out[-1].append(tok)
    return [s for s in out if s]


def _entities(ctx: RelationContext, segment: list[Token], kind: str) -> list[EntityCluster]:
    """The entities of a kind a segment names, a title taken for a name left out."""
    found = [
        c for t in segment for c in [ctx.entity(t)] if c is not None and c.type == kind and not _title_name(c)
    ]
    return list(dict.fromkeys(found))


def _role(ctx: RelationContext, segment: list[Token]) -> Token | None:
    """The role word a title segment holds ("Officer", "Head", "Spokesman"), when it names no person."""
    if _entities(ctx, segment, "PERSON"):
        return None
    roles = relation_lexicon().roles
    return next((t for t in segment if _unnamed(ctx, t) and t.is_alpha and is_word(t, roles)), None)


def _unnamed(ctx: RelationContext, tok: Token) -> bool:
    c = ctx.entity(tok)
    return c is None or _title_name(c)


def _title_name(c: EntityCluster) -> bool:
    """Whether an entity is a title the entity stage took for a name: the office's field ("Public
    Affairs" of "Public Affairs Officer") or the title itself ("Joint Commander")."""
    return is_portfolio(c) or c.name.split()[-1].lower() in relation_lexicon().roles


def _sign_off(line: Span) -> bool:
    text = doc_text(line.doc)[line.start_char : line.end_char].strip()  # (``line.text``, not rebuilt)
    return bool(text) and len(text) <= _MAX_CHARS and not text.endswith((".", ";", ":", "?", "!", '"', "”"))


def _read_line(ctx: RelationContext, line: Span) -> None:
    """Read one sign-off line (or a name line and the title line after it, as one span)."""
    segments = _segments(line)
    if not 2 <= len(segments) <= _MAX_SEGMENTS:
        return
    people = [(i, c) for i, s in enumerate(segments) for c in _entities(ctx, s, "PERSON")]
    if len(people) != 1:
        return
    at, person = people[0]
    start = next(t.i for t in segments[at] if ctx.entity(t) is person)
    if any(t.pos_ in ("VERB", "AUX") and t.i > start for t in line):
        return  # a sentence that lost its full stop, not a sign-off
    for title_at in (at + 1, at - 1):
        if not 0 <= title_at < len(segments):
            continue
        role = _role(ctx, segments[title_at])
        if role is None:
            continue
        bodies = _entities(ctx, segments[title_at], "ORG")
        after = title_at + 1 if title_at > at else None
        if not bodies and after is not None and after < len(segments):
            bodies = _entities(ctx, segments[after], "ORG")
        if not bodies:
            return
        sent = role.sent
        ctx.add(person, "affiliation", bodies[0], lemma_of(role), sent, role)
        if (
            after is not None
            and after + 1 < len(segments)
            and bodies[0] in _entities(ctx, segments[after], "ORG")
        ):
            parents = _entities(ctx, segments[after + 1], "ORG")
            if len(parents) == 1 and _only_name(ctx, segments[after + 1], parents[0]):
                ctx.add(bodies[0], "affiliation", parents[0], "unit", sent, role)
        return


def _only_name(ctx: RelationContext, segment: list[Token], body: EntityCluster) -> bool:
    """Whether a segment is only a body's name ("Y Army"), with no other word of its own."""
    return all(ctx.entity(t) is body or t.is_punct or t.lower_ == "the" for t in segment)


def _name_only(ctx: RelationContext, line: Span) -> bool:
    """Whether a line holds one person's name and else only capitalised words ("Colonel A B")."""
    named = {id(c): c for t in line for c in [ctx.entity(t)] if c is not None}
    if len(named) != 1 or next(iter(named.values())).type != "PERSON":
        return False
    return all(ctx.entity(t) is not None or t.is_space or t.is_punct or t.is_title for t in line)


def _lines(ctx: RelationContext) -> list[Span]:
    doc = ctx.doc
    out: list[Span] = []
    start = 0
    for i, word in enumerate(texts(doc)):
        if "\n" in word:
            out.append(doc[start:i])
            start = i + 1
    out.append(doc[start:])
    return [line for line in out if len(line)]


def signature_lines(ctx: RelationContext) -> None:
    """Read each line of the document that is shaped as a sign-off (see the module docstring); a
    name alone on its line is read with the title line right after it ("A B" / "Title, Body")."""
    lines = _lines(ctx)
    for n, line in enumerate(lines):
        if not _sign_off(line):
            continue
        following = lines[n + 1] if n + 1 < len(lines) else None
        joined = following is not None and following.start == line.end + 1 and _sign_off(following)
        if following is not None and joined and _name_only(ctx, line):
            _read_line(ctx, ctx.doc[line.start : following.end])  # "A B" / "Title, Body": one sign-off
            continue
        _read_line(ctx, line)
