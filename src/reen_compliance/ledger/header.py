"""Find and map a ledger's header: which of our columns each of the file's headers is.

The header is the first of the first non-blank rows that names the required columns (rows above
it, such as an export's title lines, are skipped and counted in a notice); headers are compared
after `normalize_header` with the aliases of `COLUMN_ALIASES` or the caller's explicit
`columns`; a missing required column, a header given twice, a TTC amount without a VAT rate or
nothing to classify on is a located problem.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reen_compliance.errors import suggest
from reen_compliance.ledger.sources import HEADER_SEARCH_ROWS, ProblemLog, Sink
from reen_compliance.ledger.types import FileStats
from reen_compliance.messages import Message, say

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from reen_compliance.ledger.sources import Row
    from reen_compliance.ledger.types import ReadOptions

__all__ = [
    "CANONICAL_COLUMNS",
    "COLUMN_ALIASES",
    "HeaderMapping",
    "find_header",
    "is_blank",
    "map_header",
    "normalize_header",
]

CANONICAL_COLUMNS: tuple[str, ...] = (
    "date",
    "amount_ht",
    "cpv",
    "description",
    "supplier",
    "reuse",
    "recycled",
    "category",
    "nature",
    "family",
    "donation",
    "amount_ttc",
)
"""Our column names; `date` and an amount (`amount_ht`, or `amount_ttc` with a VAT rate) are
required, the others optional."""

COLUMN_ALIASES: Mapping[str, tuple[str, ...]] = {
    "date": ("date", "date_mandat", "date_de_la_depense", "date_depense", "date_facture"),
    "amount_ht": (
        "amount_ht",
        "montant_ht",
        "montant_hors_taxes",
        "montant_hors_taxe",
        "total_ht",
        "montant",
        "amount",
    ),
    "cpv": ("cpv", "code_cpv", "cpv_code"),
    "description": ("description", "libelle", "objet", "designation", "intitule"),
    "supplier": ("supplier", "fournisseur", "tiers", "titulaire"),
    "reuse": ("reuse", "reemploi", "reutilisation", "reemploi_reutilisation"),
    "recycled": ("recycled", "recycle", "matieres_recyclees", "recyclees"),
    "category": ("category", "categorie", "category_id", "categorie_agec"),
    "nature": ("nature", "nature_m57", "compte_nature", "nature_comptable", "article_nature"),
    "family": ("family", "famille", "famille_achat", "famille_d_achat", "famille_homogene"),
    "donation": ("donation", "don", "issu_du_don", "produit_issu_du_don"),
    "amount_ttc": ("amount_ttc", "montant_ttc", "total_ttc"),
}
"""Accepted headers, compared after `normalize_header`; when several are present the first wins."""

_BARE_AMOUNTS = frozenset({"montant", "amount"})


def normalize_header(text: str) -> str:
    """Fold case, accents, spaces and punctuation so `Montant HT` matches `montant_ht`."""
    folded = unicodedata.normalize("NFKD", text.strip().lstrip("\ufeff")).casefold()
    ascii_only = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", "_", ascii_only).strip("_")


def find_header(
    rows: Iterator[Row], stats: FileStats, options: ReadOptions
) -> tuple[Row | None, Iterator[Row]]:
    """The header: the first of the first non-blank rows that names the required columns.

    Rows above it are skipped, and a notice says how many. When none qualifies, the first
    non-blank row is taken, so its problems are reported as they stand.
    """
    seen: list[Row] = []
    for row in rows:
        if is_blank(row[2]):
            continue
        seen.append(row)
        probe = Sink(stats.path, ProblemLog(10**9))
        if map_header(row, FileStats(stats.path), probe, options) is not None and not probe.count:
            if len(seen) > 1:
                stats.notices.append(say("ledger.lines_above_header", n=len(seen) - 1, line=row[0]))
            return row, rows
        if len(seen) >= HEADER_SEARCH_ROWS:
            break
    if not seen:
        return None, rows
    return seen[0], itertools.chain(seen[1:], rows)


def is_blank(cells: Sequence[object]) -> bool:
    """Say whether every cell is empty or whitespace (blank lines, `;;;;` rows)."""
    return all(isinstance(c, str) and not c.strip() for c in cells)


@dataclass(frozen=True, slots=True)
class HeaderMapping:
    """Where each canonical column sits in a row (0-based index) and the file's header text."""

    index: Mapping[str, int]
    header: Mapping[str, str]


class _HeaderError(Exception):
    """A header problem: (line, column, path, message) for the sink."""

    def __init__(self, line: int | None, column: int | None, path: str, message: Message) -> None:
        """Keep the located message."""
        super().__init__(str(message))
        self.where = (line, column, path, message)


