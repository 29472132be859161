"""Render the summary of an EPCI and its members as terminal text or JSON; write nothing."""

from __future__ import annotations

import json
from collections import Counter

from reen_compliance.i18n.message import Code, Msg, Value, msg
from reen_compliance.i18n.render import render
from reen_compliance.reference.bound_report import reading_text, reference_data_header
from reen_compliance.reference.members import BodyObligations, MembersSummary, RuleOutcome
from reen_compliance.report.words import Lang, status_message_id

MAX_NAMES = 6


def _say(lang: Lang, message_id: str, /, **values: Value) -> str:
    return render(msg(message_id, **values), lang)


def pooling_note(lang: Lang) -> str:
    """What sharing an obligation means, without inventing law."""
    return _say(lang, "members-pooling")


def _population(row: BodyObligations, summary: MembersSummary) -> Msg:
    if row.population is None or row.population_applies_from is None:
        return msg("members-population-unknown")
    if row.population_applies_from > summary.as_of:
        return msg(
            "members-population-later", count=row.population, day=row.population_applies_from
        )
    return msg("members-population", count=row.population)


def _outcome(outcome: RuleOutcome) -> Msg:
    if outcome.bound is None:
        text = msg("members-undetermined", fact=Code(outcome.missing or "?"))
    else:
        text = msg("members-bound" if outcome.bound else "members-not-bound")
    if outcome.status is not None and outcome.bound is not False:
        return msg(
            "members-with-status", outcome=text, status=msg(status_message_id(outcome.status))
        )
    return text


def _rules(rule_ids: list[str]) -> tuple[Value, ...]:
    return tuple(Code(rule_id) for rule_id in rule_ids)


def _profiled_lines(row: BodyObligations, summary: MembersSummary, lang: Lang) -> list[str]:
    heading = _say(
        lang,
        "members-body",
        name=row.name,
        code=Code(row.code),
        file=Code(row.profile_file or ""),
        population=_population(row, summary),
    )
    lines = ["  " + heading]
    lines += [
        "    " + _say(lang, "members-rule", rule=Code(outcome.rule_id), outcome=_outcome(outcome))
        for outcome in row.outcomes
        if outcome.bound is not False
    ]
    unbound = [o.rule_id for o in row.outcomes if o.bound is False]
    if unbound:
        lines.append("    " + _say(lang, "members-not-bound-by", rules=_rules(unbound)))
    return lines


def _unprofiled_lines(summary: MembersSummary, lang: Lang) -> list[str]:
    rows = summary.unprofiled
    lines = ["", _say(lang, "members-without-profile", count=len(rows))]
    if not rows:
        return lines
    rule_ids = [o.rule_id for o in rows[0].outcomes]
    everywhere = [r for r in rule_ids if all(row.bound_by(r) for row in rows)]
    unknown_everywhere = {r for r in rule_ids if all(row.bound_by(r) is None for row in rows)}
    listed = 0
    for row in rows:
        particular = [
            o
            for o in row.outcomes
            if o.rule_id not in everywhere
            and o.rule_id not in unknown_everywhere
            and o.bound is not False
        ]
        if particular:
            listed += 1
            details = tuple(
                msg("members-rule-short", rule=Code(o.rule_id), outcome=_outcome(o))
                for o in particular
            )
            text = _say(
                lang,
                "members-body-unprofiled",
                name=row.name,
                code=Code(row.code),
                population=_population(row, summary),
                details=details,
            )
            lines.append("  " + text)
    if listed == 0 and not unknown_everywhere:
        lines.append("  " + _say(lang, "members-none-other"))
    elif listed < len(rows):
        lines.append("  " + _say(lang, "members-others", count=len(rows) - listed))
    if everywhere:
        lines.append("  " + _say(lang, "members-each-bound-by", rules=_rules(everywhere)))
    by_fact: dict[str, list[str]] = {}
    for rule_id in sorted(unknown_everywhere):
        facts = {o.missing or "?" for row in rows for o in row.outcomes if o.rule_id == rule_id}
        for fact in sorted(facts):
            by_fact.setdefault(fact, []).append(rule_id)
    for fact, fact_rules in by_fact.items():
        lines.append(_unknown_line(fact, fact_rules, summary, lang))
    return lines


