"""Ledgers as finance software exports them, and the declaration against the official schema."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import frictionless
import openpyxl
import pytest

from reen_compliance.cli.common import main
from reen_compliance.decisions.procurement import shares_rule, summarize
from reen_compliance.decisions.targets import spaser_target_problems, spaser_target_progress
from reen_compliance.errors import ProfileError
from reen_compliance.formats.profile import SpaserTarget
from reen_compliance.law.loading import load_rules
from reen_compliance.ledger.mapping import load_mapping
from reen_compliance.ledger.read import ReadOptions, read_ledger
from reen_compliance.report.declaration import DECLARATION_FIELDS, declaration_from_summary
from reen_compliance.report.ledger import render_csv

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = (
    ROOT / "schemas" / "vendor" / "schema-declaration-biens-reemploi-reutilisation-recycle"
) / "schema.json"
EXAMPLES = ROOT / "examples"
RULE = shares_rule(load_rules())
KEYS_2024 = [
    "textiles",
    "it-telephony",
    "reprographics-printing",
    "printing-consumables",
    "paper",
    "office-supplies",
    "transport-devices",
    "vehicles",
    "furniture",
    "street-furniture",
    "waste-collection-equipment",
    "jars-bottles",
    "sports-equipment",
    "green-space-equipment",
    "modular-buildings",
    "large-appliances",
    "toys",
]


def validate(path: Path) -> frictionless.Report:
    """Validate a declaration CSV against the vendored official Table Schema."""
    schema = frictionless.Schema.from_descriptor(json.loads(SCHEMA.read_text(encoding="utf-8")))
    resource = frictionless.Resource(path=path.name, basepath=str(path.parent), schema=schema)
    return resource.validate()


def declaration(tmp_path: Path, ledger: Path, *extra: str) -> Path:
    """Run `ledger --format declaration` and return the file written."""
    out = tmp_path / "declaration.csv"
    args = ["ledger", str(ledger), "-f", "declaration", "--siret", "21750001600019"]
    code = main([*args, "--raison-sociale", "Ville d'Exemple", "-o", str(out), *extra])
    assert code == 0
    return out


@pytest.mark.parametrize("ext", ["csv", "xlsx", "ods"])
def test_example_declarations_validate_against_the_official_schema(
    tmp_path: Path, ext: str
) -> None:
    """The declaration of each example ledger is valid under the vendored data.gouv.fr schema."""
    out = declaration(tmp_path, EXAMPLES / f"ledger-ville-exemple.{ext}")
    report = validate(out)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert out.read_text(encoding="utf-8").splitlines()[0] == ",".join(DECLARATION_FIELDS)


def test_seventeen_categories_and_a_net_negative_one_validate(tmp_path: Path) -> None:
    """All 17 categories, one of them net negative (credit notes), make a valid declaration."""
    lines = ["date;montant_ht;categorie;reemploi;don"]
    lines += [f"15/09/2025;{100 + i};{key};non;non" for i, key in enumerate(KEYS_2024)]
    lines += ["20/09/2025;-500;toys;non;non", "21/09/2025;40;paper;oui;non"]
    lines += ["22/09/2025;75;furniture;non;oui"]
    ledger = tmp_path / "achats.csv"
    ledger.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = declaration(tmp_path, ledger)
    report = validate(out)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    rows = out.read_text(encoding="utf-8").splitlines()[1:]
    assert len(rows) == 17
    toys = next(row for row in rows if ",Jeux et jouets," in row)
    assert ",-384.00," in toys
    assert "total net négatif" in toys
    furniture = next(row for row in rows if "Mobilier et aménagement" in row)
    assert ",108.00,0.00,75.00,0.00," in furniture  # the donation is declared apart


def test_a_decret_2021_254_year_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Asking for 2023 exits 2 with a message naming the regime, and writes nothing."""
    out = tmp_path / "d.csv"
    code = main(
        [
            "ledger",
            str(EXAMPLES / "ledger-ville-exemple.csv"),
            "-f",
            "declaration",
            "--siret",
            "21750001600019",
            "--raison-sociale",
            "X",
            "--year",
            "2023",
            "-o",
            str(out),
        ]
    )
    assert code == 2
    assert not out.exists()
    assert "OECP" in capsys.readouterr().err


