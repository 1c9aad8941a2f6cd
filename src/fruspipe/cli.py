"""The `fruspipe` command: thin wrappers around the library."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .exceptions import FruspipeError
from .options import Options


def _fail(e: FruspipeError, code: int = 2):
    click.echo(f"Error: {e}", err=True)
    sys.exit(code)


@click.group()
@click.version_option(package_name="fruspipe")
def main() -> None:
    """Turn FRUS web copies and OCR'd declassified memos into TEI XML and JSON records."""


@main.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("output", type=click.Path(path_type=Path))
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes.")
@click.option("--force", is_flag=True, help="Re-do documents whose output is up to date.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0), help="Seconds per document, per started MB (0: none).")
@click.option("--max-bytes", default=20_000_000, show_default=True, type=click.IntRange(1), help="Refuse larger inputs.")
@click.option("--normalise-quotes", is_flag=True, help="Fold straight quotes of OCR text to curly ones (recorded).")
@click.option("--normalise-dashes", is_flag=True,
              help="Turn typed dashes of OCR text (now--that, 1958-1960) into — and – (recorded).")
@click.option("--quiet", "-q", is_flag=True, help="Print only failures and the summary.")
def run(source: Path, output: Path, jobs: int, force: bool, timeout: float, max_bytes: int,
        normalise_quotes: bool, normalise_dashes: bool, quiet: bool) -> None:
    """Convert every .txt file under SOURCE (or the file SOURCE) into OUTPUT/<name>.xml and .json.

    Writes OUTPUT/run.json (every input and its outcome, and the files ignored) and
    OUTPUT/errors.jsonl (the failures). Documents already converted from the same bytes
    are skipped unless --force. Exit code 0: all documents ok; 1: some failed; 2: usage
    error (nothing done); 130: interrupted (Ctrl-C or SIGTERM; run.json lists what finished).

    Example: fruspipe run seeds/ output/
    """
    from .batch import run as run_batch

    options = Options(jobs=jobs, force=force, timeout=timeout, max_bytes=max_bytes, normalise_quotes=normalise_quotes,
                      normalise_dashes=normalise_dashes)

    def progress(o) -> None:
        if o.status == "error":
            click.echo(f"FAILED {o.input}: [{o.code}, {o.stage}] {o.message}", err=True)
        elif not quiet and o.status == "ok" and o.warnings:
            click.echo(f"ok     {o.input} (warnings: {', '.join(sorted(set(o.warnings)))})")
        elif not quiet:
            click.echo(f"{o.status:<6} {o.input}")

    try:
        report = run_batch(source, output, options, progress=progress)
    except FruspipeError as e:
        _fail(e)
    except OSError as e:  # the report itself cannot be written (disk full, folder removed)
        _fail(FruspipeError(f"cannot write the run report in {output}: {e.strerror or e}"), 1)
    click.echo(report.summary(), err=report.exit_code != 0)
    sys.exit(report.exit_code)


@main.command()
@click.option("--out", default="schema", show_default=True, type=click.Path(path_type=Path),
              help="Folder to write the schemas into.")
def schema(out: Path) -> None:
    """Write the record JSON Schema and the TEI RELAX NG schema.

    Example: fruspipe schema --out schema/
    """
    from .schemas import write_schemas

    for path in write_schemas(out):
        click.echo(f"wrote {path}")


@main.command()
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.argument("output_dir", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--only", type=click.Choice(["clean", "ocr"]), help="Score only clean or only OCR texts.")
@click.option("--per-volume", is_flag=True, help="Add a breakdown by volume.")
@click.option("--misses", default=50, show_default=True, type=click.IntRange(0), help="Misses to list in the table.")
def evaluate(gold_dir: Path, output_dir: Path, as_json: bool, only: str | None, per_volume: bool, misses: int) -> None:
    """Score the records in OUTPUT_DIR against gold records (<stem>.gold.json) in GOLD_DIR.

    Prints per-field accuracy, precision, coverage and the misses (expected vs got).

    Example: fruspipe evaluate ../shared/corpus/dev output/
    """
    from . import evaluate as ev

    try:
        result = ev.evaluate(gold_dir, output_dir, only=only)
        volumes = ev.per_volume(gold_dir, output_dir, only=only) if per_volume else {}
    except FruspipeError as e:
        _fail(e)
    if as_json:
        out = {"overall": result.to_dict()}
        if volumes:
            out["per_volume"] = {k: v.to_dict() for k, v in volumes.items()}
        click.echo(json.dumps(out, indent=1, ensure_ascii=False))
    else:
        click.echo(result.to_table(max_misses=misses))
        for name, r in volumes.items():
            click.echo("")
            click.echo(r.to_table(max_misses=0, title=f"volume {name}"))
