"""Reading, classifying and totalling purchase ledgers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger_regimes import CORRESPONDENCE, EXAMPLES, LABELS, REGIMES, V1, V2
from reen_compliance.errors import ProfileError, RulePackError
from reen_compliance.ledger.summary import (
    CategoryCodes,
    Regime,
    escape_spreadsheet_cell,
    load_cpv_correspondence,
    read_ledger,
    significant_prefix,
    summarize_ledgers,
)

if TYPE_CHECKING:
    import random
    from pathlib import Path

HEADER = "date;montant_ht;cpv;libelle;fournisseur;reemploi;recycle"


def write(tmp_path: Path, text: str, name: str = "ledger.csv", encoding: str = "utf-8") -> Path:
    """Write a ledger file and return its path."""
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def one_amount(tmp_path: Path, amount: str) -> Decimal:
    """Read a one-line ledger whose amount cell is `amount`."""
    path = write(tmp_path, f'{HEADER}\n01/02/2024;"{amount}";30213100-6;a;b;non;non\n')
    (line,) = read_ledger(path)
    return line.amount_ht


# --- formats -------------------------------------------------------------------------------


def test_three_formats_give_identical_summaries() -> None:
    """The CSV, XLSX and ODS versions of the sample ledger total exactly the same."""
    summaries = [
        summarize_ledgers([EXAMPLES / f"ledger-ville-exemple.{ext}"], REGIMES, labels=LABELS)
        for ext in ("csv", "xlsx", "ods")
    ]
    first = summaries[0]
    assert first.files[0].line_count == 3000
    for other in summaries[1:]:
        assert other.categories == first.categories
        assert other.unmapped == first.unmapped
        assert other.outside_regime == first.outside_regime
        assert other.files[0].line_count == first.files[0].line_count


def test_sample_ledger_splits_2024_and_reports_unmapped() -> None:
    """The sample's 2024 spend falls under both decrees and its services are reported unmapped."""
    summary = summarize_ledgers([EXAMPLES / "ledger-ville-exemple.csv"], REGIMES, labels=LABELS)
    regimes_2024 = {c.regime_id for c in summary.categories if c.year == 2024}
    assert regimes_2024 == {"decret-2021-254", "decret-2024-134"}
    unmapped_2025 = next(u for u in summary.unmapped if u.year == 2025)
    assert unmapped_2025.top_cpv[0].cpv == "79000000"
    assert unmapped_2025.without_cpv_line_count > 0
    explicit = [c for c in summary.categories if c.category_id == "d2024-134:transport-devices"]
    assert explicit


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b"")],
    ids=["utf8", "utf8-bom", "cp1252"],
)
def test_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    """UTF-8 with or without BOM and Windows-1252 files read the same accented text."""
    text = "Date;Montant HT;Libellé;Réemploi\n01/02/2024;12,50;Café équitable;oui\n"
    path = tmp_path / "l.csv"
    path.write_bytes(bom + text.encode(encoding))
    (line,) = read_ledger(path)
    assert line.description == "Café équitable"
    assert line.reuse is True


@pytest.mark.parametrize(
    "delimiter", [";", ",", "\t", "|"], ids=["semicolon", "comma", "tab", "pipe"]
)
def test_delimiters(tmp_path: Path, delimiter: str) -> None:
    """The delimiter is sniffed from the header among ; , tab and |."""
    rows = [["date", "amount_ht", "cpv"], ["2024-02-01", "12.50", "30213100-6"]]
    path = write(tmp_path, "\n".join(delimiter.join(r) for r in rows) + "\n")
    (line,) = read_ledger(path)
    assert line.amount_ht == Decimal("12.50")
    assert line.cpv == "30213100-6"


