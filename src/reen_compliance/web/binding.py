"""Which obligations cannot bind the body on the page's date, and the report's words saying why.

The questions page asks first what serves the obligations that bind the body or may bind it,
then, folded, those that do not: a commune need not read about the State's services. An
obligation is folded when the law layer finds the body outside its scope on that date (or
the text not in force and not binding it later) and every finding of the evaluation says
« non applicable »; an obligation the profile cannot yet tell stays in front. The reason shown
is the finding's own explanation, as the report words it.
"""

from __future__ import annotations

from datetime import date

from reen_compliance.formats.profile import Profile, Status
from reen_compliance.i18n.formats import Lang
from reen_compliance.law.applicability import LawView, assess
from reen_compliance.law.loading import RuleSet
from reen_compliance.report.build import evaluate


def not_binding(
    profile: Profile, rules: RuleSet, as_of: date, law_as_of: date | None, lang: Lang
) -> dict[str, str]:
    """The rules that do not bind the body on `as_of`, each with why, in the rule pack's order."""
    report = evaluate(profile, as_of=as_of, law_as_of=law_as_of, rules=rules, lang=lang)
    law = LawView(law_as_of or as_of)
    why: dict[str, str] = {}
    open_rules: set[str] = set()
    for finding in report.findings:  # the latest period's words come last
        if finding.status is Status.NOT_APPLICABLE:
            why[finding.rule_id] = finding.explanation
        else:
            open_rules.add(finding.rule_id)
    folded: dict[str, str] = {}
    for compiled in rules.rules:
        rule_id = compiled.rule.id
        if rule_id not in why or rule_id in open_rules:
            continue
        applicability = assess(compiled, profile, as_of, law)
        if applicability.bound is False:
            folded[rule_id] = why[rule_id]
    return folded
