"""Problem messages: one id each, worded by the catalogues `i18n/fr.ftl` and `i18n/en.ftl`.

A `Message` keeps its id and its values, so a `Problem` renders in the report's language
(`Problem.in_language`); its English rendering is the `message` text the library has always
given, so `str(problem)` and code matching it are unchanged. Values may themselves be
messages (a cell error inside "column 'Date': …"). `CATALOGUE` says, for each id, an example
(for `docs/errors.md`, generated and kept in step by a test), which values are quoted as
written (`'…'`, control characters escaped), which numbers are grouped by thousands, and which
are shown in a fixed format (a byte in hexadecimal). The sentences themselves are in the
Fluent catalogues, under ids `error-…`, where a jurist corrects them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from reen_compliance.i18n.formats import Lang
from reen_compliance.i18n.message import Msg, Value
from reen_compliance.i18n.render import render


class Entry(NamedTuple):
    """One message: example values, and how some values are written before wording."""

    example: dict[str, object]
    quoted: frozenset[str] = frozenset()
    grouped: frozenset[str] = frozenset()
    formats: dict[str, str] | None = None
    typed: frozenset[str] = frozenset()
    """Values written by the formatter in the reader's language: decimals, dates."""


@dataclass(frozen=True, slots=True)
class Message:
    """A catalogue id with the values that fill its templates."""

    id: str
    params: tuple[tuple[str, object], ...] = field(default=())

    def render(self, lang: str = "en") -> str:
        """The message in `lang` (`fr`, else English)."""
        language: Lang = "fr" if lang == "fr" else "en"
        entry = CATALOGUE[self.id]
        formats = entry.formats or {}
        values: list[tuple[str, Value]] = []
        for key, value in self.params:
            if isinstance(value, Message):
                values.append((key, value.render(language)))
            elif key in entry.quoted:
                values.append((key, repr(value)))
                values.append((f"{key}_plain", str(value)))
            elif key in formats:
                values.append((key, format(value, formats[key])))
            elif (key in entry.grouped and isinstance(value, int)) or (
                key in entry.typed and isinstance(value, Decimal | int | date)
            ):
                values.append((key, value))
            else:
                values.append((key, "" if value is None else str(value)))
        return render(Msg(fluent_id(self.id), tuple(values)), language)

    def __str__(self) -> str:
        """The English text, as `Problem.message` holds it."""
        return self.render("en")


def fluent_id(message_id: str) -> str:
    """The message's id in the Fluent catalogues: `file.too_large` is `error-file-too-large`."""
    return "error-" + message_id.replace(".", "-").replace("_", "-")


def _typed(entry: Entry, key: str, value: object) -> bool:
    """Whether a value goes to the formatter as it is: a grouped int, a typed number or date."""
    if key in entry.grouped and isinstance(value, int):
        return True
    return key in entry.typed and isinstance(value, Decimal | int | date)


def say(message_id: str, **params: object) -> Message:
    """Build the message `message_id` with its values; the id must be in the catalogue."""
    if message_id not in CATALOGUE:
        msg = f"no message {message_id!r} in the catalogue"
        raise KeyError(msg)
    return Message(message_id, tuple(params.items()))


def text(message: str | Message | None, lang: str = "en") -> str | None:
    """Render a message or pass a plain text through (texts not yet in the catalogue)."""
    if message is None or isinstance(message, str):
        return message
    return message.render(lang)


def catalogue_markdown() -> str:
    """The table of `docs/errors.md`: every message id with an example in both languages."""
    lines = [
        "# Error messages",
        "",
        "Generated from the catalogues `src/reen_compliance/i18n/en.ftl` and `fr.ftl` (ids",
        "`error-…`) with the examples of `src/reen_compliance/messages.py`; a test checks",
        "that this file matches them. Every message is printed after",
        "`file:line:column: $.json.path:`, in the language chosen with `--lang` (French by",
        "default on the command line, English in the library's `str(problem)`). Messages of",
        "model validators and of the Python or YAML parsers' own details stay in English",
        "inside the French sentence.",
        "",
        "The command exits with code 2 on any of them, and writes no output file.",
        "",
        "| id | English | Français |",
        "| --- | --- | --- |",
    ]
    for message_id, entry in CATALOGUE.items():
        example = say(message_id, **entry.example)
        english = _cell(example.render("en"))
        french = _cell(example.render("fr"))
        lines.append(f"| `{message_id}` | {english} | {french} |")
    return "\n".join(lines) + "\n"


def _cell(rendered: str) -> str:
    return rendered.replace("|", "\\|").replace("\n", " ")


