"""Compatibility module: the formatters of `i18n.formats` and the status labels of the catalogues.

Many modules import their words from here; new code should import `i18n.formats` for values and
render catalogue messages (`i18n.render`) for words. `pick` remains only for batch.py, which
another engineer is rewriting (issue 12); it must not gain new callers: delete it with its last use.
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
    "format_date",
    "format_decimal",
    "format_int",
    "format_money",
    "format_number",
    "format_pct",
    "pick",
    "status_label",
    "upper_first",
]


def status_label(status: Status, lang: Lang) -> str:
    """The status in words, from the catalogue (`out-status-<status>`)."""
    return render(msg(status_message_id(status)), lang)


def status_message_id(status: Status) -> str:
    """The catalogue id of a status label: `out-status-non-compliant` for `non_compliant`."""
    return "out-status-" + status.value.replace("_", "-")


def pick(lang: Lang, fr: str, en: str) -> str:
    """Choose the sentence of the report's language (legacy: use a catalogue message instead)."""
    return en if lang == "en" else fr
