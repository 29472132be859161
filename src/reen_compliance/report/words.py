"""The status labels of the catalogues, and the formatters of `i18n.formats` for the renderers.

New code imports `i18n.formats` for values and renders catalogue messages (`i18n.render`) for
words; there is no way left to choose a sentence by language in code.
"""

from __future__ import annotations

from reen_compliance.formats.profile import Status
from reen_compliance.i18n.formats import (
    LANGUAGES,
    NARROW_NBSP,
    Lang,
    format_date,
    format_decimal,
    format_int,
    format_money,
    format_number,
    format_pct,
    upper_first,
)
from reen_compliance.i18n.message import msg
from reen_compliance.i18n.render import render

__all__ = [
    "LANGUAGES",
    "NARROW_NBSP",
    "Lang",
    "citation_title",
    "format_date",
    "format_decimal",
    "format_int",
    "format_money",
    "format_number",
    "format_pct",
    "status_label",
    "upper_first",
]


def status_label(status: Status, lang: Lang) -> str:
    """The status in words, from the catalogue (`out-status-<status>`)."""
    return render(msg(status_message_id(status)), lang)


def status_message_id(status: Status) -> str:
    """The catalogue id of a status label: `out-status-non-compliant` for `non_compliant`."""
    return "out-status-" + status.value.replace("_", "-")


def citation_title(title: str, lang: Lang, note: str | None = None) -> str:
    """The official (French) title of a cited text, quoted “…” in English, and a remark on it.

    The remark (« abrogé à compter du … ») is not part of the title: it is in the reader's language.
    """
    if note:
        return render(msg("citation-title-note", title=title, note=note), lang)
    return render(msg("citation-title", title=title), lang)