def test_headers_match_without_case_accents_or_spaces(tmp_path: Path) -> None:
    """`Date de la dépense`, `MONTANT HT`, `Catégorie` and `Matières recyclées` are recognised."""
    text = "Date de la dépense;MONTANT HT;Catégorie;Matières recyclées;Tiers;Objet\n"
    text += "01/02/2024;10;it-telephony;x;Fournisseur A;Chose\n"
    (line,) = read_ledger(write(tmp_path, text))
    assert (line.category, line.recycled, line.supplier, line.description) == (
        "it-telephony",
        True,
        "Fournisseur A",
        "Chose",
    )


def test_columns_mapping_names_other_headers(tmp_path: Path) -> None:
    """`columns` maps our names to any header a file uses."""
    text = "Jour;Somme;Nomenclature\n01/02/2024;10;30213100\n"
    path = write(tmp_path, text)
    columns = {"date": "Jour", "amount_ht": "Somme", "cpv": "Nomenclature"}
    (line,) = read_ledger(path, columns=columns)
    assert (line.date, line.amount_ht, line.cpv) == (date(2024, 2, 1), Decimal(10), "30213100")


def test_missing_flag_columns_are_false_and_warned(tmp_path: Path) -> None:
    """Without reuse/recycled columns every line is neither, and the summary says so."""
    path = write(tmp_path, "date;montant;cpv\n01/02/2024;10;\n")
    summary = summarize_ledgers([path], REGIMES)
    assert any("'reuse'" in w for w in summary.warnings)
    assert any("'recycled'" in w for w in summary.warnings)
    assert any("taken as HT" in w for w in summary.warnings)
    assert summary.unmapped[0].total_ht == Decimal(10)


def test_nothing_to_classify_on_is_an_error(tmp_path: Path) -> None:
    """A ledger with neither a CPV nor a category column (nor a mapping rule) is refused."""
    path = write(tmp_path, "date;montant\n01/02/2024;10\n")
    with pytest.raises(ProfileError, match="nothing to classify") as caught:
        summarize_ledgers([path], REGIMES)
    assert caught.value.problems[0].line == 1


# --- cells ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,56", "1234.56"),
        ("1\u00a0234,56", "1234.56"),
        ("1\u202f234,56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("1234.56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("1234", "1234"),
        ("1 234 567", "1234567"),
        ("1,234,567", "1234567"),
        ("1.234.567,5", "1234567.5"),
        ("1 234,56 €", "1234.56"),
        ("EUR 12,5", "12.5"),
        ("-1 234,56", "-1234.56"),
        ("\u22125,00", "-5.00"),
        (",5", "0.5"),
        ("12,3400", "12.34"),
        ("12,3456", "12.3456"),
    ],
)
def test_amount_formats(tmp_path: Path, text: str, expected: str) -> None:
    """French and English amount formats are read exactly."""
    assert one_amount(tmp_path, text) == Decimal(expected)


def test_ambiguous_single_separator_is_decimal_and_noted(tmp_path: Path) -> None:
    """`1,234` and `1.234` read as 1.234 € (single separator = decimal) and a notice counts them."""
    text = f"{HEADER}\n01/02/2024;1,234;;a;b;;\n01/02/2024;1.234;;a;b;;\n"
    path = write(tmp_path, text)
    assert [line.amount_ht for line in read_ledger(path)] == [Decimal("1.234")] * 2
    summary = summarize_ledgers([path], REGIMES)
    assert any("read as decimals (1.234 €): 2, first on line 2" in w for w in summary.warnings)


@pytest.mark.parametrize("text", ["abc", "1 23,4", "1,23,4", "1.234.56,7,8", "12-", "1e5", ""])
def test_bad_amounts_are_located(tmp_path: Path, text: str) -> None:
    """Unreadable amounts are errors naming the column and the text found."""
    with pytest.raises(ProfileError) as caught:
        one_amount(tmp_path, text)
    (problem,) = caught.value.problems
    assert (problem.line, problem.column, problem.path) == (2, 2, "$[2].amount_ht")
    assert "column 'montant_ht'" in problem.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31/12/2024", date(2024, 12, 31)),
        ("1/7/2024", date(2024, 7, 1)),
        ("31-12-2024", date(2024, 12, 31)),
        ("31.12.2024", date(2024, 12, 31)),
        ("2024-12-31", date(2024, 12, 31)),
        ("2024-12-31T10:20:30", date(2024, 12, 31)),
        ("2024-12-31 10:20", date(2024, 12, 31)),
        ("31/12/2024 00:00", date(2024, 12, 31)),
    ],
)
def test_date_formats(tmp_path: Path, text: str, expected: date) -> None:
    """Day-first French dates, ISO dates and datetimes give the date."""
    (line,) = read_ledger(write(tmp_path, f"date;montant\n{text};1\n"))
    assert line.date == expected


