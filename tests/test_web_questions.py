"""The questions page covers the whole profile: round trips, every schema leaf, lists, unknowns."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
import yaml

from reen_compliance import evaluate
from reen_compliance.formats.profile import Profile
from reen_compliance.law.loading import load_rules, parse_profile
from reen_compliance.reference.bodies import ReferenceData
from reen_compliance.reference.starter import starter_examples
from reen_compliance.web.questions import EXCLUDED, sections
from reen_compliance.web.schema_form import schema
from web_helpers import (
    METZ,
    METZ_METROPOLE,
    ROOT,
    TODAY,
    client,
    field_errors,
    hidden,
    questions_of,
    start,
    token,
)

EXAMPLE = ROOT / "examples" / "ville-exemple.yaml"
SMALL_COMMUNE = "57001"  # Aboncourt: a commune far below every population threshold


def _opened(made: Any, text: str, lang: str = "fr") -> str:
    response = made.post(
        "/open",
        data={"csrf_token": token(made), "lang": lang},
        files={"profile": ("profil.yaml", text.encode(), "application/x-yaml")},
    )
    assert response.status_code == 200, response.text
    return str(response.text)


def _submitted(made: Any, page: str, **changes: str) -> str:
    """The profile YAML the questions page gives back, its form sent with `changes`."""
    form = {**questions_of(page), "as_of": TODAY.isoformat(), **changes}
    response = made.post("/profile/download", data=form)
    assert response.status_code == 200, response.text
    return str(response.text)


def _same_report(first: Profile, second: Profile) -> None:
    one, two = evaluate(first, as_of=TODAY), evaluate(second, as_of=TODAY)
    assert one.model_dump(exclude={"receipt"}) == two.model_dump(exclude={"receipt"})


def _starter_examples_yaml() -> str:
    reference = ReferenceData.bundled()
    return yaml.safe_dump(starter_examples(reference.lookup(METZ), reference.vintage))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_example_profile_round_trips_through_the_form(lang: str) -> None:
    """The example profile, shown as questions and sent back unchanged, is the same profile."""
    made = client()
    text = EXAMPLE.read_text(encoding="utf-8")
    back = parse_profile(_submitted(made, _opened(made, text, lang), lang=lang))
    original = parse_profile(text)
    assert back == original
    _same_report(original, back)


@pytest.mark.parametrize("code", [METZ, METZ_METROPOLE, SMALL_COMMUNE])
def test_starter_profiles_round_trip_through_the_form(code: str) -> None:
    """A starter profile of `init`, sent back unchanged, gives the same data and report."""
    made = client()
    page = start(made, code)
    original = parse_profile(hidden(page, "profile_yaml"))
    back = parse_profile(_submitted(made, page))
    assert back == original
    _same_report(original, back)


def test_starter_profile_with_every_example_round_trips() -> None:
    """The starter profile with all its examples filled in comes back the same."""
    made = client()
    text = _starter_examples_yaml()
    back = parse_profile(_submitted(made, _opened(made, text)))
    original = parse_profile(text)
    assert back == original
    _same_report(original, back)


def _schema_leaves() -> set[str]:
    """Every leaf path of the profile's JSON Schema, `*` for a year or an item."""
    full = schema()

    def walk(prop: dict[str, Any], path: str) -> set[str]:
        options = [o for o in prop.get("anyOf", [prop]) if o.get("type") != "null"]
        option = options[0]
        if "$ref" in option:
            model = full["$defs"][option["$ref"].rsplit("/", 1)[-1]]
            return {
                leaf
                for name, inner in model["properties"].items()
                for leaf in walk(inner, f"{path}.{name}")
            }
        if option.get("type") == "array" and "$ref" in option["items"]:
            return walk(option["items"], f"{path}.*")
        if option.get("type") == "object":
            return walk(option["additionalProperties"], f"{path}.*")
        return {path}

    return {leaf for name, prop in full["properties"].items() for leaf in walk(prop, name)}


