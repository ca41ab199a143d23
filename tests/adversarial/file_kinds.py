"""Kinds that are article files: each adds its own file(s) beside the seeds, so most share one run.

Expected outcomes: README's "Input" (files it cannot use are skipped with a reason: empty,
binary, PDF, not text, no body; text that is not UTF-8 is decoded and the encoding named) and,
where it is silent, the rules of issue "Hardening II" (see checks.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re

from .builders import SEEDS, Case, article, deep_json, jsonl
from .checks import RunResult, anchored_years
from .kind import Expect, Kind

RELATIVE = ("The ministers met yesterday and will meet again next Tuesday, three days after the vote that "
            "was held last week; the previous round of talks took place two years ago.")
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def _bytes(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


# ---- checks shared by several kinds ---------------------------------------------------------------

def dates_sane(name: str | re.Pattern[str]):
    """Relative dates of `name` anchored on a year a calendar can hold, and never year 0000."""
    def check(result: RunResult) -> list[str]:
        return [f"{name}: date out of range: {bad}" for bad in anchored_years(result, name)]
    return check


def published_sane(name: str):
    """`published` of `name` is empty or a real date in 1800-2200 (never an impossible or far year)."""
    def check(result: RunResult) -> list[str]:
        found = dates_sane(name)(result)
        for row in result.rows_for("articles", name):
            value = row.get("published", "")
            if value and not _real_date(value):
                found.append(f"{name}: published is {value!r}, not a date a calendar can hold")
        return found
    return check


def _real_date(value: str) -> bool:
    parts = value.split("-")
    try:
        day = dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return False
    return 1800 <= day.year <= 2200


def warned(names: tuple[str, ...], values: tuple[str, ...]):
    """README: a bad date is a warning naming the file and the value (one stderr line with both)."""
    def check(result: RunResult) -> list[str]:
        lines = [line for line in result.err.splitlines()
                 if any(n in line for n in names) and any(v.lower() in line.lower() for v in values)]
        return [] if lines else [f"no warning naming {names[0]} and {values[0]!r}"]
    return check


def published_empty(name: str):
    def check(result: RunResult) -> list[str]:
        values = [row.get("published", "") for row in result.rows_for("articles", name)]
        return [f"{name}: published is {values[0]!r}, expected empty"] if values and values[0] else []
    return check


def both(*checks):
    def check(result: RunResult) -> list[str]:
        return [line for one in checks for line in one(result)]
    return check


def column_is(table: str, name: str, column: str, expected: str):
    def check(result: RunResult) -> list[str]:
        values = [row.get(column) for row in result.rows_for(table, name)]
        return [] if expected in values else [f"{name}: {column} is {values[:1]!r}, expected {expected!r}"]
    return check


def column_matches(table: str, name: str | re.Pattern[str], column: str, pattern: str):
    def check(result: RunResult) -> list[str]:
        values = [row.get(column, "") for row in result.rows_for(table, name)]
        ok = values and all(re.search(pattern, v, re.IGNORECASE) for v in values)
        return [] if ok else [f"{column} of {name} is {values[:1]!r}, expected /{pattern}/"]
    return check


def html_says(text: str, *, absent: tuple[str, ...] = (), files: tuple[str, ...] = ("companion.html",)):
    def check(result: RunResult) -> list[str]:
        found = []
        for name in files:
            html = (result.out / name).read_text("utf-8", "replace")
            if text and text not in html:
                found.append(f"{name} does not show {text!r} literally")
            found += [f"{name} contains {bad!r}" for bad in absent if bad in html]
        return found
    return check


def no_zero_width(name: str):
    def check(result: RunResult) -> list[str]:
        cells = [row.get("actor", "") for row in result.rows_for("actors", name)]
        cells += [row.get("speaker", "") for row in result.rows_for("quotes", name)]
        bad = [c for c in cells if ZERO_WIDTH.search(c)]
        return [f"zero-width characters kept in names: {bad[:3]!r}"] if bad else []
    return check


# ---- builders --------------------------------------------------------------------------------------

def _dateline(name: str, line: str):
    def build(case: Case) -> None:
        text = article("Grain talks run late", extra=RELATIVE)
        title, rest = text.split("\n", 1)
        case.add(name, f"{title}\n{line}\n{rest}")
    return build


def _record_published(name: str, value: str):
    def build(case: Case) -> None:
        case.add(name, jsonl({"id": name.replace(".jsonl", "-rec"), "outlet": f"Wire {name}", "published": value,
                              "text": article("Wire copy on the grain talks", extra=RELATIVE)}))
    return build


def _file(name: str | bytes, content: str | bytes, encoding: str = "utf-8"):
    def build(case: Case) -> None:
        case.add(name, content, encoding)
    return build


def _html_hostile(case: Case) -> None:
    url = f"{case.canary}/html_hostile"
    body = "".join(f"<p>{p}</p>" for p in article("x").split("\n\n")[1:])
    case.add("page.html", f"""<!doctype html><html><head><title>Grain talks page</title>