@pytest.mark.parametrize("text", ["30/02/2024", "2024-13-01", "12/31", "31/12/24", "demain"])
def test_impossible_dates_are_errors(tmp_path: Path, text: str) -> None:
    """Impossible or two-digit-year dates are located errors."""
    with pytest.raises(ProfileError) as caught:
        list(read_ledger(write(tmp_path, f"date;montant\n{text};1\n")))
    assert caught.value.problems[0].path == "$[2].date"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("oui", True),
        ("NON", False),
        ("o", True),
        ("n", False),
        ("Yes", True),
        ("no", False),
        ("TRUE", True),
        ("false", False),
        ("vrai", True),
        ("Faux", False),
        ("1", True),
        ("0", False),
        ("x", True),
        ("X", True),
        ("", False),
    ],
)
def test_booleans(tmp_path: Path, text: str, *, expected: bool) -> None:
    """Flags accept oui/non, o/n, yes/no, true/false, vrai/faux, 1/0 and x/empty."""
    (line,) = read_ledger(write(tmp_path, f"date;montant;reemploi\n01/02/2024;1;{text}\n"))
    assert line.reuse is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30213100-6", "30213100-6"),
        ("30213100", "30213100"),
        (" 30213100-6 ", "30213100-6"),
        ("30213100-6 Ordinateurs portables", "30213100-6"),
        ("", None),
    ],
)
def test_cpv_codes(tmp_path: Path, text: str, expected: str | None) -> None:
    """CPV codes keep their form; a trailing label is dropped; empty is None."""
    (line,) = read_ledger(write(tmp_path, f'date;montant;cpv\n01/02/2024;1;"{text}"\n'))
    assert line.cpv == expected


@pytest.mark.parametrize("text", ["3021310", "30213100-66", "ABCDEFGH", "30 213 100"])
def test_bad_cpv_codes(tmp_path: Path, text: str) -> None:
    """Malformed CPV codes are located errors."""
    with pytest.raises(ProfileError) as caught:
        list(read_ledger(write(tmp_path, f"date;montant;cpv\n01/02/2024;1;{text}\n")))
    assert caught.value.problems[0].path == "$[2].cpv"


def test_formula_cells_are_plain_text(tmp_path: Path) -> None:
    """`=HYPERLINK(...)`, `+`, `-` and `@` cells are read as text and never evaluated."""
    text = (
        'date;montant;libelle;fournisseur\n01/02/2024;1;"=HYPERLINK(""http://x"",""y"")";@SUM(A1)\n'
    )
    (line,) = read_ledger(write(tmp_path, text))
    assert line.description == '=HYPERLINK("http://x","y")'
    assert line.supplier == "@SUM(A1)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+33 1 23", "'+33 1 23"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Café", "Café"),
        ("", ""),
    ],
)
def test_escape_spreadsheet_cell(text: str, expected: str) -> None:
    """Cells a spreadsheet would run as formulas get a leading apostrophe."""
    assert escape_spreadsheet_cell(text) == expected


# --- classification ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "prefix"),
    [("30000000-9", "30"), ("30213100-6", "302131"), ("03000000", "03"), ("30125100", "301251")],
)
def test_significant_prefix(code: str, prefix: str) -> None:
    """Trailing zeros are dropped, keeping at least the two division digits."""
    assert significant_prefix(code) == prefix


