"""Text repair for ingested documents: fix what is broken, touch nothing else.

Downstream layers store character offsets into ``Document.text`` and the
scorer compares evidence sentences with it, so normalisation must be
*conservative*: text that is already clean comes out byte-identical. ftfy's
defaults are not conservative (they straighten curly quotes, expand
ligatures, fold full-width characters and apply NFC), so we switch off every
fixer that rewrites legitimate characters and keep only the ones that repair
damage:

* mojibake (``donâ€™t`` → ``don’t``), C1 control characters that stand for
  Windows-1252 punctuation, lone surrogates and terminal escape sequences
  (ftfy);
* ``\\r\\n`` and lone ``\\r`` line ends → ``\\n``;
* NUL and other C0 control characters (tab and newline excepted), DEL and
  byte-order marks are removed;
* a lone surrogate (half of a UTF-16 pair, as ``"\\udc80"`` in JSON) cannot
  be stored or printed as UTF-8, so it becomes U+FFFD (one character for
  one, so offsets are kept).
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

#: ftfy settings that repair encoding damage but leave clean text unchanged.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # "AT&amp;T" in plain text is what the source says
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,  # "ﬁ" is a real character, keep it
    fix_character_width=False,  # full-width forms are legitimate in CJK text
    uncurl_quotes=False,  # ’ ‘ “ ” are correct typography, not damage
    fix_line_breaks=False,  # done below, so that U+2028 etc. stay as given
    fix_surrogates=True,
    remove_control_chars=False,  # ftfy's list also drops legitimate format chars
    normalization=None,  # NFC would silently shift offsets of decomposed text
    explain=False,
)

_NEWLINES = re.compile(r"\r\n?")
#: C0 controls except \t and \n (\r is handled before), DEL, and BOMs.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufeff]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
#: Unicode categories that show nothing: format (zero-width spaces, joiners, marks), controls,
#: unassigned, separators.
_INVISIBLE = frozenset({"Cf", "Cc", "Cn", "Zs", "Zl", "Zp"})


def normalize_text(text: str) -> str:
    """Repair mojibake, unify line ends and drop control characters.

    Idempotent, and the identity on clean text (see the module docstring for
    exactly what is changed and why nothing else is).
    """
    if not text:
        return text
    fixed = ftfy.fix_text(text, _FTFY_CONFIG)
    fixed = _NEWLINES.sub("\n", fixed)
    fixed = _LONE_SURROGATE.sub("\ufffd", fixed)
    return _CONTROL.sub("", fixed)


def is_blank(text: str | None) -> bool:
    """True when a text holds nothing but whitespace (an "empty document")."""
    return text is None or not text.strip()


def has_visible_text(text: str) -> bool:
    """True when some character of ``text`` shows: not whitespace, zero-width or control.

    Stops at the first visible character, so it is cheap on real text.
    """
    return any(not ch.isspace() and unicodedata.category(ch) not in _INVISIBLE for ch in text)
