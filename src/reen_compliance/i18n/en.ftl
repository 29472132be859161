## English catalogue of reen-compliance.
##
## Each message has a stable id (left) and its text (right), which can be corrected here without
## touching the code. Values in braces are filled by the tool: dates read "1 January 2025",
## amounts "€17,000.00", percentages "25%". Selectors handle agreement: { $count -> [one] …
## *[other] … }. Functions: CAP() capitalises the first letter; DE() is for French only.
## Official titles of French texts stay in French.

## Lists

list-separator = {", "}

## Who is bound

not-in-force-yet = The obligation applies from { $start }.
cannot-tell-if-bound = Cannot tell whether the obligation applies: it binds { $who } and the profile does not give '{ $missing }'; { $facts }.
cannot-tell-if-bound-no-facts = Cannot tell whether the obligation applies: it binds { $who } and the profile does not give '{ $missing }'.
not-bound = The obligation binds { $who }; { $facts }.
not-bound-no-facts = The obligation binds { $who }.
fact-no-population = no population is given for { $day }
fact-population = population totale of { $total } inhabitants, applicable from { $since } ({ $source })
fact-no-purchases = purchases of { $year } not given
fact-purchases = purchases of { $year }: { $amount } excl. VAT
bound-since = The body has been bound since { $day }, with no statutory grace period.
bound-at-least-since = The body has been bound at least since { $day } (the profile's figures go back no further).
first-year-not-started = The first measured year has not started (obligation in force from { $start }).

step-not-in-force = not yet in force
step-missing-fact = missing fact: { $name }
step-not-bound = not bound
step-bound = bound
step-due = due: { $day }
step-due-when-bound = due when bound
step-compliant = compliant
step-year = year { $year }
step-budget-year = budget year { $year }

## Documents to adopt (work programme, strategy, SPASER)

document-unknown = The profile says nothing about { $subject } ({ $field }).
document-not-adopted-due-when-bound = { CAP($subject) } is not adopted; it is due as soon as the body is bound.
document-due-not-adopted-yet = { CAP($subject) } must be adopted by { $due }; it is not adopted yet.
document-overdue = { CAP($subject) } had to be adopted by { $due }; the profile says it is not adopted as of { $as_of }.
adoption-planned = Adoption planned on { $day }.
document-adopted = { CAP($subject) } was adopted on { $day }.
document-adopted-ref = { CAP($subject) } was adopted on { $day } ({ $reference }).
document-adopted-late = { CAP($subject) } was adopted on { $day }, after the deadline of { $due }.
document-adopted-late-ref = { CAP($subject) } was adopted on { $day } ({ $reference }), after the deadline of { $due }.
document-publication-unknown = { $adopted } Its online publication, required since { $since }, is not stated (url).
document-elements-missing = { $adopted } { $count ->
        [one] A required element is missing: { $elements }.
       *[other] Required elements are missing: { $elements }.
    }
document-contents-not-checked = The document's contents were not checked (profile: contents).
document-optional-themes-absent = For information, optional themes not covered: { $themes }.

step-document-unknown = document: unknown
step-document-not-adopted = document: not adopted
step-before-deadline = before the deadline
step-deadline-passed = deadline passed
step-adopted-on = adopted on { $day }
step-publication-unknown = online publication: unknown
step-elements-missing = missing elements: { $elements }

## Yearly ratio in units (reuse of IT equipment)

ratio-no-data = No data on decommissioned IT equipment for { $year } ({ $field }).
ratio-minimum-not-confirmed = { $year }: the minimum rate is not confirmed.
ratio-nothing-in-stock = { $year }: no decommissioned equipment in stock on 1 January (B = 0); the decree does not say how to compute the rate.
ratio-year-in-progress = { $year }: { $sent ->
        [one] { $sent } item
       *[other] { $sent } items
    } sent to reuse out of { $in_stock } decommissioned in stock on 1 January, i.e. { $share } against a minimum of { $minimum } ({ $source }); the year is not over.
ratio-reached = { $year }: { $sent ->
        [one] { $sent } item
       *[other] { $sent } items
    } sent to reuse out of { $in_stock } decommissioned in stock on 1 January, i.e. { $share } against a minimum of { $minimum } ({ $source }).
ratio-missed = { $year }: { $sent ->
        [one] { $sent } item
       *[other] { $sent } items
    } sent to reuse out of { $in_stock } decommissioned in stock on 1 January, i.e. { $share } against a minimum of { $minimum } ({ $source }): { $missing ->
        [one] { $missing } item short.
       *[other] { $missing } items short.
    }
step-minimum = minimum { $minimum } ({ $source })
step-minimum-unknown = minimum not confirmed
step-measured-rate = measured rate: { $share }

## Yearly report presented before the budget debate

report-not-declared = No sustainable-development report is declared for the { $year } budget ({ $field }).
report-after-debate = The { $year } budget report, presented on { $presented }, came after the budget debate of { $debate }.
report-before-provision = The { $year } budget report was presented on { $presented }, before { $required_from }: { $subject } was only recommended then (reading adopted).
report-presented-before-debate = The { $year } budget report was presented on { $presented }, before the budget debate.
report-presented = The { $year } budget report was presented on { $presented }.
report-covers = The { $year } budget report, presented on { $presented }, contains { $subject }.
report-does-not-cover = The { $year } budget report, presented on { $presented }, does not contain { $subject }.
step-presented-after-debate = presented after the budget debate
step-presented-before-provision = presented before the provision applied
step-section-included = review included
step-section-missing = review missing

## What every finding shares

remedy = { $act } — { $decided_by }
remedy-by = { $act } — { $decided_by }, by { $deadline } at the latest
remedy-overdue = { $act } — { $decided_by }, without delay (deadline passed)
citation-version-on = version in force on { $day }
sanction = { $text } ({ $source })
sanction-to-check = { $text } ({ $source }) ⚠ { $note }

## Exemptions

exemption-expired = Exemption expired on { $day } not applied ({ $path }, '{ $title }').
exempted = Exemption ({ $ground }, { $source }): { $justification }. Finding without the exemption: { $original }
step-exempted = exempted: { $ground } ({ $path })

## Declared shares (recycled paper)

declared-share-no-figures = { $year }: no figures declared for the share of { $subject } ({ $field }).
declared-share-minimum-unknown = { $year }: minimum not known.
declared-share-no-purchase = { $year }: no purchase declared.
declared-share-unit = { $unit ->
        [eur_ht] euros excl. VAT
        [kg] kilograms
        [reams] reams
       *[units] units
    }
declared-share-year-in-progress = { $year }: { $share } of { $subject } (declared unit: { $unit }) against a minimum of { $minimum } ({ $source }); the year is not over.
declared-share-reached = { $year }: { $share } of { $subject } (declared unit: { $unit }) against a minimum of { $minimum } ({ $source }).
declared-share-missed = { $year }: { $share } of { $subject } (declared unit: { $unit }) against a minimum of { $minimum } ({ $source }): { $missing ->
        [0] less than 0.01 point short.
        [one] { $missing } point short.
       *[other] { $missing } points short.
    }
declared-share-step-no-figures = figures: not declared
declared-share-step-total-zero = declared total: 0
declared-share-step-share = measured share: { $share }% against a minimum of { $minimum }%

## Reports published then renewed (greenhouse-gas emissions report)

publication-unknown = The profile says nothing about the { $subject } ({ $field }).
publication-none = No { $subject } published; due by { $due }.
publication-latest = Latest { $subject } published on { $published } (reference year { $reference_year }); the next one is due by { $next_due } ({ $years ->
        [one] every year
       *[other] every { $years } years
    }).
publication-renewal-overdue = That date has passed.
publication-elements-missing = Missing: { $elements }.
publication-elements-unknown = Not checked (not stated): { $elements }.
publication-step-unknown = reports: not stated
publication-step-none = no report published
publication-step-latest = latest publication: { $day }
publication-step-next-due = next due: { $day }
publication-step-elements = missing: { $missing_count ->
        [0] none
       *[other] { $missing }
    }; not stated: { $unknown_count ->
        [0] none
       *[other] { $unknown }
    }

## Yearly reports per site (data centres)

site-first-year-unconfirmed = First reporting year not confirmed: deadlines checked from { $day }.
site-declaration-made = '{ $site }', commissioned on { $commissioned }: declaration due by { $due }; made on { $declared }.
site-declaration-not-stated = '{ $site }', commissioned on { $commissioned }: declaration due by { $due }; not stated.
site-yearly-sent = '{ $site }' ({ $power } kW): information for { $data_year }, due by { $due }, sent on { $sent }.
site-yearly-sent-late = '{ $site }' ({ $power } kW): information for { $data_year }, due by { $due }, sent on { $sent }, after the deadline.
site-yearly-not-sent = '{ $site }' ({ $power } kW): information for { $data_year }, due by { $due }, not sent.
site-yearly-not-sent-yet = '{ $site }' ({ $power } kW): information for { $data_year }, due by { $due }, not sent yet.
site-step-declaration-due = declaration due by { $day }
site-step-data-year = data year: { $year }
site-step-sent = sent on { $day }
site-step-not-sent = not sent

## Digital accessibility of online services

accessibility-services-unknown = The profile does not list its online services ({ $field }).
accessibility-no-service = No online service declared.
accessibility-creation-date-needed = '{ $service }': creation date needed to know since when the duties apply ({ $field }).
accessibility-applies-later = '{ $service }': duties apply to this service from { $start }.
accessibility-duties-met = '{ $service }': declarative duties met.
accessibility-failures = '{ $service }': { $count ->
        [one] failure
       *[other] failures
    }: { $failures }.
accessibility-unknown = '{ $service }': not stated: { $elements }.
accessibility-also-unknown = Not stated: { $elements }.
accessibility-rate = Compliance rate at the last audit: { $rate } (accessibility itself is not judged here).
accessibility-statement = accessibility statement
accessibility-statement-outdated = accessibility statement of { $day } not updated for more than { $years ->
        [one] a year
       *[other] { $years } years
    }
accessibility-multi-year-plan = multi-year plan
accessibility-plan-too-long = multi-year plan longer than { $years ->
        [one] a year
       *[other] { $years } years
    }
accessibility-plan-not-covering = multi-year plan ({ $start } – { $end }) not covering { $day }
accessibility-annual-plan = annual action plan
accessibility-annual-plan-missing = { $year } action plan not published
accessibility-home-page-mention = home-page mention
accessibility-mention-absent = no home-page mention
accessibility-compliance-rate = compliance rate (audit)
accessibility-mention-inconsistent = mention '{ $mention } conforme' inconsistent with the measured rate (expected '{ $expected } conforme')
accessibility-step-services-unknown = online services: not stated
accessibility-step-no-service = online services: none
accessibility-step-applies-from = duties apply to the service from { $day }
accessibility-step-start-unknown = start of the duties unknown (creation date not stated)
accessibility-step-expected-mention = expected mention: '{ $expected } conforme'
accessibility-step-no-expected-mention = expected mention: unknown (no compliance rate)
accessibility-step-counts = { $failures ->
        [one] { $failures } failure
       *[other] { $failures } failures
    }; { $unknown } not stated
## Purchases and declared practices: practices, plans, contracts and purchases, SPASER, purchase
## shares (AGEC law, art. 58). Category labels are the decrees' own, quoted in French.

purchase-clause-list = { $first }; { $rest }

practice-not-declared = The profile does not declare whether the body applies this practice: { $subject }.
practice-applied = The body declares it applies: { $subject }.
practice-not-possible = The body declares it was not possible ({ $reason }); the text requires it only where possible.
practice-not-applied-best-effort = The body declares it does not apply the practice and gives no reason why it was not possible; the text sets a best-effort duty, so no breach can be concluded.
practice-not-applied-unconfirmed = The body declares it does not apply the practice; the reading of the text is not confirmed enough to conclude (information only).
practice-not-applied-strict = The body declares it does not comply; a derogation the texts provide is claimed as an exemption, with its ground.
practice-evidence = Evidence: { $evidence }.
practice-step-duty = kind of duty: { $duty ->
        [best_effort] best effort
        [strict] strict duty
       *[informational] information only
    }
practice-step-not-declared = declaration: unknown
practice-step-applied = declaration: applied
practice-step-not-possible = declaration: not possible, reason given
practice-step-not-applied-no-reason = declaration: not applied, no reason
practice-step-best-effort = best effort: no conclusion
practice-step-not-applied = declaration: not applied
practice-step-unconfirmed = start or reading of the text not confirmed: no conclusion
practice-step-strict = strict duty in force

plan-unknown = { CAP($subject) }: the profile says nothing about it; this rule checks its contents, not its adoption.
plan-not-adopted = { CAP($subject) }: it is not declared adopted; this rule checks its contents, not its adoption.
plan-adopted-before = { CAP($subject) } was adopted or revised on { $day }, before { $required_from }: these contents will be required at its next revision.
plan-contents-unknown = { CAP($subject) } was adopted or revised on { $day }; its contents are not stated ({ $field }): the required elements cannot be checked.
plan-elements-missing = { CAP($subject) } was adopted or revised on { $day }; { $count ->
        [one] a required element is missing
       *[other] required elements are missing
    }: { $elements }.
plan-elements-present = { CAP($subject) } was adopted or revised on { $day } and contains the required elements.
plan-step-unknown = plan: unknown or not adopted
plan-step-adopted-before = adopted or revised on { $day }, before { $required_from }
plan-step-contents-unknown = contents: unknown
plan-step-no-element-missing = no element missing

item-list-unknown = The profile does not list the procurements concerned ({ $field }): { $item } launched from { $start } must be checked one by one.
item-list-empty = The profile declares no procurement ({ $field } is empty).
item-head = { CAP($item) } '{ $reference }' (launched on { $launched })
item-not-launched = { $head }: not launched yet.
item-launched-before = { $head }: engaged before { $start }, the date from which the obligation applies to new procurements.
item-outcomes = { $head }: { $outcomes }.
item-requirement-applies-unknown = { $label }: not stated whether it applies
item-requirement-not-required = { $label }: not required
item-requirement-unknown = { $label }: not stated
item-requirement-met = { $label }: yes
item-requirement-missing = { $label }: no
item-step-list-unknown = list of procurements: unknown
item-step-list-empty = no procurement declared
item-step-not-launched = launched after the assessment date
item-step-launched-before = launched on { $launched }, before { $start }

spaser-no-targets = The profile states no SPASER targets per category ({ $field }): their alignment with the legal minimums is not checked.
spaser-year = { $year }: { $clauses }.
spaser-target-below = { $category }: { $share ->
        [reuse] reuse
        [recycled] recycled
       *[reuse_or_recycled] reuse or recycled
    } { $target } < { $minimum }
spaser-below = targets below the legal minimum: { $targets }
spaser-unconfirmed = legal minimum not confirmed for: { $targets }
spaser-target = { $category }: { $share ->
        [reuse] reuse
        [recycled] recycled
       *[reuse_or_recycled] reuse or recycled
    }
spaser-omitted = for information, categories the law covers without a SPASER target: { $categories }
spaser-all-reached = every target reaches at least the legal minimum
spaser-step-target = { $category }: { $share ->
        [reuse] reuse
        [recycled] recycled
       *[reuse_or_recycled] reuse or recycled
    } target of { $target }

shares-category = "{ $label }" ({ $regime })
shares-category-unknown = unknown category ({ $regime })
shares-no-figures = No purchase amounts per category for { $year } ({ $field }).
shares-year = { $year }: { $clauses }.
shares-below = below the legal minimum: { $categories }
shares-category-below = "{ $label }" ({ $shares })
shares-share-below = { $share ->
        [reuse] reuse
        [recycled] recycled
       *[reuse_or_recycled] reuse or recycled
    } { $rate } < { $minimum }
shares-met = minimum met for { $count ->
        [one] { $count } category
       *[other] { $count } categories
    }
shares-unconfirmed = legal minimum not confirmed for { $count ->
        [one] { $count } category
       *[other] { $count } categories
    }: shares measured, no conclusion
shares-no-purchase = no purchase in the declared categories
shares-euros-missing = { $missing } excl. VAT of qualifying purchases are missing.
shares-year-not-over = The year is not over.
shares-ledger-note = { $text }
shares-unpublished-category = { $category }: decree not published as of the law date ({ $law_date }); amounts not measured.
shares-unpublished-category-on = { $category }: decree published on { $published }, after the law date ({ $law_date }); amounts not measured.
shares-step-measure = "{ $label }", { $share ->
        [reuse] reuse
        [recycled] recycled
       *[reuse_or_recycled] reuse or recycled
    } share: { $rate } against a minimum of { $minimum }: { $status ->
        [compliant] met
        [non_compliant] not met
        [insufficient_data] no conclusion
       *[not_applicable] not applicable
    }
shares-step-no-minimum = "{ $label }", { $share ->
        [reuse] reuse
        [recycled] recycled
       *[reuse_or_recycled] reuse or recycled
    } share: { $rate }, minimum not confirmed: no conclusion
shares-step-no-purchase = "{ $label }", { $share ->
        [reuse] reuse
        [recycled] recycled
       *[reuse_or_recycled] reuse or recycled
    } share: no purchase in the category