def summarize_text(tmp_path: Path, body: str, **kwargs: object) -> object:
    """Summarise a one-file ledger made of `HEADER` and `body`."""
    path = write(tmp_path, f"{HEADER};categorie\n{body}")
    return summarize_ledgers([path], REGIMES, labels=LABELS, **kwargs)  # type: ignore[arg-type]


def category_totals(summary: object) -> dict[str, Decimal]:
    """Map category id to total HT."""
    return {c.category_id: c.total_ht for c in summary.categories}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("cpv", "category"),
    [
        ("30125100-2", "d2021-254:toner-ink-cartridges"),
        ("30125110", "d2021-254:toner-ink-cartridges"),
        ("30125000", "d2021-254:photocopiers"),
        ("30121100", "d2021-254:photocopiers"),
        ("30213100-6", "d2021-254:it-equipment"),
        ("30192000", "d2021-254:it-equipment"),
        ("30192700-8", "d2021-254:printed-matter-stationery"),
        ("18143000", "d2021-254:textiles"),
    ],
)
def test_longest_cpv_prefix_wins(tmp_path: Path, cpv: str, category: str) -> None:
    """A code goes to the listed code with the longest significant prefix it starts with."""
    summary = summarize_text(tmp_path, f"01/02/2023;10;{cpv};a;b;non;non;\n")
    assert category_totals(summary) == {category: Decimal(10)}


@pytest.mark.parametrize(
    ("day", "category"),
    [
        ("30/06/2024", "d2021-254:it-equipment"),
        ("01/07/2024", "d2024-134:it-telephony"),
    ],
    ids=["30-june-v1", "1-july-v2"],
)
def test_2024_splits_on_1_july(tmp_path: Path, day: str, category: str) -> None:
    """A laptop bought on 30 June 2024 counts under décret 2021-254, on 1 July under 2024-134."""
    summary = summarize_text(tmp_path, f"{day};10;30213100-6;a;b;non;non;\n")
    assert category_totals(summary) == {category: Decimal(10)}


@pytest.mark.parametrize(
    "value",
    [
        "d2024-134:jars-bottles",
        "jars-bottles",
        "Bocaux et flacons",
        "BOCAUX ET FLACONS",
        "bocaux  et  flâcons",
    ],
    ids=["full-id", "bare-key", "label", "label-upper", "label-accent-space"],
)
def test_explicit_category_overrides_cpv(tmp_path: Path, value: str) -> None:
    """An explicit category (id, key or French label) wins over the line's CPV code."""
    summary = summarize_text(tmp_path, f"02/07/2024;10;30213100-6;a;b;non;non;{value}\n")
    assert category_totals(summary) == {"d2024-134:jars-bottles": Decimal(10)}


def test_unknown_explicit_category_is_located_with_suggestion(tmp_path: Path) -> None:
    """An unknown category is an error at its line and column, with a did-you-mean."""
    with pytest.raises(ProfileError) as caught:
        summarize_text(tmp_path, "02/07/2024;10;;a;b;non;non;it-telefony\n")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column, problem.path) == (2, 8, "$[2].category")
    assert "unknown category 'it-telefony'" in problem.message
    assert problem.hint == "did you mean 'it-telephony'?"


def test_category_of_the_other_decree_is_an_error(tmp_path: Path) -> None:
    """A décret 2024-134 category on a line dated under décret 2021-254 is refused."""
    with pytest.raises(ProfileError, match="belongs to decret-2024-134"):
        summarize_text(tmp_path, "02/01/2024;10;;a;b;non;non;d2024-134:it-telephony\n")


def test_outside_any_regime_is_reported(tmp_path: Path) -> None:
    """Lines before 10 March 2021 are counted outside any regime, not dropped."""
    summary = summarize_text(tmp_path, "09/03/2021;10;30213100-6;a;b;non;non;\n")
    assert summary.outside_regime[0].year == 2021  # type: ignore[attr-defined]
    assert summary.outside_regime[0].total_ht == Decimal(10)  # type: ignore[attr-defined]
    assert not summary.categories  # type: ignore[attr-defined]