def test_every_schema_leaf_is_asked() -> None:
    """Each leaf of the profile schema is a question, except the justified exclusions."""
    data = yaml.safe_load(hidden(start(client()), "profile_yaml"))
    asked = {
        re.sub(r"\.\d+(?=\.|$)", ".*", question.name)
        for section in sections(data, load_rules(), "fr", TODAY)
        for question in section.questions
    }
    missing = _schema_leaves() - asked - set(EXCLUDED)
    assert not missing
    assert set(EXCLUDED) == {"format_version"}


def test_sections_follow_the_rules_that_read_the_data() -> None:
    """Body first; contracts under the clauses rule; reports asked once, linked from the other."""
    page = start(client())
    main = page[: page.index('class="not-binding"')]
    order = re.findall(r'<fieldset class="section" id="s-([^"]+)"', main)
    assert order[0] == "body"
    assert order[-1] == "exemptions"
    clauses = page[page.index('id="s-climat-resilience-art35-environmental-clauses"') :]
    assert 'name="contracts.0.reference"' in clauses[: clauses.index('class="section"', 10)]
    assert page.count('name="sustainable_development_reports.2025.adopted_on"') == 1
    assert 'href="#s-cgct-sustainable-development-report"' in page


def test_add_one_button_gives_one_more_empty_item() -> None:
    """The « add one » button, a plain submit, returns the page with one more contract."""
    made = client()
    page = _opened(made, EXAMPLE.read_text(encoding="utf-8"))
    assert 'name="contracts.3.reference"' not in page
    response = made.post(
        "/profile", data={**questions_of(page), "as_of": TODAY.isoformat(), "add": "contracts"}
    )
    assert response.status_code == 200
    assert 'name="contracts.3.reference" value=""' in response.text
    answered = made.post(
        "/profile/download",
        data={
            **questions_of(response.text),
            "as_of": TODAY.isoformat(),
            "contracts.3.reference": "2026-050 Restauration scolaire",
            "contracts.3.consultation_launched_on": "15 mars 2026",
            "contracts.3.environmental_execution_condition": "true",
        },
    )
    contracts = yaml.safe_load(answered.text)["contracts"]
    assert contracts[3] == {
        "reference": "2026-050 Restauration scolaire",
        "consultation_launched_on": TODAY.replace(month=3, day=15),
        "environmental_execution_condition": True,
    }


def test_unknown_answers_remove_the_data_never_no() -> None:
    """« Je ne sais pas » or an empty input removes the key; nothing becomes false or 0."""
    made = client()
    page = _opened(made, EXAMPLE.read_text(encoding="utf-8"))
    data = yaml.safe_load(
        _submitted(
            made,
            page,
            **{
                "contracts.0.environmental_award_criterion": "",
                "equipment_disposal.2025.sent_to_reuse": "",
                "equipment_disposal.2025.reformed_on_jan_1": "",
                "practices.circular_clauses.applied": "",
                "ghg_reports.0.transmitted": "",
            },
        )
    )
    assert "environmental_award_criterion" not in data["contracts"][0]
    assert "circular_clauses" not in data["practices"]
    assert "transmitted" not in data["ghg_reports"][0]
    assert 2025 not in data["equipment_disposal"]


def test_lists_say_none_or_unknown() -> None:
    """An empty list of data centres stays « aucun »; unanswered, it is unknown (absent)."""
    made = client()
    page = _opened(made, EXAMPLE.read_text(encoding="utf-8"))
    assert 'name="data_centres" value="none" checked' in page
    assert yaml.safe_load(_submitted(made, page))["data_centres"] == []
    assert "data_centres" not in yaml.safe_load(_submitted(made, page, data_centres=""))
    assert yaml.safe_load(hidden(start(made), "profile_yaml")).get("contracts") is None
    none = yaml.safe_load(_submitted(made, start(made), contracts="none"))
    assert none["contracts"] == []


