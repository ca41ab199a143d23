"""A file's bytes -> clean text: bounded reads, encodings, mojibake, and the characters no article needs.

Everything here is about one file or one value, before any format is parsed. A file that
cannot be text raises `UnusableFile` with a reason a user can act on; a character that
must not reach the tables (a control, a lone surrogate, a zero-width space) is replaced
or removed, in a way that keeps the offsets the tables use (see `normalise_text`).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat
from pathlib import Path

from ..safety import YEAR_MAX, YEAR_MIN, ZERO_WIDTH, for_terminal, is_sane_year, strip_controls

# The longest news articles run to some 100,000 characters; 5 MB of text is a corpus, not an article.
MAX_FILE_BYTES = 5_000_000
# A .jsonl/.csv corpus file, metadata.csv or aliases.csv is read whole: bounded so that a stray
# disk image named `x.jsonl` costs one skipped file, not the machine's memory.
MAX_CORPUS_BYTES = 1_000_000_000
WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# C0 controls that no text file holds in any number (tab, line breaks and page breaks are text).
BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f]")
# What str.splitlines calls a line break besides \n and \r: each becomes \n, one character for one.
LINE_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Controls left once the breaks are mapped (tab, \n and \r stay): each becomes a space, one for one.
# safety.CONTROLS deletes, and a deletion would shift every offset after it.
BODY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# A zero-width character inside a word splits it for a tokenizer (`Pu\u200btin`): removed. Anywhere
# else (beside a space, between emoji) a space does as well and keeps every offset.
ZERO_WIDTH_IN_WORD = re.compile(rf"(?<=\w){ZERO_WIDTH.pattern}+(?=\w)")
SURROGATES = re.compile("[\ud800-\udfff]")  # lone halves (a JSON "\ud800"): unencodable, so never written
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ]\d)")


class UnusableFile(Exception):
    """Raised while reading one file or record; becomes a `Skipped` row, never leaves ingest."""


def read_capped(path: Path, limit: int, *, checked: bool = False) -> bytes:
    """At most `limit` bytes of a regular file; UnusableFile for anything else, or anything larger.

    Notes: the kind is checked before opening (a FIFO blocks a reader; `checked`: the caller has
    just done so) and again on the open descriptor, which is opened non-blocking in case the path
    changed in between.
    """
    if not checked:
        check_file(path)
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        raise UnusableFile(f"cannot be read ({error.strerror or error})") from error
    with os.fdopen(handle, "rb") as stream:
        info = os.fstat(stream.fileno())
        _check_kind(info.st_mode)
        if info.st_size > limit:
            raise UnusableFile(too_large(info.st_size, limit))
        try:
            data = stream.read(min(info.st_size, limit) + 1)  # a buffer of the file's size, not the limit's
            if len(data) > info.st_size:  # grew since: read on, up to the limit
                data += stream.read(limit + 1 - len(data))
        except OSError as error:
            raise UnusableFile(f"cannot be read ({error.strerror or error})") from error
    if len(data) > limit:  # grew while being read
        raise UnusableFile(too_large(len(data), limit, at_least=True))
    return data


def check_file(path: Path) -> None:
    """UnusableFile with the reason when `path` is not a regular file that can be looked at."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise UnusableFile(_stat_reason(path, error)) from error
    _check_kind(mode)


def _check_kind(mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise UnusableFile("a folder, not a file: only the files directly in a folder are read (name this one "
                           "too, to read it)")
    if not stat.S_ISREG(mode):
        raise UnusableFile("not a regular file (a pipe, socket or device); not read")


def _stat_reason(path: Path, error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "a symbolic link that loops (it leads back to itself); not read"
    if error.errno == errno.ENOENT and path.is_symlink():
        return "a symbolic link to a file that does not exist; not read"
    return f"cannot be read ({error.strerror or error})"


def too_large(size: int, limit: int, *, at_least: bool = False) -> str:
    what = "one article" if limit <= MAX_FILE_BYTES else "a file mediabrief reads whole"
    hint = ("; split it, or give a .jsonl/.csv corpus file with one article per record"
            if limit <= MAX_FILE_BYTES else "; split it into several files")
    return (f"too large for {what} ({'more than ' if at_least else ''}{size / 1_000_000:.1f} MB, "
            f"limit {limit // 1_000_000} MB){hint}")


def decode_bytes(data: bytes, *, limit: int = MAX_FILE_BYTES) -> tuple[str, str]:
    """Decode a file's bytes, naming the encoding used; UnusableFile for binary data."""
    if not data.strip():
        raise UnusableFile("empty file" if not data else "only white space")
    if data.lstrip()[:5] == b"%PDF-":
        raise UnusableFile("a PDF file, not text; convert it to .txt or .html first")
    if len(data) > limit:
        raise UnusableFile(too_large(len(data), limit, at_least=True))
    text, encoding = _decode(data)
    # Valid UTF-8 is rarely binary by chance: it takes many controls to say so, and a stray ESC or
    # NUL is stripped later. Text only guessed at is held to the stricter share.
    controls = len(BINARY_CONTROLS.findall(text))
    if controls > 8 and controls / len(text) > (0.1 if encoding.startswith("utf-8") else 0.01):
        behind = " behind a byte-order mark" if encoding in ("utf-16", "utf-32") else ""
        raise UnusableFile(f"binary file, not text{behind}")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise UnusableFile(f"binary file, not text (a {encoding.upper()} byte-order mark, then bytes "
                                   f"that are no {encoding.upper()} text)") from error
    sample = data[:4096]
    if b"\x00" in sample:
        if utf16 := _utf16_without_bom(data):
            return utf16
        if sample.count(0) > max(2, len(sample) // 100):  # more than a stray NUL or two: binary data
            raise UnusableFile("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = guess_encoding(data)
    if not encoding:
        raise UnusableFile("binary file, not text")
    return data.decode(encoding, errors="replace"), encoding


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without its byte-order mark (some Windows exports): English text in it has a
    zero byte beside every letter, all on the same side; binary data has zeros anywhere."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    if not even or not odd:
        return None
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    encoding = ("utf-16-le" if zeros_odd > 0.3 and zeros_even < 0.02 else
                "utf-16-be" if zeros_even > 0.3 and zeros_odd < 0.02 else None)
    if encoding is None:
        return None
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return None


def guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's guess, preferring Western encodings among equally clean candidates.

    Notes: short English texts decode cleanly as cp1250 and cp1252 alike; for
    English news the Western code page is the likelier, so it wins ties.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:200_000]))
    if not matches:
        return None
    cleanest = min(match.chaos for match in matches)
    tied = [match.encoding for match in matches if match.chaos <= cleanest + 0.01]
    for preferred in WESTERN_ENCODINGS:
        if preferred in tied:
            return preferred
    return tied[0]


# UTF-8 read as a Western code page leaves a lead byte (Â..ô) before a continuation byte, which such
# a code page shows as a C1 control, a Latin-1 sign or one of cp1252's extras (€ ‚ “ ” ™ …). Text
# without that pair is no mojibake ftfy could undo, and checking for it costs far less than ftfy's measure.
MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                           "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039"
                           "\u203a\u20ac\u2122]")


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """Text that was decoded with the wrong encoding somewhere upstream ('weâ€™re'), repaired by ftfy.

    Only where ftfy's badness measure calls it mojibake, and only the encoding is repaired: quotes,
    ligatures and widths stay as written. Returns the text and a note saying what was done, or None.
    Offsets of a repaired article point into the repaired text, which the note says.
    """
    if not MOJIBAKE_HINT.search(text):
        return text, None  # and ftfy is not even imported (a twentieth of a second)
    from ftfy import fix_encoding_and_explain
    from ftfy.badness import is_bad

    if not is_bad(text):
        return text, None
    repaired, steps = fix_encoding_and_explain(text)
    misread = next((name for step, name in steps or () if step == "encode"), None)
    if repaired == text or misread is None:  # no re-decoding found: only cosmetic changes on offer
        return text, None
    return repaired, (f"repaired mojibake (UTF-8 text that had been read as {misread}); "
                      "offsets point into the repaired text")


