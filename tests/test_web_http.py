"""The web application's routes through Starlette's test client, hostile input included."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from web_helpers import (
    METZ,
    METZ_METROPOLE,
    ROOT,
    TODAY,
    client,
    field_errors,
    hidden,
    start,
    strategy_status,
    token,
)

HOSTILE = ROOT / "tests" / "hostile"
LEDGER = ROOT / "examples" / "ledger-ville-exemple.csv"
ADOPTED = {
    "documents.nr_strategy.status": "adopted",
    "documents.nr_strategy.adopted_on": "12 décembre 2024",
    "documents.nr_strategy.url": "https://www.example.fr/strategie",
}


def _form(page: str, lang: str = "fr", **fields: str) -> dict[str, str]:
    return {
        "csrf_token": hidden(page, "csrf_token"),
        "profile_yaml": hidden(page, "profile_yaml"),
        "lang": lang,
        "as_of": TODAY.isoformat(),
        **fields,
    }


def test_home_page_has_the_security_headers() -> None:
    """The home page is French, sets a CSRF cookie and sends CSP, nosniff and no-store."""
    made = client()
    response = made.get("/")
    assert response.status_code == 200
    assert '<html lang="fr">' in response.text
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "'unsafe-inline'" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["cache-control"] == "no-store"
    assert token(made)


def test_english_home_page_has_no_french_sentence() -> None:
    """`?lang=en` gives the English page."""
    response = client().get("/?lang=en")
    assert '<html lang="en">' in response.text
    assert "Find your body" in response.text
    assert "Trouver" not in response.text


def test_static_assets_are_served_by_the_application() -> None:
    """The script and both stylesheets come from the application itself."""
    made = client()
    for path, kind in (
        ("/static/app.js", "javascript"),
        ("/static/app.css", "text/css"),
        ("/static/report.css", "text/css"),
    ):
        response = made.get(path)
        assert response.status_code == 200
        assert kind in response.headers["content-type"]


def test_search_finds_a_commune_without_accents_or_case() -> None:
    """« saint-etienne » finds Saint-Étienne; an INSEE code and a SIREN find their body."""
    made = client()
    assert "Saint-Étienne" in made.get("/search?q=SAINT%20etienne").text
    assert "Metz" in made.get(f"/search?q={METZ}").text
    assert "Metz Métropole" in made.get(f"/search?q={METZ_METROPOLE}").text
    assert "Aucune commune" in made.get("/search?q=zzzzqqq").text


def test_suggestions_are_json() -> None:
    """The suggestion route answers JSON, nothing for one letter."""
    made = client()
    found = made.get("/suggest?q=metz").json()
    assert {"name": "Metz", "code": METZ, "kind": "commune", "dep": "57"} in found
    assert made.get("/suggest?q=m").json() == []


def test_start_prefills_the_profile_from_the_reference_data() -> None:
    """Choosing Metz gives the questions with its name, codes and population series."""
    page = start(client())
    profile = hidden(page, "profile_yaml")
    assert "insee_code: '57463'" in profile or 'insee_code: "57463"' in profile
    assert "applies_from" in profile
    assert "Votre stratégie numérique responsable est-elle adoptée ?" in page
    assert "https://www.legifrance.gouv.fr/" in page
    assert "je ne sais pas" in page


def test_strategy_answer_turns_insufficient_data_into_compliant() -> None:
    """The report says « données insuffisantes », then « conforme » once the strategy is adopted."""
    made = client()
    page = start(made)
    before = made.post("/report", data=_form(page))
    assert before.status_code == 200
    assert strategy_status(before.text) == "données insuffisantes"
    after = made.post("/report", data=_form(page, **ADOPTED))
    assert strategy_status(after.text) == "conforme"
    assert "documents:" in hidden(after.text, "profile_yaml")


def test_unknown_answer_stays_unknown() -> None:
    """« Je ne sais pas » removes the document from the profile rather than saying « non »."""
    made = client()
    page = start(made)
    answered = made.post("/report", data=_form(page, **ADOPTED)).text
    cleared = made.post(
        "/report", data=_form(answered, **{"documents.nr_strategy.status": ""})
    ).text
    assert "nr_strategy" not in hidden(cleared, "profile_yaml")
    assert strategy_status(cleared) == "données insuffisantes"


def test_wrong_answer_is_shown_at_its_field_in_the_cli_words() -> None:
    """An impossible date comes back at its field with a 422, as the command line words it."""
    made = client()
    page = start(made)
    answer = {**ADOPTED, "documents.nr_strategy.adopted_on": "32/13/2024"}
    response = made.post("/report", data=_form(page, **answer))
    assert response.status_code == 422
    assert field_errors(response.text) == [
        "$.documents.nr_strategy.adopted_on: date attendue, telle que « 2024-01-01 », trouvé '32/13/2024'"
    ]
    english = made.post("/report", data=_form(page, lang="en", **answer))
    assert "expected a date such as 2024-01-01" in field_errors(english.text)[0]


def test_french_amounts_are_accepted() -> None:
    """« 66 800 000,00 € » is read as 66800000.00."""
    made = client()
    page = start(made)
    field = "collectivity.annual_purchases_eur_ht.2025"
    response = made.post("/profile", data=_form(page, **{field: "66 800 000,00 €"}))
    assert response.status_code == 200
    assert "2025: '66800000.00'" in hidden(response.text, "profile_yaml")


def test_report_in_english_and_dates() -> None:
    """The report in English, with the « law as of » date, keeps both dates in its form."""
    made = client()
    page = start(made)
    response = made.post("/report", data=_form(page, lang="en", law_as_of="2025-01-01"))
    assert response.status_code == 200
    assert '<html lang="en">' in response.text
    assert strategy_status(response.text) == "missing data"
    assert 'name="law_as_of" value="2025-01-01"' in response.text
    assert "données insuffisantes" not in response.text


@pytest.mark.parametrize(
    ("chosen", "kind", "start_bytes"),
    [
        ("json", "application/json", b"{"),
        ("markdown", "text/markdown", b"#"),
        ("ics", "text/calendar", b"BEGIN:VCALENDAR"),
    ],
)
def test_downloads(chosen: str, kind: str, start_bytes: bytes) -> None:
    """JSON, Markdown and ICS downloads come as attachments."""
    made = client()
    page = start(made)
    response = made.post("/report/download", data=_form(page, format=chosen))
    assert response.status_code == 200
    assert kind in response.headers["content-type"]
    assert response.headers["content-disposition"].startswith("attachment;")
    assert response.content.lstrip().startswith(start_bytes)


def test_unknown_download_format_is_refused() -> None:
    """A format the page never offers gives a 400 page."""
    made = client()
    response = made.post("/report/download", data=_form(start(made), format="exe"))
    assert response.status_code == 400
    assert "Format de téléchargement inconnu" in response.text


def test_profile_download_and_reopen() -> None:
    """The downloaded YAML opens again with the answers kept."""
    made = client()
    page = start(made)
    response = made.post("/profile/download", data=_form(page, **ADOPTED))
    assert response.headers["content-disposition"] == 'attachment; filename="profil-57463.yaml"'
    reopened = made.post(
        "/open",
        data={"csrf_token": token(made), "lang": "fr"},
        files={"profile": ("mon profil.yaml", response.content, "application/x-yaml")},
    )
    assert reopened.status_code == 200
    assert 'value="adopted" checked' in reopened.text
    assert 'value="2024-12-12"' in reopened.text


def test_what_if_lists_the_changed_finding_side_by_side() -> None:
    """Adopting the strategy « what if » changes its finding from insufficient data to compliant."""
    made = client()
    page = start(made)
    response = made.post(
        "/whatif", data=_form(page, **{"whatif.documents.nr_strategy.adopted_on": "01/12/2024"})
    )
    assert response.status_code == 200
    row = re.search(
        r"<tr><th scope=\"row\">Stratégie numérique[^<]*</th>(.*?)</tr>", response.text, re.DOTALL
    )
    assert row
    assert "données insuffisantes" in row.group(1)
    assert "conforme" in row.group(1)


def test_epci_page_lists_its_members_and_what_binds_them() -> None:
    """Metz Métropole's report lists its member communes, Metz bound by the strategy."""
    made = client()
    page = start(made, METZ_METROPOLE)
    response = made.post("/report", data=_form(page))
    members = response.text[response.text.index('id="members-heading"') :]
    metz = members[members.index('Metz <span class="code">(57463)') :]
    assert "Stratégie numérique responsable" in metz[: metz.index("</tr>")]


