"""Purchase ledgers in scenarios: files written as exports, totalled through the public API or CLI."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import frictionless
import openpyxl
import pytest
from pytest_bdd import given, parsers, then, when

from reen_compliance.cli.common import main
from reen_compliance.decisions.procurement import shares_rule, summarize
from reen_compliance.law.loading import load_rules
from reen_compliance.ledger.mapping import load_mapping
from reen_compliance.report.declaration import DECLARATION_FIELDS
from steps.words import number

World = dict[str, Any]
ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SCHEMA = (
    ROOT / "schemas" / "vendor" / "schema-declaration-biens-reemploi-reutilisation-recycle"
) / "schema.json"
DAY = re.compile(r"(\d{2})/(\d{2})/(\d{4})")


@pytest.fixture
def ledger_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder the scenario's files are written in, and the current folder of its commands."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _cell(text: str) -> object:
    """A spreadsheet cell as a person types it: a date, a number, or text."""
    found = DAY.fullmatch(text)
    if found:
        day, month, year = found.groups()
        return date(int(year), int(month), int(day))
    if re.fullmatch(r"[\d\s\u00a0\u202f]+(,\d+)?", text):
        return float(number(text))
    return text


@given(parsers.parse("un classeur « {name} » dont la feuille « {sheet} » contient :"))
def workbook_sheet(
    world: World, ledger_dir: Path, name: str, sheet: str, datatable: list[list[str]]
) -> None:
    """A workbook whose first sheet holds the table."""
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = sheet
    for row in datatable:
        first.append([_cell(cell) for cell in row])
    book.save(ledger_dir / name)
    world["workbook"] = name


@given(parsers.parse("dont la feuille « {sheet} » contient :"))
def another_sheet(world: World, ledger_dir: Path, sheet: str, datatable: list[list[str]]) -> None:
    """One more sheet in the scenario's workbook."""
    path = ledger_dir / world["workbook"]
    book = openpyxl.load_workbook(path)
    page = book.create_sheet(sheet)
    for row in datatable:
        page.append([_cell(cell) for cell in row])
    book.save(path)


@given(parsers.parse("un fichier « {name} » contenant :"))
def csv_file(ledger_dir: Path, name: str, docstring: str) -> None:
    """A CSV export in UTF-8."""
    (ledger_dir / name).write_text(docstring + "\n", encoding="utf-8")


@given(parsers.parse("un fichier « {name} » encodé en Windows-1252 contenant :"))
def cp1252_file(ledger_dir: Path, name: str, docstring: str) -> None:
    """A CSV export in Windows-1252, as many finance programs write them."""
    (ledger_dir / name).write_bytes((docstring + "\n").encode("cp1252"))


@given(parsers.parse("une copie « {copy} » de « {name} »"))
def copy_of(ledger_dir: Path, copy: str, name: str) -> None:
    """The same bytes under another name."""
    shutil.copyfile(ledger_dir / name, ledger_dir / copy)


@given(parsers.parse("un fichier de correspondance « {name} » :"))
def mapping_file(world: World, ledger_dir: Path, name: str, docstring: str) -> None:
    """A mapping file (docs/ledger-mapping.md) written as the scenario shows it."""
    (ledger_dir / name).write_text(docstring + "\n", encoding="utf-8")
    world["mapping"] = ledger_dir / name


@given(parsers.parse("le registre d'exemple « {name} »"))
def example_ledger(ledger_dir: Path, name: str) -> None:
    """A ledger shipped in examples/, copied into the scenario's folder."""
    shutil.copyfile(EXAMPLES / name, ledger_dir / name)


def _summarize(world: World, names: list[str], **options: Any) -> None:
    world["summary"] = summarize(shares_rule(load_rules()), names, **options)


@when(parsers.parse("on totalise le registre « {name} »"))
def total_one(world: World, ledger_dir: Path, name: str) -> None:
    """Total one ledger with the bundled rules."""
    _summarize(world, [str(ledger_dir / name)])


@when(parsers.parse("on totalise les registres « {first} » et « {second} »"))
def total_two(world: World, ledger_dir: Path, first: str, second: str) -> None:
    """Total two ledgers together."""
    _summarize(world, [str(ledger_dir / first), str(ledger_dir / second)])


@when(parsers.parse("on totalise le registre « {name} » avec le fichier de correspondance"))
def total_with_mapping(world: World, ledger_dir: Path, name: str) -> None:
    """Total a ledger read and classified through the scenario's mapping file."""
    mapping = load_mapping(world["mapping"])
    _summarize(world, [str(ledger_dir / name)], mapping=mapping, keep_unclassified=True)


@when(parsers.parse("on totalise le registre pour l'année {year:d} seulement"))
def total_one_year(world: World, year: int) -> None:
    """Total the example ledger keeping one year, the unclassified lines listed."""
    _summarize(world, ["ledger-ville-exemple.csv"], years=[year], keep_unclassified=True)


@when(parsers.parse("on demande la déclaration de l'année {year:d}"))
def declaration(world: World, capsys: pytest.CaptureFixture[str], year: int) -> None:
    """Run `ledger --format declaration` for a year, as a person would on the command line."""
    argv = ["ledger", "ledger-ville-exemple.csv", "-f", "declaration", "--year", str(year)]
    argv += ["--siret", "21750001600019", "--raison-sociale", "Ville d'Exemple"]
    world["code"] = main([*argv, "-o", "declaration.csv"])
    world["err"] = capsys.readouterr().err


@when(parsers.parse("on lance la commande « {command} »"))
def command(world: World, capsys: pytest.CaptureFixture[str], command: str) -> None:
    """Run a command line (without its program name) in the scenario's folder."""
    world["code"] = main([*command.split(), "-o", "sortie.txt"])
    world["err"] = capsys.readouterr().err