def _unknown_line(fact: str, rule_ids: list[str], summary: MembersSummary, lang: Lang) -> str:
    """Why a rule cannot be decided for any member without a profile."""
    later = [
        row.population_applies_from
        for row in summary.unprofiled
        if row.population_applies_from is not None and row.population_applies_from > summary.as_of
    ]
    if fact == "population" and later:
        why = msg("members-why-later", day=min(later))
    else:
        why = msg("members-why-missing", fact=Code(fact))
    return "  " + _say(lang, "members-undetermined-for-each", why=why, rules=_rules(rule_ids))


def _bodies(bodies: tuple[str, ...], summary: MembersSummary) -> Value:
    if len(bodies) <= MAX_NAMES:
        return bodies
    members = len(bodies) - (summary.epci.name in bodies)
    if summary.epci.name in bodies:
        return msg("members-epci-and-members", epci=summary.epci.name, count=members)
    return msg("members-members", count=members)


def render_members_text(summary: MembersSummary, lang: Lang) -> str:
    """The summary for a terminal: EPCI, members with a profile, others, shared obligations."""
    vintage = summary.reference.vintage
    epci = summary.epci
    total = len(summary.profiled) + len(summary.unprofiled)
    lines = [
        _say(
            lang,
            "members-title",
            epci=epci.name,
            siren=Code(epci.code),
            total=total,
            as_of=summary.as_of,
        ),
        _say(
            lang,
            "bound-list-reference-data",
            attribution=vintage.attribution,
            licence=vintage.licence,
        ),
    ]
    if summary.epci_perimeter_as_of is not None:
        lines.append(_say(lang, "members-perimeters", day=summary.epci_perimeter_as_of))
    sources = Counter(row.population_source for row in summary.unprofiled if row.population_source)
    lines += [_say(lang, "members-population-source", source=source) for source in sorted(sources)]
    lines += [reading_text(lang), "", _say(lang, "members-heading-epci")]
    lines += _profiled_lines(epci, summary, lang)
    lines += ["", _say(lang, "members-with-profile", count=len(summary.profiled), total=total)]
    for row in summary.profiled:
        lines += _profiled_lines(row, summary, lang)
    lines += _unprofiled_lines(summary, lang)
    lines += ["", _say(lang, "members-shared-heading")]
    lines += [
        "  "
        + _say(
            lang,
            "members-shared",
            rule=Code(shared.rule_id),
            bodies=_bodies(shared.bodies, summary),
        )
        for shared in summary.shared
    ]
    if summary.shared:
        lines.append(f"  {pooling_note(lang)}")
    if summary.ignored:
        lines += ["", _say(lang, "members-ignored-heading")]
        lines += [
            "  " + _say(lang, "members-ignored", file=Code(file), reason=reason)
            for file, reason in summary.ignored
        ]
    return "\n".join(lines) + "\n"


def _row_data(row: BodyObligations) -> dict[str, object]:
    return {
        "name": row.name,
        "kind": row.kind,
        "code": row.code,
        "profile_file": row.profile_file,
        "population": row.population,
        "population_applies_from": (
            row.population_applies_from.isoformat() if row.population_applies_from else None
        ),
        "population_source": row.population_source,
        "rules": [
            {
                "rule_id": o.rule_id,
                "bound": o.bound,
                "missing_fact": o.missing,
                "worst_status": o.status.value if o.status else None,
            }
            for o in row.outcomes
        ],
    }


def members_data(summary: MembersSummary, lang: Lang) -> dict[str, object]:
    """The summary as JSON-ready data, with the reference data's vintage."""
    return {
        "as_of": summary.as_of.isoformat(),
        "law_as_of": summary.law_as_of.isoformat(),
        "reference_data": reference_data_header(summary.reference, summary.epci_perimeter_as_of),
        "reading": reading_text(lang),
        "epci": _row_data(summary.epci),
        "members_with_profile": [_row_data(row) for row in summary.profiled],
        "members_without_profile": [_row_data(row) for row in summary.unprofiled],
        "shared": [
            {"rule_id": s.rule_id, "title": s.title, "bodies": list(s.bodies)}
            for s in summary.shared
        ],
        "shared_note": pooling_note(lang),
        "ignored": [
            {"file": file, "reason": render(reason, lang)} for file, reason in summary.ignored
        ],
    }


def render_members_json(summary: MembersSummary, lang: Lang) -> str:
    """The summary as indented JSON."""
    return json.dumps(members_data(summary, lang), ensure_ascii=False, indent=2) + "\n"