def test_ledger_import_mapping_shares_and_declaration() -> None:
    """The example ledger: mapping screen, shares per category, then the declaration CSV."""
    made = client()
    upload = made.post(
        "/ledger",
        data={"csrf_token": token(made), "lang": "fr"},
        files={"ledger": ("export achats.csv", LEDGER.read_bytes(), "text/csv")},
    )
    assert upload.status_code == 200
    assert '<option value="Montant HT" selected>' in upload.text
    mapping = {
        "csrf_token": token(made),
        "lang": "fr",
        "ledger_data": hidden(upload.text, "ledger_data"),
        "suffix": ".csv",
        "column.date": "Date",
        "column.amount_ht": "Montant HT",
        "column.cpv": "Code CPV",
        "column.reuse": "Réemploi",
        "column.recycled": "Recyclé",
    }
    shares = made.post("/ledger/map", data=mapping)
    assert shares.status_code == 200
    assert "Année 2025" in shares.text
    assert "Lignes sans catégorie" in shares.text
    declaration = made.post(
        "/ledger/declaration",
        data={**mapping, "siret": "210 000 000 00019", "name": "Ville d'Exemple", "year": "2025"},
    )
    assert declaration.status_code == 200
    assert declaration.text.startswith("annee,siret,raison_sociale")
    assert "2025,21000000000019,Ville d'Exemple" in declaration.text


