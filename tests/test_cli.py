"""The command line: exit codes, messages, and every command documented in the README."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from conftest import ROOT, SEEDS
from fruspipe.cli import main


def test_every_command_is_documented_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"fruspipe {name}" in readme, f"`fruspipe {name}` is not in README.md"


def test_every_command_help_ends_with_an_example():
    runner = CliRunner()
    for name in main.commands:
        out = runner.invoke(main, [name, "--help"]).output
        assert "Example: fruspipe " + name in out


def test_run_seeds(tmp_path: Path):
    result = CliRunner().invoke(main, ["run", str(SEEDS), str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "2 ok" in result.output
    report = json.loads((tmp_path / "out" / "run.json").read_text())
    assert report["ok"] == 2 and report["errors"] == 0


def test_run_missing_input_is_usage_error(tmp_path: Path):
    result = CliRunner().invoke(main, ["run", str(tmp_path / "nope"), str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "input not found" in result.output


def test_run_output_inside_input_is_usage_error(tmp_path: Path):
    (tmp_path / "in").mkdir()
    result = CliRunner().invoke(main, ["run", str(tmp_path / "in"), str(tmp_path / "in" / "out")])
    assert result.exit_code == 2
    assert "inside the input folder" in result.output


def test_schema_command_writes_both(tmp_path: Path):
    result = CliRunner().invoke(main, ["schema", "--out", str(tmp_path)])
    assert result.exit_code == 0
    assert (tmp_path / "record.schema.json").exists() and (tmp_path / "fruspipe-tei.rng").exists()


def test_evaluate_command_reports_misses(tmp_path: Path):
    gold, out = tmp_path / "gold", tmp_path / "out"
    gold.mkdir()
    CliRunner().invoke(main, ["run", str(SEEDS), str(out)])
    stem = "frus1958-60v19_d319_parsons_memo"
    (gold / f"{stem}.gold.json").write_text(json.dumps({
        "number": "319", "number_printed": True, "title": "Something else", "doc_type": "Memorandum",
        "rendering": {"dateline_in_text": False}, "footnotes": [], "page_breaks": ["638"], "handling": []}))
    result = CliRunner().invoke(main, ["evaluate", str(gold), str(out)])
    assert result.exit_code == 0, result.output
    assert "title" in result.output and "Something else".lower() in result.output.lower()
    as_json = CliRunner().invoke(main, ["evaluate", str(gold), str(out), "--json"])
    data = json.loads(as_json.output)
    assert data["overall"]["fields"]["number"]["accuracy"] == 1.0
