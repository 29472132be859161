"""The law as it stood on a date: the versions of a rule's values and texts known then.

A text published after the law date is not known yet, and an end date set by a later text is
not either: a `LawView` answers which version was in force on a day, as the law then stood.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reen_compliance.law.checks import Regime
from reen_compliance.law.memo import Memo, remember, remember_for
from reen_compliance.law.model import CalendarEntry
from reen_compliance.law.timeline import ONE_DAY, Timeline
from reen_compliance.law.values import DatedValue, DatedValues, EndingAct


@dataclass(frozen=True, slots=True)
class LawView:
    """The law as it stood on `law_as_of`: versions enacted later are not known yet.

    What depends on a rule's versions and the law date alone (the versions known then, sorted
    for a bisect) is kept with the versions (`DatedValues.memo`), for every evaluation; `memo`
    keeps the same for other tuples, and the facts of the body being evaluated: see `law_memo`.
    """

    law_as_of: date
    memo: Memo = field(default_factory=dict, compare=False, repr=False)

    def known(self, values: tuple[DatedValue, ...]) -> tuple[DatedValue, ...]:
        """The versions enacted on or before `law_as_of` (all, when undated).

        An end date set by a text published after `law_as_of` was not known then: the version
        is open-ended in this view. Where a rule does not say which text ended a version, the
        text that set its successor is taken to have ended it.
        """
        if isinstance(values, DatedValues):  # a rule's versions: kept with them, for every run
            return remember(values.memo, ("known", self.law_as_of), lambda: self._known(values))
        return remember_for(self.memo, "known", values, lambda: self._known(values))

    def _known(self, values: tuple[DatedValue, ...]) -> tuple[DatedValue, ...]:
        known = [v for v in values if v.enacted_on is None or v.enacted_on <= self.law_as_of]
        if len(known) == len(values) and not any(self._end_unknown(v.ended_by) for v in values):
            return values  # the usual case: everything was enacted by the law date
        known_ids = {id(v) for v in known}
        unknown_starts = {v.effective_from for v in values if id(v) not in known_ids}
        return tuple(
            v.model_copy(update={"effective_to": None})
            if self._end_unknown(v.ended_by)
            or (v.effective_to is not None and v.effective_to + ONE_DAY in unknown_starts)
            else v
            for v in known
        )

    def known_regimes(self, regimes: tuple[Regime, ...]) -> tuple[Regime, ...]:
        """The decree versions published by `law_as_of`, with the end dates known then."""
        return tuple(
            r.model_copy(update={"effective_to": None}) if self._end_unknown(r.ended_by) else r
            for r in regimes
            if r.enacted_on is None or r.enacted_on <= self.law_as_of
        )

    def knows(self, enacted_on: date | None) -> bool:
        """Whether a text published on `enacted_on` (None: long known) was known on the law date."""
        return enacted_on is None or enacted_on <= self.law_as_of

    def entry_span(self, entry: CalendarEntry) -> tuple[date, date] | None:
        """The days a calendar entry may fall on as the law then stood; None if not known yet."""
        if not self.knows(entry.enacted_on):
            return None
        end = entry.effective_to
        if end is not None and self._end_unknown(entry.ended_by):
            end = None
        return entry.effective_from or date.min, end or date.max

    def _end_unknown(self, ended_by: EndingAct | None) -> bool:
        return ended_by is not None and ended_by.enacted_on > self.law_as_of

    def value_on(self, values: tuple[DatedValue, ...], day: date) -> DatedValue | None:
        """The version in force on `day`, as the law stood on `law_as_of`."""
        if isinstance(values, DatedValues):  # a rule's versions: kept with them, for every run
            key = ("timeline", self.law_as_of)
            found: Timeline | None = values.memo.get(key)  # type: ignore[assignment]  # see below
            if found is None:
                found = remember(values.memo, key, lambda: Timeline.of(self.known(values)))
            return found.on(day)
        timeline = remember_for(
            self.memo, "timeline", values, lambda: Timeline.of(self.known(values))
        )
        return timeline.on(day)
