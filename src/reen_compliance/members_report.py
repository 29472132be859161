"""Render the summary of an EPCI and its members as terminal text or JSON; write nothing."""

from __future__ import annotations

import json
from collections import Counter

from reen_compliance.bound_report import reading_text
from reen_compliance.members import BodyObligations, MembersSummary, RuleOutcome
from reen_compliance.wording import Lang, format_date, format_int, pick, status_label

MAX_NAMES = 6


def pooling_note(lang: Lang) -> str:
    """What sharing an obligation means, without inventing law."""
    return pick(
        lang,
        "Chaque organisme est lié en propre par la règle, sur ses propres faits. Le travail "
        "peut être mutualisé (stratégie élaborée en commun, groupement de commandes), mais "
        "aucun texte lu ne permet que l'acte d'un organisme acquitte l'obligation d'un autre : "
        "chacun doit adopter ou respecter la sienne.",
        "Each body is bound in its own right, on its own facts. Work may be pooled (a strategy "
        "drafted together, a purchasing group), but no text read allows one body's act to "
        "discharge another body's duty: each must adopt or meet its own.",
    )


def _population(row: BodyObligations, summary: MembersSummary, lang: Lang) -> str:
    if row.population is None or row.population_applies_from is None:
        return pick(lang, "population inconnue", "population unknown")
    figure = format_int(row.population, lang) + pick(lang, " hab.", " inh.")
    if row.population_applies_from > summary.as_of:
        day = format_date(row.population_applies_from, lang)
        return figure + pick(
            lang,
            f" (chiffre applicable seulement à compter du {day} : inconnu à cette date)",
            f" (figure applying only from {day}: unknown on this date)",
        )
    return figure


def _outcome_text(outcome: RuleOutcome, lang: Lang) -> str:
    if outcome.bound is None:
        missing = outcome.missing or "?"
        text = pick(lang, f"inconnu ({missing} manque)", f"unknown ({missing} missing)")
    else:
        text = pick(lang, "lié", "bound") if outcome.bound else pick(lang, "non lié", "not bound")
    if outcome.status is not None and outcome.bound is not False:
        text += f" — {status_label(outcome.status, lang)}"
    return text


def _profiled_lines(row: BodyObligations, summary: MembersSummary, lang: Lang) -> list[str]:
    file = row.profile_file or ""
    lines = [f"  {row.name} ({row.code}, {file}), {_population(row, summary, lang)}"]
    lines += [
        f"    {outcome.rule_id} : {_outcome_text(outcome, lang)}"
        if lang == "fr"
        else f"    {outcome.rule_id}: {_outcome_text(outcome, lang)}"
        for outcome in row.outcomes
        if outcome.bound is not False
    ]
    unbound = [o.rule_id for o in row.outcomes if o.bound is False]
    if unbound:
        lines.append(
            pick(lang, "    non applicables : ", "    not bound by: ") + ", ".join(unbound)
        )
    return lines


def _unprofiled_lines(summary: MembersSummary, lang: Lang) -> list[str]:
    rows = summary.unprofiled
    count = format_int(len(rows), lang)
    lines = [
        "",
        pick(
            lang,
            f"Communes membres sans profil ({count}), selon les données de référence",
            f"Member communes without a profile ({count}), from the reference data",
        ),
    ]
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
            details = ", ".join(f"{o.rule_id} {_outcome_text(o, lang)}" for o in particular)
            lines.append(
                f"  {row.name} ({row.code}), {_population(row, summary, lang)} : {details}"
                if lang == "fr"
                else f"  {row.name} ({row.code}), {_population(row, summary, lang)}: {details}"
            )
    others = format_int(len(rows) - listed, lang)
    if listed == 0 and not unknown_everywhere:
        lines.append(
            pick(
                lang,
                "  Aucune n'est liée par une autre règle, sur sa population de référence.",
                "  None is bound by another rule, on its reference population.",
            )
        )
    elif listed < len(rows):
        lines.append(
            pick(
                lang,
                f"  Les {others} autres ne sont liées par aucune autre règle, sur leur population "
                "de référence.",
                f"  The {others} others are bound by no other rule, on their reference population.",
            )
        )
    if everywhere:
        lines.append(
            pick(lang, "  Chacune est liée par : ", "  Each is bound by: ") + ", ".join(everywhere)
        )
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
        day = format_date(min(later), lang)
        why = pick(
            lang,
            f"la population de référence ne s'applique qu'à compter du {day}",
            f"the reference population applies only from {day}",
        )
    else:
        why = pick(
            lang,
            f"fait absent des données de référence : {fact}",
            f"a fact the reference data does not carry: {fact}",
        )
    rules = ", ".join(rule_ids)
    return pick(
        lang, f"  Inconnu pour chacune ({why}) : {rules}", f"  Unknown for each ({why}): {rules}"
    )


