"""The legal officer's path on the web page, through the framework's test client (no browser).

The page is read as a user reads it: a question is found by its words (in the section whose
title is given), a choice by its label, a column by the words of the mapping screen.
"""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
import yaml
from pytest_bdd import given, parsers, then, when

from steps.words import french_date

World = dict[str, Any]
INSUFFICIENT = "données insuffisantes"


@pytest.fixture
def web() -> dict[str, Any]:
    """The client of one scenario, the page it shows, and the answers typed in it."""
    pytest.importorskip("starlette", reason="the web extra is not installed")
    pytest.importorskip("httpx", reason="httpx (Starlette's test client) is not installed")
    return {"client": None, "page": "", "answers": {}, "download": None}


def _helpers() -> Any:
    import web_helpers  # noqa: PLC0415 - needs the web extra, checked by the fixture

    return web_helpers


@given(parsers.parse("la page web ouverte le {day}"))
def opened(web: dict[str, Any], day: str) -> None:
    """A fresh application whose « today » is `day`."""
    _helpers()  # its warning filter first: Starlette's test client on httpx
    from starlette.testclient import TestClient  # noqa: PLC0415

    from reen_compliance.web.app import WebSettings, create_app  # noqa: PLC0415

    today = french_date(day)
    made = TestClient(create_app(WebSettings(today=lambda: today)), raise_server_exceptions=False)
    made.get("/")
    web["client"] = made
    web["today"] = today


@when(parsers.parse("on cherche « {query} » sur la page web"))
def search(web: dict[str, Any], query: str) -> None:
    """The search page for `query`."""
    response = web["client"].get("/search", params={"q": query, "lang": "fr"})
    assert response.status_code == 200
    web["page"] = response.text


@then(parsers.parse("la page propose « {name} » avec le code « {code} »"))
def proposes(web: dict[str, Any], name: str, code: str) -> None:
    """A result names the body and carries its code to start the profile."""
    assert f"Choisir {name} ({code})" in html.unescape(web["page"])
    assert f'name="code" value="{code}"' in web["page"]


@given("le profil de Metz commencé sur la page web")
def metz(web: dict[str, Any]) -> None:
    """The questions page of Metz, prefilled from the reference data."""
    made = web["client"]
    response = made.post(
        "/start", data={"csrf_token": _helpers().token(made), "code": "57463", "lang": "fr"}
    )
    assert response.status_code == 200
    web["page"], web["answers"] = response.text, {}


def _form(web: dict[str, Any]) -> dict[str, str]:
    return {
        **_helpers().questions_of(web["page"]),
        "as_of": web["today"].isoformat(),
        **web["answers"],
    }


@when("on demande le rapport")
def report(web: dict[str, Any]) -> None:
    """« Voir le rapport » with the answers given."""
    response = web["client"].post("/report", data=_form(web))
    assert response.status_code == 200, _helpers().field_errors(response.text)
    web["page"], web["answers"] = response.text, {}


@when("on modifie les réponses")
def edit(web: dict[str, Any]) -> None:
    """« Modifier les réponses » from the report: the questions again."""
    helpers = _helpers()
    form = {
        "csrf_token": helpers.hidden(web["page"], "csrf_token"),
        "profile_yaml": helpers.hidden(web["page"], "profile_yaml"),
        "lang": "fr",
        "as_of": web["today"].isoformat(),
    }
    response = web["client"].post("/profile", data=form)
    assert response.status_code == 200
    web["page"], web["answers"] = response.text, {}


@then(parsers.parse("la carte de la stratégie numérique responsable dit « {status} »"))
def strategy_card(web: dict[str, Any], status: str) -> None:
    """The strategy's card in the report shows `status`."""
    assert _helpers().strategy_status(web["page"]) == status


def _field_named(page: str, words: str) -> str:
    """The input whose label (or group legend) says `words` (`page` unescaped)."""
    text = words
    legend = re.search(rf"<legend>{re.escape(text)}</legend>\s*(?:<span[^>]*>)?<input[^>]*", page)
    if legend:
        found = re.search(r'name="([^"]+)"', legend.group(0))
        assert found
        return found.group(1)
    label = re.search(rf'<label for="([^"]+)">{re.escape(text)}</label>', page)
    assert label, words
    found = re.search(rf'id="{re.escape(label.group(1))}"[^>]*name="([^"]+)"', page)
    assert found, words
    return found.group(1)


def _answer(web: dict[str, Any], page: str, answer: str, question: str) -> None:
    page = html.unescape(page)
    name = re.escape(_field_named(page, question))
    kind = re.search(rf'<input type="(\w+)" id="[^"]*" name="{name}"', page)
    assert kind, question
    if kind.group(1) != "radio":
        web["answers"][html.unescape(_field_named(page, question))] = answer
        return
    choice = re.search(
        rf'name="{name}" value="([^"]*)"(?: checked)?><label[^>]*>{re.escape(answer)}</label>', page
    )
    assert choice, answer
    web["answers"][_field_named(page, question)] = html.unescape(choice.group(1))