def test_french_dates_and_amounts_in_every_section() -> None:
    """« 15 mars 2024 », « 15/03/2024 » and « 17 000,50 € » are read in any section."""
    made = client()
    page = _opened(made, EXAMPLE.read_text(encoding="utf-8"))
    data = yaml.safe_load(
        _submitted(
            made,
            page,
            **{
                "procurement.2025.0.total_eur_ht": "1 017 000,50 €",
                "ghg_reports.0.published_on": "15 mars 2024",
                "online_services.0.audit_on": "15/03/2024",
                "online_services.0.compliance_rate_pct": "72,5",
            },
        )
    )
    assert data["procurement"][2025][0]["total_eur_ht"] == "1017000.50"
    assert str(data["ghg_reports"][0]["published_on"]) == "2024-03-15"
    assert str(data["online_services"][0]["audit_on"]) == "2024-03-15"
    assert data["online_services"][0]["compliance_rate_pct"] == "72.5"


def test_error_in_a_list_item_is_shown_at_its_field() -> None:
    """A wrong date in the second contract comes back under that input, in the CLI's words."""
    made = client()
    page = _opened(made, EXAMPLE.read_text(encoding="utf-8"))
    form = {
        **questions_of(page),
        "as_of": TODAY.isoformat(),
        "contracts.1.consultation_launched_on": "31/02/2026",
    }
    response = made.post("/report", data=form)
    assert response.status_code == 422
    assert field_errors(response.text) == [
        (
            "$.contracts[1].consultation_launched_on: date attendue, telle que "
            "«\u00a02024-01-01\u00a0», trouvé '31/02/2026'"
        )
    ]
    assert 'id="f-contracts-1-consultation_launched_on-error"' in response.text


def test_english_questions_have_no_french_words() -> None:
    """In English, no question, choice, legend or button of the form keeps its French words."""
    from reen_compliance.i18n.message import msg  # noqa: PLC0415
    from reen_compliance.i18n.render import message_ids, render  # noqa: PLC0415

    made = client()
    page = _opened(made, EXAMPLE.read_text(encoding="utf-8"), "en")
    shown = html.unescape(page)
    values = {"year": "2025", "number": 1}
    leaks = []
    for message_id in message_ids("fr"):
        if not message_id.startswith(("web-q-", "web-choice-", "web-item-", "web-add-")):
            continue
        french, english = (render(msg(message_id, **values), lang) for lang in ("fr", "en"))
        if french != english and f">{french}<" in shown:
            leaks.append(french)
    assert leaks == []
    assert "Your organisation" in shown


def _select(page: str, name: str) -> str:
    """The `<select>` of field `name`."""
    at = page.index(f'<select id="f-{name.replace(".", "-")}" name="{name}"')
    return page[at : page.index("</select>", at)]


def test_purchase_categories_are_chosen_from_the_decree_in_force() -> None:
    """A year's category is a list of the decree's categories by their names, not an id to type."""
    page = start(client(), SMALL_COMMUNE)
    assert "par exemple d2024-134:textiles" not in page
    late = _select(page, "procurement.2025.0.category")
    assert 'value="d2024-134:it-telephony">2. Matériel informatique et téléphonie</option>' in late
    assert "d2021-254" not in late  # décret 2021-254 ended on 30 June 2024
    assert "décret n° 2024-134 (achats à partir du 1er juillet 2024)" in late
    both = _select(page, "procurement.2024.0.category")  # both decrees applied in 2024
    assert "décret n° 2021-254 (achats du 10 mars 2021 au 30 juin 2024)" in both
    assert 'value="d2024-134:textiles"' in both
    assert 'lang="fr"' not in both  # the decree's words are the page's language
    english = _select(start(client(), SMALL_COMMUNE, "en"), "procurement.2025.0.category")
    assert 'lang="fr">1. Produits textiles' in english
    assert "(purchases from 1 July 2024)" in english


def test_a_chosen_category_reaches_the_profile_and_an_unknown_id_stays() -> None:
    """The id chosen is written in the profile; an id the list lacks is still offered, chosen."""
    made = client()
    page = start(made, SMALL_COMMUNE)
    written = _submitted(
        made,
        page,
        **{
            "procurement.2025.0.category": "d2024-134:textiles",
            "procurement.2025.0.total_eur_ht": "1 000",
        },
    )
    assert yaml.safe_load(written)["procurement"][2025][0]["category"] == "d2024-134:textiles"
    text = EXAMPLE.read_text(encoding="utf-8").replace("d2024-134:textiles", "d2024-134:tissus")
    opened = _opened(made, text)
    kept = _select(opened, "procurement.2025.1.category")
    assert '<option value="d2024-134:tissus" selected>' in kept
    assert "d2024-134:tissus (identifiant du profil, absent de la liste)" in kept
    target = _select(opened, "spaser_targets.2.category")
    assert '<option value="d2024-134:it-telephony" selected' in target


