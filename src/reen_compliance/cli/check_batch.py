"""`check` on many profiles: chunks of paths run in worker processes, compact rows come back.

Each worker loads the rule pack once, takes a chunk of paths, evaluates each profile, writes
its report into `--output-dir` under a temporary name, and sends back one compact row per body
(`batch.BodyRow`: the worst status per rule), with the JSON Lines line or the JUnit suite when
the output needs them, never the report itself. The parent keeps the rows only, gives each
written report its final name as it arrives (so names are what they always were), spools JSON
Lines to a temporary file, and so stays flat in memory however many bodies there are.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
import tempfile
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final, Literal, Self

from reen_compliance.cli import check
from reen_compliance.i18n.message import Value, msg
from reen_compliance.report.summary import (
    BodyRow,
    body_row,
    jsonl_line,
    rows_exit_code,
    summarize_rows,
)

if TYPE_CHECKING:
    import argparse
    import xml.etree.ElementTree as ET

    from reen_compliance.formats.profile import Status
    from reen_compliance.law.loading import RuleSet
    from reen_compliance.report.words import Lang

CHUNK_MAX: Final = 32
EXIT_INTERRUPTED: Final = 130

_WORKER_RULES: dict[str, RuleSet] = {}


@dataclass(frozen=True, slots=True)
class Job:
    """What every worker needs to know besides its paths (sent once per chunk: keep it small)."""

    as_of: date
    law_as_of: date | None
    lang: Lang
    output: Literal["summary", "jsonl", "junit"]
    folder: str | None
    report_format: str
    tag: str


@dataclass(frozen=True, slots=True)
class Done:
    """One profile done: its row, its JSON Lines line or JUnit suite, its report's temp file."""

    index: int
    row: BodyRow
    line: str | None = None
    suite: ET.Element | None = None
    partial: str | None = None


def run_one(job: Job, index: int, path: str, rules: RuleSet) -> Done:
    """Evaluate one profile, write its report if asked, and keep only what the batch needs."""
    outcome = check.evaluate_profile(path, job.as_of, job.law_as_of, job.lang, rules)
    line = suite = partial = None
    if job.output == "jsonl":
        line = jsonl_line(outcome)
    elif job.output == "junit":
        from reen_compliance.report.junit import junit_suite  # noqa: PLC0415

        suite = junit_suite(outcome, job.lang)
    if job.folder is not None and outcome.report is not None:
        from reen_compliance.files.output import write_atomically  # noqa: PLC0415

        partial = str(Path(job.folder) / f".{index}.{job.tag}.report.partial")
        write_atomically(partial, check.render_report(outcome.report, job.report_format, path))
    return Done(index, body_row(outcome), line, suite, partial)


def _init_worker(rule_paths: Sequence[str] | None) -> None:
    """Load the rule pack once in each worker process."""
    from reen_compliance.law.loading import load_rules  # noqa: PLC0415

    _WORKER_RULES["rules"] = load_rules(rule_paths) if rule_paths else load_rules()


def _run_chunk(job: Job, items: list[tuple[int, str]]) -> list[Done]:
    rules = _WORKER_RULES["rules"]
    return [run_one(job, index, path, rules) for index, path in items]


def jobs_for(requested: int | None, count: int) -> int:
    """Worker processes: as asked, else 1, or one per CPU from `check.AUTO_PARALLEL_FROM` up."""
    if requested is not None:
        return min(requested, count)
    if count < check.AUTO_PARALLEL_FROM:
        return 1
    return min(os.cpu_count() or 1, count)