@when(parsers.parse("on répond « {answer} » à « {question} » dans la section « {section} »"))
def answer_in_section(web: dict[str, Any], answer: str, question: str, section: str) -> None:
    """Type or choose `answer` for the question of the section whose title starts `section`."""
    page = web["page"]
    start = page.index(f"<h2>{html.escape(section)}")
    end = page.find('<fieldset class="section"', start)
    _answer(web, page[start : end if end != -1 else None], answer, question)


@when(parsers.parse("on répond « {answer} » à « {question} »"))
def answer_anywhere(web: dict[str, Any], answer: str, question: str) -> None:
    """Type or choose `answer` for the question that says `question`."""
    _answer(web, web["page"], answer, question)


@when("on télécharge le profil")
def download(web: dict[str, Any]) -> None:
    """« Télécharger le profil (YAML) » with the answers given."""
    response = web["client"].post("/profile/download", data=_form(web))
    assert response.status_code == 200, _helpers().field_errors(response.text)
    web["download"] = response


@then(parsers.parse("le fichier téléchargé s'appelle « {name} »"))
def downloaded_name(web: dict[str, Any], name: str) -> None:
    """The attachment's file name."""
    assert web["download"].headers["content-disposition"] == f'attachment; filename="{name}"'


@then("le profil téléchargé ne dit rien de la stratégie numérique responsable")
def no_strategy(web: dict[str, Any]) -> None:
    """No `nr_strategy` in the YAML: unknown, not « non adoptée »."""
    data = yaml.safe_load(web["download"].text)
    assert "nr_strategy" not in (data.get("documents") or {})


@when("on rouvre le profil téléchargé")
def reopen(web: dict[str, Any]) -> None:
    """« Ouvrir un profil enregistré » with the file just downloaded."""
    made = web["client"]
    response = made.post(
        "/open",
        data={"csrf_token": _helpers().token(made), "lang": "fr"},
        files={"profile": ("profil.yaml", web["download"].content, "application/x-yaml")},
    )
    assert response.status_code == 200
    web["page"], web["answers"] = response.text, {}


@when(parsers.parse("on importe sur la page web le registre « {name} » :"))
def import_ledger(web: dict[str, Any], name: str, docstring: str) -> None:
    """The ledger page with the file `name` holding `docstring`."""
    made = web["client"]
    response = made.post(
        "/ledger",
        data={"csrf_token": _helpers().token(made), "lang": "fr"},
        files={"ledger": (name, docstring.encode("utf-8"), "text/csv")},
    )
    assert response.status_code == 200
    web["page"], web["answers"] = response.text, {}


@then(parsers.parse("la page demande quelle colonne donne « {words} »"))
def asks_column(web: dict[str, Any], words: str) -> None:
    """The mapping screen asks for the column of `words`, none chosen yet."""
    label = re.search(rf'<label for="([^"]+)">{re.escape(html.escape(words))}</label>', web["page"])
    assert label, words
    select = web["page"][web["page"].index(f'id="{label.group(1)}"') :]
    assert " selected>" not in select[: select.index("</select>")]


@when(parsers.parse("on choisit la colonne « {column} » pour « {words} »"))
def choose_column(web: dict[str, Any], column: str, words: str) -> None:
    """Pick `column` in the select labelled `words`."""
    label = re.search(rf'<label for="([^"]+)">{re.escape(html.escape(words))}</label>', web["page"])
    assert label, words
    found = re.search(rf'id="{re.escape(label.group(1))}" name="([^"]+)"', web["page"])
    assert found
    web["answers"][found.group(1)] = column


@when("on calcule les parts")
def compute_shares(web: dict[str, Any]) -> None:
    """« Calculer les parts » with the columns chosen."""
    form = {**_helpers().form_values(web["page"]), **web["answers"]}
    response = web["client"].post("/ledger/map", data=form)
    assert response.status_code == 200, response.text
    web["page"], web["answers"] = response.text, {}


@then(parsers.parse("la page montre les parts de l'année {year:d}"))
def shares_of(web: dict[str, Any], year: int) -> None:
    """The shares table of `year`, with the category of the laptops."""
    assert f'<h2 id="year-{year}">Année {year}' in web["page"]


@then(parsers.parse("la page compte {count:d} ligne sans catégorie en {year:d}"))
def unclassified(web: dict[str, Any], count: int, year: int) -> None:
    """The unclassified lines of `year`, counted as the page says it."""
    words = "une ligne" if count == 1 else f"{count} lignes"
    assert f"{year} : {words}" in html.unescape(web["page"])