CATALOGUE: dict[str, Entry] = {
    "profile.unknown_category": Entry(
        {"category": "d2024-134:textile"}, quoted=frozenset(["category"])
    ),
    "profile.category_not_in_force": Entry(
        {"category": "d2021-254:it-equipment", "regime": "décret n° 2021-254", "year": "2025"},
        quoted=frozenset(["category"]),
    ),
    "profile.unknown_exemption_rule": Entry(
        {"rule_id": "reen-art35-strategie"}, quoted=frozenset(["rule_id"])
    ),
    "profile.not_an_exemption_ground": Entry(
        {"ground": "budget", "rule_id": "reen-art16-it-equipment-reuse", "known": "a, b"},
        quoted=frozenset(["ground"]),
    ),
    "profile.no_exemption_ground": Entry(
        {"ground": "budget", "rule_id": "reen-art35-strategy"}, quoted=frozenset(["ground"])
    ),
    "profile.unknown_element": Entry(
        {"key": "plan", "known": "diagnostic, objectives"}, quoted=frozenset(["key"])
    ),
    "profile.unknown_theme": Entry(
        {"key": "sobriete", "known": "training, open_data"}, quoted=frozenset(["key"])
    ),
    "file.too_large": Entry(
        {"size": 104857600, "limit": 10485760}, grouped=frozenset(["limit", "size"])
    ),
    "file.too_large_stream": Entry({"limit": 10485760}, grouped=frozenset(["limit"])),
    "file.raise_limit": Entry({}),
    "file.unreadable": Entry({"reason": "No such file or directory"}),
    "file.invalid_utf8": Entry({"byte": 233, "offset": 47}, formats={"byte": "02x"}),
    "file.save_utf8": Entry({}),
    "file.text_too_large": Entry(
        {"size": 20000000, "limit": 10485760}, grouped=frozenset(["limit", "size"])
    ),
    "file.nul": Entry({}),
    "yaml.too_many_values": Entry({"limit": 200000}, grouped=frozenset(["limit"])),
    "yaml.too_deep": Entry({"limit": 64}),
    "yaml.nesting_too_deep": Entry({}),
    "yaml.recursive_alias": Entry({"anchor": "loop"}),
    "yaml.syntax": Entry({"detail": "mapping values are not allowed here"}),
    "yaml.bad_escape": Entry({}),
    "yaml.control_character": Entry({"code": 1}, formats={"code": "04X"}),
    "yaml.error": Entry({"detail": "…"}),
    "yaml.tag": Entry(
        {"tag": "tag:yaml.org,2002:python/object/apply:os.system"}, quoted=frozenset(["tag"])
    ),
    "yaml.unsupported_node": Entry({}),
    "yaml.merge_key": Entry({}),
    "yaml.key_type": Entry({}),
    "yaml.duplicate_key": Entry({"key": "kind", "first": 4}, quoted=frozenset(["key"])),
    "yaml.surrogate": Entry({}),
    "yaml.long_integer": Entry(
        {"limit": 100, "start": "99999999999999999999"}, quoted=frozenset(["start"])
    ),
    "yaml.not_finite": Entry({"found": ".nan"}, quoted=frozenset(["found"])),
    "json.syntax": Entry({"detail": "Expecting ',' delimiter"}),
    "json.not_finite": Entry({"name": "NaN"}),
    "schema.extra_forbidden": Entry({}),
    "schema.missing": Entry({}),
    "schema.date": Entry({"found": "'2024-02-30'"}),
    "schema.int": Entry({"found": "'douze'"}),
    "schema.decimal": Entry({"found": "'1 234,5 €'"}),
    "schema.string_type": Entry({"found": "1053"}),
    "schema.string_pattern_mismatch": Entry({"pattern": "^\\d{9}$", "found": "'21000000'"}),
    "schema.string_too_short": Entry({"min_length": 1, "found": "''"}),
    "schema.literal_error": Entry({"expected": "'commune' or 'epci'", "found": "'ville'"}),
    "schema.greater_than_equal": Entry({"ge": 0, "found": "-3"}),
    "schema.less_than_equal": Entry({"le": 2200, "found": "99999"}),
    "schema.model_type": Entry({"found": "'oui'"}),
    "schema.dict_type": Entry({"found": "a list"}),
    "schema.list_type": Entry({"found": "'2024'"}),
    "schema.too_short": Entry({"min_length": 1, "found": "a list"}),
    "schema.bool": Entry({"found": "'peut-être'"}),
    "schema.other": Entry({"detail": "Input should be a valid string", "found": "'\\ud800'"}),
    "schema.not_a_mapping": Entry({"found": "list"}),
    "word.nothing": Entry({}),
    "word.arithmetic": Entry({}),
    "word.text": Entry({}),
    "word.collection": Entry({}),
    "word.bool": Entry({}),
    "hint.did_you_mean": Entry({"name": "nr_strategy"}, quoted=frozenset(["name"])),
    "hint.parenthesized": Entry(
        {"hint": Message(id="hint.did_you_mean", params=(("name", "date"),))}
    ),
    "hint.leading_zeros": Entry({}),
    "rules.none": Entry({}),
    "rules.unknown_id": Entry({"rule_id": "reen-art35-stratgy"}, quoted=frozenset(["rule_id"])),
    "rules.unreadable": Entry({"reason": "[Errno 13] Permission denied"}),
    "rules.duplicate_id": Entry(
        {"rule_id": "reen-art35-strategy", "file": "rules/reen-art35-strategy.yaml"},
        quoted=frozenset(["rule_id"]),
    ),
    "rules.id_mismatch": Entry(
        {"rule_id": "reen-art35", "stem": "reen-art35-strategy"},
        quoted=frozenset(["rule_id", "stem"]),
    ),
    "rules.undefined_parameter": Entry({"name": "min_shar"}, quoted=frozenset(["name"])),
    "rules.expression": Entry(
        {"error": "unknown name 'populaton'", "source": "population > 50000"},
        quoted=frozenset(["source"]),
    ),
    "rules.cannot_evaluate": Entry(
        {"source": "kind > population_threshold", "error": "'>' not supported"},
        quoted=frozenset(["source"]),
    ),
    "timeline.overlap": Entry({"end": "2024-06-30", "start": "2024-06-01"}),
    "timeline.gap": Entry({"end": "2024-06-30", "start": "2024-07-02", "expected": "2024-07-01"}),
    "timeline.same_start": Entry({}),
    "lint.no_scenario": Entry({"rule_id": "pcaet-digital"}),
    "lint.reference_without_rule": Entry({}),
    "lint.no_features": Entry({}),
    "lint.titles": Entry({}),
    "lint.french_only": Entry({"text": "version du 9 novembre 2020"}),
    "lint.id_shape": Entry({"found": "NON RETROUVÉ"}, quoted=frozenset(["found"])),
    "lint.id_kind": Entry(
        {"kind": "Code", "prefix": "JORFTEXT", "expected": "LEGIARTI, LEGISCTA, LEGITEXT"}
    ),
    "lint.url_host": Entry({"host": "www.doctrine.fr"}, quoted=frozenset(["host"])),
    "lint.url_https": Entry({}),
    "lint.url_id": Entry({"id": "LEGIARTI000043963401"}),
    "lint.id_two_texts": Entry(
        {
            "id": "JORFTEXT000049184670",
            "number": "2022-2",
            "other": "2024-134",
            "rule_id": "agec-art58-procurement-shares",
        }
    ),
    "lint.exception_unused": Entry(
        {"rule_id": "recycled-paper-purchases", "value": "http://e-rse.net/"}
    ),
    "expr.too_long": Entry({"limit": 1000}),
    "expr.syntax": Entry({"detail": "invalid syntax"}),
    "expr.unparsable": Entry({}),
    "expr.too_deep": Entry({"limit": 24}),
    "expr.node": Entry({"node": "Attribute"}),
    "expr.unknown_name": Entry({"name": "populaton"}, quoted=frozenset(["name"])),
    "expr.literal_too_long": Entry({"limit": 30}),
    "expr.invalid_number": Entry({"number": "1e"}),
    "expr.out_of_range": Entry({"number": "1e309", "limit": 30}),
    "expr.literal_type": Entry({"type": "bytes"}),
    "expr.operator": Entry({"op": "Invert"}),
    "expr.binary_operator": Entry({"op": "Pow"}),
    "expr.numbers_only": Entry({}),
    "expr.division_by_zero": Entry({}),
    "expr.functions": Entry({}),
    "expr.arguments": Entry({}),
    "expr.arity_one": Entry({"function": "abs"}),
    "expr.arity_many": Entry({"function": "min"}),
    "expr.not_a_number": Entry(
        {"where": "'-'", "kind": Message(id="word.text", params=()), "source": "'a'"}
    ),
    "expr.unordered": Entry({"source": "kind > 3"}),
    "expr.in_needs_list": Entry({"source": "5"}),
    "expr.incompatible": Entry(
        {"source": "kind > 3", "detail": "'>' not supported between 'str' and 'int'"},
        quoted=frozenset(["source"]),
    ),
    "ledger.unsupported_type": Entry(
        {"suffix": ".pdf", "expected": ".csv, .ods, .tsv, .txt, .xls, .xlsm, .xlsx"},
        quoted=frozenset(["suffix"]),
    ),
    "ledger.unreadable": Entry({"reason": "Permission denied"}),
    "ledger.too_large": Entry({"size": 294998, "limit": 100}, grouped=frozenset(["limit", "size"])),
    "ledger.too_large_stream": Entry({"limit": 104857600}, grouped=frozenset(["limit"])),
    "ledger.line_too_long": Entry({"limit": 1048576}, grouped=frozenset(["limit"])),
    "ledger.undecodable": Entry({"byte": "ff", "encoding": "utf-8-sig"}),
    "ledger.zip": Entry({}),
    "ledger.utf16": Entry({}),
    "ledger.empty": Entry({}),
    "ledger.malformed_csv": Entry({"detail": "field larger than field limit (131072)"}),
    "ledger.bad_spreadsheet": Entry({"detail": "Zip error: invalid Zip archive"}),
    "ledger.no_header": Entry({"columns": "date, amount_ht"}),
    "ledger.missing_column": Entry(
        {"name": "amount_ht", "aliases": "'amount_ht', 'montant_ht'", "headers": "'Date'"},
        quoted=frozenset(["name"]),
    ),
    "ledger.duplicate_column": Entry({"header": "Montant HT"}, quoted=frozenset(["header"])),
    "ledger.unknown_column_name": Entry({"expected": "'date', 'amount_ht'", "hint": ""}),
    "ledger.no_such_header": Entry(
        {"header": "Montant", "headers": "'Date', 'Total'"}, quoted=frozenset(["header"])
    ),
    "ledger.cell": Entry(
        {
            "header": "Date",
            "error": Message(
                id="cell.expected_found",
                params=(
                    ("expected", Message(id="cell.amount", params=())),
                    ("found", "'douze'"),
                    ("note", ""),
                ),
            ),
        },
        quoted=frozenset(["header"]),
    ),
    "cell.expected_found": Entry(
        {
            "expected": "expected a date such as 31/12/2024 or 2024-12-31",
            "found": "'30/02/2024'",
            "note": ": no such day",
        }
    ),
    "cell.found_empty": Entry({}),
    "cell.amount": Entry({}),
    "cell.date": Entry({}),
    "cell.no_such_day": Entry({}),
    "cell.not_a_serial": Entry({}),
    "cell.cpv": Entry({}),
    "cell.bool": Entry({}),
    "cli.expected_name_header": Entry({"found": "montant"}, quoted=frozenset(["found"])),
    "cli.expected_siret": Entry({"found": "1234"}, quoted=frozenset(["found"])),
    "cli.required_for_declaration": Entry({}),
    "cli.expected_delimiter": Entry({"found": "::"}, quoted=frozenset(["found"])),
    "cli.unknown_encoding": Entry({"found": "latin-9x"}, quoted=frozenset(["found"])),
    "heading.invalid_profile": Entry({}),
    "heading.invalid_ledger": Entry({}),
    "heading.invalid_option": Entry({}),
    "heading.invalid_mapping": Entry({}),
    "cli.ledger_option_without_ledger": Entry({}),
    "cli.no_finding_for_period": Entry(
        {"rule_id": "reen-art16-it-equipment-reuse", "period": "2031"},
        quoted=frozenset(["period"]),
    ),
    "ledger.no_such_sheet": Entry(
        {"sheet": "Mandats 2024", "sheets": "'Feuil1', 'Feuil2'"}, quoted=frozenset(["sheet"])
    ),
    "ledger.more_problems": Entry({"n": 1204}, grouped=frozenset(["n"])),
    "ledger.lines_above_header": Entry({"n": 2, "line": 3}, grouped=frozenset(["n"])),
    "ledger.ttc_without_rate": Entry({"header": "Montant TTC"}, quoted=frozenset(["header"])),
    "ledger.nothing_to_classify": Entry({"headers": "'Date', 'Montant HT', 'Libellé'"}),
    "ledger.no_flag_column": Entry(
        {"file": "mandats.csv", "flag": "reuse"}, quoted=frozenset(["flag"])
    ),
    "ledger.bare_amount": Entry(
        {"file": "mandats.csv", "header": "Montant"}, quoted=frozenset(["header"])
    ),
    "ledger.ttc_converted": Entry(
        {"file": "mandats.csv", "header": "Montant TTC", "rate": "20"}, quoted=frozenset(["header"])
    ),
    "ledger.ambiguous_amounts": Entry(
        {"file": "mandats.csv", "n": 3, "line": 12}, grouped=frozenset(["n"])
    ),
    "ledger.rounded_amounts": Entry(
        {"file": "mandats.xlsx", "n": 3, "line": 12}, grouped=frozenset(["n"])
    ),
    "ledger.unknown_category": Entry(
        {"header": "Catégorie", "detail": "unknown category 'textile'", "hint": ""},
        quoted=frozenset(["header"]),
    ),
    "ledger.duplicate_file": Entry({"file": "mandats-copie.csv", "other": "mandats.csv"}),
    "mapping.unknown_category": Entry(
        {"category": "d2024-134:informatique"}, quoted=frozenset(["category"])
    ),
    "declaration.regime_not_declared": Entry({"year": 2023, "regime": "décret n° 2021-254"}),
    "declaration.nothing_to_declare": Entry({}),
    "declaration.half_year": Entry(
        {"start": "1 July 2024", "end": "31 December 2024", "regime": "décret n° 2024-134"}
    ),
    "declaration.credit_notes": Entry({"n": 2}, grouped=frozenset(["n"])),
    "declaration.net_negative": Entry({}),
    "declaration.broad": Entry({"amount": "1 200,00 €"}),
    "declaration.donations_from_profile": Entry({}),
    "spaser.target_above_100": Entry(
        {"value": "150", "category": "d2024-134:textiles", "share": "reuse", "year": 2025}
    ),
    "spaser.target_twice": Entry(
        {"category": "d2024-134:textiles", "share": "reuse", "year": 2025, "values": "20, 30"}
    ),
    "reference.expected_code": Entry({"found": "5746"}, quoted=frozenset(["found"])),
    "reference.expected_siren": Entry({"found": "2000"}, quoted=frozenset(["found"])),
    "reference.expected_insee": Entry({"found": "200039865"}, quoted=frozenset(["found"])),
    "reference.unknown_siren": Entry(
        {"code": "200000000", "source": "npm @etalab/decoupage-administratif 6.0.0"}
    ),
    "reference.unknown_insee": Entry(
        {"code": "99999", "source": "npm @etalab/decoupage-administratif 6.0.0"}
    ),
    "reference.describe_by_hand": Entry({}),
    "reference.no_epci": Entry({"siren": "200000000"}, quoted=frozenset(["siren"])),
    "members.expected_epci": Entry({"kind": "commune"}, quoted=frozenset(["kind"])),
    "members.unknown_epci": Entry(
        {"siren": "200000000", "source": "npm @etalab/decoupage-administratif 6.0.0"},
        quoted=frozenset(["siren"]),
    ),
    "members.give_siren": Entry({}),
    "model.decimal_as_text": Entry({}),
    "model.amount_not_finite": Entry({}),
    "model.amount_negative": Entry({"value": Decimal(-3)}),
    "model.amount_too_large": Entry(
        {"maximum": Decimal(10) ** 15, "value": Decimal("1.5e400")}, typed=frozenset(["maximum"])
    ),
    "model.epci_needs_category": Entry({}),
    "model.category_for_epci_only": Entry({"kind": "commune"}, quoted=frozenset(["kind"])),
    "model.population_same_date": Entry({}),
    "model.adopted_needs_date": Entry({}),
    "model.adopted_on_without_adoption": Entry(
        {"status": "in_preparation"}, quoted=frozenset(["status"])
    ),
    "model.parts_exceed_total": Entry(
        {"reuse": Decimal(60), "recycled": Decimal(50), "total": Decimal(100)},
        typed=frozenset(["reuse", "recycled", "total"]),
    ),
    "model.recycled_exceeds_total": Entry(
        {"recycled": Decimal(120), "total": Decimal(100)},
        typed=frozenset(["recycled", "total"]),
    ),
    "rules.end_before_start": Entry(
        {"end": date(2024, 1, 1), "start": date(2025, 1, 1)}, typed=frozenset(["end", "start"])
    ),
    "rules.unconfirmed_not_null": Entry({}),
    "rules.read_in_text_without_value": Entry({}),
    "rules.no_such_item_field": Entry(
        {"data": "contracts", "field": "signed_on"}, quoted=frozenset(["field"])
    ),
    "rules.date_or_yearly": Entry({}),
    "rules.check_parameter_undefined": Entry({"name": "min_share"}, quoted=frozenset(["name"])),
}