def test_ledger_with_wrong_columns_comes_back_to_the_mapping() -> None:
    """Mapping the amount to a text column gives the located problems and a 422."""
    made = client()
    upload = made.post(
        "/ledger",
        data={"csrf_token": token(made), "lang": "fr"},
        files={"ledger": ("a.csv", LEDGER.read_bytes(), "text/csv")},
    )
    response = made.post(
        "/ledger/map",
        data={
            "csrf_token": token(made),
            "ledger_data": hidden(upload.text, "ledger_data"),
            "suffix": ".csv",
            "column.date": "Date",
            "column.amount_ht": "Libellé",
        },
    )
    assert response.status_code == 422
    assert "ledger.csv:" in response.text
    assert "Traceback" not in response.text


# Hostile input: each is refused with a 4xx page saying why, and nothing is written.


def test_missing_csrf_token_is_refused() -> None:
    """A form without the token, or with another browser's, is refused with a 403."""
    made = client()
    page = start(made)
    form = _form(page)
    del form["csrf_token"]
    response = made.post("/report", data=form)
    assert response.status_code == 403
    assert "Le formulaire a expiré" in response.text
    stranger = client()
    forged = stranger.post("/report", data=_form(page))
    assert forged.status_code == 403


def test_forged_token_is_refused() -> None:
    """A token signed with another key is refused even when cookie and field agree."""
    made = client()
    made.cookies.set("reen_csrf", "abc.def")
    response = made.post("/start", data={"csrf_token": "abc.def", "code": METZ})
    assert response.status_code == 403


