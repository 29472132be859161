"""Clauses of one sentence, separated as the catalogue says (« ; » in French, "; " in English).

A finding that lists several outcomes (one per requirement, one per category) builds them as
separate messages; this nests them into one `purchase-clause-list` message, so the separator,
and its French spacing, live in the catalogue and no sentence is concatenated in code.
"""

from __future__ import annotations

from collections.abc import Sequence

from reen_compliance.i18n.message import Msg, msg


def clause_list(clauses: Sequence[Msg]) -> Msg:
    """`clauses` as one message: « a ; b ; c ». At least one clause is required."""
    if not clauses:
        raise ValueError("a clause list needs at least one clause")
    joined = clauses[-1]
    for clause in reversed(clauses[:-1]):
        joined = msg("purchase-clause-list", first=clause, rest=joined)
    return joined
