"""Bad input, one case at a time, through `fruspipe.pipeline.convert`: a record or a `DocumentError` with a code.

Also the property tests: the pipeline never raises anything else on arbitrary text
or bytes, and what it returns validates against both schemas.
"""
from __future__ import annotations

import codecs
import json
import os
import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from fruspipe.exceptions import DocumentError
from fruspipe.ingest import decode
from fruspipe.options import Options
from fruspipe.pipeline import convert
from fruspipe.schemas import record_validator, tei_validator

TEXT = "MEMORANDUM FOR THE PRESIDENT\n\nSUBJECT: Café “talks” — naïve résumé\n\nThe Minister said no.\n"
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def convert_bytes(tmp_path: Path, data: bytes, name: str = "doc.txt", **options):
    p = tmp_path / name
    p.write_bytes(data)
    return convert(p, Options(**options))


def error_of(tmp_path: Path, data: bytes, **options) -> DocumentError:
    with pytest.raises(DocumentError) as e:
        convert_bytes(tmp_path, data, **options)
    return e.value


def assert_valid(v) -> None:
    """Both outputs validate, and the TEI parses without resolving anything."""
    assert not list(record_validator().iter_errors(json.loads(v.json_text)))
    tree = etree.fromstring(v.tei_text, SAFE_PARSER)
    assert tei_validator().validate(tree), tei_validator().error_log.last_error


def tei_text(v) -> str:
    return "".join(etree.fromstring(v.tei_text, SAFE_PARSER).itertext())


# --- empty and binary --------------------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"   \n\t\n  ", b"\r\n\r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")])
def test_empty_or_blank_is_empty(tmp_path, data):
    e = error_of(tmp_path, data)
    assert (e.code, e.stage) == ("empty", "ingest")
    assert "empty input" in str(e)


@pytest.mark.parametrize("data, what", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "a PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
    (b"some text\x00\x00\x00\x01\x02 more", "NUL"),
    (bytes(range(32)) * 20, "non-text bytes"),
])
def test_binary_is_refused(tmp_path, data, what):
    e = error_of(tmp_path, data)
    assert (e.code, e.stage) == ("binary", "ingest")
    assert str(e).startswith("binary input") and what in str(e)


# --- encodings -----------------------------------------------------------------------------------

@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM: sniffed
    (TEXT.encode("cp1252"), "cp1252"),
    (TEXT.replace("“", '"').replace("”", '"').replace("—", "-").encode("latin-1"), "latin-1"),
])
def test_encodings_are_decoded_and_recorded(tmp_path, data, encoding):
    v = convert_bytes(tmp_path, data)
    assert v.record.source.encoding == encoding
    assert "Café" in v.json_text and "résumé" in v.json_text
    assert "\ufeff" not in v.json_text and "\ufffd" not in v.json_text
    assert_valid(v)


def test_crlf_and_cr_line_ends_become_newlines():
    assert decode(b"a\r\nb\rc\n", "x.txt", "x").text == "a\nb\nc\n"


def test_invalid_utf8_sequences_are_replaced_and_warned(tmp_path):
    data = TEXT.encode("utf-8").replace(b"The Minister", b"The \xff\xfe Minister")
    v = convert_bytes(tmp_path, data)
    assert v.record.source.encoding == "utf-8"  # the valid sequences are kept, not re-read as cp1252
    assert "résumé" in v.json_text
    assert "undecodable-bytes" in {w.code for w in v.record.warnings}


def test_mojibake_is_repaired_by_the_clean_rule(tmp_path):
    data = "MEMORANDUM\n\nHe said â€œnoâ€\x9d at the cafÃ©.\n".encode("utf-8")
    v = convert_bytes(tmp_path, data)
    assert "“no”" in v.json_text and "café" in v.json_text and "â€" not in v.json_text
    assert "repair_mojibake" in {s.rule for s in v.record.cleaning}


# --- content that must not break the XML -------------------------------------------------------------

def test_forbidden_control_characters_are_stripped_and_counted(tmp_path):
    data = f"{TEXT}\nThe\x01 Minister\x07 said\x1b no\x0b.\x7f\n".encode("utf-8")
    v = convert_bytes(tmp_path, data)
    step = {s.rule: s for s in v.record.cleaning}["strip_forbidden_controls"]
    assert step.count == 5
    for c in "\x01\x07\x1b\x0b\x7f":
        assert c.encode() not in v.tei_text
    assert "The Minister said no." in tei_text(v)
    assert_valid(v)


def test_text_that_looks_like_xml_is_escaped_as_text(tmp_path):
    hostile = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
               "<lolz>&lol; &xxe; AT&T </lolz> ]]> <p>x</p>")
    v = convert_bytes(tmp_path, f"MEMORANDUM\n\n{hostile}\n".encode())
    assert_valid(v)
    tree = etree.fromstring(v.tei_text, SAFE_PARSER)
    assert tree.getroottree().docinfo.internalDTD is None
    text = tei_text(v)
    for literal in ("<!DOCTYPE lolz", '<!ENTITY xxe SYSTEM "file:///etc/passwd">', "&lol; &xxe; AT&T", "]]>", "<p>x</p>"):
        assert literal in text
    assert b"root:" not in v.tei_text


