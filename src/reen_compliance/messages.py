"""The catalogue of problem messages: one id each, in English and French, filled from values.

A `Message` keeps its id and its values, so a `Problem` renders in the report's language
(`Problem.in_language`); its English rendering is the `message` text the library has always
given, so `str(problem)` and code matching it are unchanged. Values may themselves be
messages (a cell error inside "column 'Date': …"); numbers written `{n:,}` group thousands
with commas in English and narrow no-break spaces in French. `docs/errors.md` is generated
from `CATALOGUE` and each entry's example, and a test keeps it in step.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

Lang = Literal["fr", "en"]


class Entry(NamedTuple):
    """One message: English and French templates, and example values for the documentation."""

    en: str
    fr: str
    example: dict[str, object]


@dataclass(frozen=True, slots=True)
class Message:
    """A catalogue id with the values that fill its templates."""

    id: str
    params: tuple[tuple[str, object], ...] = field(default=())

    def render(self, lang: str = "en") -> str:
        """The message in `lang` (`fr`, else English)."""
        entry = CATALOGUE[self.id]
        template = entry.fr if lang == "fr" else entry.en
        values = {
            key: value.render(lang) if isinstance(value, Message) else value
            for key, value in self.params
        }
        return _Formatter(lang).format(template, **values)

    def __str__(self) -> str:
        """The English text, as `Problem.message` holds it."""
        return self.render("en")


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


class _Formatter(string.Formatter):
    """`str.format`, with French thousands grouped by narrow no-break spaces."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: object, format_spec: str) -> str:
        rendered = str(super().format_field(value, format_spec))
        if self.lang == "fr" and "," in format_spec:
            rendered = rendered.replace(",", "\u202f")
        return rendered