def test_unmapped_report_ranks_cpv_codes(tmp_path: Path) -> None:
    """Unmapped lines are counted, summed and their codes ranked by euros, ties by code."""
    body = "".join(
        f"02/01/2025;{amount};{cpv};a;b;non;non;\n"
        for cpv, amount in [
            ("79000000-4", "100"),
            ("79000000", "50"),
            ("72000000-5", "150"),
            ("45000000-7", "20"),
            ("", "7"),
        ]
    )
    summary = summarize_text(tmp_path, body)
    (unmapped,) = summary.unmapped  # type: ignore[attr-defined]
    assert (unmapped.line_count, unmapped.total_ht) == (5, Decimal(327))
    assert (unmapped.without_cpv_line_count, unmapped.without_cpv_ht) == (1, Decimal(7))
    assert [(c.cpv, c.total_ht) for c in unmapped.top_cpv] == [
        ("72000000", Decimal(150)),
        ("79000000", Decimal(150)),
        ("45000000", Decimal(20)),
    ]


def test_credit_notes_subtract_and_flags_sum(tmp_path: Path) -> None:
    """Credit notes subtract; reuse, recycled and both-flag sums are kept apart."""
    body = (
        "02/01/2025;100;30213100-6;a;b;oui;non;\n"
        "03/01/2025;50;30213100-6;a;b;oui;oui;\n"
        "04/01/2025;-30;30213100-6;avoir;b;oui;non;\n"
        "05/01/2025;20;30213100-6;a;b;non;oui;\n"
    )
    summary = summarize_text(tmp_path, body)
    (total,) = summary.categories  # type: ignore[attr-defined]
    assert (total.total_ht, total.reuse_ht, total.recycled_ht, total.reuse_and_recycled_ht) == (
        Decimal(140),
        Decimal(120),
        Decimal(70),
        Decimal(50),
    )
    assert total.line_count == 4


def test_same_file_twice_is_warned(tmp_path: Path) -> None:
    """Two files with the same content are flagged: their lines would count twice."""
    first = write(tmp_path, "date;montant;cpv\n01/02/2024;1;30213100\n", "a.csv")
    second = write(tmp_path, "date;montant;cpv\n01/02/2024;1;30213100\n", "b.csv")
    summary = summarize_ledgers([first, second], REGIMES)
    assert any("same content" in w for w in summary.warnings)
    (total,) = summary.categories
    assert (total.total_ht, total.line_count) == (Decimal("1.00"), 1)
    assert summary.files[1].duplicate_of == str(first)


def test_file_order_does_not_change_the_summary(tmp_path: Path) -> None:
    """Reading files in another order gives the same summary."""
    first = write(tmp_path, "date;montant;cpv\n01/02/2024;1.10;30213100\n", "a.csv")
    second = write(tmp_path, "date;montant;cpv\n01/09/2024;2,20;30213100\n", "b.csv")
    assert summarize_ledgers([first, second], REGIMES) == summarize_ledgers(
        [second, first], REGIMES
    )


LINE = st.tuples(
    st.dates(date(2020, 1, 1), date(2026, 12, 31)),
    st.decimals(min_value=-(10**6), max_value=10**6, places=2, allow_nan=False),
    st.sampled_from(["30213100-6", "30125100", "79000000", "", "34430000", "18100000-0"]),
    st.booleans(),
    st.booleans(),
)