def normalise_text(text: str) -> tuple[str, str | None]:
    """An article's text as the analysis reads it, and a note when offsets no longer index the file.

    Line and paragraph separators (U+2028, U+2029, form feeds ...) become newlines and any other
    control character, or zero-width character between words, a space: one character for one, so
    offsets still index the decoded file. Zero-width characters and soft hyphens inside a word are
    removed (`Pu\u200btin` is one word): only then do the offsets point into the text without them,
    which the note says.
    """
    text = BODY_CONTROLS.sub(" ", LINE_BREAKS.sub("\n", text))
    text = SURROGATES.sub("\ufffd", text)
    if not ZERO_WIDTH.search(text):
        return text, None
    length = len(text)
    text = ZERO_WIDTH.sub(" ", ZERO_WIDTH_IN_WORD.sub("", text))
    removed = length - len(text)
    if not removed:
        return text, None
    return text, (f"removed {removed} invisible character{'s' if removed > 1 else ''} inside words (zero-width "
                  "spaces, soft hyphens); offsets point into the text without them")


def clean_value(value: str | None) -> str | None:
    """A metadata value (title, author, outlet, id) on one line: no controls, no zero-width
    characters, no lone surrogates, white space collapsed; None when nothing is left."""
    if not value:
        return None
    value = ZERO_WIDTH.sub("", SURROGATES.sub("\ufffd", strip_controls(LINE_BREAKS.sub(" ", value))))
    return " ".join(value.split()) or None


def printable_name(name: str) -> str:
    """A file name as the tables show it: bytes that are not UTF-8 as U+FFFD, controls as `?`."""
    if name.isprintable():  # the usual name: no control, no surrogate
        return name
    try:
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate that no file system byte stands for
        name = SURROGATES.sub("\ufffd", name)
    return for_terminal(name)


def read_date(value: object) -> tuple[str | None, str | None]:
    """`'2023-09-13T10:00:00Z'` -> `('2023-09-13', None)`; `(None, why)` for a value that is no usable date.

    A date must exist in the calendar (no 2023-02-30) and lie in YEAR_MIN..YEAR_MAX: anything
    else would break date arithmetic and the charts further on.
    """
    if not isinstance(value, str) or not value.strip():
        return None, "not a date"
    match = ISO_DATE.match(value.strip())
    if not match:
        return None, "not YYYY-MM-DD, YYYY-MM or YYYY"
    year, month, day = (int(part) if part else None for part in match.groups())
    if not is_sane_year(year):
        return None, f"year {year} is outside {YEAR_MIN}-{YEAR_MAX}"
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None, "no such date"
    return "-".join(part for part in match.groups() if part), None


def date_warning(where: str, field: str, value: str, problem: str) -> str:
    """One line naming where a date was found, the value and why it is not used."""
    return f"{printable_name(where)}: {field} '{for_terminal(value)[:80]}' is not a usable date ({problem}); ignored"


def shown_path(path: Path, name: str | None = None) -> Path:
    """Where a skipped file or record came from, as the tables show it (`path`, or `corpus.jsonl#4`
    for `name`): its name printable, and one name (a record id `a/b` is no folder)."""
    shown = printable_name(path.name if name is None else name).replace("/", "_")
    if shown in ("", "."):  # no name a path can end in
        shown = f"{shown}_"
    return path.with_name(shown) if path.name else path / shown
