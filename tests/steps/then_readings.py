"""« Alors … » for readings: unconfirmed values and readings, whose data is missing, notes, gaps."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from pytest_bdd import parsers, then

from reen_compliance.formats.report import Finding
from reen_compliance.i18n.render import render
from reen_compliance.report.html import render_html
from reen_compliance.report.summary import sets_exit_code
from reen_compliance.report.text import gap_message, render_markdown, render_text
from steps.then import finding
from steps.words import number

World = dict[str, Any]

CAUSES = {
    "les données de l'organisme": "body_data",
    "la valeur légale non confirmée": "law_value_unconfirmed",
    "la valeur légale non encore fixée": "law_value_unknown",
}


def _one(world: World, rule_id: str, period: str) -> Finding:
    return finding(world, rule_id, None if period == "-" else period)


@then(parsers.parse("le minimum de « {categorie} » ({part}) est dit « non confirmé »"))
def minimum_not_confirmed(world: World, categorie: str, part: str) -> None:
    """The JSON's `minimum_confirmed` of a measure is false."""
    measures = [
        m
        for f in world["report"].findings
        for m in f.measures
        if m.category == categorie and m.share == part
    ]
    assert measures
    assert not any(m.minimum_confirmed for m in measures), measures


@then(parsers.parse("les données insuffisantes de « {rule_id} » pour {periode} tiennent à {cause}"))
def insufficient_cause(world: World, rule_id: str, periode: str, cause: str) -> None:
    """`insufficient_data_cause`: the body's data, or the law's value."""
    result = _one(world, rule_id, periode)
    assert result.insufficient_data_cause == CAUSES[cause], result.insufficient_data_cause


@then(parsers.parse("la constatation « {rule_id} » pour {periode} est donnée pour information"))
def information_only(world: World, rule_id: str, periode: str) -> None:
    """A point of attention: no deadline, not non compliant, no effect on the exit code."""
    result = _one(world, rule_id, periode)
    assert result.information_only
    assert result.deadline is None
    assert result.status != "non_compliant"


@then(
    parsers.parse(
        "la constatation « {rule_id} » pour {periode} repose sur une lecture non confirmée"
    )
)
def rests_on_reading(world: World, rule_id: str, periode: str) -> None:
    """`reading_unconfirmed` is set."""
    assert _one(world, rule_id, periode).reading_unconfirmed


@then(
    parsers.parse(
        "la constatation « {rule_id} » pour {periode} ne repose sur aucune lecture non confirmée"
    )
)
def rests_on_no_reading(world: World, rule_id: str, periode: str) -> None:
    """`reading_unconfirmed` is not set."""
    assert not _one(world, rule_id, periode).reading_unconfirmed


@then(parsers.parse("le code de sortie est {code:d}"))
def exit_code(world: World, code: int) -> None:
    """The exit code `check` would return for this report (0 or 1)."""
    assert int(sets_exit_code(world["report"])) == code


@then(
    parsers.parse(
        "dans chaque format, le statut de « {rule_id} » pour {periode} est suivi de « {texte} »"
    )
)
def status_line_says(world: World, rule_id: str, periode: str, texte: str) -> None:
    """Text, Markdown and HTML show the words beside the status, on the status line."""
    report = world["report"]
    result = _one(world, rule_id, periode)
    assert result.status_note is not None
    assert texte in result.status_note, result.status_note
    text_lines = [
        line for line in render_text(report).splitlines() if f"({rule_id})" in line and "—" in line
    ]
    assert any(texte in line for line in text_lines), text_lines
    md_lines = [line for line in render_markdown(report).splitlines() if f"(`{rule_id}`)" in line]
    assert any(texte in line for line in md_lines), md_lines
    page = render_html(report)
    badges = [page[m.start() : m.start() + 400] for m in re.finditer(r'class="badge status-', page)]
    assert any(texte.replace("'", "&#39;") in badge for badge in badges)


@then(parsers.parse("le statut de « {rule_id} » pour {periode} n'est suivi d'aucune réserve"))
def status_line_plain(world: World, rule_id: str, periode: str) -> None:
    """No words qualify the status."""
    assert _one(world, rule_id, periode).status_note is None


@then(
    parsers.parse(
        "la constatation « {rule_id} » pour {periode} ne couvre que les obligations déclaratives"
    )
)
def declarative_only(world: World, rule_id: str, periode: str) -> None:
    """A compliant status covering the declarative duties only."""
    result = _one(world, rule_id, periode)
    assert result.status == "compliant"
    assert result.status_scope == "declarative_duties"


@then(parsers.parse("la constatation « {rule_id} » pour {periode} couvre l'obligation entière"))
def whole_scope(world: World, rule_id: str, periode: str) -> None:
    """No partial scope."""
    assert _one(world, rule_id, periode).status_scope is None


