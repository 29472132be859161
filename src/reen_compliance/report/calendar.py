"""The dated obligations ahead of a body: deadlines, yearly dates, cycles and steps of rates.

Items come from three places: each binding rule's `calendar` entries (fixed or yearly dates),
the deadlines of the findings evaluated on the first day (a 3-year cycle's next report, a
document's due date), and the days a binding rule's dated values change (the 2027 and 2030
steps of a minimum share). Renderers return text or bytes and write nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from reen_compliance.decisions.context import Context
from reen_compliance.decisions.dates_ahead import becomes_bound, entry_days
from reen_compliance.formats.profile import Profile, Status
from reen_compliance.i18n.formats import Lang
from reen_compliance.i18n.message import Code, msg
from reen_compliance.i18n.render import render
from reen_compliance.law.applicability import LawView
from reen_compliance.law.checks import CategorySharesCheck
from reen_compliance.law.loading import CompiledRule, RuleSet
from reen_compliance.law.values import DatedValue
from reen_compliance.report.build import evaluate
from reen_compliance.report.text import deadline_label
from reen_compliance.report.words import citation_title


@dataclass(frozen=True, slots=True, order=True)
class CalendarItem:
    """One dated obligation: when, which rule, what, and under which article.

    `key` names the event without words (`calendar:0`, `deadline:2025`, `values`) so that its
    UID is the same in every language; `lang` is the language its label was written in.
    """

    date: date
    rule_id: str
    label: str
    article: str
    semantics: str
    key: str = field(default="", compare=False)
    lang: Lang = field(default="fr", compare=False)

    @property
    def uid(self) -> str:
        """A UID stable across runs and languages: clients update events instead of doubling."""
        digest = hashlib.sha256(f"{self.rule_id}|{self.date}|{self.key}".encode()).hexdigest()
        return f"{digest[:32]}@reen-compliance"


def calendar_items(  # noqa: PLR0913 - every argument is a keyword a caller may need
    profile: Profile,
    *,
    start: date,
    end: date,
    rules: RuleSet,
    lang: Lang = "fr",
    law_as_of: date | None = None,
) -> list[CalendarItem]:
    """Dated obligations between `start` and `end` (inclusive) for the rules that may bind."""
    law = LawView(law_as_of or start)
    report = evaluate(profile, as_of=start, rules=rules, lang=lang, law_as_of=law.law_as_of)
    ctx = Context(
        profile=profile,
        as_of=start,
        law=law,
        lang=lang,
        procurement=profile.procurement,
        procurement_source="profile: $.procurement",
        rules=rules,
    )
    items: set[CalendarItem] = set()
    for rule in rules.rules:
        if _never_bound(rule, ctx, start, end):
            continue
        article = _article(rule, lang)
        for index, entry in enumerate(rule.rule.calendar):
            label = entry.label.in_language(lang)
            items.update(
                CalendarItem(
                    day, rule.rule.id, label, article, entry.semantics, f"calendar:{index}", lang
                )
                for day in entry_days(rule, entry, ctx, start, end)
            )
        bound_label = render(msg("dates-calendar-becomes-bound", title=rule.rule.title), lang)
        items.update(
            CalendarItem(day, rule.rule.id, bound_label, article, "from", "bound", lang)
            for day in becomes_bound(rule, ctx, start - timedelta(days=1), end)
        )
        items.update(_value_steps(rule, law, start, end, article=article, lang=lang))
    for finding in report.findings:
        if (
            finding.deadline is not None
            and start <= finding.deadline <= end
            and finding.status not in {Status.NOT_APPLICABLE, Status.EXEMPTED}
        ):
            source = rules.get(finding.rule_id)
            items.add(
                CalendarItem(
                    finding.deadline,
                    finding.rule_id,
                    deadline_label(finding.title, finding.period_label or finding.period, lang),
                    _article(source, lang) if source else "",
                    "on_or_before",
                    f"deadline:{finding.period or ''}",
                    lang,
                )
            )
    return sorted(items)


def _never_bound(rule: CompiledRule, ctx: Context, start: date, end: date) -> bool:
    """Whether the rule definitely binds the body neither on `start` nor on `end`."""
    return all(ctx.bound(rule, day) is False for day in (start, end))


def _article(rule: CompiledRule, lang: Lang) -> str:
    basis = rule.rule.legal_basis[0]
    title = citation_title(basis.text.split(" (")[0], lang)
    return f"{title}, {basis.article.in_language(lang)}"


def _value_steps(  # noqa: PLR0913 - the rule, the law view and the window
    rule: CompiledRule, law: LawView, start: date, end: date, *, article: str, lang: Lang
) -> set[CalendarItem]:
    """One item per day a dated value of the rule changes inside the window."""
    changes: dict[date, list[str]] = {}

    def note(name: str, values: tuple[DatedValue, ...]) -> None:
        for version in law.known(values):
            if start <= version.effective_from <= end and version.effective_from > min(
                v.effective_from for v in values
            ):
                changes.setdefault(version.effective_from, []).append(name)

    for name, parameter in rule.rule.parameters.items():
        note(name, parameter.values)
    check = rule.rule.check
    if isinstance(check, CategorySharesCheck):
        for regime in check.regimes:
            for category in regime.categories:
                for share, values in category.minimums.items():
                    note(f"{regime.prefix}:{category.key} {share}", values)
    items: set[CalendarItem] = set()
    for day, names in changes.items():
        label = render(msg("out-calendar-value-step", count=len(names)), lang)
        items.add(CalendarItem(day, rule.rule.id, label, article, "from", "values", lang))
    return items


def render_calendar_text(items: list[CalendarItem], lang: Lang) -> str:
    """One line per item, in date order."""
    if not items:
        return render(msg("out-calendar-none"), lang) + "\n"
    return "".join(
        render(
            msg(
                "out-calendar-line",
                day=item.date,
                label=item.label,
                rule=Code(item.rule_id),
                article=item.article,
            ),
            lang,
        )
        + "\n"
        for item in items
    )


def render_calendar_json(items: list[CalendarItem]) -> str:
    """The items as a JSON list."""
    data = [
        {
            "date": item.date.isoformat(),
            "rule_id": item.rule_id,
            "label": item.label,
            "article": item.article,
            "semantics": item.semantics,
            "uid": item.uid,
        }
        for item in items
    ]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_calendar_ics(items: list[CalendarItem], lang: Lang | None = None) -> bytes:
    """An iCalendar file of all-day events with stable UIDs (no clock: DTSTAMP is the day).

    The description is worded in `lang`, by default the language the labels were written in.
    """
    from icalendar import Calendar, Event  # noqa: PLC0415 - only for this format

    calendar = Calendar()
    calendar.add("prodid", "-//reen-compliance//calendar//FR")
    calendar.add("version", "2.0")
    for item in items:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", datetime.combine(item.date, datetime.min.time(), tzinfo=UTC))
        event.add("dtstart", item.date)
        event.add("dtend", item.date + timedelta(days=1))
        event.add("summary", f"{item.label} ({item.rule_id})")
        description = msg(
            "out-calendar-description",
            rule=Code(item.rule_id),
            article=item.article,
            when=msg("out-when-" + item.semantics.replace("_", "-"), day=item.date),
        )
        event.add("description", render(description, lang or item.lang))
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical
