"""The errors reen-compliance raises on purpose, each carrying located problems.

```
ReenComplianceError        raised on purpose; the CLI catches this and nothing broader
└── InvalidInputError      .problems: tuple[Problem, ...]
    ├── RulePackError      the rules are wrong: stop everything
    └── ProfileError       one profile is wrong: a batch reports it, goes on
        └── LedgerError    a ledger, a ledger mapping file or a ledger option is wrong
```

A `ProfileError` carries the `heading` the CLI writes above its problems (« profil invalide »);
a `LedgerError` says « registre invalide », « option invalide » or « fichier de correspondance
invalide » instead, so that a bad ledger cell is not blamed on the profile.

A `Problem` names the file, the line and column where known, the JSON path, and what was
found against what was expected, so that a person can fix the input without a traceback.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field

from reen_compliance.messages import Message, say


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One located problem in an input file.

    `line` and `column` are 1-based; `path` is a JSON path such as `$.documents.nr_strategy`.
    `message` and `hint` are English; `said` and `hint_said`, when set, are the catalogue
    messages they render, so `in_language` can give them in French.
    """

    file: str
    line: int | None = None
    column: int | None = None
    path: str = "$"
    message: str = ""
    hint: str | None = field(default=None, compare=False)
    said: Message | None = field(default=None, compare=False, repr=False)
    hint_said: Message | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(  # noqa: PLR0913, PLR0917 - the four parts of a location, the message, its hint
        cls,
        file: str,
        line: int | None,
        column: int | None,
        path: str,
        message: Message,
        hint: Message | str | None = None,
    ) -> Problem:
        """A problem whose message (and hint) come from the catalogue."""
        hint_said = hint if isinstance(hint, Message) else None
        hint_text = hint.render("en") if isinstance(hint, Message) else hint
        return cls(file, line, column, path, message.render("en"), hint_text, message, hint_said)

    def in_language(self, lang: str) -> str:
        """Render as `file:line:col: $.path: message (hint)` in `lang` where the catalogue can."""
        message = self.said.render(lang) if self.said else self.message
        hint = self.hint_said.render(lang) if self.hint_said else self.hint
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.path}: {message}"
        if hint:
            text += f" ({hint})"
        return text

    def __str__(self) -> str:
        """Render as `file:line:col: $.path: message (hint)`, the form editors jump to."""
        return self.in_language("en")


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

    def in_language(self, lang: str) -> str:
        """Every problem, one a line, in `lang` where the message catalogue can."""
        return "\n".join(p.in_language(lang) for p in self.problems) or str(self)


class RulePackError(InvalidInputError):
    """A rule file is invalid: no report can be trusted, so everything stops."""


class ProfileError(InvalidInputError):
    """A profile or a ledger is invalid: a batch reports it and goes on with the others."""

    heading_id: str = "heading.invalid_profile"
    """The catalogue id of the label the CLI writes above the problems."""

    @property
    def heading(self) -> Message:
        """The label of this kind of error, from the catalogue (« profil invalide »)."""
        return say(self.heading_id)


LEDGER = "heading.invalid_ledger"
OPTION = "heading.invalid_option"
MAPPING = "heading.invalid_mapping"


class LedgerError(ProfileError):
    """A ledger, a ledger mapping file or a ledger option is invalid, labelled as such.

    `heading_id` is `LEDGER` (« registre invalide ») unless another label is given: `OPTION`
    for a command-line option, `MAPPING` for a mapping file.
    """

    def __init__(self, problems: Iterable[Problem], *, heading_id: str = LEDGER) -> None:
        """Keep the problems and the label."""
        super().__init__(problems)
        self.heading_id = heading_id


def did_you_mean(found: str, known: Iterable[str]) -> str | None:
    """Suggest the closest known name, as rule-engine does, or None when nothing is close."""
    suggestion = suggest(found, known)
    return suggestion.render("en") if suggestion else None


def suggest(found: str, known: Iterable[str]) -> Message | None:
    """The "did you mean" hint as a catalogue message, or None when nothing is close."""
    matches = difflib.get_close_matches(found, list(known), n=1, cutoff=0.6)
    return say("hint.did_you_mean", name=matches[0]) if matches else None