def _bodies_text(bodies: tuple[str, ...], summary: MembersSummary, lang: Lang) -> str:
    if len(bodies) <= MAX_NAMES:
        return ", ".join(bodies)
    members = format_int(len(bodies) - (summary.epci.name in bodies), lang)
    if summary.epci.name in bodies:
        return pick(
            lang,
            f"{summary.epci.name} et {members} communes membres",
            f"{summary.epci.name} and {members} member communes",
        )
    return pick(lang, f"{members} communes membres", f"{members} member communes")


def render_members_text(summary: MembersSummary, lang: Lang) -> str:
    """The summary for a terminal: EPCI, members with a profile, others, shared obligations."""
    vintage = summary.reference.vintage
    epci = summary.epci
    total = format_int(len(summary.profiled) + len(summary.unprofiled), lang)
    day = format_date(summary.as_of, lang)
    lines = [
        pick(
            lang,
            f"{epci.name} (SIREN {epci.code}) et ses {total} communes membres — au {day}",
            f"{epci.name} (SIREN {epci.code}) and its {total} member communes — on {day}",
        ),
        pick(lang, "Données de référence : ", "Reference data: ")
        + f"{vintage.attribution} — {vintage.licence}.",
    ]
    if summary.epci_perimeter_as_of is not None:
        perimeter = format_date(summary.epci_perimeter_as_of, lang)
        lines.append(
            pick(
                lang,
                f"Communes membres selon les périmètres au {perimeter}.",
                f"Member communes as of the perimeters of {perimeter}.",
            )
        )
    sources = Counter(row.population_source for row in summary.unprofiled if row.population_source)
    lines += [
        pick(lang, "Population de référence : ", "Reference population: ") + f"{source}"
        for source in sorted(sources)
    ]
    lines += [reading_text(lang), "", pick(lang, "EPCI", "EPCI")]
    lines += _profiled_lines(epci, summary, lang)
    lines += [
        "",
        pick(
            lang,
            f"Communes membres avec un profil ({format_int(len(summary.profiled), lang)} sur "
            f"{total})",
            f"Member communes with a profile ({format_int(len(summary.profiled), lang)} of "
            f"{total})",
        ),
    ]
    for row in summary.profiled:
        lines += _profiled_lines(row, summary, lang)
    lines += _unprofiled_lines(summary, lang)
    lines += [
        "",
        pick(lang, "Obligations liant plusieurs organismes", "Obligations binding several bodies"),
    ]
    lines += [
        f"  {shared.rule_id} : {_bodies_text(shared.bodies, summary, lang)}"
        if lang == "fr"
        else f"  {shared.rule_id}: {_bodies_text(shared.bodies, summary, lang)}"
        for shared in summary.shared
    ]
    if summary.shared:
        lines.append(f"  {pooling_note(lang)}")
    if summary.ignored:
        lines += ["", pick(lang, "Profils ignorés", "Profiles ignored")]
        lines += [f"  {file}: {reason}" for file, reason in summary.ignored]
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
    vintage = summary.reference.vintage
    return {
        "as_of": summary.as_of.isoformat(),
        "law_as_of": summary.law_as_of.isoformat(),
        "reference_data": {
            "source": vintage.source,
            "package_version": vintage.package_version,
            "attribution": vintage.attribution,
            "licence": vintage.licence,
            "epci_perimeter_as_of": (
                summary.epci_perimeter_as_of.isoformat() if summary.epci_perimeter_as_of else None
            ),
        },
        "reading": reading_text(lang),
        "epci": _row_data(summary.epci),
        "members_with_profile": [_row_data(row) for row in summary.profiled],
        "members_without_profile": [_row_data(row) for row in summary.unprofiled],
        "shared": [
            {"rule_id": s.rule_id, "title": s.title, "bodies": list(s.bodies)}
            for s in summary.shared
        ],
        "shared_note": pooling_note(lang),
        "ignored": [{"file": file, "reason": reason} for file, reason in summary.ignored],
    }


def render_members_json(summary: MembersSummary, lang: Lang) -> str:
    """The summary as indented JSON."""
    return json.dumps(members_data(summary, lang), ensure_ascii=False, indent=2) + "\n"