@then(
    parsers.parse(
        "les achats « {category} » de {year:d} totalisent {amount} euros HT"
        " dont {reuse} euros issus du réemploi"
    )
)
def category_total_with_reuse(
    world: World, category: str, year: int, amount: str, reuse: str
) -> None:
    """A category's total and reuse amount for a year."""
    total = _category(world, category, year)
    assert (total.total_ht, total.reuse_ht) == (number(amount), number(reuse))


@then(parsers.parse("les achats « {category} » de {year:d} totalisent {amount} euros HT"))
def category_total(world: World, category: str, year: int, amount: str) -> None:
    """A category's total for a year."""
    assert _category(world, category, year).total_ht == number(amount)


def _category(world: World, category: str, year: int) -> Any:
    found = [t for t in world["summary"].categories if t.category_id == category and t.year == year]
    assert len(found) == 1, world["summary"].categories
    return found[0]


@then(parsers.parse("la feuille « {sheet} » a {count:d} ligne lue"))
@then(parsers.parse("la feuille « {sheet} » a {count:d} lignes lues"))
def sheet_lines(world: World, sheet: str, count: int) -> None:
    """The summary names the sheet with its line count."""
    (ledger,) = world["summary"].files
    assert dict(ledger.sheets)[sheet] == count


@then(parsers.parse("le séparateur reconnu est « {delimiter} »"))
def delimiter_found(world: World, delimiter: str) -> None:
    """The CSV dialect found for the file."""
    assert [f.delimiter for f in world["summary"].files] == [delimiter]


def _counted(world: World) -> tuple[int, Decimal]:
    """Lines counted in any bucket (category, unclassified, outside any decree) and their euros."""
    summary = world["summary"]
    buckets = [*summary.categories, *summary.unmapped, *summary.outside_regime]
    return sum(b.line_count for b in buckets), sum((b.total_ht for b in buckets), Decimal(0))


@then(parsers.parse("{count:d} ligne est comptée"))
@then(parsers.parse("{count:d} lignes sont comptées"))
def lines_counted(world: World, count: int) -> None:
    """How many lines the totals hold, whatever their category."""
    assert _counted(world)[0] == count


@then(parsers.parse("les lignes comptées totalisent {amount} euros HT"))
def counted_total(world: World, amount: str) -> None:
    """The euros of every counted line."""
    assert _counted(world)[1] == number(amount)


@then(parsers.parse("un avertissement dit que « {copy} » a le même contenu que « {original} »"))
def duplicate_warning(world: World, copy: str, original: str) -> None:
    """The copy is named in a French notice, with the file it repeats."""
    notices = [m.render("fr") for m in world["summary"].said]
    assert any(
        "même contenu" in n and copy in n and original in n.split("que", 1)[1] for n in notices
    ), notices


@then(parsers.parse("il reste {count:d} ligne à classer, pour {amount} euros HT"))
@then(parsers.parse("il reste {count:d} lignes à classer, pour {amount} euros HT"))
def left_to_classify(world: World, count: int, amount: str) -> None:
    """The lines no category was found for, listed and totalled."""
    lines = world["summary"].unclassified_lines
    assert len(lines) == count
    assert sum((line.amount_ht for line in lines), Decimal(0)) == number(amount)


@then(
    parsers.parse(
        "la déclaration est refusée comme « {heading} » avec un message qui mentionne « {word} »"
    )
)
def declaration_refused(world: World, heading: str, word: str) -> None:
    """Exit code 2, the French label of the error and its message."""
    assert world["code"] == 2
    assert world["err"].startswith(f"reen-compliance: {heading}\n")
    assert word in world["err"]


@then("aucun fichier de déclaration n'est écrit")
def nothing_written(ledger_dir: Path) -> None:
    """Nothing half-written."""
    assert not (ledger_dir / "declaration.csv").exists()


@then("la déclaration a, dans l'ordre, les colonnes :")
def declaration_columns(world: World, ledger_dir: Path, datatable: list[list[str]]) -> None:
    """The header row of the file written, column by column."""
    assert world["code"] == 0, world["err"]
    header = (ledger_dir / "declaration.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == [row[0] for row in datatable[1:]]


@then("ce sont celles du schéma officiel publié sur data.gouv.fr, qui valide la déclaration")
def declaration_schema(ledger_dir: Path) -> None:
    """The vendored Table Schema names the same fields, and frictionless finds the file valid."""
    descriptor = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert [f["name"] for f in descriptor["fields"]] == list(DECLARATION_FIELDS)
    schema = frictionless.Schema.from_descriptor(descriptor)
    resource = frictionless.Resource(
        path="declaration.csv", basepath=str(ledger_dir), schema=schema
    )
    report = resource.validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


@then(
    parsers.parse(
        "aucun total, aucune ligne à classer et aucune catégorie sans ligne"
        " ne concerne une autre année que {year:d}"
    )
)
def only_that_year(world: World, year: int) -> None:
    """Every part of the summary is of that year, and there is something to look at."""
    summary = world["summary"]
    years = {t.year for t in summary.categories} | {u.year for u in summary.unmapped}
    years |= {o.year for o in summary.outside_regime} | {u.year for u in summary.unreachable}
    years |= {line.date.year for line in summary.unclassified_lines}
    assert years == {year}
    assert summary.unclassified_lines


@then(parsers.parse("le fichier « {name} » contient :"))
def csv_contents(world: World, ledger_dir: Path, name: str, datatable: list[list[str]]) -> None:
    """A CSV written by the command, cell by cell."""
    assert world["code"] in {0, 1}, world["err"]
    text = (ledger_dir / name).read_text(encoding="utf-8")
    rows = [line.split(",") for line in text.splitlines()]
    assert rows == [[cell.strip() for cell in row] for row in datatable]
