"""Review notes printed once per report: numbered in reading order, findings refer to numbers.

A caveat such as « most rates of décret n° 2024-134 are not confirmed » may hold for every year
of a rule; the JSON keeps it on each finding (`review_notes`) and also lists every note once
(`Report.notes`), each finding pointing at its notes by number (`note_refs`). The text,
Markdown and HTML renderers print the numbers beside the finding and the notes at the end.
"""

from __future__ import annotations

from collections.abc import Sequence

from reen_compliance.formats.report import Finding
from reen_compliance.i18n.formats import Lang
from reen_compliance.i18n.message import msg
from reen_compliance.i18n.render import render


def number_notes(
    findings: Sequence[Finding], reading_order: Sequence[Finding]
) -> tuple[tuple[Finding, ...], tuple[str, ...]]:
    """Number each distinct note by its first appearance in `reading_order` (as printed).

    Returns the findings (in their own order) with `note_refs`, and the notes in number order.
    """
    numbers: dict[str, int] = {}
    for finding in reading_order:
        for note in finding.review_notes:
            numbers.setdefault(note, len(numbers) + 1)
    numbered = tuple(
        finding.model_copy(
            update={"note_refs": tuple(sorted({numbers[n] for n in finding.review_notes}))}
        )
        if finding.review_notes
        else finding
        for finding in findings
    )
    return numbered, tuple(numbers)


def note_reference(finding: Finding, lang: Lang) -> str:
    """« voir la note 2 » / « voir les notes 1 et 3 »: where the finding's caveats are printed."""
    refs = tuple(str(n) for n in finding.note_refs)
    return render(msg("out-see-notes", count=len(refs), numbers=refs), lang)


def notes_heading(lang: Lang) -> str:
    """The title of the section listing every review note once."""
    return render(msg("out-notes-heading"), lang)


def note_line(number: int, note: str, lang: Lang) -> str:
    """One note of that section: « [2] Texte de la note »."""
    return render(msg("out-note-line", number=str(number), note=note), lang)
