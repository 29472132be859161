"""An EPCI and its member communes: which obligations bind each, and which bind several.

Membership comes from the reference data: the EPCI's perimeter in force on the date. Members
with a profile are evaluated on it; the others on their reference profile, with the figures
in force that day (`bound.reference_profile`), so the rules decide in both cases. Each
rule binds each body on its own facts: where several bodies are bound, work may be pooled, but
no text read allows one body's act to discharge another body's duty, and the summary says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

from reen_compliance.errors import Problem, ProfileError
from reen_compliance.formats.profile import PopulationFigure, Profile, Status
from reen_compliance.formats.report import Report
from reen_compliance.i18n.message import Code, Msg, msg
from reen_compliance.law.applicability import LawView, assess
from reen_compliance.law.loading import RuleSet
from reen_compliance.messages import say
from reen_compliance.reference.bodies import ReferenceBody, ReferenceData, normalize_code
from reen_compliance.reference.bound import epci_perimeter_on, reads_population, reference_profile
from reen_compliance.report.build import evaluate
from reen_compliance.report.words import Lang

# Worst first: the status a body's findings under one rule are summed up by.
_SEVERITY = (
    Status.NON_COMPLIANT,
    Status.INSUFFICIENT_DATA,
    Status.NOT_YET_DUE,
    Status.COMPLIANT,
    Status.EXEMPTED,
    Status.NOT_APPLICABLE,
)


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    """Whether one rule binds one body, and with a profile, the worst status of its findings."""

    rule_id: str
    bound: bool | None
    missing: str | None = None
    status: Status | None = None
    threshold: bool = False


@dataclass(frozen=True, slots=True)
class BodyObligations:
    """One body of the group (the EPCI or a member) and what each rule decides for it."""

    name: str
    kind: Literal["commune", "epci"]
    code: str
    profile_file: str | None
    population: int | None
    population_applies_from: date | None
    population_source: str | None
    outcomes: tuple[RuleOutcome, ...]
    report: Report | None = None

    def bound_by(self, rule_id: str) -> bool | None:
        """Whether the rule binds this body (None: a fact it reads is missing)."""
        return next(o.bound for o in self.outcomes if o.rule_id == rule_id)


@dataclass(frozen=True, slots=True)
class SharedObligation:
    """A rule binding several bodies of the group, each in its own right."""

    rule_id: str
    title: str
    bodies: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MembersSummary:
    """The EPCI, its members with and without a profile, and the obligations several share."""

    as_of: date
    law_as_of: date
    reference: ReferenceData
    rules: RuleSet
    epci: BodyObligations
    profiled: tuple[BodyObligations, ...]
    unprofiled: tuple[BodyObligations, ...]
    ignored: tuple[tuple[str, Msg], ...]
    shared: tuple[SharedObligation, ...]
    epci_perimeter_as_of: date | None = None


def summarize_members(  # noqa: PLR0913 - every argument is a keyword a caller may need
    epci: Profile,
    members: Mapping[str, Profile],
    *,
    reference: ReferenceData,
    rules: RuleSet,
    as_of: date,
    law_as_of: date | None = None,
    lang: Lang = "fr",
    epci_file: str = "<epci>",
) -> MembersSummary:
    """Evaluate the EPCI and its members; `members` maps each profile's file name to it.

    A profile matches a member by its `insee_code`, or by its `siren` through the reference data;
    the others are returned in `ignored` with the reason.

    Raises:
        ProfileError: the EPCI profile is not an EPCI of the reference data (its SIREN).
    """
    epci_body = _reference_epci(epci, reference, epci_file)
    law = LawView(law_as_of or as_of)
    member_bodies = reference.members_of(epci_body.siren or "", on=as_of)
    matched, ignored = _match(members, member_bodies, reference)

    def on_profile(body: ReferenceBody, profile: Profile, file: str) -> BodyObligations:
        report = evaluate(profile, as_of=as_of, rules=rules, lang=lang, law_as_of=law.law_as_of)
        return _obligations(
            body, profile, file=file, rules=rules, as_of=as_of, law=law, report=report
        )

    epci_row = on_profile(epci_body, epci, epci_file)
    profiled = tuple(
        on_profile(body, *matched[body.insee_code or ""])
        for body in member_bodies
        if body.insee_code in matched
    )
    unprofiled = tuple(
        _obligations(
            body, reference_profile(body), file=None, rules=rules, as_of=as_of, law=law, report=None
        )
        for body in member_bodies
        if body.insee_code not in matched
    )
    everyone = (epci_row, *profiled, *unprofiled)
    shared = tuple(
        SharedObligation(
            rule_id=rule.rule.id,
            title=rule.rule.title.in_language(lang),
            bodies=tuple(row.name for row in everyone if row.bound_by(rule.rule.id)),
        )
        for rule in rules.rules
        if sum(1 for row in everyone if row.bound_by(rule.rule.id)) > 1
    )
    return MembersSummary(
        as_of=as_of,
        law_as_of=law.law_as_of,
        reference=reference,
        rules=rules,
        epci=epci_row,
        profiled=profiled,
        unprofiled=unprofiled,
        ignored=tuple(ignored),
        shared=shared,
        epci_perimeter_as_of=epci_perimeter_on(reference, as_of),
    )


def _reference_epci(epci: Profile, reference: ReferenceData, file: str) -> ReferenceBody:
    """The EPCI of the reference data the profile names by its SIREN."""
    collectivity = epci.collectivity
    if collectivity.kind != "epci":
        message = say("members.expected_epci", kind=collectivity.kind)
        raise ProfileError([Problem.of(file, None, None, "$.collectivity.kind", message)])
    body = reference.by_siren(collectivity.siren) if collectivity.siren else None
    if body is None or body.kind != "epci":
        source = f"{reference.vintage.source} {reference.vintage.package_version}"
        message = say("members.unknown_epci", siren=collectivity.siren, source=source)
        hint = say("members.give_siren")
        raise ProfileError([Problem.of(file, None, None, "$.collectivity.siren", message, hint)])
    return body


def _match(
    profiles: Mapping[str, Profile],
    members: tuple[ReferenceBody, ...],
    reference: ReferenceData,
) -> tuple[dict[str, tuple[Profile, str]], list[tuple[str, Msg]]]:
    """Pair profiles with member INSEE codes; the first file in name order wins a tie."""
    member_codes = {body.insee_code for body in members}
    matched: dict[str, tuple[Profile, str]] = {}
    ignored: list[tuple[str, Msg]] = []
    for file in sorted(profiles):
        profile = profiles[file]
        code = _insee_code(profile, reference)
        if code is None:
            ignored.append((file, msg("members-ignored-no-code")))
        elif code not in member_codes:
            ignored.append((file, msg("members-ignored-not-member", code=Code(code))))
        elif code in matched:
            duplicate = msg("members-ignored-duplicate", code=Code(code), file=matched[code][1])
            ignored.append((file, duplicate))
        else:
            matched[code] = (profile, file)
    return matched, ignored


def _insee_code(profile: Profile, reference: ReferenceData) -> str | None:
    """The commune's INSEE code: stated in the profile, or found by its SIREN."""
    collectivity = profile.collectivity
    if collectivity.kind != "commune":
        return None
    if collectivity.insee_code:
        return normalize_code(collectivity.insee_code)
    body = reference.by_siren(collectivity.siren) if collectivity.siren else None
    return body.insee_code if body is not None and body.kind == "commune" else None


