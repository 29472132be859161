"""The errors reen-compliance raises on purpose, each carrying located problems.

```
ReenComplianceError        raised on purpose; the CLI catches this and nothing broader
└── InvalidInputError      .problems: tuple[Problem, ...]
    ├── RulePackError      the rules are wrong: stop everything
    └── ProfileError       one profile or ledger is wrong: a batch reports it, goes on
```

A `Problem` names the file, the line and column where known, the JSON path, and what was
found against what was expected, so that a person can fix the input without a traceback.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One located problem in an input file.

    `line` and `column` are 1-based; `path` is a JSON path such as `$.documents.nr_strategy`.
    """

    file: str
    line: int | None = None
    column: int | None = None
    path: str = "$"
    message: str = ""
    hint: str | None = field(default=None, compare=False)

    def __str__(self) -> str:
        """Render as `file:line:col: $.path: message (hint)`, the form editors jump to."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.path}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class ReenComplianceError(Exception):
    """Base of every error raised on purpose by reen-compliance."""


class InvalidInputError(ReenComplianceError):
    """An input (profile, rule file, ledger) is invalid; `problems` says where and why."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        """Keep the problems sorted by file, line and column, as a person reads them."""
        self.problems: tuple[Problem, ...] = tuple(
            sorted(problems, key=lambda p: (p.file, p.line or 0, p.column or 0, p.path))
        )
        super().__init__("\n".join(str(p) for p in self.problems) or "invalid input")


class RulePackError(InvalidInputError):
    """A rule file is invalid: no report can be trusted, so everything stops."""


class ProfileError(InvalidInputError):
    """A profile or a ledger is invalid: a batch reports it and goes on with the others."""


def did_you_mean(found: str, known: Iterable[str]) -> str | None:
    """Suggest the closest known name, as rule-engine does, or None when nothing is close."""
    matches = difflib.get_close_matches(found, list(known), n=1, cutoff=0.6)
    return f"did you mean {matches[0]!r}?" if matches else None