def test_strategy_contents_are_boxes_of_the_rule_s_elements() -> None:
    """Elements and themes are boxes worded by the rule; ticked ones are written, none clears."""
    made = client()
    page = _opened(made, EXAMPLE.read_text(encoding="utf-8"))
    assert 'name="documents.nr_strategy.contents.elements" value="indicators" checked>' in page
    assert ">indicateurs de suivi</label>" in page
    assert ">sensibilisation des élus et des agents</label>" in page
    form = {**questions_of(page), "as_of": TODAY.isoformat()}
    form["documents.nr_strategy.contents.elements"] = ["", "objectives", "means"]  # type: ignore[assignment]
    form["documents.nr_strategy.contents.themes"] = ""
    written = made.post("/profile/download", data=form)
    assert written.status_code == 200, written.text
    strategy = yaml.safe_load(written.text)["documents"]["nr_strategy"]
    assert strategy["contents"]["elements"] == ["objectives", "means"]
    assert "themes" not in strategy["contents"]


def test_exemptions_name_rules_and_grounds_by_their_words() -> None:
    """An exemption's rule and ground are chosen from the rules that allow one, by title."""
    page = start(client())
    rule = _select(page, "exemptions.0.rule_id")
    assert "Identifiant de la règle visée" not in page
    assert '<option value="beges-ghg-report">Bilan des émissions de gaz' in rule
    ground = _select(page, "exemptions.0.ground")
    assert '<optgroup label="Bilan des émissions de gaz' in ground
    assert 'value="pcaet_integration">bilan et plan de transition intégrés au PCAET' in ground


def test_obligations_that_cannot_bind_the_body_come_last_folded_with_why() -> None:
    """A commune sees the State's plastics ban folded at the end, with the report's reason."""
    page = start(client(), SMALL_COMMUNE)
    main, folded = page.split('<details class="not-binding">')
    assert "Obligations qui ne visent pas votre organisme à cette date" in folded
    state = folded[folded.index('id="s-agec-art77-state-single-use-plastics"') :]
    assert "Pourquoi : L&#39;obligation vise les services de l&#39;État" in state[:2000]
    assert 'id="s-reen-art35-strategy"' in folded  # 50,000 inhabitants: far from Aboncourt
    assert 'id="s-ccp-spaser-agec-targets"' in main  # no targets yet is not « not bound »
    assert 'id="s-agec-art58-procurement-shares"' in main
    metz = start(client())
    assert 'id="s-reen-art35-strategy"' in metz.split('<details class="not-binding">')[0]
    english = start(client(), SMALL_COMMUNE, "en")
    assert "Obligations that do not concern your body on this date" in english


def test_the_form_s_default_button_shows_the_report() -> None:
    """Enter in a text field sends the form's first submit button: the report, not the language."""
    page = start(client())
    form = page[page.index('class="questions"') :]
    first = re.search(r"<button[^>]*>", form)
    assert first is not None
    assert 'class="default-submit"' in first.group(0)
    assert "name=" not in first.group(0)
    assert "formaction" not in first.group(0)


def test_what_if_names_a_purchase_category_by_the_decree_s_words() -> None:
    """The « what if » of a purchase category names it as the decree does, not by its id."""
    made = client()
    response = made.post(
        "/report",
        data={
            "csrf_token": token(made),
            "profile_yaml": EXAMPLE.read_text(encoding="utf-8"),
            "as_of": TODAY.isoformat(),
        },
    )
    assert response.status_code == 200, response.text
    whatif = response.text[response.text.index('class="whatif"') :]
    assert "pour la catégorie Matériel informatique et téléphonie étaient de" in whatif
    assert "pour la catégorie d2024-134" not in whatif
