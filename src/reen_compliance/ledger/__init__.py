"""Purchase ledgers: cells, reading (streamed), classification, totals per year and category.

`reen_compliance.ledger` was a module; its names now live in `reen_compliance.ledger.summary`
and are served here for one release (deprecated).
"""

from reen_compliance._moved import moved_to

__getattr__ = moved_to(__name__, "reen_compliance.ledger.summary")
