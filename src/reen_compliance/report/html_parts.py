"""Fragments the HTML report repeats, built in Python: badges, citations, a finding's facts.

A report page shows dozens of badges and about seventy citations; through the template each
costs a handful of lookups and escapes. Here each is one string, escaped as the template
escapes (MarkupSafe's characters and entities), the markup the template's own, byte for byte.
Only what depends on the rule pack alone (a rule's citations) is kept between pages, in a
bounded cache: nothing that comes from a profile is.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

import markupsafe
from markupsafe import Markup, escape

from reen_compliance.i18n.message import msg
from reen_compliance.i18n.render import render

if TYPE_CHECKING:
    from reen_compliance.formats.report import Citation
    from reen_compliance.i18n.formats import Lang


def _public_escape(text: str) -> str:
    return str(escape(text))


_escaped: Callable[[str], str] = getattr(markupsafe, "_escape_inner", None) or _public_escape
"""MarkupSafe's own escaping without the `Markup` around it (its public function otherwise)."""


def escape_text(value: object) -> str:
    """`value` as `markupsafe.escape` writes it, as a plain string: `&`, `<`, `>`, quotes.

    An object with `__html__` (a `Markup`, a rendered fragment) is taken as it says.
    """
    if type(value) is str:
        return _escaped(value)
    html: Callable[[], str] | None = getattr(value, "__html__", None)
    if html is not None:
        return html()
    return _escaped(str(value))


_LINKED = Markup('<a href="{}">{}</a>')
_CITATION = Markup(
    '    <li><span lang="fr">{}</span>{}, {} <span class="legi">({}{})</span></li>\n'
)


def safe_url(url: str) -> str | None:
    """The URL when it is plain http(s), else None: a link never runs script."""
    return url if url.startswith(("https://", "http://")) else None


def badge(status: str, mark: str, label: str) -> Markup:
    """`<span class="badge">`: the status's mark (hidden from screen readers) and its label."""
    return Markup(  # noqa: S704 - every value escaped
        f'<span class="badge status-{escape_text(status)}"><span aria-hidden="true">'
        f"{escape_text(mark)} </span>{escape_text(label)}</span>"
    )


def status_line(status: str, mark: str, label: str, note: str | None, lang: Lang) -> Markup:
    """The status paragraph of an open finding card: « Statut : **label** (note) ».

    Built afresh for each card: a note may carry a profile's figures, kept by no cache.
    """
    words = _words(lang)
    noted = "" if not note else f" ({escape_text(note)})"
    return Markup(  # noqa: S704 - every value escaped
        f'<p class="badge status-{escape_text(status)}"><span aria-hidden="true">'
        f"{escape_text(mark)} </span>{words['out-label-status']}{words['out-colon']} "
        f"<strong>{escape_text(label)}</strong>{noted}</p>"
    )


def noted(label: str, note: str | None) -> str:
    """A status label followed by its note in brackets, when there is one."""
    return label if not note else f"{label} ({note})"


@lru_cache(maxsize=1024)
def citation_list(citations: tuple[Citation, ...]) -> Markup:
    """The `<ul class="citations">` of a finding; a link only for a plain http(s) address."""
    items = []
    for citation in citations:
        url = safe_url(citation.url)
        title = escape(citation.text) if url is None else _LINKED.format(url, citation.text)
        note = " (" + citation.note + ")" if citation.note else ""
        version = ", " + citation.version if citation.version else ""
        items.append(
            _CITATION.format(title, note, citation.article, citation.legifrance_id, version)
        )
    return Markup('<ul class="citations">\n') + Markup("").join(items) + Markup("  </ul>")


_FACT_WORDS = (
    "out-label-status",
    "out-label-deadline",
    "out-label-statutory-deadline",
    "out-label-gap",
    "out-label-data-source",
    "out-html-confidence",
    "out-colon",
)


@lru_cache(maxsize=4)
def _words(lang: Lang) -> dict[str, str]:
    """The fixed words of the fragments below, escaped, in `lang`."""
    return {word: str(escape(render(msg(word), lang))) for word in _FACT_WORDS}


def facts(  # noqa: PLR0913 - one argument per line of the list
    *,
    period: tuple[str | None, str | None],
    deadline: tuple[str | None, str | None],
    statutory_deadline: str | None,
    gap: str | None,
    data_source: str | None,
    confidence: str,
    lang: Lang,
) -> Markup:
    """A finding's `<dl class="facts">`: period, deadline (with its ISO date), gap, data source.

    `period` is (its label, its value), `deadline` (as shown, ISO); a fact without a value
    is left out, as the template's `{% if %}` left it out.
    """
    words = _words(lang)
    parts = ['<dl class="facts">\n']
    label, value = period
    if value:
        parts += ["<dt>", escape_text(label), "</dt><dd>", escape_text(value), "</dd>"]
    shown, iso = deadline
    if shown:
        parts += ["<dt>", words["out-label-deadline"], "</dt><dd>"]
        if iso:
            parts += ['<time datetime="', escape_text(iso), '">', escape_text(shown), "</time>"]
        else:
            parts.append(escape_text(shown))
        parts.append("</dd>")
    if statutory_deadline:
        parts += ["<dt>", words["out-label-statutory-deadline"], "</dt><dd>"]
        parts += [escape_text(statutory_deadline), "</dd>"]
    if gap:
        parts += [
            "<dt>",
            words["out-label-gap"],
            '</dt><dd class="gap">',
            escape_text(gap),
            "</dd>",
        ]
    if data_source:
        parts += ["<dt>", words["out-label-data-source"], "</dt><dd>", escape_text(data_source)]
        parts.append("</dd>")
    parts += ["    <dt>", words["out-html-confidence"], "</dt><dd>", escape_text(confidence)]
    parts.append("</dd>\n  </dl>")
    return Markup("".join(parts))  # noqa: S704 - every value above is escaped


@lru_cache(maxsize=256)
def note_links(numbers: tuple[int, ...], lang: Lang) -> Markup:
    """« voir les notes 1, 4 »: the words, then a link to each numbered note."""
    said = escape(render(msg("out-see-notes", count=len(numbers), numbers=""), lang))
    links = ", ".join(f'<a href="#note-{number}">{number}</a>' for number in numbers)
    return Markup(said + Markup(links))  # noqa: S704 - the numbers are integers


def field_list(fields: tuple[str, ...], lang: Lang) -> Markup:
    """« Champs à renseigner : `a`, `b` »: the profile fields a finding lacks, as code."""
    names = ", ".join(f"<code>{escape_text(name)}</code>" for name in fields)
    return Markup(f"{_fields_said(len(fields), lang)} {names}")  # noqa: S704 - escaped


@lru_cache(maxsize=64)
def _fields_said(count: int, lang: Lang) -> str:
    """« Champs à renseigner : », escaped, for `count` fields (a plural of the catalogue)."""
    said = render(msg("out-checklist-fields", count=count), lang)
    return f"{escape_text(said)}{_words(lang)['out-colon']}"
