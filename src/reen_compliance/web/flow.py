"""From a posted form to a profile: the YAML that travels, the answers, the dates asked.

Shared by the questions page, the report and the « what if »: the profile is the YAML of the
hidden field `profile_yaml`, with the answers of the form written over it, validated as the
command line validates a file. Invalid answers come back as problems keyed by field name.
"""

from __future__ import annotations

from collections.abc import Mapping
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
from reen_compliance.web.schema_form import properties

PROFILE_FIELD = "profile_yaml"
TOP_FIELDS = frozenset(properties("Profile"))
"""The profile's top-level fields: a posted name under one of them is an answer."""
ADD_FIELD = "add"
"""The « add one » buttons' field: the path of the list that gets one more empty item."""


@dataclass(slots=True)
class Answered:
    """The profile after the answers: its data, its YAML, and the profile or its problems.

    `added` names the lists the user asked one more item for; `as_of` is the day the form's
    measured years count back from.
    """

    data: dict[object, object]
    yaml_text: str
    as_of: date
    profile: Profile | None = None
    problems: tuple[Problem, ...] = field(default=())
    added: frozenset[str] = field(default=frozenset())

    def sections(
        self, state: State, lang: str, later: Mapping[str, str] | None = None
    ) -> list[Section]:
        """The questions of the form, filled with the answers (built only to show the form).

        `later`: the rules that do not bind the body, with why (`binding.not_binding`).
        """
        return sections(self.data, state.rules, lang, self.as_of, added=self.added, later=later)


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
    changed = any(name.split(".", 1)[0] in TOP_FIELDS for name in posted.fields)
    if changed:  # the questions page sent its answers: write those it asked
        asked = sections(data, state.rules, lang, as_of, posted=frozenset(posted.fields))
        apply_answers(data, posted.fields, asked)
    try:
        yaml_text, profile = validated(data, None if changed else text)
    except ProfileError as error:
        return Answered(data, dump_yaml(data), as_of, problems=error.problems, added=added)
    return Answered(data, yaml_text, as_of, profile, added=added)


def field_problems(
    result: Answered, asked: list[Section]
) -> tuple[dict[str, Problem], list[Problem]]:
    """The problems at a question of the form, and the others (shown above the form)."""
    names = {q.name for s in asked for q in s.questions}
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
