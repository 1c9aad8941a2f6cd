"""The batch (`fruspipe run` and `fruspipe.batch.run`): isolation, exit codes, report, naming,
time limits, dead workers, atomic and resumable output, interrupts, determinism."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from fruspipe import pipeline, write
from fruspipe.batch import collect_inputs, run
from fruspipe.cli import main
from fruspipe.options import Options

DOC = "MEMORANDUM FOR THE PRESIDENT\n\nWashington, May 3, 1961.\n\nSUBJECT: Berlin\n\nThe Minister said {}.\n"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
FRUSPIPE = Path(sys.executable).with_name("fruspipe")


def make(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, content in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content if isinstance(content, bytes) else content.encode())
    return root


def docs(n: int, prefix: str = "") -> dict[str, str]:
    return {f"{prefix}doc{i:03}.txt": DOC.format(f"no {i}") for i in range(n)}


def cli(*args: str):
    return CliRunner().invoke(main, ["run", *map(str, args)])


def report(out: Path) -> dict:
    return json.loads((out / "run.json").read_text())


def outputs(out: Path) -> dict[str, bytes]:
    """Every document output (not the report) by relative path."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.suffix in (".json", ".xml") and p.name != "run.json"}


def assert_complete_pairs(out: Path) -> None:
    """No temp file; every JSON parses and has its XML, which parses too."""
    assert not [p for p in out.rglob("*.tmp")]
    for j in out.rglob("*.json"):
        json.loads(j.read_text())
        if j.name != "run.json":
            etree.parse(str(j.with_suffix(".xml")))
    for x in out.rglob("*.xml"):
        assert x.with_suffix(".json").exists(), x


# --- exit codes and the report ---------------------------------------------------------------------

def test_all_ok_exits_0(tmp_path):
    src = make(tmp_path / "in", docs(3))
    r = cli(src, tmp_path / "out")
    assert r.exit_code == 0, r.output
    assert "3 document(s): 3 ok" in r.output
    assert sorted(outputs(tmp_path / "out")) == [f"doc{i:03}.{s}" for i in range(3) for s in ("json", "xml")]
    assert (tmp_path / "out" / "errors.jsonl").read_text() == ""


def test_bad_documents_are_reported_and_the_batch_goes_on(tmp_path):
    src = make(tmp_path / "in", {**docs(2), "empty.txt": "", "blank.txt": " \n\n", "image.txt": b"\x89PNG\r\n\x1a\n\0\0",
                                 "big.txt": DOC.format("x" * 5000)})
    r = cli(src, tmp_path / "out", "--max-bytes", 2000)
    assert r.exit_code == 1
    assert "6 document(s): 2 ok, 0 skipped (up to date), 4 failed" in r.output
    assert "FAILED" in r.stderr and "[binary, ingest] binary input" in r.stderr
    errors = [json.loads(ln) for ln in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    codes = {Path(e["input"]).name: (e["code"], e["stage"]) for e in errors}
    assert codes == {"empty.txt": ("empty", "ingest"), "blank.txt": ("empty", "ingest"),
                     "image.txt": ("binary", "ingest"), "big.txt": ("too-large", "ingest")}
    assert all(e["message"] and "\n" not in e["message"] for e in errors)
    rep = report(tmp_path / "out")
    assert (rep["documents"], rep["ok"], rep["errors"], rep["interrupted"]) == (6, 2, 4, False)
    assert not (tmp_path / "out" / "empty.json").exists()


@pytest.mark.parametrize("case", ["missing", "output-inside-input", "output-is-input", "output-is-a-file", "fifo"])
def test_usage_errors_exit_2_before_any_work(tmp_path, case):
    src = make(tmp_path / "in", docs(2))
    out = tmp_path / "out"
    if case == "missing":
        src = tmp_path / "nowhere"
    elif case == "output-inside-input":
        out = src / "out"
    elif case == "output-is-input":
        out = src
    elif case == "output-is-a-file":
        out.write_text("x")
    else:
        src = tmp_path / "fifo"
        os.mkfifo(src)
    r = cli(src, out)
    assert r.exit_code == 2
    assert r.stderr.startswith("Error: ") and "Traceback" not in r.output
    assert not (out / "run.json").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="running as root: chmod 000 does not stop root reading a folder")
def test_unreadable_folder_is_a_usage_error_and_an_unreadable_subfolder_is_listed(tmp_path):
    src = make(tmp_path / "in", {**docs(1), "sub/a.txt": DOC})
    (src / "sub").chmod(0)
    try:
        rep = run(src, tmp_path / "out", Options())
        assert [i["reason"] for i in rep.ignored] == ["unreadable folder: Permission denied"]
        src.chmod(0)
        r = cli(src, tmp_path / "out2")
        assert r.exit_code == 2 and "cannot read the input folder" in r.stderr
    finally:
        src.chmod(0o755)
        (src / "sub").chmod(0o755)


# --- which files, and the names of their outputs ----------------------------------------------------

