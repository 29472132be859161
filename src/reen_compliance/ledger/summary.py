"""Total purchase ledgers per year and AGEC art. 58 category, by the decree in force on each line.

The regimes (décret 2021-254, décret 2024-134…) are plain inputs built by the engine from the rule
files; this module names no decree. A line belongs to the regime whose dated period contains its
date, so calendar year 2024 is split on 1 July; how a line finds its category is
`ledger_classify`'s job, the sums `ledger_totals`'s, reading `ledger_read`'s. Lines matching
nothing are *unmapped* and lines dated outside every regime are *outside any regime*: both are
totalled and reported, never dropped.

This module is the entry point (`summarize_ledgers`) and keeps the names other modules and
callers have always imported from it.
"""

from __future__ import annotations

import dataclasses
from decimal import Context, Inexact, InvalidOperation, Overflow, localcontext
from pathlib import Path
from typing import TYPE_CHECKING

from reen_compliance.errors import LedgerError
from reen_compliance.ledger.classify import (
    BROAD_PREFIX_DIGITS,
    CategoryCodes,
    Classifier,
    Regime,
    UnreachableCategories,
    significant_prefix,
)
from reen_compliance.ledger.cpv import categories_from_correspondence, load_cpv_correspondence
from reen_compliance.ledger.read import (
    DEFAULT_MAX_PROBLEMS,
    FileStats,
    LedgerLine,
    ReadOptions,
    escape_spreadsheet_cell,
    iter_ledger,
    problems_of,
    read_ledger,
)
from reen_compliance.ledger.sources import ProblemLog
from reen_compliance.ledger.totals import (
    CategoryTotal,
    CpvTotal,
    LedgerFile,
    LedgerSummary,
    OutsideRegimeTotal,
    Totals,
    UnmappedTotal,
)
from reen_compliance.messages import Message, say

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from reen_compliance.ledger.mapping import CategoryRule

__all__ = [
    "BROAD_PREFIX_DIGITS",
    "CategoryCodes",
    "CategoryTotal",
    "CpvTotal",
    "LedgerFile",
    "LedgerLine",
    "LedgerSummary",
    "OutsideRegimeTotal",
    "Regime",
    "UnmappedTotal",
    "UnreachableCategories",
    "categories_from_correspondence",
    "escape_spreadsheet_cell",
    "load_cpv_correspondence",
    "read_ledger",
    "significant_prefix",
    "summarize_ledgers",
]

# Sums must stay exact whatever the order: inputs have at most 21 significant digits, so 60 digits
# cannot be exceeded in practice, and Inexact is trapped to prove it.
_EXACT = Context(prec=60, traps=[Inexact, InvalidOperation, Overflow])


def summarize_ledgers(  # noqa: PLR0913 - each keyword is an independent, optional knob
    paths: Iterable[str | Path],
    regimes: Sequence[Regime],
    *,
    columns: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
    max_bytes: int | None = None,
    max_problems: int = DEFAULT_MAX_PROBLEMS,
    options: ReadOptions | None = None,
    rules: Sequence[CategoryRule] = (),
    years: Iterable[int] | None = None,
    keep_unclassified: bool = False,
) -> LedgerSummary:
    """Read every ledger and total it; return only if every line of every file was valid.

    Raises `LedgerError` with up to `max_problems` located problems, and one saying how many
    more were found (nothing is returned, so a caller writes nothing), or `RulePackError` if
    the regimes themselves are inconsistent. `labels` maps category ids to their French labels,
    accepted in an explicit category column; `rules` (from a mapping file) classify lines by
    nature, family, CPV prefix or supplier before the CPV codes of the rule pack. `years` keeps
    only the lines of those years, everywhere. A file whose SHA-256 equals an earlier one's is
    read (its problems are reported) but counted once, with a warning.
    """
    classifier = Classifier(regimes, labels or {}, rules)
    chosen = options or ReadOptions(columns=columns)
    if chosen.classify_by is None:
        used = {"cpv" if name == "cpv_prefix" else name for r in rules for name, _ in r.match}
        chosen = dataclasses.replace(chosen, classify_by=frozenset({"cpv", "category", *used}))
    log = ProblemLog(max_problems)
    totals = Totals()
    files: list[LedgerFile] = []
    said: list[Message] = []
    kept: list[LedgerLine] = []
    wanted = frozenset(years) if years is not None else None
    seen: dict[str, str] = {}
    with localcontext(_EXACT):
        for path in paths:
            stats = FileStats(str(path))
            file_totals = Totals()
            file_totals.add_lines(
                iter_ledger(path, stats, log, options=chosen, max_bytes=max_bytes),
                classifier,
                log=log,
                stats=stats,
                years=wanted,
                kept=kept if keep_unclassified else None,
            )
            duplicate = seen.get(stats.sha256) if stats.sha256 else None
            if duplicate is None:
                totals.merge(file_totals)
                seen.setdefault(stats.sha256, stats.path)
            else:
                said.append(say("ledger.duplicate_file", file=stats.path, other=duplicate))
                kept[:] = [
                    k
                    for k in kept
                    if k.file != stats.path and not k.file.startswith(stats.path + "[")
                ]
            files.append(
                LedgerFile(
                    stats.path,
                    stats.sha256,
                    stats.line_count,
                    stats.kind,
                    stats.encoding,
                    stats.delimiter,
                    tuple(stats.sheets),
                    duplicate,
                )
            )
            said.extend(stats.notices)
    if log.problems:
        raise LedgerError(problems_of(log))
    ordered = tuple(sorted(said, key=str))
    return totals.summary(
        tuple(sorted(files, key=lambda f: f.path)),
        ordered,
        classifier.unreachable(totals.categories, totals.unmapped, wanted),
        tuple(kept),
    )