def _obligations(  # noqa: PLR0913 - the row's body, its facts and the evaluation's context
    body: ReferenceBody,
    profile: Profile,
    *,
    file: str | None,
    rules: RuleSet,
    as_of: date,
    law: LawView,
    report: Report | None,
) -> BodyObligations:
    """Assess each rule on the profile; with a report, add each rule's worst status."""
    outcomes = []
    for rule in rules.rules:
        applicability = assess(rule, profile, as_of, law)
        status = None
        if report is not None:
            statuses = {f.status for f in report.findings if f.rule_id == rule.rule.id}
            status = next((s for s in _SEVERITY if s in statuses), None)
        outcomes.append(
            RuleOutcome(
                rule_id=rule.rule.id,
                bound=applicability.bound,
                missing=applicability.missing,
                status=status,
                threshold=reads_population(rule),
            )
        )
    known = _figure_shown(profile, as_of)
    return BodyObligations(
        name=profile.collectivity.name,
        kind=body.kind,
        code=(body.insee_code if body.kind == "commune" else body.siren) or "",
        profile_file=file,
        population=known.total if known else None,
        population_applies_from=known.applies_from if known else None,
        population_source=known.source if known else None,
        outcomes=tuple(outcomes),
        report=report,
    )


def _figure_shown(profile: Profile, as_of: date) -> PopulationFigure | None:
    """The figure in force on `as_of`, else the first one applying later (to say from when)."""
    in_force = profile.collectivity.population_on(as_of)
    if in_force is not None:
        return in_force
    later = [f for f in profile.collectivity.population if f.applies_from > as_of]
    return min(later, key=lambda f: f.applies_from) if later else None