<link rel="stylesheet" href="{url}/style.css"><style>@import url("{url}/import.css");</style>
<script src="{url}/app.js"></script><script>alert(1); fetch("{url}/fetch")</script>
<meta property="og:image" content="{url}/og.png"></head>
<body><article><h1>Grain talks page</h1><img src="{url}/img.png" srcset="{url}/2x.png 2x">
<iframe src="{url}/frame.html"></iframe>{body}<object data="{url}/object.swf"></object>
<video src="{url}/video.mp4" poster="{url}/poster.png"></video></article></body></html>""")


def _markdown_remote(case: Case) -> None:
    url = f"{case.canary}/markdown_remote"
    text = article("Grain talks in Markdown").replace(
        "\n\n", f"\n\n![chart]({url}/chart.png)\n\n<img src=\"{url}/inline.png\">\n\n[source]({url}/source)\n\n", 1)
    case.add("remote.md", text)


def _markup_in_text(case: Case) -> None:
    url = f"{case.canary}/markup_in_text"
    extra = (f"The statement <img src=\"{url}/x.png\"> was posted with <script>alert(1)</script> and "
             f"<iframe src=\"{url}/frame\"></iframe> <link rel=stylesheet href=\"{url}/s.css\"> in the text.")
    case.add("markup.txt", article("Markup in the text of the grain talks", extra=extra))


def _jinja(case: Case) -> None:
    extra = "\u201c{{ 7*7 }} {% for x in range(3) %}loop{% endfor %} {{ config }}\u201d, the minister said."
    case.add("jinja.txt", article("{{ 7*7 }} and {% raw %} in the grain talks", extra=extra))


def _nul_esc(case: Case) -> None:
    text = article("Control \x1b[2J\x1b]0;title\x07 codes in the grain talks",
                   extra="The ministry said \x1b[31mred text\x1b[0m and \x07 a bell were in the release.")
    text = text + ("Filler paragraph about the harvest and the ports. " * 100) + "\x00 after a NUL\n"
    case.add("controls.txt", text)


def _u2028(case: Case) -> None:
    text = article("Title with a\u2029paragraph separator").replace("\n\n", "\u2028")
    case.add("separators.txt", text.replace("said Maria", "said\u2028Maria"))


def _zero_width(case: Case) -> None:
    extra = ("\u201cThe deal is close,\u201d said Vladi\u200bmir Pu\u200btin, the Russian president. "
             "Kim\u200d Jong\u2060 Un met Pu\u200btin and Ser\ufeffgei Shoigu on Wednesday.")
    case.add("zerowidth.txt", article("Zero width names in the grain talks", extra=extra))


def _symlinks(case: Case) -> None:
    os.symlink("loop2.txt", case.folder / "loop1.txt")
    os.symlink("loop1.txt", case.folder / "loop2.txt")


def _duplicate(case: Case) -> None:
    name = "001_82387e096d30deb5.txt"
    case.add("dup_copy.txt", (SEEDS / name).read_bytes())
    case.metadata_rows.append(["dup_copy.txt", "", "Samakal English", "", "2023-09-15", "news", ""])


def _duplicate_check(result: RunResult) -> list[str]:
    listed = any("dup_copy.txt" in ",".join(row.values()) for row in result.table("duplicates") or [])
    return [] if listed else ["dup_copy.txt (a same-outlet copy of a seed) is not in duplicates.csv"]


def _bad_records(case: Case) -> None:
    good = {"id": "badrec-a", "outlet": "Jsonl Wire", "text": article("Good record among bad ones")}
    case.add("badrec.jsonl", jsonl('{"text": "unterminated', '["a list", "not an object"]',
                                   {"id": "badrec-notext", "title": "no text"}, good,
                                   {"id": "badrec-a", "text": article("A second record with the same id")}))


def _escape_ids(case: Case) -> None:
    case.add("traversal.jsonl", jsonl(
        {"id": "../../adv-escape.txt", "text": article("Record whose id climbs out of the folder")},
        {"id": "/tmp/adv-absolute-id.txt", "text": article("Record whose id is an absolute path", place="Norland")}))


def _escape_check(result: RunResult) -> list[str]:
    root = result.out.parent
    made = [str(p) for base in (root, root.parent, root / "out", root / "figures") for p in base.glob("adv-escape*")]
    return [f"a record id wrote outside the output folder: {made}"] if made else []


def _big_corpus(case: Case) -> None:
    records = [{"id": f"wide-{n:02d}", "outlet": f"Wire {n}", "html": "<p>" + "x" * 500_000 + "</p>",
                "text": article(f"Wide record {n} on the grain talks", place=f"Province {n}")} for n in range(12)]
    case.add("wide.jsonl", jsonl(*records))


FILE_KINDS = [
    # --- dates out of range or impossible
    Kind("dateline_year_9999", "dateline '31 December 9999' with relative dates: no anchor on year 9999",
         _dateline("dl9999.txt", "31 December 9999"),
         Expect(handled=("dl9999.txt",), check=both(published_sane("dl9999.txt"),
                                                    warned(("dl9999.txt",), ("9999",)))), share=True),
    Kind("dateline_year_0001", "dateline 'January 1, 0001': relative dates never come out as year 0000/0001",
         _dateline("dl0001.txt", "January 1, 0001"),
         Expect(handled=("dl0001.txt",), check=both(published_sane("dl0001.txt"),
                                                    warned(("dl0001.txt",), ("0001",)))), share=True),
    Kind("dateline_feb_30", "dateline '30 February 2023', a day no calendar has",
         _dateline("dlfeb30.txt", "30 February 2023"),
         Expect(handled=("dlfeb30.txt",), check=both(published_sane("dlfeb30.txt"), warned(
             ("dlfeb30.txt",), ("30 February 2023", "2023-02-30")))), share=True),
    Kind("jsonl_published_9999", ".jsonl record published 9999-12-31: a warning; not used as the anchor",
         _record_published("pub9999.jsonl", "9999-12-31"),
         Expect(handled=("pub9999-rec",), check=both(published_empty("pub9999-rec"), dates_sane("pub9999-rec"),
                                                     warned(("pub9999",), ("9999-12-31",)))), share=True),
    Kind("jsonl_published_0000", ".jsonl record published 0000-00-00: a warning; published empty",
         _record_published("pub0000.jsonl", "0000-00-00"),
         Expect(handled=("pub0000-rec",), check=both(published_sane("pub0000-rec"),
                                                     warned(("pub0000",), ("0000-00-00",)))), share=True),
    # --- size and shape
    Kind("quote_token_40k", "a quote holding one unbroken 40,000-character token",
         _file("token.txt", article("A long token", extra="\u201c" + "A" * 40_000 + "\u201d, the minister said.")),
         Expect(handled=("token.txt",)), share=True),
    Kind("title_100k", "a title line of 100,000 characters",
         _file("longtitle.txt", article(("Summit " * 14_300).strip())), Expect(handled=("longtitle.txt",)), share=True),
    Kind("jsonl_corpus_6mb", "a 6 MB .jsonl corpus (12 records with a 500 kB html field): a corpus, not one article",
         _big_corpus, Expect(analysed=tuple(f"wide-{n:02d}" for n in range(12))), share=True),
    # --- unusable files: skipped with a reason (README: empty, binary, PDF, not text, no body)
    Kind("empty_file", "an empty file", _file("empty.txt", b""), Expect(skipped=(("empty.txt", "empty"),)), share=True),
    Kind("whitespace_only", "only white space", _file("blank.txt", " \n\t\n   \r\n"),
         Expect(skipped=(("blank.txt", "white"),)), share=True),
    Kind("title_only", "a title and no body", _file("titleonly.txt", "Just a title\n"),
         Expect(skipped=(("titleonly.txt", "body"),)), share=True),
    Kind("pdf_as_txt", "a PDF named .txt", _file("paper.txt", b"%PDF-1.7\n" + _bytes(1, 3000)),
         Expect(skipped=(("paper.txt", "pdf"),)), share=True),
    Kind("binary_random", "random bytes named .txt", _file("noise.txt", _bytes(2, 20_000)),
         Expect(skipped=(("noise.txt", "binary"),)), share=True),
    Kind("utf16_bom_then_binary", "a UTF-16 BOM followed by binary",
         _file("bom16.txt", b"\xff\xfe" + _bytes(3, 9_999)), Expect(skipped=(("bom16.txt", ""),)), share=True),
    Kind("unknown_extension", "a .docx file", _file("notes.docx", b"PK\x03\x04" + _bytes(4, 500)),
         Expect(skipped=(("notes.docx", ""),)), share=True),
    Kind("not_english", "an article in German", _file("german.txt", "Die Gespr\u00e4che \u00fcber Getreide\n\n" + (
        "Die Minister der beiden L\u00e4nder trafen sich am Dienstag in der Hauptstadt, um \u00fcber ein neues "
        "Abkommen zu sprechen, und die Gespr\u00e4che dauerten bis in die Nacht. " * 3)),
         Expect(skipped=(("german.txt", "english"),)), share=True),
    Kind("html_without_body", "an .html page with navigation only",
         _file("nav.html", "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>"),
         Expect(skipped=(("nav.html", ""),)), share=True),
    # --- encodings: README promises non-UTF-8 text is decoded and the encoding named
    Kind("utf16_without_bom", "a UTF-16-LE article without BOM: decoded, encoding named",
         _file("utf16le.txt", article("Grain talks in UTF-16"), "utf-16-le"),
         Expect(analysed=("utf16le.txt",), check=column_matches("articles", "utf16le.txt", "encoding", "16")),
         share=True),
    Kind("cp1252_text", "a cp1252 article: decoded, encoding named",
         _file("western.txt", article("Caf\u00e9 talks \u2013 the grain deal"), "cp1252"),
         Expect(analysed=("western.txt",), check=both(
             column_is("articles", "western.txt", "title", "Caf\u00e9 talks \u2013 the grain deal"),
             column_matches("articles", "western.txt", "encoding", r"^(?!utf-8$)\S"))),
         share=True),
    Kind("mojibake", "UTF-8 read as cp1252 upstream (we\u00e2\u20ac\u2122re): repaired, noted",
         _file("mojibake.txt", article("We\u2019re talking grain", extra="\u201cWe\u2019re close,\u201d she said.")
               .encode("utf-8").decode("cp1252", "replace")),
         Expect(analysed=("mojibake.txt",), check=column_matches("articles", "mojibake.txt", "notes", "mojibake")),
         share=True),
    Kind("nul_and_esc_in_text", "ESC sequences, BEL and a NUL inside an article's text",
         _nul_esc, Expect(handled=("controls.txt",)), share=True),
    Kind("unicode_line_separators", "U+2028/U+2029 as line and paragraph separators",
         _u2028, Expect(handled=("separators.txt",)), share=True),
    Kind("zero_width_in_names", "zero-width characters inside names: not kept in actors or speakers",
         _zero_width, Expect(analysed=("zerowidth.txt",), check=no_zero_width("zerowidth.txt")), share=True),
    # --- .jsonl and .csv corpus files
    Kind("jsonl_nested_100k", "a .jsonl line nested 100,000 deep: that record skipped, the next one used",
         _file("deep.jsonl", deep_json(100_000) + "\n"
               + jsonl({"id": "deep-ok", "text": article("After the deep line")})),
         Expect(skipped=(("deep.jsonl#1", ""),), analysed=("deep-ok",)), share=True),
    Kind("jsonl_5000_digit_number", "a 5,000-digit number as a record's id",
         _file("bignum.jsonl", '{"id": ' + "1234567890" * 500 + ', "text": ' + json.dumps(article("Big number"))
               + "}\n" + jsonl({"id": "bignum-ok", "text": article("After the big number", place="Ostmark")})),
         Expect(skipped=(("bignum.jsonl#1", ""),), analysed=("bignum-ok",)), share=True),
    Kind("jsonl_bad_records", "bad JSON, a non-object, a record without text, a repeated id",
         _bad_records, Expect(analysed=("badrec-a",), skipped=(("badrec.jsonl#1", "json"), ("badrec.jsonl#2", ""),
                                                                ("badrec.jsonl#3", "text"), ("badrec.jsonl#5", ""))),
         share=True),
    Kind("jsonl_esc_record_id", "ESC and CR in a record's id, outlet and title: nothing raw in tables or terminal",
         _file("escrec.jsonl", jsonl({"id": "\x1b[31mescrec\x1b[0m", "outlet": "\x1b]0;owned\x07Wire\rX",
                                      "title": "\x1b[2JCleared", "text": article("Escaped record", place="Escapia")})),
         Expect(handled=(re.compile("escrec"),)), share=True),
    Kind("jsonl_formula_fields", "a record with id '@rec', outlet '+Wire', own column '=cmd|calc'",
         _file("formrec.jsonl", jsonl({"id": "@formrec", "outlet": "+Wire", "country": "=cmd|' /C calc'!A0",
                                       "author": "-Someone", "text": article("Formula record", place="Formia")})),
         Expect(handled=(re.compile("formrec"),)), share=True),
    Kind("csv_corpus_without_text", "a .csv corpus file without a text column",
         _file("notext.csv", "id,title\n1,Nothing here\n"), Expect(skipped=(("notext.csv", "text"),)), share=True),
    Kind("csv_corpus_unclosed_quote", "a .csv corpus file with an unclosed quotation mark",
         _file("ragged.csv", 'id,text\nr1,"' + article("Unclosed").replace('"', "") + "\nr2,second\n"),
         Expect(handled=(re.compile(r"^(ragged\.csv|r1)"),)), share=True),
    Kind("jsonl_id_path_traversal", "record ids '../../x' and '/tmp/x': nothing written outside --out",
         _escape_ids, Expect(handled=(re.compile("adv-escape"), re.compile("adv-absolute")), check=_escape_check),
         share=True),
    # --- not regular files
    # README: a folder, FIFO, socket, symlink loop or dangling link gets its own line in skipped.csv
    Kind("directory_named_txt", "a directory named x.txt", lambda c: (c.folder / "folder.txt").mkdir(),
         Expect(skipped=(("folder.txt", ""),)), share=True),
    Kind("fifo_named_txt", "a FIFO named x.txt (must not block)", lambda c: os.mkfifo(c.folder / "pipe.txt"),
         Expect(skipped=(("pipe.txt", ""),)), share=True),
    Kind("symlink_loop", "two symlinks pointing at each other", _symlinks,
         Expect(skipped=(("loop1.txt", ""), ("loop2.txt", ""))), share=True),
    Kind("dangling_symlink", "a symlink to nothing", lambda c: os.symlink("nowhere.txt", c.folder / "gone.txt"),
         Expect(skipped=(("gone.txt", ""),)), share=True),
    Kind("symlink_to_dev_zero", "a symlink named x.txt to /dev/zero (must not read forever)",
         lambda c: os.symlink("/dev/zero", c.folder / "zero.txt"), Expect(absent=("zero.txt",)), share=True),
    # --- hostile markup: literal text, nothing fetched
    Kind("html_hostile", "an .html page with script, iframe, remote images and styles: nothing fetched",
         _html_hostile, Expect(handled=("page.html",), check=html_says("", absent=("<iframe", "<script src"))),
         share=True),
    Kind("markdown_remote", "a .md article with remote images and links: nothing fetched", _markdown_remote,
         Expect(handled=("remote.md",)), share=True),
    Kind("markup_in_text", "<img>, <script>, <iframe> in a .txt article: literal, nothing fetched",
         _markup_in_text, Expect(analysed=("markup.txt",), check=html_says(
             "", absent=("<script>alert(1)", "<iframe src=\"http"), files=("companion.html", "briefing.html"))),
         share=True),
    Kind("jinja_in_text", "{{ 7*7 }} and {% %} in a title and a quote stay literal",
         _jinja, Expect(analysed=("jinja.txt",), check=both(
             column_is("articles", "jinja.txt", "title", "{{ 7*7 }} and {% raw %} in the grain talks"),
             html_says("{{ 7*7 }}"))), share=True),
    # --- file names
    Kind("filename_not_utf8", "a file name that is not valid UTF-8 (bytes b'caf\\xe9')",
         _file(b"caf\xe9-bytes.txt", article("Bytes in the name")),
         Expect(handled=(re.compile(r"^caf.*bytes\.txt$"),)), share=True),
    Kind("filename_formula", "a file name '=HYPERLINK(1).txt': no formula cell",
         _file("=HYPERLINK(1).txt", article("A formula file name")), Expect(handled=(re.compile("HYPERLINK"),)),
         share=True),
    Kind("filename_dash", "a file '-rf.txt' inside the folder: analysed, no formula cell",
         _file("-rf.txt", article("A dash file name", place="Dashland")), Expect(handled=(re.compile(r"rf\.txt$"),)),
         share=True),
    Kind("filename_carriage_return", "a file name with a carriage return",
         _file("carriage\rreturn.txt", article("A CR in the name", place="Crland")),
         Expect(handled=(re.compile("carriage.?return"),)), share=True),
    Kind("filename_newline_skipped", "an empty file whose name holds a newline: its skip line is one line",
         _file("new\nline.txt", b""), Expect(skipped=((re.compile("new.?line"), "empty"),)), share=True),
    Kind("filename_esc_analysed", "a file name with ESC colour codes (analysed)",
         _file("\x1b[31mred\x1b[0m.txt", article("Colour codes in the name", place="Redland")),
         Expect(handled=(re.compile(r"red.*\.txt$"),)), share=True),
    Kind("filename_esc_skipped", "an empty file whose name holds an OSC title sequence (printed as skipped)",
         _file("\x1b]0;owned\x07.txt", b""), Expect(skipped=((re.compile("owned"), "empty"),)), share=True),
    Kind("filename_255_bytes", "a file name of 255 bytes", _file("n" * 251 + ".txt", article("Long name")),
         Expect(handled=("n" * 251 + ".txt",)), share=True),
    Kind("duplicate_article", "a same-outlet copy of a seed under another name: set aside as duplicate",
         _duplicate, Expect(absent=("dup_copy.txt",), check=_duplicate_check), share=True),
    Kind("formula_in_quotes", "quotes that start with = + - @", _file("formula_quotes.txt", article(
        "Formula quotes", place="Cellland",
        extra="\u201c=SUM(A1:A9) is the figure,\u201d said Maria Lopez. \u201c+44 20 7946 0000 is our line,\u201d "
              "she said. \u201c-1 is the answer,\u201d said Daniel Okafor. \u201c@everyone must go,\u201d he said.")),
         Expect(analysed=("formula_quotes.txt",)), share=True),
    Kind("formula_front_matter", "Markdown front matter with = + - @ in title, outlet, author, genre",
         _file("front.md", "---\ntitle: =1+2\noutlet: '@outlet'\nauthor: +Author Name\ngenre: -news\n---\n\n"
               + article("x").split("\n\n", 1)[1]), Expect(handled=("front.md",)), share=True),
]