def test_no_recognisable_structure_gives_a_record_with_warnings(tmp_path):
    rng = random.Random(1)
    words = "the of and to a in that is was he for it with as his on be at by".split()
    text = "\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(3, 15))) for _ in range(40))
    v = convert_bytes(tmp_path, text.encode())
    assert v.record.warnings
    assert_valid(v)


# --- size and time -----------------------------------------------------------------------------------

def test_too_large_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:  # 50 MB, sparse: quick to make
        f.truncate(50_000_000)
    t = time.perf_counter()
    with pytest.raises(DocumentError) as e:
        convert(big, Options())
    assert time.perf_counter() - t < 1
    assert e.value.code == "too-large" and "--max-bytes" in str(e.value)


def test_max_bytes_is_configurable(tmp_path):
    assert error_of(tmp_path, TEXT.encode() * 10, max_bytes=100).code == "too-large"
    assert convert_bytes(tmp_path, TEXT.encode(), max_bytes=1000).record


def test_very_long_lines_are_converted(tmp_path):
    t = time.perf_counter()
    v = convert_bytes(tmp_path, b"MEMORANDUM\n\n" + b"word " * 200_000 + b"\n")
    assert time.perf_counter() - t < 5
    assert_valid(v)


# --- files ---------------------------------------------------------------------------------------------

def test_a_pipe_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError) as e:
        convert(fifo, Options())
    assert e.value.code == "not-a-file"


@pytest.mark.skipif(os.geteuid() == 0, reason="running as root: chmod 000 does not stop root reading the file")
def test_unreadable_file(tmp_path):
    p = tmp_path / "locked.txt"
    p.write_text(TEXT)
    p.chmod(0)
    with pytest.raises(DocumentError) as e:
        convert(p, Options())
    assert (e.value.code, e.value.stage) == ("unreadable", "ingest")


@pytest.mark.parametrize("name", ["with space é.txt", "ünïcødé 文書.txt", "ctrl\x01char.txt", os.fsdecode(b"latin1-\xe9.txt")])
def test_odd_file_names_give_valid_records(tmp_path, name):
    v = convert_bytes(tmp_path, TEXT.encode(), name=name)
    assert_valid(v)
    assert v.record.source.path.endswith(".txt")


# --- properties ----------------------------------------------------------------------------------------

MARKUP = (
    "~~SECRET~~", "TOP SECRET", "- 2 -", "[Page 12]", "MEMORANDUM FOR THE PRESIDENT", "SUBJECT: Berlin",
    "Washington, May 3, 1961.", "1. Source: Department of State, Central Files, 611.61/5–361. Secret.",
    "| DECLASSIFIED | |", "| Authority NND 959 | By NARA, Date 3/3/03 |", "25X1",
    "Approved For Release 2003/07/29 : CIA-RDP80B01234R000100010001-1", "NW 65924 DocId:32349215 Page 2",
    "319. Telegram From the Embassy in Poland to the Department of State1", "Dean Rusk", "cc: Mr. Bundy",
    "The Minister said that justificat-", "ion was lacking.2", "", "   ", "<u>Secret</u>", "~~struck~~ text",
)
DOCUMENTS = st.lists(st.one_of(st.sampled_from(MARKUP), st.text(max_size=80)), max_size=40).map("\n".join)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def converts_or_refuses(path: Path) -> None:
    """The property: a valid record, or a `DocumentError` with a code (never any other exception)."""
    try:
        v = convert(path, Options(timeout=0))
    except DocumentError as e:
        assert e.code and e.code != "internal-error", str(e)
        return
    assert_valid(v)


@FUZZ
@given(text=DOCUMENTS)
def test_any_text_converts_or_is_refused(tmp_path, text):
    p = tmp_path / "fuzz.txt"
    p.write_text(text, encoding="utf-8", errors="surrogatepass")
    converts_or_refuses(p)


@FUZZ
@given(data=st.binary(max_size=2000) | st.text(max_size=500).map(lambda s: s.encode("utf-16")))
def test_any_bytes_convert_or_are_refused(tmp_path, data):
    p = tmp_path / "fuzz.txt"
    p.write_bytes(data)
    converts_or_refuses(p)


def mutate(text: str, rng: random.Random) -> str:
    """Delete lines, swap blocks, inject markers and junk."""
    lines = text.split("\n")
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(4)
        i = rng.randrange(len(lines) + 1)
        if op == 0 and lines:
            del lines[min(i, len(lines) - 1)]
        elif op == 1 and len(lines) > 4:
            a, b = sorted(rng.sample(range(len(lines)), 2))
            lines = lines[:a] + lines[b:] + lines[a:b]
        elif op == 2:
            lines.insert(i, rng.choice(MARKUP))
        else:
            junk = "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x80, 0x3000), rng.randrange(0, 32)]))
                           for _ in range(rng.randint(1, 40)))
            lines.insert(i, junk)
    return "\n".join(lines)


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="no ../shared/corpus/dev")
@pytest.mark.parametrize("seed", range(5))
def test_mutated_corpus_documents_convert_or_are_refused(tmp_path, seed):
    rng = random.Random(seed)
    for src in sorted(CORPUS.glob("*.txt")):
        p = tmp_path / src.name
        p.write_text(mutate(src.read_text(encoding="utf-8"), rng), encoding="utf-8", errors="surrogatepass")
        converts_or_refuses(p)
