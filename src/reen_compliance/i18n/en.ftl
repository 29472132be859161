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
accessibility-unknown = '{ $service }': { $count ->
        [one] element not stated
       *[other] elements not stated
    }: { $elements }.
accessibility-also-unknown = { $count ->
        [one] Element not stated
       *[other] Elements not stated
    }: { $elements }.
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
## Rendering of reports (text, Markdown, HTML, JUnit, comparison, explanation, calendar, rules)
##
## Ids prefixed with "out-". Field labels are written "Label: value" through out-field.

out-status-compliant = compliant
out-status-non-compliant = non-compliant
out-status-not-applicable = not applicable
out-status-insufficient-data = missing data
out-status-not-yet-due = not yet due
out-status-exempted = exempted

out-field = { $label }: { $value }
out-colon = {":"}
out-citation-separator = {"; "}
out-clause-separator = {"; "}

out-report-title = Responsible-digital compliance — { $body }
out-report-dates = Situation as of { $as_of }
out-report-dates-law = Situation as of { $as_of }, law as it stood on { $law_as_of }
out-review-banner = Some findings rest on a reading of the texts flagged as uncertain ("to be checked"): see each finding.
out-findings = Findings
out-next-deadlines = Next deadlines
out-deadline-with-period = { $title } ({ $period })

out-label-status = Status
out-label-count = Count
out-label-gap = Gap
out-label-deadline = Deadline
out-label-remedy = To fix
out-label-sanction = Sanction
out-label-sanction-incurred = Sanction incurred
out-label-to-check = To be checked
out-to-check-default = reading of the texts to be checked.
out-label-data-source = Figures from
out-label-legal-basis = Legal basis

out-gap-money = { $missing } excl. VAT missing (required: { $required }, actual: { $actual })
out-gap-money-none = nothing missing (required: { $required }, actual: { $actual })
out-gap-items = { $missing ->
        [0] no item missing
        [one] { $missing } item missing
       *[other] { $missing } items missing
    } (required: { $required }, actual: { $actual })
out-gap-points = { $missing ->
        [0] no gap
        [one] { NUM($missing) } point short
       *[other] { NUM($missing) } points short
    } (required: { $required }, actual: { $actual })

out-col-category = Category
out-col-share = Share
out-col-data-period = Data period
out-col-measured = Measured
out-col-minimum = Minimum
out-col-missing-eur = Missing (EUR excl. VAT)
out-not-confirmed = not confirmed
out-share-reuse = reuse
out-share-recycled = recycled materials
out-share-reuse-or-recycled = reuse or recycled materials
out-confidence-high = high
out-confidence-medium = medium
out-confidence-low = low
out-semantics-on-or-before = on or before
out-semantics-before = before
out-semantics-from = from
out-semantics-when-bound = once bound

out-receipt = Reproducibility receipt
out-receipt-engine-version = Engine version
out-receipt-rule-pack-version = Rule pack version
out-receipt-rule-pack-sha256 = SHA-256 of the rule files
out-receipt-profile-sha256 = SHA-256 of the profile
out-receipt-ledger-sha256 = SHA-256 of purchase ledger { $number }
out-receipt-ledgers-sha256 = SHA-256 of the purchase ledgers
out-receipt-as-of = Situation as of
out-receipt-law-as-of = Law as it stood on
out-receipt-report-format-version = Report format version
out-receipt-lang = Report language
out-receipt-not-computed = not computed

out-html-body = Body
out-html-siren = SIREN
out-html-insee = INSEE code
out-html-summary = Summary
out-html-chart-title = Number of findings per status
out-html-table-caption = Number of findings per status (table)
out-html-no-findings = No finding.
out-html-rule = Rule
out-html-period = Period
out-html-confidence = Confidence in the reading of the texts
out-html-measures = Measured shares per category
out-html-no-deadlines = No deadline ahead.
out-html-field = Item
out-html-value = Value
out-html-generated = Report produced by reen-compliance. It does not replace a lawyer's advice.

out-junit-invalid-profile = invalid profile

out-cause-data = the data (profile or ledgers)
out-cause-law = the law (rule values or law date)
out-cause-date = the assessment date
out-cause-engine = the engine version
out-cause-unknown = unknown (identical receipts)
out-diff-title = Report comparison — { $body }
out-diff-old = Old
out-diff-new = New
out-diff-situation = as of { $as_of } (reen-compliance { $engine }, rules { $rules } sha256:{ $rules_sha })
out-diff-situation-profile = as of { $as_of } (reen-compliance { $engine }, rules { $rules } sha256:{ $rules_sha }, profile sha256:{ $profile_sha })
out-diff-inputs-differ = Inputs that differ:
out-diff-candidate-causes = Candidate causes
out-diff-identical-receipts = Identical receipts.
out-diff-no-change = No finding changed status or gap.
out-diff-changed = { $count ->
        [one] One finding changed:
       *[other] { $count } findings changed:
    }
out-diff-added = added ({ $status })
out-diff-removed = removed ({ $status })
out-diff-gap = gap
out-diff-no-gap = none
out-diff-change = { $mark } { $name }: { $text }. { $count ->
        [one] Cause
       *[other] Causes
    }: { $causes }

out-explain-heading = { $title } ({ $rule })
out-explain-heading-period = { $title } ({ $rule }) — period { $period }
out-explain-situation = Situation as of { $as_of }, law as it stood on { $law_as_of }
out-explain-data-period = Data examined: { $start } to { $end }
out-explain-facts = 1. Facts (profile)
out-explain-no-fact = (none)
out-explain-values = 2. Values of the law applied
out-explain-no-value = (none)
out-explain-fact = { $name } = { $value }  ← { $source }
out-explain-value = { $name } = { $value } (from { $since }; { $source })
out-explain-value-until = { $name } = { $value } (from { $since } to { $until }; { $source })
out-explain-reasoning = 3. Reasoning
out-explain-conclusion = 4. Conclusion: { $status }
out-explain-conclusion-to-check = 4. Conclusion: { $status } (to be checked)
out-explain-bound-since = Body bound since { $day }
out-explain-texts = 5. Texts applied
out-value-none = not given
out-value-true = yes
out-value-false = no

out-calendar-none = No deadline in the period.
out-calendar-line = { $day } — { $label } ({ $rule }; { $article })
out-calendar-value-step = New step of the rule's values ({ $count ->
        [one] { $count } value
       *[other] { $count } values
    })
out-calendar-description = { $rule } — { $article } — { $when }
out-when-on-or-before = on or before { $day }
out-when-before = before { $day }
out-when-from = from { $day }
out-when-when-bound = once bound

out-rules-to-check = to be checked
out-rules-in-force-from = in force from { $day }
out-rules-no-value = no value in force
out-rules-not-confirmed = NOT CONFIRMED
out-rules-confidence = { $level } confidence