def test_2024_rows_say_they_cover_the_second_half_year() -> None:
    """The 2024 rows' comments say they cover 1 July to 31 December under décret 2024-134."""
    summary = summarize(RULE, [EXAMPLES / "ledger-ville-exemple.csv"])
    rows = declaration_from_summary(RULE, summary, years=[2024], siret="1" * 14, name="X")
    assert rows
    assert all("1er juillet 2024 au 31 décembre 2024" in row["commentaires"] for row in rows)


def two_sheet_workbook(tmp_path: Path) -> Path:
    """A workbook whose purchases are split over two sheets, data not on the first row."""
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Janvier"
    first.append(["Date", "Montant HT", "CPV"])
    first.append([date(2025, 1, 10), 100, "30213100-6"])
    second = book.create_sheet("Février")
    second.append(["Export du 01/03/2025"])
    second.append(["Date", "Montant HT", "CPV"])
    second.append([date(2025, 2, 10), 50.5, "30213100-6"])
    second.append([date(2025, 2, 11), "douze", "30213100-6"])
    path = tmp_path / "achats.xlsx"
    book.save(path)
    return path


def test_every_sheet_is_read_and_named(tmp_path: Path) -> None:
    """Both sheets count, and a bad cell's message names its sheet."""
    path = two_sheet_workbook(tmp_path)
    with pytest.raises(ProfileError) as caught:
        summarize(RULE, [path])
    (problem,) = caught.value.problems
    assert problem.file == f"{path}[Février]"
    assert problem.line == 4
    book = openpyxl.load_workbook(path)
    book["Février"].delete_rows(4)
    book.save(path)
    summary = summarize(RULE, [path])
    (total,) = summary.categories
    assert total.total_ht == Decimal("150.50")
    assert summary.files[0].sheets == (("Janvier", 1), ("Février", 1))


def test_sheet_option_reads_only_that_sheet_and_refuses_an_unknown_one(tmp_path: Path) -> None:
    """`--sheet` keeps one sheet; a sheet that does not exist is a located error."""
    path = two_sheet_workbook(tmp_path)
    lines = list(read_ledger(path, options=ReadOptions(sheets=("Janvier",))))
    assert [line.sheet for line in lines] == ["Janvier"]
    with pytest.raises(ProfileError, match="no sheet 'Mars'"):
        list(read_ledger(path, options=ReadOptions(sheets=("Mars",))))


def test_commas_inside_quotes_do_not_fool_the_delimiter(tmp_path: Path) -> None:
    """A `;` file whose quoted descriptions hold commas is read as `;`."""
    path = tmp_path / "achats.csv"
    path.write_text(
        'Date;Montant HT;CPV;Libellé\n01/09/2025;12,50;30192000;"Stylos, gommes, crayons"\n'
        '02/09/2025;1 234,56;30197643;"Papier, A4, 80 g, ramettes"\n',
        encoding="utf-8",
    )
    lines = list(read_ledger(path))
    assert [line.amount_ht for line in lines] == [Decimal("12.50"), Decimal("1234.56")]
    assert lines[0].description == "Stylos, gommes, crayons"


def test_a_copied_file_counts_once(tmp_path: Path) -> None:
    """The same file under two names is counted once, with a warning naming both."""
    original = EXAMPLES / "ledger-ville-exemple.csv"
    copy = tmp_path / "copie.csv"
    copy.write_bytes(original.read_bytes())
    once = summarize(RULE, [original])
    twice = summarize(RULE, [original, copy])
    assert twice.categories == once.categories
    assert any("same content" in warning for warning in twice.warnings)