def test_nested_folders_collisions_and_odd_names(tmp_path):
    files = {"a/x.txt": DOC.format("a"), "b/x.txt": DOC.format("b"), "x.txt": DOC.format("lower"),
             "x.TXT": DOC.format("upper"), "run.txt": DOC.format("run"), "with space é.txt": DOC.format("sp"),
             "deep/er/文書.txt": DOC.format("deep")}
    src = make(tmp_path / "in", files)
    rep = run(src, tmp_path / "out", Options())
    assert rep.exit_code == 0
    made = {Path(o.input).relative_to(src).as_posix(): Path(o.output).relative_to(tmp_path / "out").as_posix()
            for o in rep.outcomes}
    assert made == {"a/x.txt": "a/x.json", "b/x.txt": "b/x.json", "x.TXT": "x.json", "x.txt": "x-2.json",
                    "run.txt": "run-2.json", "with space é.txt": "with space é.json",
                    "deep/er/文書.txt": "deep/er/文書.json"}
    for rel, out in made.items():  # each output was made from its own input
        assert json.loads((tmp_path / "out" / out).read_text())["source"]["path"].endswith(rel)
    assert report(tmp_path / "out")["documents"] == 7  # the report was not overwritten by run.txt


def test_non_txt_files_and_symlinks_are_ignored_and_listed(tmp_path):
    src = make(tmp_path / "in", {**docs(1), "notes.md": "x", "scan.pdf": b"%PDF", "sub/a.txt": DOC})
    make(tmp_path / "elsewhere", {"b.txt": DOC})
    (src / "link.txt").symlink_to(src / "doc000.txt")
    (src / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (src / "linkdir").symlink_to(tmp_path / "elsewhere")
    os.mkfifo(src / "pipe.txt")
    inputs, ignored = collect_inputs(src, tmp_path / "out")
    assert [i.name for i in inputs] == ["doc000", "sub/a"]
    reasons = {Path(i["path"]).name: i["reason"] for i in ignored}
    assert reasons == {"notes.md": "not a .txt file", "scan.pdf": "not a .txt file", "link.txt": "symlink (not followed)",
                       "dangling.txt": "symlink (not followed)", "linkdir": "symlink (not followed)",
                       "pipe.txt": "not a regular file"}
    r = cli(src, tmp_path / "out")
    assert r.exit_code == 0 and "6 file(s) ignored" in r.output
    assert len(report(tmp_path / "out")["ignored"]) == 6


def test_a_single_file_is_an_input(tmp_path):
    src = make(tmp_path, {"one.txt": DOC.format("one")}) / "one.txt"
    r = cli(src, tmp_path / "out")
    assert r.exit_code == 0 and (tmp_path / "out" / "one.json").exists()


# --- time limit and dead workers ----------------------------------------------------------------------

@pytest.fixture
def slow_segment(monkeypatch):
    """`segment` sleeps on documents that say "slow" and kills its process on those that say "die"."""
    real = pipeline.segment

    def segment(cleaned):
        if "slow" in cleaned.text:
            time.sleep(30)
        if "die" in cleaned.text:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(cleaned)

    monkeypatch.setattr(pipeline, "segment", segment)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_over_the_time_limit_is_reported_and_the_batch_goes_on(tmp_path, slow_segment, jobs):
    src = make(tmp_path / "in", {**docs(3), "stuck.txt": DOC.format("slow")})
    t = time.monotonic()
    rep = run(src, tmp_path / "out", Options(timeout=0.5, jobs=jobs))
    assert time.monotonic() - t < 10
    assert (rep.ok, rep.errors, rep.exit_code) == (3, 1, 1)
    (failed,) = [o for o in rep.outcomes if o.status == "error"]
    assert (Path(failed.input).name, failed.code, failed.stage) == ("stuck.txt", "timeout", "segment")
    assert "--timeout" in failed.message
    assert_complete_pairs(tmp_path / "out")


def test_a_killed_worker_is_reported_and_the_batch_goes_on(tmp_path, slow_segment):
    src = make(tmp_path / "in", {**docs(6), "killer.txt": DOC.format("die")})
    rep = run(src, tmp_path / "out", Options(jobs=2))
    assert (rep.ok, rep.errors) == (6, 1)
    (failed,) = [o for o in rep.outcomes if o.status == "error"]
    assert (Path(failed.input).name, failed.code) == ("killer.txt", "worker-died")
    assert [Path(o.input).name for o in rep.outcomes] == sorted(Path(o.input).name for o in rep.outcomes)
    assert_complete_pairs(tmp_path / "out")


# --- atomic output -------------------------------------------------------------------------------------

def test_a_failed_rename_leaves_no_temp_and_no_half_pair(tmp_path, monkeypatch):
    src = make(tmp_path / "in", docs(2))
    real = os.replace

    def replace(a, b):
        if str(b).endswith("doc001.json"):
            raise OSError(28, "No space left on device")
        return real(a, b)

    monkeypatch.setattr(write.os, "replace", replace)
    rep = run(src, tmp_path / "out", Options())
    (failed,) = [o for o in rep.outcomes if o.status == "error"]
    assert (failed.code, failed.stage) == ("write-failed", "write") and "No space left" in failed.message
    assert sorted(outputs(tmp_path / "out")) == ["doc000.json", "doc000.xml"]
    assert_complete_pairs(tmp_path / "out")


def test_an_interrupt_while_writing_keeps_the_old_files(tmp_path, monkeypatch):
    target = tmp_path / "a.xml"
    target.write_bytes(b"old")
    calls = []

    real_chmod = write.os.chmod

    def chmod(path, mode):  # called once per temp file, after its bytes are written
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real_chmod(path, mode)

    monkeypatch.setattr(write.os, "chmod", chmod)
    with pytest.raises(KeyboardInterrupt):
        write.write_all([(target, b"new"), (tmp_path / "a.json", b"{}")])
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["a.xml"]


def test_interrupt_writes_the_report_of_what_finished(tmp_path, monkeypatch):
    src = make(tmp_path / "in", {**docs(2), "doc002.txt": DOC.format("stop"), **docs(2, "z")})
    real = pipeline.segment

    def segment(cleaned):
        if "stop" in cleaned.text:
            raise KeyboardInterrupt
        return real(cleaned)

    monkeypatch.setattr(pipeline, "segment", segment)
    r = cli(src, tmp_path / "out")
    assert r.exit_code == 130 and "INTERRUPTED: 2 document(s)" in r.stderr
    rep = report(tmp_path / "out")
    assert rep["interrupted"] and [Path(o["input"]).name for o in rep["outcomes"]] == ["doc000.txt", "doc001.txt"]
    assert_complete_pairs(tmp_path / "out")


@pytest.mark.parametrize("jobs", [1, 2])
def test_sigterm_stops_cleanly_leaving_only_complete_pairs(tmp_path, jobs):
    src = make(tmp_path / "in", {f"d{i:04}.txt": DOC.format(f"no {i} " + "word " * 3000) for i in range(400)})
    out = tmp_path / "out"
    proc = subprocess.Popen([str(FRUSPIPE), "run", "-q", "-j", str(jobs), str(src), str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while len(list(out.glob("*.json"))) < 10 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    rep = report(out)
    assert rep["interrupted"] and 10 <= rep["ok"] < 400
    assert_complete_pairs(out)
    assert {o["output"] for o in rep["outcomes"]} == {str(p) for p in out.glob("d*.json")}


# --- resume and determinism ------------------------------------------------------------------------------

def test_rerun_skips_up_to_date_documents_and_force_redoes_them(tmp_path):
    src = make(tmp_path / "in", docs(3))
    out = tmp_path / "out"
    assert cli(src, out).exit_code == 0
    first = outputs(out)
    r = cli(src, out)
    assert r.exit_code == 0 and "0 ok, 3 skipped" in r.output
    (src / "doc001.txt").write_text(DOC.format("something else"))
    (out / "doc002.xml").unlink()  # a half pair is not up to date
    assert "2 ok, 1 skipped" in cli(src, out).output
    assert "3 ok, 0 skipped" in cli(src, out, "--force").output
    again = outputs(out)
    assert again.pop("doc001.json") != first.pop("doc001.json")
    assert again.pop("doc001.xml") != first.pop("doc001.xml")
    assert again == first


def test_a_document_that_now_fails_loses_its_old_outputs(tmp_path):
    src = make(tmp_path / "in", docs(2))
    run(src, tmp_path / "out", Options())
    (src / "doc000.txt").write_bytes(b"%PDF-1.4")
    rep = run(src, tmp_path / "out", Options())
    assert (rep.errors, rep.skipped) == (1, 1)
    assert sorted(outputs(tmp_path / "out")) == ["doc001.json", "doc001.xml"]


def test_output_is_byte_identical_across_runs_and_job_counts(tmp_path):
    src = CORPUS if CORPUS.is_dir() else make(tmp_path / "in", docs(20))
    run(src, tmp_path / "seq", Options())
    run(src, tmp_path / "par", Options(jobs=2))
    run(src, tmp_path / "again", Options(force=True))
    seq = outputs(tmp_path / "seq")
    assert seq and outputs(tmp_path / "par") == seq and outputs(tmp_path / "again") == seq


def test_the_time_limit_grows_with_the_document(tmp_path):
    from fruspipe.pipeline import time_allowed
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_text("x" * 10, encoding="utf-8")
    big.write_text("x" * 2_500_000, encoding="utf-8")
    assert (time_allowed(10, small), time_allowed(10, big), time_allowed(0, big)) == (10, 30, 0)


def test_a_record_made_with_other_options_is_redone(tmp_path):
    src = make(tmp_path / "in", docs(2))
    out = tmp_path / "out"
    assert run(src, out, Options()).ok == 2
    assert run(src, out, Options()).skipped == 2
    again = run(src, out, Options(normalise_dashes=True))
    assert (again.ok, again.skipped) == (2, 0)
    assert all(json.loads(p.read_text())["options"] == ["normalise_dashes"] for p in out.glob("doc*.json"))
    assert run(src, out, Options(normalise_dashes=True)).skipped == 2