@then(
    parsers.parse(
        "pour « {rule_id} » en {annee}, la part « {part} » exige {exige} euros, "
        "en constate {constate} et il en manque {manque}"
    )
)
def share_gap(
    world: World, rule_id: str, annee: str, part: str, exige: str, constate: str, manque: str
) -> None:
    """The gap of one share, with its own required, actual and missing euros."""
    gaps = {g.share: g for g in finding(world, rule_id, annee).gap_by_share}
    gap = gaps[part]
    assert (gap.required, gap.actual, gap.missing) == (
        number(exige),
        number(constate),
        number(manque),
    )


@then(parsers.parse("l'écart total de « {rule_id} » en {annee} vaut l'exigé moins le constaté"))
def total_adds_up(world: World, rule_id: str, annee: str) -> None:
    """The total gap adds up, and so does each share's."""
    result = finding(world, rule_id, annee)
    assert result.gap is not None
    assert result.gap.required - result.gap.actual == result.gap.missing
    assert all(g.required - g.actual == g.missing for g in result.gap_by_share)
    assert max((g.missing for g in result.gap_by_share), default=Decimal(0)) <= result.gap.missing


@then(parsers.parse("l'écart de « {rule_id} » pour {periode} se lit « {texte} »"))
def gap_reads(world: World, rule_id: str, periode: str, texte: str) -> None:
    """The gap in French words, as every report prints it."""
    result = _one(world, rule_id, periode)
    assert result.gap is not None
    said = render(gap_message(result.gap), "fr").replace("\u202f", " ").replace("\u00a0", " ")
    assert said == texte


@then(parsers.parse("l'objectif « {categorie} » ({part}) pour {annee:d} est « {etat} »"))
def target_state(world: World, categorie: str, part: str, annee: int, etat: str) -> None:
    """A SPASER target against the share achieved: « atteint », « non atteint », « non mesuré »."""
    rows = [
        row
        for f in world["report"].findings
        for row in f.target_progress
        if (row.category, row.share, row.year) == (categorie, part, annee)
    ]
    assert len(rows) == 1, rows
    expected = {"atteint": True, "non atteint": False, "non mesuré": None}[etat]
    assert rows[0].target_reached is expected


@then(
    parsers.parse(
        "les points à vérifier de « {rule_id} » pour {annee} ne mentionnent pas « {texte} »"
    )
)
def year_notes_lack(world: World, rule_id: str, annee: str, texte: str) -> None:
    """A year's finding does not carry the note."""
    notes = finding(world, rule_id, annee).review_notes
    assert not any(texte in n for n in notes), notes


@then(parsers.parse("les points à vérifier de « {rule_id} » pour {annee} mentionnent « {texte} »"))
def year_notes_have(world: World, rule_id: str, annee: str, texte: str) -> None:
    """A year's finding carries the note."""
    notes = finding(world, rule_id, annee).review_notes
    assert any(texte in n for n in notes), notes


@then(parsers.parse("chaque format imprime une seule fois la note « {texte} »"))
def note_printed_once(world: World, texte: str) -> None:
    """Text, Markdown and HTML print a repeated note once, findings referring to its number."""
    report = world["report"]
    assert sum(texte in note for note in report.notes) == 1
    html_text = texte.replace("'", "&#39;")
    assert render_text(report).count(texte) == 1
    assert render_markdown(report).count(texte) == 1
    assert render_html(report).count(html_text) == 1


@then(parsers.parse("plusieurs constatations de « {rule_id} » renvoient à cette note"))
def several_refer(world: World, rule_id: str) -> None:
    """More than one finding points at a note number."""
    refs = [f.note_refs for f in world["report"].findings if f.rule_id == rule_id and f.note_refs]
    assert len(refs) > 1, refs


@then(parsers.parse("la constatation « {rule_id} » repose sur une lecture non confirmée"))
def only_rests_on_reading(world: World, rule_id: str) -> None:
    """The rule's only finding (no period) rests on an unconfirmed reading."""
    rests_on_reading(world, rule_id, "-")


@then(parsers.parse("la constatation « {rule_id} » ne repose sur aucune lecture non confirmée"))
def only_rests_on_no_reading(world: World, rule_id: str) -> None:
    """The rule's only finding (no period) rests on no unconfirmed reading."""
    rests_on_no_reading(world, rule_id, "-")


@then(parsers.parse("dans chaque format, le statut de « {rule_id} » est suivi de « {texte} »"))
def only_status_line_says(world: World, rule_id: str, texte: str) -> None:
    """The rule's only finding shows the words beside its status in every format."""
    status_line_says(world, rule_id, "-", texte)