def map_header(
    header_row: Row, stats: FileStats, sink: Sink, options: ReadOptions
) -> HeaderMapping | None:
    """Match the header to our columns through aliases and `columns`; report what is missing."""
    line, first_column, cells = header_row
    headers = [str(cell).strip().lstrip("\ufeff") for cell in cells]
    try:
        position = _header_positions(headers, line, first_column)
        index_of = _explicit_columns(options.columns or {}, position, headers, line)
    except _HeaderError as error:
        sink.add(*error.where)
        return None
    for canonical in CANONICAL_COLUMNS:
        alias = next((a for a in COLUMN_ALIASES[canonical] if a in position), None)
        if canonical not in index_of and alias is not None:
            index_of[canonical] = position[alias]
    if "amount_ttc" in index_of and "amount_ht" in index_of:
        del index_of["amount_ttc"]  # an HT amount wins: no conversion needed
    if "amount_ttc" in index_of and options.vat_rate_pct is None:
        header = headers[index_of["amount_ttc"]]
        sink.add(
            line,
            first_column + index_of["amount_ttc"],
            "header",
            say("ledger.ttc_without_rate", header=header),
        )
        return None
    missing = [name for name in ("date", "amount_ht") if name not in index_of]
    if "amount_ttc" in index_of:
        missing = [name for name in missing if name != "amount_ht"]
    for name in missing:
        message = say(
            "ledger.missing_column",
            name=name,
            aliases=_quoted(COLUMN_ALIASES[name]),
            headers=_quoted(headers),
        )
        sink.add(line, None, "header", message)
    if missing:
        return None
    if options.classify_by is not None and not options.classify_by & index_of.keys():
        sink.add(line, None, "header", say("ledger.nothing_to_classify", headers=_quoted(headers)))
        return None
    _header_notices(stats, index_of, headers, options)
    return HeaderMapping(index_of, {k: headers[i] for k, i in index_of.items()})


def _header_notices(
    stats: FileStats, index_of: Mapping[str, int], headers: list[str], options: ReadOptions
) -> None:
    """Say what the header made us assume: missing flags, a bare amount read as HT, TTC."""
    for flag in ("reuse", "recycled"):
        if flag not in index_of:
            stats.notices.append(say("ledger.no_flag_column", file=stats.path, flag=flag))
    amount = index_of.get("amount_ht")
    explicit = (options.columns or {}).get("amount_ht")
    if (
        amount is not None
        and explicit is None
        and normalize_header(headers[amount]) in _BARE_AMOUNTS
    ):
        stats.notices.append(say("ledger.bare_amount", file=stats.path, header=headers[amount]))
    if "amount_ttc" in index_of:
        stats.notices.append(
            say(
                "ledger.ttc_converted",
                file=stats.path,
                header=headers[index_of["amount_ttc"]],
                rate=str(options.vat_rate_pct),
            )
        )


def _header_positions(headers: list[str], line: int, first_column: int) -> dict[str, int]:
    """Index the normalised headers; a header present twice is an error."""
    position: dict[str, int] = {}
    for index, text in enumerate(headers):
        key = normalize_header(text)
        if key in position:
            message = say("ledger.duplicate_column", header=text)
            raise _HeaderError(line, first_column + index, "header", message)
        if key:
            position[key] = index
    return position


def _explicit_columns(
    columns: Mapping[str, str], position: Mapping[str, int], headers: list[str], line: int
) -> dict[str, int]:
    """Resolve the caller's `columns` mapping (canonical name -> the file's header)."""
    index_of: dict[str, int] = {}
    for canonical, file_header in columns.items():
        if canonical not in CANONICAL_COLUMNS:
            hint = suggest(canonical, CANONICAL_COLUMNS)
            message = say(
                "ledger.unknown_column_name",
                expected=_quoted(CANONICAL_COLUMNS),
                hint=say("hint.parenthesized", hint=hint) if hint else "",
            )
            raise _HeaderError(None, None, f"columns.{canonical}", message)
        found = position.get(normalize_header(file_header))
        if found is None:
            raise _HeaderError(
                line,
                None,
                f"columns.{canonical}",
                say("ledger.no_such_header", header=file_header, headers=_quoted(headers)),
            )
        index_of[canonical] = found
    return index_of


def _quoted(names: tuple[str, ...] | list[str]) -> str:
    """Render names as a quoted, comma-separated list."""
    return ", ".join(repr(name) for name in names) or "(none)"
