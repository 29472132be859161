"""Find a commune or an EPCI of the bundled reference data by name, INSEE code or SIREN.

Names are compared folded (no accents, no case, hyphens and apostrophes as spaces), so
« saint-etienne » finds « Saint-Étienne ». Prefix matches come from a sorted index (bisect),
then substring matches fill the list: a suggestion over every commune stays well under 20 ms.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from reen_compliance.reference.bodies import ReferenceBody, ReferenceData, normalize_code

MAX_RESULTS = 12
_SEPARATORS = re.compile(r"[\s\-'’_]+")


def fold(text: str) -> str:
    """Lower-case, accents removed, separators as single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SEPARATORS.sub(" ", bare.casefold()).strip()


@dataclass(frozen=True, slots=True)
class Hit:
    """One body found: what a suggestion shows and the code that starts its profile."""

    name: str
    kind: str
    code: str
    insee_code: str | None
    siren: str | None
    departement: str | None
    population: int | None


class SearchIndex:
    """The folded names of every current commune and EPCI, sorted, for prefix and substring."""

    def __init__(self, reference: ReferenceData) -> None:
        """Index `reference` once; searching never touches it again."""
        bodies = sorted(
            (*reference.communes(), *reference.epcis()),
            key=lambda body: (fold(body.name), -(body.population or 0)),
        )
        self._bodies = tuple(bodies)
        self._keys = tuple(fold(body.name) for body in bodies)
        self._joined = "\n".join(self._keys)
        self._starts = []
        position = 0
        for key in self._keys:
            self._starts.append(position)
            position += len(key) + 1
        self._reference = reference

    def search(self, query: str, limit: int = MAX_RESULTS) -> tuple[Hit, ...]:
        """The bodies whose name, INSEE code or SIREN matches `query`, best first."""
        code = normalize_code(query)
        if code and (code.isdigit() or re.fullmatch(r"2[AB]\d{0,3}", code)):
            return self._by_code(code, limit)
        key = fold(query)
        if not key:
            return ()
        low = bisect.bisect_left(self._keys, key)
        high = bisect.bisect_right(self._keys, key + "\uffff")
        prefixed = sorted(
            range(low, high),
            key=lambda i: (self._keys[i] != key, -(self._bodies[i].population or 0)),
        )[:limit]
        found = list(prefixed)
        if len(found) < limit:
            found.extend(self._containing(key, set(found), limit - len(found)))
        return tuple(_hit(self._bodies[i]) for i in found)

    def _containing(self, key: str, seen: set[int], wanted: int) -> list[int]:
        """Indexes of names holding `key` elsewhere than at their start, in name order."""
        found: list[int] = []
        start = 0
        while len(found) < wanted:
            at = self._joined.find(key, start)
            if at < 0:
                break
            index = bisect.bisect_right(self._starts, at) - 1
            if index not in seen:
                found.append(index)
                seen.add(index)
            start = self._starts[index + 1] if index + 1 < len(self._starts) else len(self._joined)
        return found

    def _by_code(self, code: str, limit: int) -> tuple[Hit, ...]:
        exact = self._reference.by_siren(code) or self._reference.by_insee(code)
        if exact is not None:
            return (_hit(exact),)
        hits = [
            body
            for body in self._bodies
            if (body.insee_code or "").startswith(code) or (body.siren or "").startswith(code)
        ]
        hits.sort(key=lambda body: -(body.population or 0))
        return tuple(_hit(body) for body in hits[:limit])


def _hit(body: ReferenceBody) -> Hit:
    code = body.insee_code if body.kind == "commune" and body.insee_code else body.siren or ""
    return Hit(
        name=body.name,
        kind=body.kind,
        code=code,
        insee_code=body.insee_code,
        siren=body.siren,
        departement=body.departement,
        population=body.population,
    )


@cache
def bundled_index() -> SearchIndex:
    """The index of the bundled reference data, built on first use and shared."""
    return SearchIndex(ReferenceData.bundled())
