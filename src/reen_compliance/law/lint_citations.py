"""Lint citations as a jurist checks them: ids shaped like their texts, links to official hosts.

Every departure is a reviewed exception in `rules/lint/exceptions.yaml`.

Shape rules (issue 13, point 20), kept simple so that a reader can apply them by hand:

- a `legifrance_id` is a Légifrance id (JORFTEXT, JORFARTI, JORFSCTA, LEGITEXT, LEGIARTI or
  LEGISCTA followed by 12 digits), or « NOR » and a NOR (4 letters, 7 digits, 1 letter) for a
  text the reference cites by its NOR only;
- a citation whose `text` starts with « Code » names a code: LEGITEXT (the code), LEGIARTI (an
  article) or LEGISCTA (a section);
- one whose `text` starts with « Loi », « Décret », « Arrêté » or « Ordonnance » names a text of
  the Journal officiel: JORFTEXT, JORFARTI, JORFSCTA, a consolidated article (LEGIARTI), or
  its NOR;
- a Légifrance URL contains the cited id, or is an ELI address (`/eli/`) that contains the NOR or
  the number (« n° 2022-2 ») of the text cited;
- every URL is `https` on an official host of `OFFICIAL_HOSTS`;
- one JORFTEXT names one text: across the pack, citations sharing a JORFTEXT give the same
  text number (« n° 2024-134 »), so a decree never carries another decree's id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field

from reen_compliance.errors import RulePackError
from reen_compliance.formats.profile import Frozen
from reen_compliance.law.model import Rule
from reen_compliance.law.values import RULE_ID_PATTERN, LegalBasis
from reen_compliance.messages import Message, say

ID = re.compile(r"^(JORFTEXT|JORFARTI|JORFSCTA|LEGITEXT|LEGIARTI|LEGISCTA)\d{12}$")
NOR = re.compile(r"^NOR ([A-Z]{4}\d{7}[A-Z])$")
_NUMBER = re.compile(r"n° (\d{2,4}-\d+)")

# The id prefixes a citation may use, by the first word of its `text`.
PREFIXES_BY_KIND: dict[str, frozenset[str]] = {
    "Code": frozenset({"LEGITEXT", "LEGIARTI", "LEGISCTA"}),
    **dict.fromkeys(
        ("Loi", "Décret", "Arrêté", "Ordonnance"),
        frozenset({"JORFTEXT", "JORFARTI", "JORFSCTA", "LEGIARTI", "NOR"}),
    ),
}

# Hosts a rule may link to. Only the hosts the bundled rules need are listed; add one with the
# reason it is an official source of the text it serves.
OFFICIAL_HOSTS: dict[str, str] = {
    # Légifrance, the State's public service for the dissemination of law (décret n° 2002-1064):
    # the official consolidated codes and the Journal officiel. Its « circulaire. » host serves
    # circulaires, not the texts cited, and is not listed.
    "www.legifrance.gouv.fr": "texts of law and the Journal officiel",
    "legifrance.gouv.fr": "texts of law and the Journal officiel",
}

Check = Literal["identifier", "host"]


class LintException(Frozen):
    """One reviewed departure from a citation check: which rule, which value, and why."""

    rule: str = Field(pattern=RULE_ID_PATTERN)
    check: Check
    value: str = Field(min_length=1, description="The exact legifrance_id or URL let through")
    reason: str = Field(min_length=20, description="Why no conforming citation exists yet")


class LintExceptions(Frozen):
    """The file `rules/lint/exceptions.yaml`."""

    exceptions: tuple[LintException, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """A citation problem at a JSON path of a rule file, before exceptions are applied."""

    path: str
    check: Check
    value: str
    message: Message


def load_exceptions(path: Path) -> tuple[LintException, ...]:
    """The reviewed exceptions, validated like a rule file; none when the file is absent."""
    from reen_compliance.files.source import read_document  # noqa: PLC0415 - YAML only when linting
    from reen_compliance.law.loading import _validate  # noqa: PLC0415 - one validator

    if not path.is_file():
        return ()
    document = read_document(path, error=RulePackError)
    return _validate(LintExceptions, document.data, document.locator, RulePackError).exceptions


def citation_findings(rule: Rule) -> Iterator[Finding]:
    """Every citation problem of a rule, exceptions not yet applied."""
    for index, basis in enumerate(rule.legal_basis):
        yield from _identifier(basis, f"$.legal_basis[{index}]")
        yield from _url(basis, f"$.legal_basis[{index}].url")


def _identifier(basis: LegalBasis, path: str) -> Iterator[Finding]:
    cited = basis.legifrance_id.fr
    nor = NOR.match(cited)
    if not ID.match(cited) and not nor:
        yield Finding(
            f"{path}.legifrance_id", "identifier", cited, say("lint.id_shape", found=cited)
        )
        return
    prefix = "NOR" if nor else cited[:8]
    kind = basis.text.split(" ", 1)[0]
    allowed = PREFIXES_BY_KIND.get(kind)
    if allowed is not None and prefix not in allowed:
        expected = ", ".join(sorted(allowed))
        message = say("lint.id_kind", kind=kind, prefix=prefix, expected=expected)
        yield Finding(f"{path}.legifrance_id", "identifier", cited, message)


def _url(basis: LegalBasis, path: str) -> Iterator[Finding]:
    url = basis.url
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host not in OFFICIAL_HOSTS:
        yield Finding(path, "host", url, say("lint.url_host", host=host))
        return
    if parts.scheme != "https":
        yield Finding(path, "host", url, say("lint.url_https"))
    if not _names_the_text(basis, url):
        yield Finding(path, "identifier", url, say("lint.url_id", id=basis.legifrance_id.fr))


def _names_the_text(basis: LegalBasis, url: str) -> bool:
    """A Légifrance URL names the cited id, or is an ELI address naming the NOR or number."""
    if basis.legifrance_id.fr in url:
        return True
    if "/eli/" not in url:
        return False
    nor = NOR.match(basis.legifrance_id.fr)
    names = [nor.group(1)] if nor else []
    names += [f"/{number}/" for number in _NUMBER.findall(basis.text)]
    return any(name in url for name in names)


def shared_id_findings(rules: Iterable[Rule]) -> Iterator[tuple[str, Finding]]:
    """Citations whose JORFTEXT another citation gives to a text of another number."""
    first: dict[str, tuple[str, str]] = {}
    for rule in rules:
        for index, basis in enumerate(rule.legal_basis):
            number = next(iter(_NUMBER.findall(basis.text)), None)
            cited = basis.legifrance_id.fr
            if number is None or not cited.startswith("JORFTEXT"):
                continue
            seen = first.setdefault(cited, (number, rule.id))
            if seen[0] != number:
                message = say(
                    "lint.id_two_texts", id=cited, number=number, other=seen[0], rule_id=seen[1]
                )
                path = f"$.legal_basis[{index}].legifrance_id"
                yield rule.id, Finding(path, "identifier", cited, message)


def apply_exceptions(
    rule_id: str, findings: Iterable[Finding], exceptions: Iterable[LintException]
) -> tuple[list[Finding], set[LintException]]:
    """The findings no exception covers, and the exceptions that covered one."""
    mine = [e for e in exceptions if e.rule == rule_id]
    left: list[Finding] = []
    used: set[LintException] = set()
    for finding in findings:
        match = next(
            (e for e in mine if (e.check, e.value) == (finding.check, finding.value)), None
        )
        if match is None:
            left.append(finding)
        else:
            used.add(match)
    return left, used
