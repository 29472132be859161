"""The lists a form offers instead of asking an identifier: categories, contents, exemptions.

Nobody knows that textiles are `d2024-134:textiles`. Where the profile holds an id the rule pack
defines, the form offers the rule pack's list, labelled with the texts' own names: the legal
purchase categories of the decree in force for the year (AGEC art. 58: décret 2021-254 until
30 June 2024, décret 2024-134 from 1 July 2024), the elements and themes a document's rule
lists, the rules that allow exemptions and their grounds. A value the profile already holds
stays offered (and chosen) even when the list does not know it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reen_compliance.i18n.formats import Lang
from reen_compliance.i18n.message import msg
from reen_compliance.i18n.render import render
from reen_compliance.law.checks import CategorySharesCheck, Regime
from reen_compliance.law.loading import RuleSet


@dataclass(frozen=True, slots=True)
class Option:
    """One entry of a list: the value the profile holds and the words shown."""

    value: str
    label: str
    lang: Lang | None = None
    """The language of `label` when it is not the page's (a decree's French words)."""
    kept: bool = False
    """A value the profile holds that the list does not know (shown as it is written)."""


@dataclass(frozen=True, slots=True)
class OptionGroup:
    """Entries under one heading (`<optgroup>`); an empty label for a list without headings."""

    label: str
    options: tuple[Option, ...]


Options = tuple[OptionGroup, ...]


@dataclass(frozen=True, slots=True, eq=False)
class FormOptions:
    """The lists of one rule pack, in one language."""

    rules: RuleSet
    lang: Lang

    def categories(self, year: int | None) -> Options:
        """The legal purchase categories, by decree; only the decrees in force in `year`."""
        groups = []
        for regime in _regimes(self.rules):
            start, end = regime.effective_from, regime.effective_to
            if year is not None and (start.year > year or (end is not None and end.year < year)):
                continue
            options = tuple(
                Option(regime.category_id(c), _category_label(c.line, c.label), "fr")
                for c in regime.categories
            )
            groups.append(OptionGroup(self._regime_label(regime), options))
        return tuple(groups)

    def contents(self, document: str, part: str) -> Options:
        """The elements (`part` = `elements`) or themes a rule lists for `document`."""
        found: dict[str, str] = {}
        for compiled in self.rules.rules:
            check = compiled.rule.check
            if getattr(check, "document", None) != document:
                continue
            listed = getattr(
                check, "required_elements" if part == "elements" else "optional_themes", ()
            )
            for element in listed:
                found.setdefault(element.key, element.label.in_language(self.lang))
        if not found:
            return ()
        return (OptionGroup("", tuple(Option(key, label) for key, label in found.items())),)

    def exempted_rules(self) -> Options:
        """The rules that list exemption grounds, by title."""
        options = tuple(
            Option(compiled.rule.id, compiled.rule.title.in_language(self.lang))
            for compiled in self.rules.rules
            if compiled.rule.exemption_grounds
        )
        return (OptionGroup("", options),) if options else ()

    def grounds(self) -> Options:
        """Each rule's exemption grounds, under the rule's title."""
        return tuple(
            OptionGroup(
                compiled.rule.title.in_language(self.lang),
                tuple(
                    Option(ground.key, ground.label.in_language(self.lang))
                    for ground in compiled.rule.exemption_grounds
                ),
            )
            for compiled in self.rules.rules
            if compiled.rule.exemption_grounds
        )

    def _regime_label(self, regime: Regime) -> str:
        """« décret n° 2024-134 (achats à partir du 1er juillet 2024) »."""
        name = regime.label.in_language(self.lang)
        return render(
            msg(
                "web-category-regime",
                regime=name,
                start=regime.effective_from,
                end=regime.effective_to or date.max,
                ended="yes" if regime.effective_to is not None else "no",
            ),
            self.lang,
        )


def form_options(rules: RuleSet, lang: Lang) -> FormOptions:
    """The lists of a rule pack in one language (read from it as each question asks)."""
    return FormOptions(rules, lang)


_NAMES: dict[str, dict[str, str]] = {}


def category_names(rules: RuleSet) -> dict[str, str]:
    """Each legal category's id and the decree's name for it (up to its first « ; »).

    Kept per rule pack (by the hash of its files): the report page asks on every page.
    """
    found = _NAMES.get(rules.sha256)
    if found is None:
        found = _NAMES[rules.sha256] = {
            regime.category_id(category): category.label.split(";")[0]
            for regime in _regimes(rules)
            for category in regime.categories
        }
    return found


def _regimes(rules: RuleSet) -> list[Regime]:
    """The decrees of every category-shares rule, in the pack's order."""
    return [
        regime
        for compiled in rules.rules
        if isinstance(compiled.rule.check, CategorySharesCheck)
        for regime in compiled.rule.check.regimes
    ]


def _category_label(line: str | None, label: str) -> str:
    """The decree's words for a category, after its line number in the annex."""
    return f"{line}. {label}" if line else label