def m57_ledger(tmp_path: Path) -> Path:
    """A cp1252 export of mandats with M57 natures, TTC amounts and no CPV code."""
    path = tmp_path / "mandats.csv"
    text = (
        "Date mandat;Montant TTC;Nature;Tiers;Objet;Réemploi\n"
        "05/09/2025;1 200,00;2183;Reconditionneur;Ordinateurs portables reconditionnés;oui\n"
        "06/09/2025;600,00;2183;Constructeur;Écrans;non\n"
        "07/09/2025;240,00;2184;Ébéniste;Chaises;non\n"
        "08/09/2025;120,00;6232;Traiteur;Réception;non\n"
    )
    path.write_bytes(text.encode("cp1252"))
    return path


def test_m57_natures_with_a_mapping_give_the_right_totals(tmp_path: Path) -> None:
    """The M57 example mapping classifies by nature and turns TTC into HT at 20 %."""
    mapping = load_mapping(EXAMPLES / "mappings" / "mandats-nature-m57.yaml")
    summary = summarize(RULE, [m57_ledger(tmp_path)], mapping=mapping, keep_unclassified=True)
    totals = {t.category_id: t for t in summary.categories}
    it = totals["d2024-134:it-telephony"]
    assert (it.total_ht, it.reuse_ht) == (Decimal("1500.00"), Decimal("1000.00"))
    assert totals["d2024-134:furniture"].total_ht == Decimal("200.00")
    (unclassified,) = summary.unclassified_lines
    assert (unclassified.nature, unclassified.amount_ht) == ("6232", Decimal("100.00"))


def test_the_family_example_mapping_is_valid() -> None:
    """The purchase-family example loads, every rule located."""
    mapping = load_mapping(EXAMPLES / "mappings" / "familles-achat.yaml")
    assert all(rule.line for rule in mapping.rules)
    assert mapping.sheets == ("Engagements",)


def test_a_bad_mapping_is_located(tmp_path: Path) -> None:
    """An unknown field and a TTC amount without a rate are errors at their lines."""
    path = tmp_path / "m.yaml"
    path.write_text("columns:\n  amount_ttc: Montant\n")
    with pytest.raises(ProfileError, match="vat_rate_pct"):
        load_mapping(path)
    path.write_text("rules:\n  - natur: '2183'\n    category: paper\n")
    with pytest.raises(ProfileError) as caught:
        load_mapping(path)
    assert f"{path}:2:" in str(caught.value)
    assert "did you mean 'nature'" in str(caught.value)


def test_a_rule_to_an_unknown_category_is_located(tmp_path: Path) -> None:
    """A rule naming no category of any decree is an error at the rule's line."""
    path = tmp_path / "m.yaml"
    path.write_text("rules:\n  - nature: '2183'\n    category: informatique\n")
    mapping = load_mapping(path)
    with pytest.raises(ProfileError) as caught:
        summarize(RULE, [EXAMPLES / "ledger-ville-exemple.csv"], mapping=mapping)
    (problem,) = caught.value.problems
    assert (problem.file, problem.line) == (str(path), 3)


def test_unclassified_worklist_is_written_and_escaped(tmp_path: Path) -> None:
    """`--unclassified` writes every unclassified line, formula-looking text escaped."""
    ledger = tmp_path / "achats.csv"
    ledger.write_text(
        "date;montant_ht;cpv;libelle\n01/09/2025;10;79000000;=SOMME(A1)\n"
        "02/09/2025;20;30213100;Portable\n",
        encoding="utf-8",
    )
    work = tmp_path / "a-classer.csv"
    code = main(["ledger", str(ledger), "--unclassified", str(work), "-o", str(tmp_path / "o")])
    assert code in {0, 1}
    rows = work.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "file,sheet,line,date,amount_eur_ht,cpv,nature,family,supplier,description"
    assert len(rows) == 2
    assert rows[1].endswith(",'=SOMME(A1)")