@settings(max_examples=25, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=40), st.randoms(use_true_random=False))
def test_line_order_does_not_change_sums(
    tmp_path_factory: pytest.TempPathFactory,
    lines: list[tuple[date, Decimal, str, bool, bool]],
    rng: random.Random,
) -> None:
    """Shuffling a ledger's lines gives exactly the same summary totals."""
    directory = tmp_path_factory.mktemp("order")

    def summary_of(rows: list[tuple[date, Decimal, str, bool, bool]], name: str) -> object:
        body = "".join(
            f"{d:%d/%m/%Y};{str(a).replace('.', ',')};{c};x;y;{int(r)};{int(s)}\n"
            for d, a, c, r, s in rows
        )
        path = write(directory, f"{HEADER}\n{body}", name)
        summary = summarize_ledgers([path], REGIMES)
        return (summary.categories, summary.unmapped, summary.outside_regime)

    shuffled = list(lines)
    rng.shuffle(shuffled)
    assert summary_of(lines, "a.csv") == summary_of(shuffled, "b.csv")


# --- regimes and correspondence ------------------------------------------------------------


def test_correspondence_table_loads_and_covers_the_categories() -> None:
    """The shipped CPV table loads and every key is a décret 2024-134 category but jars."""
    table = load_cpv_correspondence(CORRESPONDENCE)
    assert "it-telephony" in table
    assert "30213100" in table["it-telephony"]
    assert "jars-bottles" not in table
    assert len(table) == 16


def test_correspondence_errors_are_located(tmp_path: Path) -> None:
    """Bad rows and a code listed twice are reported at their line and column."""
    path = write(
        tmp_path,
        "category_key,cpv_code,cpv_label_fr,confidence,origin\n"
        "it-telephony,30213100,Ordinateurs portables,medium,o\n"
        "Paper,3019763,,sure,\n"
        "paper,30213100,Ordinateurs portables,low,o\n",
        "table.csv",
    )
    with pytest.raises(RulePackError) as caught:
        load_cpv_correspondence(path)
    found = {(p.line, p.column) for p in caught.value.problems}
    assert found == {(3, 1), (3, 2), (3, 3), (3, 4), (3, 5), (4, 2)}


def test_correspondence_header_is_checked(tmp_path: Path) -> None:
    """A table with another header is refused with the expected header in the message."""
    path = write(tmp_path, "key,code\n", "table.csv")
    with pytest.raises(RulePackError, match="expected the header category_key"):
        load_cpv_correspondence(path)


def test_overlapping_regimes_are_refused(tmp_path: Path) -> None:
    """Two regimes in force on the same day are a rule-pack error."""
    clash = Regime("other", date(2024, 1, 1), None, ())
    path = write(tmp_path, "date;montant\n01/02/2024;1\n")
    with pytest.raises(RulePackError, match="overlaps"):
        summarize_ledgers([path], (V1, V2, clash))


def test_same_prefix_in_two_categories_is_refused(tmp_path: Path) -> None:
    """Two categories listing the same significant prefix make classification ambiguous."""
    regime = Regime(
        "r",
        date(2024, 1, 1),
        None,
        (CategoryCodes("r:a", ("30213100-6",)), CategoryCodes("r:b", ("30213100",))),
    )
    path = write(tmp_path, "date;montant\n01/02/2024;1\n")
    with pytest.raises(RulePackError, match="also listed"):
        summarize_ledgers([path], (regime,))


def test_title_lines_above_the_header_are_skipped_and_lines_keep_their_numbers(
    tmp_path: Path,
) -> None:
    """Exports often start with a title; the header is found below it and errors stay located."""
    path = tmp_path / "export.csv"
    path.write_text(
        "Export du grand livre, exercice 2025\n\n"
        "Date mandat;Objet;Tiers;Code CPV;Montant HT;Réemploi\n"
        "05/03/2025;PC;ACME;30213100-6;12 345,60;oui\n"
        "06/03/2025;PC;ACME;30213100-6;douze;non\n",
        encoding="utf-8",
    )
    with pytest.raises(ProfileError) as caught:
        list(read_ledger(path))
    assert caught.value.problems[0].line == 5
    good = tmp_path / "good.csv"
    good.write_text(path.read_text(encoding="utf-8").replace("douze", "12"), encoding="utf-8")
    lines = list(read_ledger(good))
    assert [line.line for line in lines] == [4, 5]