def test_wrong_content_type_is_refused() -> None:
    """JSON posted to a form route gets a 415."""
    made = client()
    response = made.post("/report", json={"csrf_token": token(made)})
    assert response.status_code == 415
    assert "formulaire" in response.text


def test_oversize_profile_upload_is_refused() -> None:
    """A profile over the limit gets a 413, before anything is parsed."""
    made = client(profile_limit=2048)
    response = made.post(
        "/open",
        data={"csrf_token": token(made)},
        files={"profile": ("big.yaml", b"a: 1\n" * 2000, "application/x-yaml")},
    )
    assert response.status_code == 413
    assert re.search(r"2\W?048 octets", response.text)


def test_oversize_ledger_upload_is_refused() -> None:
    """A ledger over its limit gets a 413."""
    made = client(ledger_limit=1024)
    response = made.post(
        "/ledger",
        data={"csrf_token": token(made)},
        files={"ledger": ("big.csv", LEDGER.read_bytes(), "text/csv")},
    )
    assert response.status_code == 413


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("alias-bomb.yaml", "alias"),
        ("python-tag.yaml", "python"),
        ("duplicate-keys.yaml", "$"),
        ("invalid-utf8.yaml", "UTF-8"),
        ("deep-nesting.yaml", "$"),
    ],
)
def test_hostile_profiles_give_a_located_error(name: str, expected: str) -> None:
    """Each hostile file of tests/hostile gives a 400 page naming the problem, no traceback."""
    made = client()
    response = made.post(
        "/open",
        data={"csrf_token": token(made), "lang": "en"},
        files={"profile": (name, (HOSTILE / name).read_bytes(), "application/x-yaml")},
    )
    assert response.status_code == 400
    assert expected in response.text
    assert "Traceback" not in response.text


def test_broken_yaml_in_the_form_is_refused() -> None:
    """A broken profile_yaml field gives a 400 page with the line and column."""
    made = client()
    form = {"csrf_token": token(made), "profile_yaml": "a: [1, 2\nb: {", "as_of": "2026-06-01"}
    response = made.post("/report", data=form)
    assert response.status_code == 400
    assert "profil.yaml:" in response.text


def test_ledger_of_an_unknown_type_is_refused() -> None:
    """A ledger named .exe gets a 415 and is never read."""
    made = client()
    response = made.post(
        "/ledger",
        data={"csrf_token": token(made)},
        files={"ledger": ("../../etc/evil.exe", b"MZ", "application/octet-stream")},
    )
    assert response.status_code == 415


def test_tampered_ledger_field_is_refused() -> None:
    """A ledger_data field that is not a packed ledger gives a 400."""
    made = client()
    response = made.post(
        "/ledger/map", data={"csrf_token": token(made), "ledger_data": "!!", "suffix": ".csv"}
    )
    assert response.status_code == 400


def test_nothing_is_written_by_the_whole_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a whole session, the temporary folder holds no file: uploads are never kept."""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile  # noqa: PLC0415 - the folder is read when first asked

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    made = client()
    page = start(made)
    made.post("/report", data=_form(page, **ADOPTED))
    made.post(
        "/ledger",
        data={"csrf_token": token(made)},
        files={"ledger": ("a.csv", LEDGER.read_bytes() * 40, "text/csv")},
    )
    assert list(tmp_path.iterdir()) == []


def test_unknown_page_and_method_are_pages_not_tracebacks() -> None:
    """A 404 and a 405 come as pages in words."""
    made = client()
    missing = made.get("/nowhere")
    assert missing.status_code == 404
    assert "Cette page n'existe pas." in html.unescape(missing.text)
    wrong = made.get("/report")
    assert wrong.status_code == 405


def test_bad_date_is_refused() -> None:
    """A « situation au » that is no date gives a 400 page."""
    made = client()
    response = made.post("/report", data={**_form(start(made)), "as_of": "demain"})
    assert response.status_code == 400
    assert "Date illisible" in response.text