def test_year_filters_everything_and_csv_lists_unclassified(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """With --year 2025 no other year appears, and the CSV has the unclassified euros."""
    main(["ledger", str(EXAMPLES / "ledger-ville-exemple.csv"), "--year", "2025", "-f", "json"])
    data = json.loads(capsys.readouterr().out)
    assert {u["year"] for u in data["unmapped"]} == {2025}
    main(["ledger", str(EXAMPLES / "ledger-ville-exemple.csv"), "--year", "2025", "-f", "csv"])
    rows = capsys.readouterr().out.splitlines()
    assert any(",unclassified," in row for row in rows)
    assert all(row.startswith(("year,", "2025,")) for row in rows)


def test_broad_parent_codes_and_unreachable_categories_are_said() -> None:
    """Paper under 30000000-9 is counted apart, and categories without codes are named."""
    summary = summarize(RULE, [EXAMPLES / "ledger-ville-exemple.csv"], years=[2023])
    it = next(t for t in summary.categories if t.category_id == "d2021-254:it-equipment")
    assert it.broad_line_count > 0
    assert it.broad_ht > 0
    (unreachable,) = summary.unreachable
    assert "d2021-254:furniture" in unreachable.category_ids


def test_spaser_targets_next_to_achieved_shares() -> None:
    """Exact shares are compared with targets: 39.99 % does not reach 40 %."""
    from reen_compliance.decisions.procurement import YearMeasures  # noqa: PLC0415
    from reen_compliance.formats.report import ShareMeasure  # noqa: PLC0415

    fields = ShareMeasure.model_fields
    values = {
        "category": "d2024-134:textiles",
        "label": "Textiles",
        "data_period": "2025",
        "share": "reuse",
        "total_eur_ht": Decimal(10000),
        "qualifying_eur_ht": Decimal(3999),
        "share_pct": Decimal("39.99"),
        "minimum_pct": Decimal(8),
        "minimum_confirmed": True,
        "status": "compliant",
        "missing_eur_ht": None,
        "regime": "decret-2024-134",
        "minimum_source": "décret n° 2024-134, annexe",
        "review": False,
    }
    measure = ShareMeasure(**{k: v for k, v in values.items() if k in fields})
    target = SpaserTarget(year=2025, category="d2024-134:textiles", share="reuse", target_pct=40)
    (progress,) = spaser_target_progress([target], [YearMeasures(2025, (measure,), complete=True)])
    assert progress.achieved_pct == Decimal("39.99")
    assert progress.target_reached is False
    assert progress.minimum_pct == Decimal(8)
    twice = SpaserTarget(year=2025, category="d2024-134:textiles", share="reuse", target_pct=150)
    said = [m.id for m in spaser_target_problems([target, twice])]
    assert said == ["spaser.target_above_100", "spaser.target_twice"]


def test_fast_and_precise_paths_give_the_same_lines(tmp_path: Path) -> None:
    """Every line of the examples and of a generated ledger reads the same on both paths."""
    import sys  # noqa: PLC0415

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from ledgers import write_ledger  # noqa: PLC0415
    finally:
        sys.path.remove(str(ROOT / "bench"))
    from reen_compliance.ledger import rows as ledger_rows  # noqa: PLC0415

    paths = [EXAMPLES / "ledger-ville-exemple.csv", write_ledger(tmp_path / "g.csv", 3000)]
    fast = [list(read_ledger(p)) for p in paths]
    original = ledger_rows.RowReader.fast
    try:
        ledger_rows.RowReader.fast = ledger_rows.RowReader.slow_only  # type: ignore[method-assign]
        slow = [list(read_ledger(p)) for p in paths]
    finally:
        ledger_rows.RowReader.fast = original  # type: ignore[method-assign]
    assert fast == slow
    summaries = [summarize(RULE, [p]) for p in paths]
    assert all(s.categories for s in summaries)


def test_render_csv_escapes_declaration_cells() -> None:
    """Declaration cells that look like formulas are escaped."""
    text = render_csv([{"raison_sociale": "=1+1"}], ["raison_sociale"])
    assert text.splitlines()[1] == "'=1+1"
