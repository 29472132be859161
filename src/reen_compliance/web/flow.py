"""From a posted form to a profile: the YAML that travels, the answers, the dates asked.

Shared by the questions page, the report and the « what if »: the profile is the YAML of the
hidden field `profile_yaml`, with the answers of the form written over it, validated as the
command line validates a file. Invalid answers come back as problems keyed by field name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reen_compliance.errors import Problem, ProfileError
from reen_compliance.formats.profile import Profile
from reen_compliance.web.answers import (
    dump_yaml,
    field_of,
    profile_data,
    read_date,
    validated,
)
from reen_compliance.web.app import Posted, State, WebError
from reen_compliance.web.questions import Section, apply_answers, sections

PROFILE_FIELD = "profile_yaml"
ADD_FIELD = "add"
"""The « add one » buttons' field: the path of the list that gets one more empty item."""


@dataclass(slots=True)
class Answered:
    """The profile after the answers: its data, its YAML, and the profile or its problems."""

    data: dict[object, object]
    yaml_text: str
    sections: list[Section]
    profile: Profile | None = None
    problems: tuple[Problem, ...] = field(default=())


def day_asked(posted: Posted, name: str, default: date | None) -> date | None:
    """The date of field `name` (ISO, or French as typed), `default` when empty.

    Raises:
        WebError: 400 when the field holds something that is not a date.
    """
    typed = posted.get(name).strip()
    if not typed:
        return default
    try:
        return date.fromisoformat(read_date(typed))
    except ValueError:
        raise WebError(400, "web-error-date", found=typed) from None


def answered(posted: Posted, state: State, lang: str, as_of: date) -> Answered:
    """Write the form's answers over the posted profile and validate the result.

    Raises:
        WebError: 400 when there is no profile, or its YAML cannot be read at all.
    """
    text = posted.get(PROFILE_FIELD)
    if not text.strip():
        raise WebError(400, "web-error-no-profile")
    try:
        data = profile_data(text, state.settings.profile_limit)
    except ProfileError as error:
        raise WebError.of(error, "web-error-profile") from None
    added = frozenset({posted.get(ADD_FIELD)} - {""})
    asked = sections(data, state.rules, lang, as_of, posted=frozenset(posted.fields))
    names = {q.name for s in asked for q in s.questions}
    changed = any(name in posted.fields for name in names)
    apply_answers(data, posted.fields, asked)
    try:
        yaml_text, profile = validated(data, None if changed else text)
    except ProfileError as error:
        refreshed = sections(data, state.rules, lang, as_of, added=added)
        return Answered(data, dump_yaml(data), refreshed, problems=error.problems)
    refreshed = sections(data, state.rules, lang, as_of, added=added) if changed or added else asked
    return Answered(data, yaml_text, refreshed, profile)


def field_problems(result: Answered) -> tuple[dict[str, Problem], list[Problem]]:
    """The problems at a question of the form, and the others (shown above the form)."""
    names = {q.name for s in result.sections for q in s.questions}
    at_field: dict[str, Problem] = {}
    others: list[Problem] = []
    for problem in sorted(result.problems, key=lambda p: p.path):
        name = field_of(problem)
        owner = next(
            (n for n in sorted(names, key=len, reverse=True) if f"{name}.".startswith(f"{n}.")),
            None,
        )
        if owner is None:
            owner = next((n for n in sorted(names) if n.startswith(name + ".")), None)
        if owner is not None and owner not in at_field:
            at_field[owner] = problem
        else:
            others.append(problem)
    return at_field, others