def catalogue_markdown() -> str:
    """The table of `docs/errors.md`: every message id with an example in both languages."""
    lines = [
        "# Error messages",
        "",
        "Generated from `src/reen_compliance/messages.py` (`CATALOGUE`); a test checks that this",
        "file matches it. Every message is printed after `file:line:column: $.json.path:`, in the",
        "language chosen with `--lang` (French by default on the command line, English in the",
        "library's `str(problem)`). Messages of model validators and of the Python or YAML",
        "parsers' own details stay in English inside the French sentence.",
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
    # --- a profile's contents against the rules (decide/document.py) ---
    "profile.unknown_element": Entry(
        "unknown element {key!r} (expected one of {known})",
        "élément {key!r} inconnu (attendu : l'un de {known})",
        {"key": "plan", "known": "diagnostic, objectives"},
    ),
    "profile.unknown_theme": Entry(
        "unknown theme {key!r} (expected one of {known})",
        "thème {key!r} inconnu (attendu : l'un de {known})",
        {"key": "sobriete", "known": "training, open_data"},
    ),
    # --- reading a file (source.py) ---
    "file.too_large": Entry(
        "file of {size:,} bytes is larger than the limit of {limit:,}",
        "fichier de {size:,} octets, au-delà de la limite de {limit:,}",
        {"size": 104_857_600, "limit": 10_485_760},
    ),
    "file.too_large_stream": Entry(
        "file of more than {limit:,} bytes is larger than the limit of {limit:,}",
        "fichier de plus de {limit:,} octets, au-delà de la limite de {limit:,}",
        {"limit": 10_485_760},
    ),
    "file.raise_limit": Entry(
        "raise the limit with --max-input-bytes if the file is genuine",
        "relevez la limite avec --max-input-bytes si le fichier est authentique",
        {},
    ),
    "file.unreadable": Entry(
        "cannot read the file: {reason}",
        "impossible de lire le fichier : {reason}",
        {"reason": "No such file or directory"},
    ),
    "file.invalid_utf8": Entry(
        "invalid UTF-8 byte 0x{byte:02x} at byte {offset}",
        "octet 0x{byte:02x} invalide en UTF-8 à l'octet {offset}",
        {"byte": 0xE9, "offset": 47},
    ),
    "file.save_utf8": Entry("save the file as UTF-8", "enregistrez le fichier en UTF-8", {}),
    "file.text_too_large": Entry(
        "text of {size:,} characters is over the limit of {limit:,}",
        "texte de {size:,} caractères, au-delà de la limite de {limit:,}",
        {"size": 20_000_000, "limit": 10_485_760},
    ),
    "file.nul": Entry(
        "the file contains a NUL character",
        "le fichier contient un caractère NUL",
        {},
    ),
    "yaml.too_many_values": Entry(
        "more than {limit:,} values once aliases are expanded",
        "plus de {limit:,} valeurs une fois les alias développés",
        {"limit": 200_000},
    ),
    "yaml.too_deep": Entry(
        "nested deeper than {limit} levels",
        "imbrication de plus de {limit} niveaux",
        {"limit": 64},
    ),
    "yaml.nesting_too_deep": Entry("nesting too deep", "imbrication trop profonde", {}),
    "yaml.recursive_alias": Entry(
        "alias *{anchor} refers to a value that contains it",
        "l'alias *{anchor} désigne une valeur qui le contient",
        {"anchor": "loop"},
    ),
    "yaml.syntax": Entry(
        "YAML syntax error: {detail}",
        "erreur de syntaxe YAML : {detail}",
        {"detail": "mapping values are not allowed here"},
    ),
    "yaml.bad_escape": Entry(
        "escape sequence outside Unicode (such as \\U99999999) in a quoted text",
        "séquence d'échappement hors d'Unicode (telle que \\U99999999) dans un texte entre"
        " guillemets",
        {},
    ),
    "yaml.control_character": Entry(
        "control character U+{code:04X} is not allowed in YAML",
        "le caractère de contrôle U+{code:04X} est interdit en YAML",
        {"code": 1},
    ),
    "yaml.error": Entry("YAML error: {detail}", "erreur YAML : {detail}", {"detail": "…"}),
    "yaml.tag": Entry(
        "tag {tag!r} is not allowed",
        "l'étiquette {tag!r} est interdite",
        {"tag": "tag:yaml.org,2002:python/object/apply:os.system"},
    ),
    "yaml.unsupported_node": Entry("unsupported YAML node", "nœud YAML non pris en charge", {}),
    "yaml.merge_key": Entry(
        "merge keys ('<<') are not supported",
        "les clés de fusion ('<<') ne sont pas prises en charge",
        {},
    ),
    "yaml.key_type": Entry(
        "a key must be a plain text or number",
        "une clé doit être un texte simple ou un nombre",
        {},
    ),
    "yaml.duplicate_key": Entry(
        "duplicate key {key!r} (first at line {first})",
        "clé {key!r} en double (première à la ligne {first})",
        {"key": "kind", "first": 4},
    ),
    "yaml.surrogate": Entry(
        "the text holds an escaped surrogate (such as \\ud800), not a character",
        "le texte contient un demi-codet échappé (tel que \\ud800), pas un caractère",
        {},
    ),
    "yaml.long_integer": Entry(
        "number longer than {limit} characters, found {start!r}…",
        "nombre de plus de {limit} caractères, trouvé {start!r}…",
        {"limit": 100, "start": "99999999999999999999"},
    ),
    "yaml.not_finite": Entry(
        "expected a finite number, found {found!r}",
        "nombre fini attendu, trouvé {found!r}",
        {"found": ".nan"},
    ),
    "json.syntax": Entry(
        "JSON syntax error: {detail}",
        "erreur de syntaxe JSON : {detail}",
        {"detail": "Expecting ',' delimiter"},
    ),
    "json.not_finite": Entry(
        "{name} is not a number: amounts and counts must be finite",
        "{name} n'est pas un nombre : montants et effectifs doivent être finis",
        {"name": "NaN"},
    ),
    # --- validating a profile or a rule file (loading.py) ---
    "schema.extra_forbidden": Entry("unknown field", "champ inconnu", {}),
    "schema.missing": Entry("required field missing", "champ obligatoire manquant", {}),
    "schema.date": Entry(
        "expected a date such as 2024-01-01, found {found}",
        "date attendue, telle que 2024-01-01, trouvé {found}",
        {"found": "'2024-02-30'"},
    ),
    "schema.int": Entry(
        "expected a whole number, found {found}",
        "nombre entier attendu, trouvé {found}",
        {"found": "'douze'"},
    ),
    "schema.decimal": Entry(
        "expected a decimal number such as 1234.56, found {found}",
        "nombre décimal attendu, tel que 1234.56, trouvé {found}",
        {"found": "'1 234,5 €'"},
    ),
    "schema.string_type": Entry(
        "expected text in quotes, found {found}",
        "texte entre guillemets attendu, trouvé {found}",
        {"found": "1053"},
    ),
    "schema.string_pattern_mismatch": Entry(
        "expected text matching {pattern}, found {found}",
        "texte de la forme {pattern} attendu, trouvé {found}",
        {"pattern": "^\\d{9}$", "found": "'21000000'"},
    ),
    "schema.string_too_short": Entry(
        "expected at least {min_length} character(s), found {found}",
        "au moins {min_length} caractère(s) attendu(s), trouvé {found}",
        {"min_length": 1, "found": "''"},
    ),
    "schema.literal_error": Entry(
        "expected {expected}, found {found}",
        "{expected} attendu, trouvé {found}",
        {"expected": "'commune' or 'epci'", "found": "'ville'"},
    ),
    "schema.greater_than_equal": Entry(
        "expected a value of {ge} or more, found {found}",
        "valeur de {ge} ou plus attendue, trouvé {found}",
        {"ge": 0, "found": "-3"},
    ),
    "schema.less_than_equal": Entry(
        "expected a value of {le} or less, found {found}",
        "valeur de {le} ou moins attendue, trouvé {found}",
        {"le": 2200, "found": "99999"},
    ),
    "schema.model_type": Entry(
        "expected a mapping of fields, found {found}",
        "ensemble de champs attendu, trouvé {found}",
        {"found": "'oui'"},
    ),
    "schema.dict_type": Entry(
        "expected a mapping, found {found}",
        "table de correspondance attendue, trouvé {found}",
        {"found": "a list"},
    ),
    "schema.list_type": Entry(
        "expected a list, found {found}",
        "liste attendue, trouvé {found}",
        {"found": "'2024'"},
    ),
    "schema.too_short": Entry(
        "expected at least {min_length} item(s), found {found}",
        "au moins {min_length} élément(s) attendu(s), trouvé {found}",
        {"min_length": 1, "found": "a list"},
    ),
    "schema.bool": Entry(
        "expected true or false, found {found}",
        "true ou false attendu, trouvé {found}",
        {"found": "'peut-être'"},
    ),
    "schema.other": Entry(
        "{detail}, found {found}",
        "{detail}, trouvé {found}",
        {"detail": "Input should be a valid string", "found": "'\\ud800'"},
    ),
    "schema.not_a_mapping": Entry(
        "expected a mapping of fields, found {found}",
        "ensemble de champs attendu, trouvé {found}",
        {"found": "list"},
    ),
    "word.nothing": Entry("nothing", "rien", {}),
    "word.arithmetic": Entry("arithmetic", "l'arithmétique", {}),
    "word.text": Entry("text", "du texte", {}),
    "word.collection": Entry("collection", "une liste", {}),
    "word.bool": Entry("bool", "un booléen", {}),
    "hint.did_you_mean": Entry(
        "did you mean {name!r}?", "vouliez-vous dire {name!r} ?", {"name": "nr_strategy"}
    ),
    "hint.parenthesized": Entry(
        " ({hint})", " ({hint})", {"hint": Message("hint.did_you_mean", (("name", "date"),))}
    ),
    "hint.leading_zeros": Entry(
        "codes keep their leading zeros only as text",
        "un code ne garde ses zéros de tête qu'écrit comme texte",
        {},
    ),
    "rules.none": Entry("no rule file found", "aucun fichier de règles trouvé", {}),
    "rules.unknown_id": Entry(
        "unknown rule id {rule_id!r}",
        "identifiant de règle inconnu {rule_id!r}",
        {"rule_id": "reen-art35-stratgy"},
    ),
    "rules.unreadable": Entry(
        "cannot read: {reason}", "illisible : {reason}", {"reason": "[Errno 13] Permission denied"}
    ),
    "rules.duplicate_id": Entry(
        "rule id {rule_id!r} already defined in {file}",
        "identifiant de règle {rule_id!r} déjà défini dans {file}",
        {"rule_id": "reen-art35-strategy", "file": "rules/reen-art35-strategy.yaml"},
    ),
    "rules.id_mismatch": Entry(
        "id {rule_id!r} differs from the file name {stem!r}",
        "l'identifiant {rule_id!r} diffère du nom de fichier {stem!r}",
        {"rule_id": "reen-art35", "stem": "reen-art35-strategy"},
    ),
    "rules.undefined_parameter": Entry(
        "parameter {name!r} is not defined",
        "le paramètre {name!r} n'est pas défini",
        {"name": "min_shar"},
    ),
    "rules.expression": Entry(
        "{error} in {source!r}",
        "{error} dans {source!r}",
        {"error": "unknown name 'populaton'", "source": "population > 50000"},
    ),
    "rules.cannot_evaluate": Entry(
        "cannot evaluate {source!r}: {error}",
        "impossible d'évaluer {source!r} : {error}",
        {"source": "kind > population_threshold", "error": "'>' not supported"},
    ),
    # --- rule expressions (expressions.py) ---
    "expr.too_long": Entry(
        "expression longer than {limit} characters",
        "expression de plus de {limit} caractères",
        {"limit": 1000},
    ),
    "expr.syntax": Entry(
        "syntax error: {detail}", "erreur de syntaxe : {detail}", {"detail": "invalid syntax"}
    ),
    "expr.unparsable": Entry(
        "expression cannot be parsed (null byte or nesting too deep)",
        "expression illisible (octet nul ou imbrication trop profonde)",
        {},
    ),
    "expr.too_deep": Entry(
        "expression nested deeper than {limit} levels",
        "expression imbriquée sur plus de {limit} niveaux",
        {"limit": 24},
    ),
    "expr.node": Entry(
        "{node} is not allowed in a rule expression",
        "{node} est interdit dans une expression de règle",
        {"node": "Attribute"},
    ),
    "expr.unknown_name": Entry(
        "unknown name {name!r}", "nom inconnu {name!r}", {"name": "populaton"}
    ),
    "expr.literal_too_long": Entry(
        "number literal longer than {limit} characters",
        "nombre écrit sur plus de {limit} caractères",
        {"limit": 30},
    ),
    "expr.invalid_number": Entry(
        "invalid number {number}", "nombre invalide {number}", {"number": "1e"}
    ),
    "expr.out_of_range": Entry(
        "number literal {number} is out of range (at most 10^{limit})",
        "nombre {number} hors limites (au plus 10^{limit})",
        {"number": "1e309", "limit": 30},
    ),
    "expr.literal_type": Entry(
        "literal of type {type} is not allowed",
        "valeur littérale de type {type} interdite",
        {"type": "bytes"},
    ),
    "expr.operator": Entry(
        "operator {op} is not allowed", "opérateur {op} interdit", {"op": "Invert"}
    ),
    "expr.binary_operator": Entry(
        "operator {op} is not allowed (only + - * /)",
        "opérateur {op} interdit (seulement + - * /)",
        {"op": "Pow"},
    ),
    "expr.numbers_only": Entry(
        "arithmetic is for numbers only",
        "l'arithmétique ne s'applique qu'aux nombres",
        {},
    ),
    "expr.division_by_zero": Entry("division by zero", "division par zéro", {}),
    "expr.functions": Entry(
        "only the functions min, max and abs may be called",
        "seules les fonctions min, max et abs peuvent être appelées",
        {},
    ),
    "expr.arguments": Entry(
        "keyword or starred arguments are not allowed",
        "arguments nommés ou étoilés interdits",
        {},
    ),
    "expr.arity_one": Entry(
        "{function}() takes one argument",
        "{function}() prend un seul argument",
        {"function": "abs"},
    ),
    "expr.arity_many": Entry(
        "{function}() takes two arguments or more",
        "{function}() prend au moins deux arguments",
        {"function": "min"},
    ),
    "expr.not_a_number": Entry(
        "{where} is for numbers only, found {kind}: {source}",
        "{where} ne s'applique qu'aux nombres, trouvé {kind} : {source}",
        {"where": "'-'", "kind": Message("word.text"), "source": "'a'"},
    ),
    "expr.unordered": Entry(
        "values that cannot be ordered with < or >: {source}",
        "valeurs impossibles à ordonner avec < ou > : {source}",
        {"source": "kind > 3"},
    ),
    "expr.in_needs_list": Entry(
        "'in' needs a list or a name on its right, found {source}",
        "'in' demande une liste ou un nom à sa droite, trouvé {source}",
        {"source": "5"},
    ),
    "expr.incompatible": Entry(
        "values of incompatible types in {source!r}: {detail}",
        "valeurs de types incompatibles dans {source!r} : {detail}",
        {"source": "kind > 3", "detail": "'>' not supported between 'str' and 'int'"},
    ),
    # --- purchase ledgers (ledger_read.py, ledger_cells.py) ---
    "ledger.unsupported_type": Entry(
        "unsupported file type {suffix!r}: expected one of {expected}",
        "type de fichier {suffix!r} non pris en charge : attendu l'un de {expected}",
        {"suffix": ".pdf", "expected": ".csv, .ods, .tsv, .txt, .xls, .xlsm, .xlsx"},
    ),
    "ledger.unreadable": Entry(
        "cannot read the file: {reason}",
        "impossible de lire le fichier : {reason}",
        {"reason": "Permission denied"},
    ),
    "ledger.too_large": Entry(
        "file is {size:,} bytes, above the limit of {limit:,} bytes"
        " (raise it with --max-input-bytes, or split the ledger by year)",
        "le fichier fait {size:,} octets, au-delà de la limite de {limit:,} octets"
        " (relevez-la avec --max-input-bytes, ou découpez le registre par année)",
        {"size": 294_998, "limit": 100},
    ),
    "ledger.too_large_stream": Entry(
        "file is larger than the limit of {limit:,} bytes",
        "le fichier dépasse la limite de {limit:,} octets",
        {"limit": 104_857_600},
    ),
    "ledger.line_too_long": Entry(
        "line longer than {limit:,} characters",
        "ligne de plus de {limit:,} caractères",
        {"limit": 1_048_576},
    ),
    "ledger.undecodable": Entry(
        "byte 0x{byte} cannot be decoded as {encoding} (the encoding was chosen from the first"
        " 64 KiB); save the file as UTF-8",
        "l'octet 0x{byte} n'est pas lisible en {encoding} (encodage choisi d'après les"
        " 64 premiers Kio) ; enregistrez le fichier en UTF-8",
        {"byte": "ff", "encoding": "utf-8-sig"},
    ),
    "ledger.zip": Entry(
        "this is a zip (XLSX/ODS) file named like a CSV; rename it",
        "c'est un fichier zip (XLSX/ODS) nommé comme un CSV ; renommez-le",
        {},
    ),
    "ledger.utf16": Entry(
        "UTF-16 text is not supported: save the ledger as CSV UTF-8",
        "le texte UTF-16 n'est pas pris en charge : enregistrez le registre en CSV UTF-8",
        {},
    ),
    "ledger.empty": Entry(
        "the file is empty: expected a header line",
        "le fichier est vide : une ligne d'en-tête est attendue",
        {},
    ),
    "ledger.malformed_csv": Entry(
        "malformed CSV: {detail}",
        "CSV mal formé : {detail}",
        {"detail": "field larger than field limit (131072)"},
    ),
    "ledger.bad_spreadsheet": Entry(
        "cannot read the spreadsheet: {detail}",
        "impossible de lire le tableur : {detail}",
        {"detail": "Zip error: invalid Zip archive"},
    ),
    "ledger.no_header": Entry(
        "no header row: expected columns {columns}",
        "pas de ligne d'en-tête : colonnes attendues {columns}",
        {"columns": "date, amount_ht"},
    ),
    "ledger.missing_column": Entry(
        "missing required column {name!r}: expected one of {aliases} (case, accents and spaces"
        ' ignored), or map it with --columns {name}="<header>" (columns= in Python);'
        " headers found: {headers}",
        "colonne obligatoire {name!r} absente : attendu l'un de {aliases} (sans tenir compte de"
        " la casse, des accents et des espaces), ou indiquez-la avec"
        ' --columns {name}="<en-tête>" (columns= en Python) ; en-têtes trouvés : {headers}',
        {"name": "amount_ht", "aliases": "'amount_ht', 'montant_ht'", "headers": "'Date'"},
    ),
    "ledger.duplicate_column": Entry(
        "duplicate column {header!r}", "colonne {header!r} en double", {"header": "Montant HT"}
    ),
    "ledger.unknown_column_name": Entry(
        "unknown column name; expected one of {expected}{hint}",
        "nom de colonne inconnu ; attendu l'un de {expected}{hint}",
        {"expected": "'date', 'amount_ht'", "hint": ""},
    ),
    "ledger.no_such_header": Entry(
        "no column {header!r} in the header; headers found: {headers}",
        "aucune colonne {header!r} dans l'en-tête ; en-têtes trouvés : {headers}",
        {"header": "Montant", "headers": "'Date', 'Total'"},
    ),
    "ledger.cell": Entry(
        "column {header!r}: {error}",
        "colonne {header!r} : {error}",
        {
            "header": "Date",
            "error": Message(
                "cell.expected_found",
                (("expected", Message("cell.amount")), ("found", "'douze'"), ("note", "")),
            ),
        },
    ),
    "cell.expected_found": Entry(
        "{expected}, found {found}{note}",
        "{expected}, trouvé {found}{note}",
        {
            "expected": "expected a date such as 31/12/2024 or 2024-12-31",
            "found": "'30/02/2024'",
            "note": ": no such day",
        },
    ),
    "cell.found_empty": Entry("an empty cell", "une cellule vide", {}),
    "cell.amount": Entry(
        "expected an amount such as 1 234,56 or 1234.56 (at most 15 digits before the decimal"
        " separator and 6 after)",
        "montant attendu, tel que 1 234,56 ou 1234.56 (au plus 15 chiffres avant le séparateur"
        " décimal et 6 après)",
        {},
    ),
    "cell.date": Entry(
        "expected a date such as 31/12/2024 or 2024-12-31",
        "date attendue, telle que 31/12/2024 ou 2024-12-31",
        {},
    ),
    "cell.no_such_day": Entry(": no such day", " : ce jour n'existe pas", {}),
    "cell.not_a_serial": Entry(
        " (not a plausible spreadsheet date serial)",
        " (pas un numéro de date de tableur plausible)",
        {},
    ),
    "cell.cpv": Entry(
        "expected a CPV code of 8 digits and an optional check digit, such as 30213100-6",
        "code CPV de 8 chiffres attendu, avec un chiffre de contrôle facultatif, tel que"
        " 30213100-6",
        {},
    ),
    "cell.bool": Entry(
        "expected oui/non, o/n, yes/no, true/false, vrai/faux, 1/0 or x",
        "oui/non, o/n, yes/no, true/false, vrai/faux, 1/0 ou x attendu",
        {},
    ),
    "cli.expected_name_header": Entry(
        "expected NAME=HEADER, found {found!r}",
        "NOM=EN-TÊTE attendu, trouvé {found!r}",
        {"found": "montant"},
    ),
    "cli.expected_siret": Entry(
        "expected 14 digits, found {found!r}",
        "14 chiffres attendus, trouvé {found!r}",
        {"found": "1234"},
    ),
    "cli.required_for_declaration": Entry(
        "required for a declaration", "obligatoire pour une déclaration", {}
    ),
    # --- ledgers as finance software exports them (issue 17) ---
    "cli.expected_delimiter": Entry(
        "expected one of ; , | tab, found {found!r}",
        "attendu l'un de ; , | tab, trouvé {found!r}",
        {"found": "::"},
    ),
    "cli.unknown_encoding": Entry(
        "unknown encoding {found!r}: try utf-8 or cp1252",
        "encodage {found!r} inconnu : essayez utf-8 ou cp1252",
        {"found": "latin-9x"},
    ),
    "heading.invalid_profile": Entry("invalid profile", "profil invalide", {}),
    "heading.invalid_ledger": Entry("invalid ledger", "registre invalide", {}),
    "heading.invalid_option": Entry("invalid option", "option invalide", {}),
    "heading.invalid_mapping": Entry(
        "invalid mapping file", "fichier de correspondance invalide", {}
    ),
    "cli.ledger_option_without_ledger": Entry(
        "applies to the --ledger files: give --ledger, or leave this option out",
        "s'applique aux fichiers --ledger : indiquez --ledger, ou retirez cette option",
        {},
    ),
    "ledger.no_such_sheet": Entry(
        "no sheet {sheet!r} in the workbook; sheets found: {sheets}",
        "aucune feuille {sheet!r} dans le classeur ; feuilles trouvées : {sheets}",
        {"sheet": "Mandats 2024", "sheets": "'Feuil1', 'Feuil2'"},
    ),
    "ledger.more_problems": Entry(
        "further problems not shown: {n:,}; fix those above and run again",
        "autres problèmes non affichés : {n:,} ; corrigez ceux ci-dessus et relancez",
        {"n": 1_204},
    ),
    "ledger.lines_above_header": Entry(
        "lines skipped above the header: {n:,} (header found on line {line})",
        "lignes ignorées au-dessus de l'en-tête : {n:,} (en-tête trouvé ligne {line})",
        {"n": 2, "line": 3},
    ),
    "ledger.ttc_without_rate": Entry(
        "column {header!r} holds amounts TTC: give the VAT rate (vat_rate_pct in a --mapping"
        " file) to turn them into HT",
        "la colonne {header!r} contient des montants TTC : indiquez le taux de TVA"
        " (vat_rate_pct dans un fichier --mapping) pour les ramener au HT",
        {"header": "Montant TTC"},
    ),
    "ledger.nothing_to_classify": Entry(
        "nothing to classify the lines on: no CPV or category column, and no mapping rule on a"
        " column of this file (nature, family, supplier); headers found: {headers}",
        "rien pour classer les lignes : ni colonne CPV ni colonne catégorie, et aucune règle de"
        " correspondance sur une colonne de ce fichier (nature, famille, fournisseur) ;"
        " en-têtes trouvés : {headers}",
        {"headers": "'Date', 'Montant HT', 'Libellé'"},
    ),
    "ledger.no_flag_column": Entry(
        "{file}: no {flag!r} column: every line counts as not {flag}",
        "{file} : pas de colonne {flag!r} : aucune ligne n'est comptée comme {flag}",
        {"file": "mandats.csv", "flag": "reuse"},
    ),
    "ledger.bare_amount": Entry(
        "{file}: the column {header!r} does not say HT or TTC: its amounts are taken as HT"
        " (if they are TTC, use a --mapping file with amounts: ttc and vat_rate_pct)",
        "{file} : la colonne {header!r} ne précise ni HT ni TTC : ses montants sont pris"
        " comme HT (s'ils sont TTC, utilisez un fichier --mapping avec amounts: ttc et"
        " vat_rate_pct)",
        {"file": "mandats.csv", "header": "Montant"},
    ),
    "ledger.ttc_converted": Entry(
        "{file}: amounts of column {header!r} are TTC, turned into HT at {rate} % VAT,"
        " rounded to the cent",
        "{file} : les montants de la colonne {header!r} sont TTC, ramenés au HT avec une TVA"
        " de {rate} %, arrondis au centime",
        {"file": "mandats.csv", "header": "Montant TTC", "rate": "20"},
    ),
    "ledger.ambiguous_amounts": Entry(
        "{file}: amounts such as '1,234' (a single separator followed by three digits) read"
        " as decimals (1.234 €): {n:,}, first on line {line}; write 1234 or 1 234 for a thousand",
        "{file} : montants tels que « 1,234 » (un seul séparateur suivi de trois chiffres) lus"
        " comme décimaux (1,234 €) : {n:,}, le premier ligne {line} ; écrivez 1234 ou 1 234"
        " pour un millier",
        {"file": "mandats.csv", "n": 3, "line": 12},
    ),
    "ledger.rounded_amounts": Entry(
        "{file}: spreadsheet amounts with more than two decimals rounded to the cent"
        " (half-even): {n:,}, first on row {line}",
        "{file} : montants de tableur à plus de deux décimales arrondis au centime (au pair le"
        " plus proche) : {n:,}, le premier ligne {line}",
        {"file": "mandats.xlsx", "n": 3, "line": 12},
    ),
    "ledger.unknown_category": Entry(
        "column {header!r}: {detail}{hint}",
        "colonne {header!r} : {detail}{hint}",
        {"header": "Catégorie", "detail": "unknown category 'textile'", "hint": ""},
    ),
    "ledger.duplicate_file": Entry(
        "{file}: same content (SHA-256) as {other}: its lines are counted once",
        "{file} : même contenu (SHA-256) que {other} : ses lignes ne sont comptées qu'une fois",
        {"file": "mandats-copie.csv", "other": "mandats.csv"},
    ),
    "mapping.unknown_category": Entry(
        "category {category!r} exists in no decree whose period meets the rule's dates",
        "la catégorie {category!r} n'existe dans aucun décret dont la période rencontre les"
        " dates de la règle",
        {"category": "d2024-134:informatique"},
    ),
    "declaration.regime_not_declared": Entry(
        "year {year}: purchases of that year fall under {regime}, declared to the OECP"
        " (application REAP) in its own format, not in the data.gouv.fr declaration",
        "année {year} : les achats de cette année relèvent du {regime}, déclarés à l'OECP"
        " (application REAP) dans son propre format, et non dans la déclaration data.gouv.fr",
        {"year": 2023, "regime": "décret n° 2021-254"},
    ),
    "declaration.nothing_to_declare": Entry(
        "no purchase of the declared regime in the ledgers for the years asked",
        "aucun achat relevant du régime déclaré dans les registres pour les années demandées",
        {},
    ),
    "declaration.half_year": Entry(
        "purchases from {start} to {end} ({regime})",
        "achats du {start} au {end} ({regime})",
        {"start": "1 July 2024", "end": "31 December 2024", "regime": "décret n° 2024-134"},
    ),
    "declaration.credit_notes": Entry(
        "net of credit notes: {n:,}",
        "avoirs déduits : {n:,}",
        {"n": 2},
    ),
    "declaration.net_negative": Entry(
        "net total negative: credit notes exceed purchases",
        "total net négatif : les avoirs dépassent les achats",
        {},
    ),
    "declaration.broad": Entry(
        "{amount} classified only through a broad parent CPV code, to be checked",
        "{amount} classés par un code CPV parent large seulement, à vérifier",
        {"amount": "1 200,00 €"},
    ),
    "declaration.donations_from_profile": Entry(
        "donations: value declared in the profile",
        "dons : valeur déclarée dans le profil",
        {},
    ),
    "note.reuse_credit_clamped": Entry(
        "{year} {category}: reuse credit notes ({amount}) exceed reuse purchases; reuse counted"
        " as 0",
        "{year} {category} : les avoirs de réemploi ({amount}) dépassent les achats de"
        " réemploi ; réemploi compté pour 0",
        {"year": 2025, "category": "d2024-134:textiles", "amount": "-1 200,00 €"},
    ),
    "note.broad": Entry(
        "{year} {category}: {amount} over {n:,} lines classified only through a broad parent"
        " CPV code (a division or group such as 30000000-9): check them, or map them with a"
        " --mapping file",
        "{year} {category} : {amount} sur {n:,} lignes classés par un code CPV parent large"
        " seulement (une division ou un groupe, comme 30000000-9) : vérifiez-les, ou classez-les"
        " avec un fichier --mapping",
        {"year": 2023, "category": "d2021-254:it-equipment", "amount": "1 200,00 €", "n": 4},
    ),
    "note.unreachable": Entry(
        "{year} ({regime}): categories no line could reach (no CPV code listed, no mapping"
        " rule): {categories}",
        "{year} ({regime}) : catégories qu'aucune ligne ne pouvait atteindre (aucun code CPV"
        " listé, aucune règle de correspondance) : {categories}",
        {"year": 2023, "regime": "decret-2021-254", "categories": "d2021-254:furniture"},
    ),
    "note.profile_years_kept": Entry(
        "{years}: figures declared in the profile (the ledgers cover no purchase of those years)",
        "{years} : chiffres déclarés dans le profil (les registres ne couvrent aucun achat de"
        " ces années)",
        {"years": "2023"},
    ),
    "spaser.target_above_100": Entry(
        "target of {value} % for {category} ({share}, {year}): a share cannot exceed 100 %",
        "objectif de {value} % pour {category} ({share}, {year}) : une part ne peut dépasser 100 %",
        {"value": "150", "category": "d2024-134:textiles", "share": "reuse", "year": 2025},
    ),
    "spaser.target_twice": Entry(
        "two different targets for {category} ({share}, {year}): {values}",
        "deux objectifs différents pour {category} ({share}, {year}) : {values}",
        {"category": "d2024-134:textiles", "share": "reuse", "year": 2025, "values": "20, 30"},
    ),
}
"""Every message id: English (as `Problem.message` holds it), French, and an example."""