def chunks(paths: Sequence[str], jobs: int) -> list[list[tuple[int, str]]]:
    """Paths in input order, cut so each worker gets several chunks (the load stays even)."""
    size = max(1, min(CHUNK_MAX, len(paths) // (jobs * 8)))
    items = list(enumerate(paths))
    return [items[start : start + size] for start in range(0, len(items), size)]


def _results(
    paths: Sequence[str], jobs: int, rules: RuleSet, job: Job, rule_paths: Sequence[str] | None
) -> Generator[Done, None, None]:
    """Profiles as they finish: in order when serial, by chunk completion when parallel."""
    if jobs <= 1 or len(paths) <= 1:
        for index, path in enumerate(paths):
            yield run_one(job, index, path, rules)
        return
    executor = ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker, initargs=(rule_paths,)
    )
    try:
        # No list of futures is kept: each holds its results, which must go once read.
        done = as_completed(
            [executor.submit(_run_chunk, job, chunk) for chunk in chunks(paths, jobs)]
        )
        for future in done:
            results = future.result()
            del future  # the next wait must not keep this chunk alive
            yield from results
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def run_batch(args: argparse.Namespace, paths: list[str], lang: Lang) -> int:
    """Run every profile, then print the summary, JSON Lines or JUnit; 130 after Ctrl-C."""
    from reen_compliance.law.loading import load_rules  # noqa: PLC0415

    rules = load_rules(args.rules) if args.rules else load_rules()  # a bad pack stops everything
    fmt = args.format
    output: Literal["summary", "jsonl", "junit"] = (
        "jsonl" if fmt == "jsonl" else "junit" if fmt == "junit" else "summary"
    )
    names = _ReportNames(args.output_dir, args.report_format) if args.output_dir else None
    job = Job(
        as_of=args.as_of or check._today(),  # noqa: SLF001 - the command's one clock
        law_as_of=args.law_as_of,
        lang=lang,
        output=output,
        folder=str(names.folder) if names else None,
        report_format=args.report_format,
        tag=str(os.getpid()),
    )
    rows: list[BodyRow | None] = [None] * len(paths)
    shared = _SharedCells()
    suites: list[ET.Element | None] = [None] * len(paths) if output == "junit" else []
    with _Spool() as spool, _progress(len(paths)) as advance:
        results = _results(paths, jobs_for(args.jobs, len(paths)), rules, job, args.rules)
        try:
            for done in results:
                row = done.row
                if done.line is not None:
                    spool.add(done.index, done.line)
                if output == "junit":
                    suites[done.index] = done.suite
                if names is not None and done.partial is not None:
                    target = names.place(paths[done.index], done.partial)
                    row = replace(row, report=_link(target, args.output))
                rows[done.index] = shared.row(row)
                _announce(done.row, lang)
                advance()
        except KeyboardInterrupt:
            results.close()
            if names is not None:
                names.discard_partials(job.tag)
            _interrupted(paths, rows, names, lang)
            return EXIT_INTERRUPTED
        finished = [row for row in rows if row is not None]
        _emit(args, output, finished, suites, spool, lang, rules)
    return rows_exit_code(finished)


def _emit(  # noqa: PLR0913, PLR0917 - the three kinds of batch output, each with what it needs
    args: argparse.Namespace,
    output: str,
    rows: list[BodyRow],
    suites: list[ET.Element | None],
    spool: _Spool,
    lang: Lang,
    rules: RuleSet,
) -> None:
    from reen_compliance.cli.common import emit  # noqa: PLC0415

    if output == "jsonl":
        spool.emit(args.output)
    elif output == "junit":
        from reen_compliance.report.junit import render_suites  # noqa: PLC0415

        emit(render_suites(suite for suite in suites if suite is not None), args.output)
    elif args.summary:
        from reen_compliance.report.summary import (  # noqa: PLC0415
            render_summary_csv,
            render_summary_html,
            render_summary_text,
        )

        renderers = {
            "text": render_summary_text,
            "csv": render_summary_csv,
            "html": render_summary_html,
        }
        emit(renderers[args.format](summarize_rows(rows, rules), lang), args.output)


def _announce(row: BodyRow, lang: Lang) -> None:
    if row.problems is not None:
        heading = _say("summary-invalid", lang)
        sys.stderr.write(f"reen-compliance: {heading}\n{row.problems}\n")


def _say(message_id: str, lang: Lang, **values: Value) -> str:
    from reen_compliance.i18n.render import render  # noqa: PLC0415

    return render(msg(message_id, **values), lang)


def _link(report: Path, summary: str | None) -> str:
    """Where the summary finds a report: relative to the summary's folder (or the current one)."""
    start = Path(summary).parent if summary else Path()
    return Path(os.path.relpath(report, start)).as_posix()


def _interrupted(
    paths: list[str], rows: list[BodyRow | None], names: _ReportNames | None, lang: Lang
) -> None:

    remaining = [path for path, row in zip(paths, rows, strict=True) if row is None]
    if names is not None:
        folder = str(names.folder)
        text = _say("summary-interrupted-written", lang, count=names.written, folder=folder)
    else:
        text = _say("summary-interrupted-none", lang)
    left = _say("summary-remaining", lang, count=len(remaining))
    lines = [f"reen-compliance: {text}", left, *(f"  {path}" for path in remaining)]
    sys.stderr.write("\n".join(lines) + "\n")


class _SharedCells:
    """One copy of each distinct row of statuses: bodies alike (most are) share theirs."""

    def __init__(self) -> None:
        self._seen: dict[tuple[tuple[str, Status], ...], tuple[tuple[str, Status], ...]] = {}

    def row(self, row: BodyRow) -> BodyRow:
        """`row`, holding the shared copy of its statuses."""
        worst = self._seen.setdefault(row.worst, row.worst)
        return row if worst is row.worst else replace(row, worst=worst)


class _ReportNames:
    """Gives each report a worker wrote its final name, in the order reports finish."""

    def __init__(self, folder: str, fmt: str) -> None:
        """Create the folder if needed."""
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.extension = check.EXTENSIONS[fmt]
        self.written = 0
        self._names: set[str] = set()

    def place(self, path: str, partial: str) -> Path:
        """Rename the report of the profile at `path`; `x.yaml` gives `x.report.json`."""
        stem = Path(path).stem
        name, number = f"{stem}.report{self.extension}", 1
        while name in self._names:
            number += 1
            name = f"{stem}-{number}.report{self.extension}"
        self._names.add(name)
        target = self.folder / name
        from reen_compliance.files.output import replace_keeping_mode  # noqa: PLC0415

        replace_keeping_mode(partial, target)
        self.written += 1
        return target

    def discard_partials(self, tag: str) -> None:
        """Remove the reports written by workers but never received (after Ctrl-C)."""
        for partial in self.folder.glob(f".*.{tag}.report.partial"):
            with contextlib.suppress(OSError):
                partial.unlink()


class _Spool:
    """JSON Lines lines kept on disk as they come, written out in input order at the end."""

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        self._where: dict[int, tuple[int, int]] = {}

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        if self._file is not None:
            self._file.close()

    def add(self, index: int, line: str) -> None:
        if self._file is None:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by __exit__
        data = line.encode("utf-8")
        self._where[index] = (self._file.seek(0, os.SEEK_END), len(data))
        self._file.write(data)

    def chunks(self) -> Iterator[bytes]:
        if self._file is None:
            return
        for index in sorted(self._where):
            offset, length = self._where[index]
            self._file.seek(offset)
            yield self._file.read(length)

    def emit(self, output: str | None) -> None:
        if output:
            from reen_compliance.files.output import write_chunks_atomically  # noqa: PLC0415

            write_chunks_atomically(output, self.chunks())
            return
        sys.stdout.flush()
        for chunk in self.chunks():
            sys.stdout.buffer.write(chunk)
        sys.stdout.buffer.flush()


@contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr when it is a terminal and tqdm or rich is installed."""
    if total < 2 or not sys.stderr.isatty():  # noqa: PLR2004 - one profile needs no bar
        yield lambda: None
        return
    if importlib.util.find_spec("tqdm") is not None:
        from tqdm import tqdm  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415

        with tqdm(total=total, file=sys.stderr, unit="profile", leave=False) as bar:
            yield lambda: bar.update(1)
        return
    try:
        from rich.progress import Progress  # type: ignore[import-not-found, unused-ignore]  # noqa: PLC0415
    except ImportError:
        yield lambda: None
        return
    with Progress(transient=True) as progress:
        task = progress.add_task("reen-compliance", total=total)
        yield lambda: progress.advance(task)
