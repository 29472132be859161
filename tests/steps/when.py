"""« Quand … »: evaluate the profile as of a date, or load a profile text."""

from __future__ import annotations

from typing import Any

from pytest_bdd import parsers, when

from reen_compliance import InvalidInputError, evaluate, parse_profile
from reen_compliance.law.loading import Profile
from steps.words import french_date

World = dict[str, Any]


@when(parsers.parse("on évalue sa situation au {jour}"))
def evaluate_on(world: World, jour: str) -> None:
    """Evaluate the scenario's profile with the bundled rules."""
    profile = Profile.model_validate(world["profile"])
    world["report"] = evaluate(profile, as_of=french_date(jour))


@when("on charge le profil suivant :")
def load_text(world: World, docstring: str) -> None:
    """Load a profile written in the scenario, keeping the error if it is refused."""
    try:
        world["report"] = parse_profile(docstring, "profil.yaml")
    except InvalidInputError as error:
        world["error"] = error


@when(parsers.parse("on évalue sa situation au {jour} sans que le profil soit accepté"))
def evaluate_refused(world: World, jour: str) -> None:
    """Evaluate, keeping the error when the profile is refused against the rules."""
    profile = Profile.model_validate(world["profile"])
    try:
        world["report"] = evaluate(profile, as_of=french_date(jour))
    except InvalidInputError as error:
        world["error"] = error
