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
fact-population = total population of { $total } inhabitants, applicable from { $since } (source: “{ $source }”)
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
citation-title = “{ $title }”
citation-title-note = “{ $title }” ({ $note })
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

shares-category = “{ $label }” ({ $regime })
shares-category-unknown = unknown category ({ $regime })
shares-no-figures = No purchase amounts per category for { $year } ({ $field }).
shares-year = { $year }: { $clauses }.
shares-below = below the legal minimum: { $categories }
shares-category-below = “{ $label }” ({ $shares })
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
shares-unpublished-category = { $category }: decree not published as of the law date ({ $law_date }); amounts not measured.
shares-unpublished-category-on = { $category }: decree published on { $published }, after the law date ({ $law_date }); amounts not measured.
shares-step-measure = “{ $label }”, { $share ->
        [reuse] reuse
        [recycled] recycled
       *[reuse_or_recycled] reuse or recycled
    } share: { $rate } against a minimum of { $minimum }: { $status ->
        [compliant] met
        [non_compliant] not met
        [insufficient_data] no conclusion
       *[not_applicable] not applicable
    }
shares-step-no-minimum = “{ $label }”, { $share ->
        [reuse] reuse
        [recycled] recycled
       *[reuse_or_recycled] reuse or recycled
    } share: { $rate }, minimum not confirmed: no conclusion
shares-step-no-purchase = “{ $label }”, { $share ->
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

## Error messages (prefix error-, one group per family)

## error-profile
error-profile-unknown-category = unknown category { $category }
error-profile-category-not-in-force = category { $category } belongs to { $regime }, not in force in { $year }
error-profile-unknown-exemption-rule = unknown rule id { $rule_id }
error-profile-not-an-exemption-ground = ground { $ground } is not an exemption ground of { $rule_id } (grounds: { $known })
error-profile-no-exemption-ground = ground { $ground } is not an exemption ground of { $rule_id } (grounds: none: the texts provide no exemption)
error-profile-unknown-element = unknown element { $key } (expected one of { $known })
error-profile-unknown-theme = unknown theme { $key } (expected one of { $known })

## error-file
error-file-too-large = file of { $size } bytes is larger than the limit of { $limit }
error-file-too-large-stream = file of more than { $limit } bytes is larger than the limit of { $limit }
error-file-raise-limit = raise the limit with --max-input-bytes if the file is genuine
error-file-unreadable = cannot read the file: { $reason }
error-file-invalid-utf8 = invalid UTF-8 byte 0x{ $byte } at byte { $offset }
error-file-save-utf8 = save the file as UTF-8
error-file-text-too-large = text of { $size } characters is over the limit of { $limit }
error-file-nul = the file contains a NUL character

## error-yaml
error-yaml-too-many-values = more than { $limit } values once aliases are expanded
error-yaml-too-deep = nested deeper than { $limit } levels
error-yaml-nesting-too-deep = nesting too deep
error-yaml-recursive-alias = alias *{ $anchor } refers to a value that contains it
error-yaml-syntax = YAML syntax error: { $detail }
error-yaml-bad-escape = escape sequence outside Unicode (such as \U99999999) in a quoted text
error-yaml-control-character = control character U+{ $code } is not allowed in YAML
error-yaml-error = YAML error: { $detail }
error-yaml-tag = tag { $tag } is not allowed
error-yaml-unsupported-node = unsupported YAML node
error-yaml-merge-key = merge keys ('<<') are not supported
error-yaml-key-type = a key must be a plain text or number
error-yaml-duplicate-key = duplicate key { $key } (first at line { $first })
error-yaml-surrogate = the text holds an escaped surrogate (such as \ud800), not a character
error-yaml-long-integer = number longer than { $limit } characters, found { $start }…
error-yaml-not-finite = expected a finite number, found { $found }

## error-json
error-json-syntax = JSON syntax error: { $detail }
error-json-not-finite = { $name } is not a number: amounts and counts must be finite

## error-schema
error-schema-extra-forbidden = unknown field
error-schema-missing = required field missing
error-schema-date = expected a date such as 2024-01-01, found { $found }
error-schema-int = expected a whole number, found { $found }
error-schema-decimal = expected a decimal number such as 1234.56, found { $found }
error-schema-string-type = expected text in quotes, found { $found }
error-schema-string-pattern-mismatch = expected text matching { $pattern }, found { $found }
error-schema-string-too-short = expected at least { $min_length } character(s), found { $found }
error-schema-literal-error = expected { $expected }, found { $found }
error-schema-greater-than-equal = expected a value of { $ge } or more, found { $found }
error-schema-less-than-equal = expected a value of { $le } or less, found { $found }
error-schema-model-type = expected a mapping of fields, found { $found }
error-schema-dict-type = expected a mapping, found { $found }
error-schema-list-type = expected a list, found { $found }
error-schema-too-short = expected at least { $min_length } item(s), found { $found }
error-schema-bool = expected true or false, found { $found }
error-schema-other = { $detail }, found { $found }
error-schema-not-a-mapping = expected a mapping of fields, found { $found }

## error-word
error-word-nothing = nothing
error-word-arithmetic = arithmetic
error-word-text = text
error-word-collection = collection
error-word-bool = bool

## error-hint
error-hint-did-you-mean = did you mean { $name }?
error-hint-parenthesized = {""} ({ $hint })
error-hint-leading-zeros = codes keep their leading zeros only as text

## error-rules
error-rules-none = no rule file found
error-rules-unknown-id = unknown rule id { $rule_id }
error-rules-unreadable = cannot read: { $reason }
error-rules-duplicate-id = rule id { $rule_id } already defined in { $file }
error-rules-id-mismatch = id { $rule_id } differs from the file name { $stem }
error-rules-undefined-parameter = parameter { $name } is not defined
error-rules-expression = { $error } in { $source }
error-rules-cannot-evaluate = cannot evaluate { $source }: { $error }

## error-timeline
error-timeline-overlap = versions overlap: one ends on { $end }, the next starts on { $start }
error-timeline-gap = gap between versions: one ends on { $end }, the next starts on { $start } (expected { $expected })
error-timeline-same-start = two versions start on the same day

## error-lint
error-lint-no-scenario = no scenario: add features/{ $rule_id }.feature tagged @{ $rule_id }
error-lint-reference-without-rule = obligation of the legal reference without a rule
error-lint-no-features = feature folder not found
error-lint-titles = French and English titles are both required
error-lint-french-only = “{ $text }” is in French only where a reader of English sees it: write {"{"} fr: …, en: … {"}"}
error-lint-id-shape = { $found } is not a Légifrance id (JORFTEXT, JORFARTI, JORFSCTA, LEGITEXT, LEGIARTI or LEGISCTA and 12 digits) nor « NOR » and a NOR; without one, add a reviewed exception
error-lint-id-kind = a text starting with « { $kind } » is cited with a { $prefix } id; expected { $expected }
error-lint-url-host = { $host } is not an official source of the allow-list; cite Légifrance, or add a reviewed exception
error-lint-url-https = an official URL is given in https
error-lint-url-id = the Légifrance URL names neither the cited id { $id } nor, as an ELI address, the text's NOR or number
error-lint-id-two-texts = { $id } is cited for n° { $number } here and for n° { $other } in { $rule_id }: one id names one text
error-lint-exception-unused = the exception for { $rule_id } ({ $value }) covers nothing: remove it

## error-expr
error-expr-too-long = expression longer than { $limit } characters
error-expr-syntax = syntax error: { $detail }
error-expr-unparsable = expression cannot be parsed (null byte or nesting too deep)
error-expr-too-deep = expression nested deeper than { $limit } levels
error-expr-node = { $node } is not allowed in a rule expression
error-expr-unknown-name = unknown name { $name }
error-expr-literal-too-long = number literal longer than { $limit } characters
error-expr-invalid-number = invalid number { $number }
error-expr-out-of-range = number literal { $number } is out of range (at most 10^{ $limit })
error-expr-literal-type = literal of type { $type } is not allowed
error-expr-operator = operator { $op } is not allowed
error-expr-binary-operator = operator { $op } is not allowed (only + - * /)
error-expr-numbers-only = arithmetic is for numbers only
error-expr-division-by-zero = division by zero
error-expr-functions = only the functions min, max and abs may be called
error-expr-arguments = keyword or starred arguments are not allowed
error-expr-arity-one = { $function }() takes one argument
error-expr-arity-many = { $function }() takes two arguments or more
error-expr-not-a-number = { $where } is for numbers only, found { $kind }: { $source }
error-expr-unordered = values that cannot be ordered with < or >: { $source }
error-expr-in-needs-list = 'in' needs a list or a name on its right, found { $source }
error-expr-incompatible = values of incompatible types in { $source }: { $detail }

## error-ledger
error-ledger-unsupported-type = unsupported file type { $suffix }: expected one of { $expected }
error-ledger-unreadable = cannot read the file: { $reason }
error-ledger-too-large = file is { $size } bytes, above the limit of { $limit } bytes (raise it with --max-input-bytes, or split the ledger by year)
error-ledger-too-large-stream = file is larger than the limit of { $limit } bytes
error-ledger-line-too-long = line longer than { $limit } characters
error-ledger-undecodable = byte 0x{ $byte } cannot be decoded as { $encoding } (the encoding was chosen from the first 64 KiB); save the file as UTF-8
error-ledger-zip = this is a zip (XLSX/ODS) file named like a CSV; rename it
error-ledger-utf16 = UTF-16 text is not supported: save the ledger as CSV UTF-8
error-ledger-empty = the file is empty: expected a header line
error-ledger-malformed-csv = malformed CSV: { $detail }
error-ledger-bad-spreadsheet = cannot read the spreadsheet: { $detail }
error-ledger-no-header = no header row: expected columns { $columns }
error-ledger-missing-column = missing required column { $name }: expected one of { $aliases } (case, accents and spaces ignored), or map it with --columns { $name_plain }="<header>" (columns= in Python); headers found: { $headers }
error-ledger-duplicate-column = duplicate column { $header }
error-ledger-unknown-column-name = unknown column name; expected one of { $expected }{ $hint }
error-ledger-no-such-header = no column { $header } in the header; headers found: { $headers }
error-ledger-cell = column { $header }: { $error }

## error-cell
error-cell-expected-found = { $expected }, found { $found }{ $note }
error-cell-found-empty = an empty cell
error-cell-amount = expected an amount such as 1 234,56 or 1234.56 (at most 15 digits before the decimal separator and 6 after)
error-cell-date = expected a date such as 31/12/2024 or 2024-12-31
error-cell-no-such-day = : no such day
error-cell-not-a-serial = {""} (not a plausible spreadsheet date serial)
error-cell-cpv = expected a CPV code of 8 digits and an optional check digit, such as 30213100-6
error-cell-bool = expected oui/non, o/n, yes/no, true/false, vrai/faux, 1/0 or x

## error-heading
error-heading-invalid-profile = invalid profile
error-heading-invalid-ledger = invalid ledger
error-heading-invalid-option = invalid option
error-heading-invalid-mapping = invalid mapping file
error-cli-ledger-option-without-ledger = applies to the --ledger files: give --ledger, or leave this option out

## error-cli
error-cli-expected-name-header = expected NAME=HEADER, found { $found }
error-cli-expected-siret = expected 14 digits, found { $found }
error-cli-required-for-declaration = required for a declaration
error-cli-expected-delimiter = expected one of ; , | tab, found { $found }
error-cli-unknown-encoding = unknown encoding { $found }: try utf-8 or cp1252
error-cli-no-finding-for-period = no finding of { $rule_id } for period { $period }

## error-ledger
error-ledger-no-such-sheet = no sheet { $sheet } in the workbook; sheets found: { $sheets }
error-ledger-more-problems = further problems not shown: { $n }; fix those above and run again
error-ledger-lines-above-header = lines skipped above the header: { $n } (header found on line { $line })
error-ledger-ttc-without-rate = column { $header } holds amounts TTC: give the VAT rate (vat_rate_pct in a --mapping file) to turn them into HT
error-ledger-nothing-to-classify = nothing to classify the lines on: no CPV or category column, and no mapping rule on a column of this file (nature, family, supplier); headers found: { $headers }
error-ledger-no-flag-column = { $file }: no { $flag } column: every line counts as not { $flag_plain }
error-ledger-bare-amount = { $file }: the column { $header } does not say HT or TTC: its amounts are taken as HT (if they are TTC, use a --mapping file with amounts: ttc and vat_rate_pct)
error-ledger-ttc-converted = { $file }: amounts of column { $header } are TTC, turned into HT at { $rate } % VAT, rounded to the cent
error-ledger-ambiguous-amounts = { $file }: amounts such as '1,234' (a single separator followed by three digits) read as decimals (1.234 €): { $n }, first on line { $line }; write 1234 or 1 234 for a thousand
error-ledger-rounded-amounts = { $file }: spreadsheet amounts with more than two decimals rounded to the cent (half-even): { $n }, first on row { $line }
error-ledger-unknown-category = column { $header }: { $detail }{ $hint }
error-ledger-duplicate-file = { $file }: same content (SHA-256) as { $other }: its lines are counted once

## error-mapping
error-mapping-unknown-category = category { $category } exists in no decree whose period meets the rule's dates

## error-declaration
error-declaration-regime-not-declared = year { $year }: purchases of that year fall under { $regime }, declared to the OECP (application REAP) in its own format, not in the data.gouv.fr declaration
error-declaration-nothing-to-declare = no purchase of the declared regime in the ledgers for the years asked
error-declaration-half-year = purchases from { $start } to { $end } ({ $regime })
error-declaration-credit-notes = net of credit notes: { $n }
error-declaration-net-negative = net total negative: credit notes exceed purchases
error-declaration-broad = { $amount } classified only through a broad parent CPV code, to be checked
error-declaration-donations-from-profile = donations: value declared in the profile

## error-spaser
error-spaser-target-above-100 = target of { $value } % for { $category } ({ $share }, { $year }): a share cannot exceed 100 %
error-spaser-target-twice = two different targets for { $category } ({ $share }, { $year }): { $values }


## Batch summary (check --summary): one row per body, one column per obligation

summary-title = Compliance summary — { $count ->
        [one] { $count } profile
       *[other] { $count } profiles
    }
summary-caption = One row per body, the most serious situations first (obligations not met, then missing data, then deadlines to come), then by name; one column per obligation, giving the most serious status of its findings. Each obligation's full title shows when hovering over its column and in the legend.
summary-caption-short = Most serious status of each obligation, per body
summary-table = Status per obligation
summary-legend = Legend
summary-obligations = Obligations
summary-col-profile = Profile
summary-col-body = Body
summary-col-valid = Valid
summary-col-problems = Problems
summary-col-breaches = Breaches
summary-col-report = Report
summary-col-first = To act on first
summary-none = no finding
summary-invalid = invalid profile
summary-invalid-line = ⚠ invalid profile: { $path }
summary-invalid-heading = Invalid profiles
summary-see-problems = see the problems
summary-counts-note = Figures: number of obligations per status (the most serious of their findings).
summary-legend-line = Legend: { $entries }
summary-interrupted-written = interrupted: { $count ->
        [0] no report
        [one] { $count } report
       *[other] { $count } reports
    } written to { $folder }
summary-interrupted-none = interrupted: no report written (--output-dir keeps finished reports)
summary-remaining = { $count ->
        [one] { $count } profile remaining:
       *[other] { $count } profiles remaining:
    }
summary-generated = Summary produced by reen-compliance. It does not replace a lawyer's advice.

## Profile fields: one description per field (schema, starter profile, documentation)
## Ids « field-<model>-<field> ». Values written as is are in backticks.

field-profile-format-version = Version of the profile format: always `1`.
field-profile-collectivity = Who the body is: its kind, identifiers, population and yearly purchases.
field-profile-documents = The documents the law requires the body to adopt (work programme, responsible-digital strategy, SPASER, PCAET). A document left out is unknown, not “not adopted”.
field-profile-sustainable-development-reports = The sustainable-development situation report, per budget year.
field-profile-equipment-disposal = IT equipment decommissioned and sent to reuse, per calendar year, in units.
field-profile-procurement = The year's purchases per legal category (AGEC law, article 58), in euros excluding VAT, per calendar year.
field-profile-spaser-targets = The figures the adopted SPASER sets as targets, per year, category and share.
field-profile-contracts = Public contracts, per consultation engaged. Left out: unknown; an empty list: no contract.
field-profile-digital-product-purchases = Purchases of digital products and whether their repairability and durability indices were taken into account.
field-profile-practices = Practices declared for the obligations no figure measures.
field-profile-paper-purchases = Paper products bought and their recycled share, per calendar year.
field-profile-online-services = Online services (websites, apps, intranets…) and their accessibility (RGAA). Left out: unknown; an empty list: no service.
field-profile-ghg-reports = Greenhouse-gas emissions reports (BEGES) published, with their transition plan.
field-profile-data-centres = Data centres the body operates. Left out: unknown; an empty list: none.
field-profile-exemptions = Exemptions the body claims, on a ground the rule provides.
field-collectivity-name = Name of the body, as reports show it.
field-collectivity-kind = Kind of body: `commune`, `epci`, `departement`, `region`, `state_service`, `public_establishment` or `other_buyer`.
field-collectivity-epci-category = For an EPCI only: `metropole`, `communaute_urbaine`, `communaute_agglomeration`, `communaute_communes` or `syndicat`.
field-collectivity-siren = SIREN number: 9 digits, written in quotes.
field-collectivity-insee-code = INSEE code of the commune (official geographic code): 5 characters in quotes.
field-collectivity-population = Total population authenticated by INSEE, one line per 1 January: the figure in force from that date. The law's thresholds apply to it.
field-collectivity-annual-purchases-eur-ht = Total public purchasing of each calendar year, in euros excluding VAT, written in quotes (such as `"65000000.00"`).
field-collectivity-staff = Number of people employed.
field-population-figure-applies-from = Date from which the figure applies (1 January of the year).
field-population-figure-total = Total population (municipal population and population counted apart).
field-population-figure-source = Where the figure comes from (INSEE vintage, file, authenticating decree).
field-documents-nr-work-programme = Work programme preparing the responsible-digital strategy (REEN law, article 35).
field-documents-nr-strategy = Responsible-digital strategy (communes and EPCI over 50,000 inhabitants).
field-documents-spaser = Plan promoting socially and ecologically responsible public procurement (SPASER).
field-documents-pcaet = Territorial climate-air-energy plan (PCAET), adopted or last revised.
field-document-status = Status of the document: `adopted`, `in_preparation` or `not_adopted`.
field-document-adopted-on = Date of the deliberation or decision adopting it; required for an adopted document.
field-document-planned-on = Planned adoption date, for a document in preparation.
field-document-reference = Reference of the act (deliberation number).
field-document-url = Web address where the document is published.
field-document-contents = What the adopted strategy contains (CGCT, article D. 2311-15-1), when the profile says.
field-strategy-contents-elements = Required elements present: `objectives`, `measures`, `indicators`, `means`.
field-strategy-contents-themes = Optional themes of the decree covered (such as `public_procurement`, `equipment_lifecycle`, `ecodesign`).
field-sustainable-development-report-adopted-on = Date the report was presented to the assembly.
field-sustainable-development-report-covers-nr-strategy = Whether the report contains the annual review of the responsible-digital strategy: `true` or `false`.
field-sustainable-development-report-budget-debate-on = Date of the budget debate, which the report must precede.
field-equipment-disposal-reformed-on-jan-1 = Number of decommissioned IT items in stock on 1 January (B, « décret n° 2023-266 », article 3).
field-equipment-disposal-sent-to-reuse = Number of those items sent to reuse during the year (A).
field-procurement-figure-category = Id of the legal category, such as `d2024-134:textiles` (list: `reen-compliance rules`).
field-procurement-figure-total-eur-ht = Total purchases of the category in the year, in euros excluding VAT.
field-procurement-figure-reuse-eur-ht = Part of that amount from reuse, in euros excluding VAT.
field-procurement-figure-recycled-eur-ht = Part with recycled content, besides what is already counted as reuse, in euros excluding VAT.
field-procurement-figure-donations-eur = Flat-rate value of donations received, which « décret n° 2024-134 » lets the body count.
field-spaser-target-year = Year the target is for.
field-spaser-target-category = Id of the legal category, such as `d2024-134:textiles`.
field-spaser-target-share = Share targeted: `reuse`, `recycled` or `reuse_or_recycled`.
field-spaser-target-target-pct = Target in percent, written in quotes (`"25"` for 25 %).
field-contract-reference = Reference and subject of the contract.
field-contract-consultation-launched-on = Date the consultation was engaged or the contract notice sent to publication.
field-contract-environmental-execution-condition = Whether the performance conditions take the environment into account: `true` or `false`.
field-contract-environmental-award-criterion = Whether at least one award criterion takes the offer's environmental characteristics into account, or a single cost criterion includes them (CCP R. 2152-7): `true` or `false`.
field-digital-product-purchase-reference = Reference and subject of the purchase.
field-digital-product-purchase-launched-on = Date the purchase was launched.
field-digital-product-purchase-has-repairability-index = Whether the products carry a repairability index: `true` or `false`.
field-digital-product-purchase-repairability-index-considered = Whether the repairability index was taken into account: `true` or `false`.
field-digital-product-purchase-has-durability-index = Whether the products carry a durability index: `true` or `false`.
field-digital-product-purchase-durability-index-considered = Whether the durability index was taken into account: `true` or `false`.
field-practices-circular-clauses = Clauses and criteria favouring reuse and recycled content and cutting single-use plastics (AGEC law, article 55).
field-practices-energy-efficient-software = Promotion of software designed to limit energy use (AGEC law, article 55).
field-practices-no-single-use-plastics = For State services: no purchase of single-use plastic products (AGEC law, article 77).
field-practices-refurbished-temporary-buildings = Refurbished temporary buildings not excluded from contracts (CCP L. 2172-5).
field-practices-retreaded-tyres = Purchase of retreaded tyres (CCP L. 2172-6).
field-practice-declaration-applied = Whether the body applies the practice the rule describes: `true` or `false`.
field-practice-declaration-declared-on = Date of the declaration.
field-practice-declaration-not-possible-reason = Why applying it was not possible, where the text allows that.
field-practice-declaration-evidence = Document showing the practice (internal guide, model clause…).
field-paper-purchases-unit = Unit counted in: `eur_ht`, `kg`, `reams` or `units`.
field-paper-purchases-total = Total paper products bought in the year, in that unit, in quotes.
field-paper-purchases-recycled = Part made of recycled paper (at least 50 % recycled fibre), in the same unit.
field-online-service-name = Name of the online service.
field-online-service-kind = Kind of service: `website`, `intranet`, `extranet`, `mobile_app`, `software` or `street_furniture`.
field-online-service-url = Web address of the service.
field-online-service-created-on = Date the service went online.
field-online-service-statement-published-on = Date the accessibility statement was last published or updated.
field-online-service-audit-on = Date of the last RGAA compliance audit.
field-online-service-compliance-rate-pct = Share of RGAA criteria met at the last audit, in percent, in quotes.
field-online-service-home-page-mention = Accessibility mention on the home page, as the decree words it: « totalement », « partiellement », « non » or « absente ».
field-online-service-multi-year-plan = Multi-year accessibility plan: its period and web address.
field-online-service-annual-plan-years = Years whose annual action plan is published.
field-multi-year-plan-starts-on = First day of the plan's period.
field-multi-year-plan-ends-on = Last day of the plan's period.
field-multi-year-plan-url = Web address where the plan is published.
field-ghg-report-published-on = Date the report was published.
field-ghg-report-reference-year = Reference year of the emissions measured.
field-ghg-report-transition-plan = Whether the report includes a transition plan: `true` or `false`.
field-ghg-report-significant-indirect-emissions = Whether it covers significant indirect emissions: `true` or `false`.
field-ghg-report-transmitted = Whether it was sent to the administrative authority (the ADEME platform): `true` or `false`.
field-data-centre-name = Name of the data centre.
field-data-centre-siret = SIRET number of the site: 14 digits in quotes.
field-data-centre-installed-power-kw = Installed power of the server rooms, in kW, in quotes.
field-data-centre-commissioned-on = Date it was commissioned.
field-data-centre-declared-on = Date it was declared to the minister.
field-data-centre-yearly-reports = For each data year, the date the yearly information was sent.
field-exemption-rule-id = Id of the rule concerned (list: `reen-compliance rules`).
field-exemption-period = Calendar year concerned, or `null` for all.
field-exemption-ground = Ground of exemption, among those the rule provides.
field-exemption-justification = Justification, in a few words.
field-exemption-expires-on = Date the exemption ends, if any.

## Starter profile (init): comments and TO FILL markers

init-to-fill = TO FILL
init-to-fill-example = TO FILL, for example:
init-replace-braces = TO FILL: replace the empty braces with lines such as:
init-header-written = Starter profile written by reen-compliance from its reference data:
init-attribution = Sources: “{ $attribution }”.
init-licence = Licence: “{ $licence }”.
init-source-municipale = INSEE municipal population (population municipale) { $millesime }, reen-compliance reference data — replace with the authenticated total population (population totale)
init-source-municipale-unknown = INSEE municipal population (population municipale, vintage unknown), reen-compliance reference data — replace with the authenticated total population (population totale)
init-source-reference = { $source }, reen-compliance reference data
init-reference-data = Reference data: { $source } (up to { $version }); one population figure per 1 January since 2021, each line naming its source (package version, file, vintage).
init-override = The figures in this file override the reference data: the tool reads only this profile and, on each date, uses the latest population figure applying on or before it.
init-check-every-value = Check every value; lines marked TO FILL or REPLACE need your own figures. A `null` value or a list left out means unknown, never no. Dates: 12/12/2024 or 2024-12-12. Each field is described in docs/profile.md.
init-member-of = Member of the « EPCI à fiscalité propre » with SIREN { $siren }.
init-merged = This body no longer exists: merged into { $into }.
init-merged-unknown = This body no longer exists: merged into another body.
init-population-empty = TO FILL: the total population INSEE authenticates, one line per 1 January.
init-population-reference = One line per 1 January: the figure in force from that date (reference data).
init-epci-sum = Sum of the member communes' total populations; that the thresholds use this sum for an EPCI is an interpretation no text confirms.
init-population-add = Add a line for each later 1 January once INSEE authenticates a new figure.
init-no-population-year = TO FILL for { $day }: the reference data has no population for this year (never take another year's figure instead).
init-former-commune = On { $day }: { $total } was the figure of the former commune with SIREN { $siren } (before the « commune nouvelle »), not this body's.
init-replace-municipale = REPLACE: this is the municipal population, not the total population the law's thresholds use (CGCT, article R. 2151-1); put the total population INSEE authenticated for this 1 January here.
init-lyon = The Métropole de Lyon is a « collectivité à statut particulier » (CGCT, article L. 3611-1), not an EPCI; the profile format has no kind for it, so it is written as a « métropole ». Texts naming it apart may treat it otherwise: check each finding.

## Application web

web-app-name = reen-compliance, responsible-digital obligations
web-skip-to-content = Skip to content
web-nav-label = Main navigation
web-nav-home = Home
web-nav-ledger = Import a purchase ledger
web-switch-language = Français
web-footer = Local application of reen-compliance: nothing is kept on the server; download your profile to keep it. It does not replace a lawyer's advice.
web-home-title = The responsible-digital obligations of your body
web-home-intro = Find your commune or intercommunal body, answer a few questions, and read which obligations apply, which are met and what remains to be done.
web-find-heading = Find your body
web-find-label = Name, INSEE code or SIREN
web-find-hint = For instance: Metz, 57463 or 200039865. Accents and capitals do not matter.
web-find-button = Search
web-open-heading = Open a saved profile
web-open-label = Profile file (YAML or JSON)
web-open-hint = The file is read, never stored on the server (1 MB at most by default).
web-open-button = Open
web-ledger-intro = Compute the shares of reuse and recycled materials from an export of purchases (CSV, XLSX, ODS), and prepare the yearly declaration.
web-search-title = Search results
web-search-count = { $count ->
        [one] One body found.
       *[other] { $count } bodies found.
    }
web-search-none = No commune nor intercommunal body matches "{ $query }".
web-choose = Choose
web-choose-body = Choose { $name } ({ $code })
web-kind-commune = commune
web-kind-epci = EPCI (inter-municipal body with its own tax)
web-departement = department { $code }
web-population = { $count } inhabitants
web-questions-title = Profile: { $name }
web-questions-intro = Answer what you know: "I do not know" leaves the question open, and the report will then say the data are insufficient. Dates are written 15/12/2024 or 2024-12-15, amounts 17000.00.
web-questions-errors = Some answers cannot be read: see the message under each question concerned.
web-legal-basis = Legal basis:
web-legifrance = Légifrance
web-q-status-nr_strategy = Is your responsible-digital strategy adopted?
web-q-status-nr_work_programme = Is your work programme preparing the strategy adopted?
web-q-status-spaser = Is your responsible-procurement scheme (SPASER) adopted?
web-q-status-pcaet = Is your territorial climate, air and energy plan (PCAET) adopted?
web-q-document-adopted_on = Date of the deliberation or decision adopting it
web-q-document-reference = Reference of the deliberation
web-q-document-url = Address where it is published online
web-q-equipment-reformed_on_jan_1 = Decommissioned IT equipment in stock on 1 January { $year }
web-q-equipment-sent_to_reuse = IT equipment sent to reuse in { $year }
web-q-annual-purchases = Total public purchases in { $year } (euros excl. VAT)
web-choice-adopted = adopted
web-choice-in_preparation = in preparation
web-choice-not_adopted = not adopted
web-choice-unknown = I do not know
web-hint-date = A date, for instance 15/12/2024 or 2024-12-15.
web-hint-amount = An amount, for instance 17000.00.
web-hint-decimal = A number, for instance 1234.5.
web-hint-list = Several values separated by commas.
web-section-body = Your organisation
web-section-exemptions = Exemptions claimed
web-section-others = Other information
web-see-also = This obligation also reads answers asked above:
web-year-group = Year { $year }
web-list-state = If the list stays empty:
web-choice-none = there is none
web-choice-true = yes
web-choice-false = no
web-choice-commune = municipality
web-choice-epci = EPCI (inter-municipal body)
web-choice-departement = department
web-choice-region = region
web-choice-state_service = State service
web-choice-public_establishment = public establishment
web-choice-other_buyer = other public buyer
web-choice-metropole = metropolis
web-choice-communaute_urbaine = urban community
web-choice-communaute_agglomeration = agglomeration community
web-choice-communaute_communes = community of municipalities
web-choice-syndicat = syndicate of municipalities
web-choice-reuse = reuse
web-choice-recycled = recycled materials
web-choice-reuse_or_recycled = reuse or recycled materials
web-choice-eur_ht = euros excluding VAT
web-choice-kg = kilograms
web-choice-reams = reams
web-choice-units = units
web-choice-website = website
web-choice-intranet = intranet
web-choice-extranet = extranet
web-choice-mobile_app = mobile application
web-choice-software = software package
web-choice-street_furniture = digital street furniture
web-choice-totalement = fully compliant
web-choice-partiellement = partially compliant
web-choice-non = not compliant
web-choice-absente = no mention
web-item-population = Population figure { $number }
web-item-procurement = Purchase category { $number } in { $year }
web-item-spaser-targets = Target { $number }
web-item-contracts = Contract { $number }
web-item-digital-product-purchases = Purchase { $number }
web-item-online-services = Online service { $number }
web-item-ghg-reports = Report { $number }
web-item-data-centres = Data centre { $number }
web-item-exemptions = Exemption { $number }
web-add-population = Add a population figure
web-add-procurement = Add a purchase category for { $year }
web-add-spaser-targets = Add a target
web-add-contracts = Add a contract
web-add-digital-product-purchases = Add a purchase
web-add-online-services = Add an online service
web-add-ghg-reports = Add a report
web-add-data-centres = Add a data centre
web-add-exemptions = Add an exemption
web-q-profile-spaser-targets = The targets your SPASER sets
web-q-profile-contracts = Your public contracts, by consultation launched
web-q-profile-digital-product-purchases = Your purchases of digital products
web-q-profile-online-services = Your online services (websites, applications, intranets…)
web-q-profile-ghg-reports = Your published greenhouse-gas emissions reports (BEGES)
web-q-profile-data-centres = The data centres you operate
web-q-profile-exemptions = The exemptions you claim
web-q-collectivity-name = Name of the organisation
web-q-collectivity-kind = Kind of organisation
web-q-collectivity-epci-category = Category of the EPCI (for an EPCI only)
web-q-collectivity-siren = SIREN number (9 digits)
web-q-collectivity-insee-code = INSEE code of the municipality (5 characters)
web-q-collectivity-population = Total population authenticated by INSEE, figure by figure
web-q-collectivity-staff = Number of people employed
web-q-collectivity-annual-purchases-eur-ht = Total public purchases, per calendar year
web-q-population-figure-applies-from = Date from which the figure applies (1 January)
web-q-population-figure-total = Total population
web-q-population-figure-source = Source of the figure (INSEE vintage, authentication decree…)
web-q-document-planned-on = Planned date of adoption, if the document is in preparation
web-q-sustainable-development-report-adopted-on = Date the report was presented to the deliberative assembly
web-q-sustainable-development-report-covers-nr-strategy = Does the report contain the yearly review of the responsible-digital strategy?
web-q-sustainable-development-report-budget-debate-on = Date of the budget orientation debate
web-q-procurement-figure-category = Legal purchase category (its id, for instance d2024-134:textiles)
web-q-procurement-figure-total-eur-ht = Total purchases of the category (euros excluding VAT)
web-q-procurement-figure-reuse-eur-ht = Of which purchases from reuse (euros excluding VAT)
web-q-procurement-figure-recycled-eur-ht = Of which purchases with recycled materials, reuse aside (euros excluding VAT)
web-q-procurement-figure-donations-eur = Flat-rate value of donations received (euros)
web-q-spaser-target-year = Year targeted
web-q-spaser-target-category = Legal category targeted (its id, for instance d2024-134:textiles)
web-q-spaser-target-share = Share targeted
web-q-spaser-target-target-pct = Target, in percent
web-q-contract-reference = Reference and subject of the contract
web-q-contract-consultation-launched-on = Date the consultation was launched or the contract notice sent to publication
web-q-contract-environmental-execution-condition = Do the performance conditions take the environment into account?
web-q-contract-environmental-award-criterion = Does at least one award criterion take the offer's environmental characteristics into account?
web-q-digital-product-purchase-reference = Reference and subject of the purchase
web-q-digital-product-purchase-launched-on = Date the procurement was launched
web-q-digital-product-purchase-has-repairability-index = Do the products carry a repairability index?
web-q-digital-product-purchase-repairability-index-considered = Was the repairability index taken into account in the purchase?
web-q-digital-product-purchase-has-durability-index = Do the products carry a durability index?
web-q-digital-product-purchase-durability-index-considered = Was the durability index taken into account in the purchase?
web-q-practice-declaration-applied = Does the organisation apply this practice?
web-q-practice-declaration-declared-on = Date of the declaration
web-q-practice-declaration-not-possible-reason = If it could not be applied, why (where the text allows it)
web-q-practice-declaration-evidence = Document showing it (internal guide, model clause…)
web-q-paper-purchases-unit = Unit counted in
web-q-paper-purchases-total = Total paper products bought in the year, in this unit
web-q-paper-purchases-recycled = Of which recycled paper (at least 50 % recycled fibre), in the same unit
web-q-online-service-name = Name of the online service
web-q-online-service-kind = Kind of service
web-q-online-service-url = Address of the service
web-q-online-service-created-on = Date put online
web-q-online-service-statement-published-on = Date the accessibility statement was last published or updated
web-q-online-service-audit-on = Date of the last RGAA compliance audit
web-q-online-service-compliance-rate-pct = Share of RGAA criteria met at the last audit, in percent
web-q-online-service-home-page-mention = Accessibility mention on the home page
web-q-online-service-multi-year-plan = Multi-year accessibility plan
web-q-online-service-annual-plan-years = Years whose annual action plan is published
web-q-multi-year-plan-starts-on = First day of the plan's period
web-q-multi-year-plan-ends-on = Last day of the plan's period
web-q-multi-year-plan-url = Address where the plan is published
web-q-ghg-report-published-on = Date the report was published
web-q-ghg-report-reference-year = Reference year of the emissions measured
web-q-ghg-report-transition-plan = Does the report include a transition plan?
web-q-ghg-report-significant-indirect-emissions = Does the report cover significant indirect emissions?
web-q-ghg-report-transmitted = Was the report sent to the administrative authority (ADEME platform)?
web-q-data-centre-name = Name of the data centre
web-q-data-centre-siret = SIRET number of the site (14 digits)
web-q-data-centre-installed-power-kw = Installed power of the server rooms, in kW
web-q-data-centre-commissioned-on = Date commissioned
web-q-data-centre-declared-on = Date declared to the minister
web-q-data-centre-yearly-reports = Yearly information sent, by data year
web-q-yearly-report-sent = Date the information of { $year } was sent
web-q-exemption-rule-id = Id of the rule concerned (for instance reen-art35-strategy)
web-q-exemption-period = Calendar year concerned (leave empty for every year)
web-q-exemption-ground = Ground of exemption the rule provides (its id)
web-q-exemption-justification = Justification, in a few words
web-q-exemption-expires-on = Date the exemption ends, if any
web-q-list-procurement-category = Legal purchase category
web-q-list-spaser-category = Legal category targeted
web-q-list-contents-elements = Required elements the document contains
web-q-list-contents-themes = Optional themes of the decree it covers
web-q-list-exemption-rule = Obligation the exemption concerns
web-q-list-exemption-ground = Ground of exemption the text provides
web-option-none = — choose —
web-option-kept = { $value } (id from the profile, not in the list)
web-category-regime = { $ended ->
    [yes] { $regime } (purchases from { $start } to { $end })
   *[no] { $regime } (purchases from { $start })
}
web-not-binding-heading = Obligations that do not concern your body on this date ({ $count })
web-not-binding-intro = These obligations do not apply to your body on the chosen date; their questions stay here in case its situation changes.
web-not-binding-why = Why:
web-see-report = See the report
web-download-profile = Download the profile (YAML)
web-report-settings = Dates and language of the report
web-as-of = Situation on
web-law-as-of = Law as it stood on
web-law-as-of-hint = Leave empty to apply the law in force on the date of the situation.
web-update = Update
web-edit-answers = Change the answers
web-downloads = Downloads
web-download-pdf = PDF report
web-download-ics = Deadlines (ICS calendar)
web-download-json = JSON report
web-download-markdown = Markdown report
web-whatif-heading = What if…
web-whatif-intro = Change one answer to see which findings would change, without changing the profile.
web-whatif-adopted-nr_strategy = If the responsible-digital strategy were adopted on
web-whatif-adopted-nr_work_programme = If the work programme were adopted on
web-whatif-adopted-spaser = If the SPASER were adopted on
web-whatif-sent-to-reuse = If the number of items sent to reuse in { $year } were
web-whatif-reuse-amount = If purchases from reuse in { $year } for category { $category } were (euros excl. VAT)
web-whatif-button = Compare
web-whatif-result-title = What if…: { $name }
web-whatif-caption = { $count ->
        [one] One finding changes
       *[other] { $count } findings change
    }
web-whatif-obligation = Obligation
web-whatif-now = Current situation
web-whatif-then = With this change
web-whatif-nothing = This change leaves every finding as it is.
web-back-report = Back to the report
web-members-heading = { $count ->
        [one] The member commune and its obligations
       *[other] The { $count } member communes and their obligations
    }
web-members-commune = Commune
web-members-population = Population
web-members-bound = Obligations that apply
web-members-none = none of the obligations followed
web-members-unknown = { $count ->
        [one] One obligation cannot be decided without its profile.
       *[other] { $count } obligations cannot be decided without its profile.
    }
web-ledger-explain = Upload the export of your payment orders or invoices: the file is read then forgotten, never stored on the server.
web-ledger-label = Purchase ledger (CSV, XLSX or ODS)
web-ledger-hint = 50 MB at most by default. A row of headers is expected (date, amount excl. VAT, CPV code…).
web-ledger-button = Import
web-mapping-title = Columns of the ledger
web-mapping-intro = Say which column of the file gives each piece of information; those recognised are already chosen.
web-column-date = Date of the expense
web-column-amount_ht = Amount excl. VAT
web-column-cpv = CPV code
web-column-category = Category
web-column-reuse = From reuse
web-column-recycled = With recycled materials
web-column-none = (no column)
web-mapping-button = Compute the shares
web-shares-title = Shares per purchase category
web-shares-year = Year { $year }
web-shares-incomplete = (current year)
web-shares-category = Category
web-shares-share = Share
web-shares-measured = Measured
web-shares-minimum = Minimum
web-shares-missing = Missing (EUR excl. VAT)
web-shares-none = No purchase of a regulated category this year.
web-share-reuse = reuse
web-share-recycled = recycled materials
web-share-reuse_or_recycled = reuse or recycled materials
web-unclassified-heading = Lines without a category
web-unclassified-line = { $year }: { $count ->
        [one] one line
       *[other] { $count } lines
    } for { $amount } excl. VAT
web-declaration-heading = Yearly declaration
web-declaration-intro = The CSV file declaring purchases from reuse or with recycled materials.
web-declaration-siret = SIRET of the buyer (14 digits)
web-declaration-name = Name of the buyer
web-declaration-year = Year
web-declaration-button = Download the declaration (CSV)
web-error-title = Request refused
web-error-content-type = The request must be sent by a form of this application.
web-error-too-large = The file or the form is larger than allowed ({ $limit } bytes).
web-error-form = The form sent cannot be read.
web-error-csrf = The form has expired or does not come from this application: reload the page and try again.
web-error-date = Unreadable date: "{ $found }"; write it 2024-12-15 or 15/12/2024.
web-error-no-profile = No profile was sent: start by searching for your body.
web-error-profile = The profile cannot be read:
web-error-no-body = This body is not in the reference data:
web-error-no-file = No file was chosen.
web-error-utf8 = The file { $file } is not text encoded in UTF-8.
web-error-format = Unknown download format: "{ $found }".
web-error-whatif = This change cannot be read:
web-error-ledger = The purchase ledger cannot be read:
web-error-ledger-type = File type not recognised: the ledger must be a CSV, XLSX or ODS file.
web-error-ledger-data = The ledger carried by the form cannot be read: import the file again.
web-error-siret = Expected a SIRET (14 digits), found "{ $found }".
web-error-name = The buyer's name is needed for the declaration.
web-error-not-found = This page does not exist.
web-error-method = This page does not open this way: use the application's forms.
web-error-internal = An unexpected error occurred; it is recorded in the server's log.
web-back-home = Back to the home page
web-cli-missing-extra = the web application needs the `web` extra; install it with: { $command }
web-cli-bad-limit = --max-profile-mb and --max-ledger-mb must be at least 1.
web-cli-no-authentication = WARNING: the application listens on { $host } with no authentication; anyone who can reach this address can use it.
web-cli-listening = application open at { $url } (Ctrl+C to stop it)

## Notes on figures taken from purchase ledgers

ledger-note-net-negative = { $year }, “{ $category }”: net total of { $amount } (credit notes exceed purchases); category left out of the measure.
ledger-note-reuse-clamped = { $year }, “{ $category }”: reuse credit notes exceed reuse purchases (net { $amount }); reuse share counted as zero.
ledger-note-broad = { $year }, “{ $category }”: { $amount } on { $count ->
        [one] { $count } line classified
       *[other] { $count } lines classified
    } only through a broad parent CPV code (a division or a group, such as 30000000-9); check them, or classify them with a mapping file (--mapping).
ledger-note-both-flags = { $year }, “{ $category }”: { $amount } flagged both reuse and recycled, counted once, as reuse (reading not confirmed).
ledger-note-category = “{ $category }”
ledger-note-cpv-amount = { $cpv } ({ $amount })
ledger-note-unmapped = { $year }: { $count ->
        [one] { $count } ledger line
       *[other] { $count } ledger lines
    } ({ $amount } excl. VAT) { $count ->
        [one] matches
       *[other] match
    } no category ({ $regime }); top CPV codes: { $cpv }.
ledger-note-unmapped-no-cpv = { $year }: { $count ->
        [one] { $count } ledger line
       *[other] { $count } ledger lines
    } ({ $amount } excl. VAT) { $count ->
        [one] matches
       *[other] match
    } no category ({ $regime }); no CPV code.
ledger-note-outside = { $year }: { $count ->
        [one] { $count } line
       *[other] { $count } lines
    } ({ $amount } excl. VAT) dated outside every decree's period.
ledger-note-unreachable = { $year } ({ $regime }): { $count ->
        [one] category no line could reach
       *[other] categories no line could reach
    } (no CPV code listed, no mapping rule): { $categories }.
ledger-note-profile-year-kept = { $year }: figures declared in the profile (the ledgers cover no purchase of that year).

## Dates, channels, delays and deadlines (issue 13: points 1 to 7, 12, 14, 15)

dates-not-enacted = No text provided for this obligation on { $law_as_of } (the date of the law applied).
dates-step-not-enacted = text not published on the date of the law applied
dates-not-in-force-prepare = The obligation is enacted but only applies from { $start }: it is not yet due; the body falls within its scope and must prepare for it.
dates-step-prepare = to prepare before it applies
dates-not-in-force-out-of-scope = The obligation will apply from { $start }, but not to this body: { $why }
dates-not-bound-kind = The obligation binds { $who }; { $entity ->
        [commune] a commune
        [cc] a community of communes
        [ca] an agglomeration community
        [cu] an urban community
        [metropole] a metropolis
        [syndicat] an inter-municipal syndicate
        [departement] a department
        [region] a region
        [etat] a State service
        [metropole_de_lyon] the Métropole de Lyon
        [collectivite_de_corse] the Collectivité de Corse
        [other_public_person] another public-law person
       *[other] a body of this kind
    } is not among them, whatever its population and figures.
dates-threshold-strict = The body's figure is exactly { $value }: "more than { $value }" is strict, the threshold is not crossed.
dates-bound-no-delay = Statutory deadline: { $statutory }. The body has only been bound since { $since } and the texts give no delay to a newly bound body: the obligation is due from that day.
dates-bound-no-delay-lower-bound = Statutory deadline: { $statutory }. The profile's figures go back no further than { $since }: the obligation is due at least from that day, and from the statutory deadline if the body was already bound; the texts give no delay.
dates-document-due-since-bound = The statutory deadline was { $statutory }; the body has been bound since { $since } (threshold crossed); no grace period is provided: the { $subject } is due from that day.
dates-document-due-since-bound-lower-bound = The statutory deadline was { $statutory }; the profile's figures go back no further than { $since }: the { $subject } is due at least from that day, and from { $statutory } if the body was already bound; no grace period is provided.
dates-document-overdue-since-bound = { CAP($subject) } has been due since { $due }; the profile says it is not adopted as of { $as_of }.
dates-document-due-since-bound-now = { CAP($subject) } is due from { $due }; it is not adopted yet.
dates-adoption-planned-late = Adoption planned on { $day }, after the deadline of { $due }: foreseeable breach.
dates-remedy-closed-year = Breach recorded for { $period }: a closed period cannot be caught up. For the next period ({ $next }): { $act } — { $decided_by }.
dates-remedy-closed-year-target = Breach recorded for { $period }: a closed period cannot be caught up. For the next period ({ $next }, target: { $target }): { $act } — { $decided_by }.
dates-next-target-pct = at least { $pct } by { $day }
dates-next-target-shares = { $categories }
dates-next-target-category = “{ $label }” ({ $shares }) by { $day }
dates-next-target-share = { $share ->
        [reuse] reuse
        [recycled] recycled
       *[reuse_or_recycled] reuse or recycled
    } at least { $pct }
dates-next-target-share-indicative = { $share ->
        [reuse] reuse
        [recycled] recycled
       *[reuse_or_recycled] reuse or recycled
    } at least { $pct }, an unconfirmed indicative rate
dates-next-target-share-unknown = { $share ->
        [reuse] reuse
        [recycled] recycled
       *[reuse_or_recycled] reuse or recycled
    }: minimum not confirmed by the texts
dates-report-cycle-closed = No sustainable-development situation report is declared for the { $year } budget ({ $field }); the { $year } budget cycle is closed: the budget had to be voted by { $vote } at the latest (CGCT L. 1612-2), and the report presented before its debate.
dates-report-due-by-vote = The report is presented before the budget debate, so before the { $year } budget is voted, by { $vote } at the latest (CGCT L. 1612-2).
dates-report-renewal-unconfirmed = Year of general renewal of the assembly to be checked: the 30 April limit is used (NOT CONFIRMED).
dates-step-budget-cycle-closed = budget cycle closed on { $vote }
dates-becomes-bound = From { $day }, the total population the profile records ({ $total } inhabitants, source: “{ $source }”) brings the body within the scope of "{ $title }": the obligation will apply from that day, with no grace period.
dates-becomes-bound-no-figure = From { $day }, according to the profile's figures, the body falls within the scope of "{ $title }": the obligation will apply from that day, with no grace period.
dates-calendar-becomes-bound = Bound from this day: { $title }
out-dates-days-late = { $days ->
        [one] { $days } day late
       *[other] { $days } days late
    }
out-dates-foreseeable-breach = foreseeable breach
out-label-statutory-deadline = Statutory deadline

## Readings, unconfirmed values and notes (issue 13: points 8 to 11, 13, 17, 18, 21)
## The words shown beside the status, in every format.

status-note-information-only = for information: not an obligation
status-note-reading-unconfirmed = unconfirmed reading
status-note-cause = { $cause ->
        [law_value_unconfirmed] legal value not confirmed
        [law_value_unknown] legal value not yet set on the law date
       *[body_data] the body's data are missing
    }
status-note-scope = { $scope ->
       *[declarative_duties] declarative duties only: accessibility not reached
    }

## Review notes printed once per report.

out-see-notes = { $count ->
        [one] see note { $numbers }
       *[other] see notes { $numbers }
    }
out-notes-heading = Notes to check
out-note-line = [{ $number }] { $note }
out-status-with-note = { $status } ({ $note })

## Purchase shares: gap per share, unconfirmed indicative rates.

shares-gap-by-share = Per share: { $shares }.
shares-gap-share = { $share ->
        [reuse] reuse
        [recycled] recycled
       *[reuse_or_recycled] reuse or recycled
    }, { $missing } excl. VAT missing (required: { $required }, actual: { $actual })
shares-indicative = against the unconfirmed indicative rates (secondary sources), without concluding: { $shares }
shares-indicative-share = “{ $label }”, { $share ->
        [reuse] reuse
        [recycled] recycled
       *[reuse_or_recycled] reuse or recycled
    } { $rate } { $reached ->
        [yes] for an indicative rate of { $minimum }, reached
       *[no] for an indicative rate of { $minimum }, not reached ({ $short } excl. VAT short)
    }

## SPASER targets: a point of attention, and the shares achieved.

spaser-year-attention = { $year }, a point of attention, not an obligation (article L. 2111-3 of the public procurement code requires targets without tying them to the AGEC art. 58 minimums): { $clauses }.
spaser-achieved = Targets against the shares achieved ({ $source }): { $rows }.
spaser-achieved-row = { $category }, { $share ->
        [reuse] reuse
        [recycled] recycled
       *[reuse_or_recycled] reuse or recycled
    }: target { $target }, { $state ->
        [reached] share achieved { $achieved }, target reached
        [missed] share achieved { $achieved }, target missed
       *[none] no purchase of this category measured
    }

## Contracts: a requirement applied as a reading (Climat et Résilience, art. 35).

item-requirement-reading = { $outcome } (required by the law from { $required_from } at the latest: applied on this day as a reading, without concluding)

## Accessibility: declarative duties and accessibility itself (art. 47 and 47-1).

accessibility-duties-met-listed = '{ $service }': declarative duties met (accessibility statement up to date, multi-year plan, this year's action plan, home-page mention consistent with the measured rate).
accessibility-rate-reached = Compliance rate at the last audit: { $rate }; accessibility reached.
accessibility-not-reached = Accessibility not reached: { $rate } of the criteria met at the last audit, whereas art. 47 of loi n° 2005-102 requires accessible services (derogations for disproportionate burden not assessed here).
accessibility-not-reached-sanctioned = Accessibility not reached: { $rate } of the criteria met at the last audit, whereas art. 47 of loi n° 2005-102 requires accessible services; since { $since }, ARCOM may fine inaccessibility itself (art. 47-1). Derogations for disproportionate burden not assessed here.
accessibility-not-reached-not-yet-sanctioned = Accessibility not reached: { $rate } of the criteria met at the last audit, whereas art. 47 of loi n° 2005-102 requires accessible services; ARCOM may fine inaccessibility itself only from { $since } (art. 47-1). Derogations for disproportionate burden not assessed here.

## Gaps: a met target says by how much it is exceeded.

out-gap-money-exceeded = { $state ->
        [exact] target met exactly
       *[exceeded] target exceeded by { $excess } excl. VAT
    } (required: { $required }, actual: { $actual })
out-gap-items-exceeded = { $excess ->
        [0] target met exactly
        [one] target exceeded by { $excess } item
       *[other] target exceeded by { $excess } items
    } (required: { $required }, actual: { $actual })
out-gap-points-exceeded = { $excess ->
        [0] minimum met exactly
        [one] minimum exceeded by { NUM($excess) } point
       *[other] minimum exceeded by { NUM($excess) } points
    } (required: { $required }, actual: { $actual })

## Reports: verdict, actions, data to collect, contents, PDF ("out-" ids).
## out-verdict counts findings: non-compliant (of which past their deadline), deadlines near
## for the findings not yet due, and findings lacking data.

out-verdict = { $breaches ->
        [0] No obligation breached
        [one] 1 obligation breached
       *[other] { $breaches } obligations breached
    }{ $overdue ->
        [0] {""}
        [one] , 1 of them past its deadline
       *[other] , { $overdue } of them past their deadline
    }; { $soon ->
        [0] no deadline
        [one] 1 deadline
       *[other] { $soon } deadlines
    } within { $days } days{ $missing ->
        [0] .
        [one] ; 1 point to document for lack of data.
       *[other] ; { $missing } points to document for lack of data.
    }
out-verdict-heading = Where the body stands
out-toc = Contents
out-actions = Actions to take
out-actions-caption = Actions to take, past deadlines first
out-actions-none = No action to take on this date.
out-col-obligation = Obligation
out-col-what = What to do
out-col-who = Who acts
out-col-when = By when
out-col-gap = Gap
out-see-card = see the finding
out-when-overdue = now (deadline of { $day } passed)
out-when-no-deadline = now (no deadline set by the texts)
out-when-by = by { $day }
out-when-none = no deadline set by the texts
out-deadline-overdue = { $day } (passed)
out-deadline-none = no deadline set by the texts
out-label-prepare = To prepare
out-checklist = Data to collect
out-checklist-intro = These findings cannot conclude for lack of data: fill in the items shown in the profile, then run the evaluation again.
out-checklist-fields = { $count ->
        [one] Profile item to fill in
       *[other] Profile items to fill in
    }
out-checklist-no-field = Item to fill in: see the explanation.
out-profile-key = { $path }
out-findings-group = { $status } ({ $count })
out-findings-collapsed = Compliant, exempted and not applicable findings are collapsed: open them for the details.
out-period-year = Year
out-period-item = Item
out-source-profile = the profile (section { $path })
out-source-ledger = the purchase ledger { $file }
out-date-range = from { $start } to { $end }
out-pdf-page = Page { $page } of { $pages }

## Output of the ledger command (purchase shares per year and category)

ledger-out-year = Year { $year }
ledger-out-year-open = Year { $year } (year not over)
ledger-out-no-purchase = no classified purchase
ledger-out-period = { $start } to { $end }
ledger-out-category = “{ $label }” ({ $category }), { $period }:
ledger-out-md-category = “{ $label }” (`{ $category }`)
ledger-out-share = { $share }: { $measured }, minimum { $minimum } — { $status } (total { $total } excl. VAT)
ledger-out-share-missing = { $share }: { $measured }, minimum { $minimum } — { $status } (total { $total } excl. VAT; { $missing } excl. VAT missing)
ledger-out-minimum-unconfirmed = not confirmed ({ $minimum })
ledger-out-minimum-unknown = not known
ledger-out-unclassified = Unclassified lines in { $year } ({ $regime }): { $count ->
        [one] { $count } line
       *[other] { $count } lines
    }, { $amount } excl. VAT, { $without_cpv } of them without a CPV code; top CPV codes: { $cpv }.
ledger-out-unclassified-no-cpv = Unclassified lines in { $year } ({ $regime }): { $count ->
        [one] { $count } line
       *[other] { $count } lines
    }, { $amount } excl. VAT, { $without_cpv } of them without a CPV code.
ledger-out-outside = Lines outside every period of the decrees in { $year }: { $count ->
        [one] { $count } line
       *[other] { $count } lines
    }, { $amount } excl. VAT.
ledger-out-targets = SPASER targets:
ledger-out-target = { $year }, “{ $label }”, { $share }: share achieved { $achieved }, target { $target }, legal minimum { $minimum } — { $reached }
ledger-out-target-reached = target reached
ledger-out-target-not-reached = target not reached
ledger-out-target-not-measured = nothing measured
ledger-out-sheets = Sheets read:
ledger-out-sheet = { $sheet }: { $count ->
        [one] { $count } line
       *[other] { $count } lines
    }
ledger-out-notes = Notes:
ledger-out-md-title = Purchase shares per category
ledger-out-md-unclassified = Unclassified lines
ledger-out-md-notes = Notes
ledger-out-col-total = Total excl. VAT

## Output of the bound command (bodies each rule binds, from the reference data)

bound-list-title = Bodies bound on { $as_of } (law as of { $law_as_of })
bound-list-reference-data = Reference data: “{ $attribution }” — “{ $licence }”.
bound-list-vintage = { $counts }: “{ $source }”
bound-list-perimeters = EPCI perimeters as of { $day }.
bound-list-reading = Reading: an EPCI's population is the sum of the total populations of its member communes (a reading NOT CONFIRMED by the texts). The Métropole de Lyon (a local authority with a special status, CGCT L. 3611-1) is evaluated as an EPCI of the metropolis category.
bound-list-superseded = Caution: { $counts }: figure in force since { $day }; INSEE authenticates a new one each 1 January: this is the latest the data carries, not necessarily the one in force.
bound-list-assumed = ASSUMED: { $counts }: figure applying only from { $day }, assumed in force (--assume-current-population).
bound-list-communes = { $count ->
        [one] { $count } commune
       *[other] { $count } communes
    }
bound-list-epcis = { $count } EPCI
bound-list-communes-and-epcis = { $communes } and { $epcis }
bound-list-kind = { $kind ->
        [cc] community of communes
        [communaute_communes] community of communes
        [ca] agglomeration community
        [communaute_agglomeration] agglomeration community
        [cu] urban community
        [communaute_urbaine] urban community
        [metropole] metropolis
        [metropole_de_lyon] Métropole de Lyon
        [epci] EPCI
       *[commune] commune
    }
bound-list-kind-lyon = Métropole de Lyon, evaluated as a { $entity }
bound-list-kind-count = { $kind } ({ $count })
bound-list-fact = “{ $name }”
bound-list-not-in-force = Not in force (from { $start }).
bound-list-condition = Condition: “{ $condition }”
bound-list-condition-values = Condition: “{ $condition }”; { $values }
bound-list-value = { $name } = { $value } ({ $source })
bound-list-counts = Bound: { $total } ({ $communes }, { $epcis }); not bound: { $not_bound }; undetermined: { $unknown }
bound-list-no-threshold = No threshold: binds every body of these kinds: { $kinds } — { $communes }, { $epcis }.
bound-list-depends = Depends on facts the reference data does not carry ({ $missing }): { $kinds }.
bound-list-binds-none = Binds no commune or EPCI.
bound-list-body = { $name } — { $population } inh., { $tail }
bound-list-body-no-population = { $name } — population unknown, { $tail }
bound-list-since = bound since { $day }
bound-list-since-at-least = bound since { $day } at least
bound-list-not-in-force-yet = bound, since an unknown date
bound-list-unknown = undetermined: { $fact } missing
bound-list-pending = { $counts } from { $start }
bound-list-no-population-in-force = the reference data has no population figure in force on { $as_of } for some bodies (figure applying: { $details }). Choose a later --as-of, or --assume-current-population to use them anyway (every output will say so).

## Output of the members command (an EPCI and its member communes)

members-title = { $epci } (SIREN { $siren }) and its { $total ->
        [one] { $total } member commune
       *[other] { $total } member communes
    } — on { $as_of }
members-perimeters = Member communes as of the perimeters of { $day }.
members-population-source = Reference population: “{ $source }”
members-heading-epci = EPCI
members-body = { $name } ({ $code }, { $file }), { $population }
members-body-unprofiled = { $name } ({ $code }), { $population }: { $details }
members-population = { $count } inh.
members-population-unknown = population unknown
members-population-later = { $count } inh. (figure applying only from { $day }: unknown on this date)
members-rule = { $rule }: { $outcome }
members-rule-short = { $rule } ({ $outcome })
members-bound = bound
members-not-bound = not bound
members-undetermined = undetermined (“{ $fact }” missing)
members-with-status = { $outcome } — { $status }
members-not-bound-by = not bound by: { $rules }
members-with-profile = Member communes with a profile ({ $count } of { $total })
members-without-profile = Member communes without a profile ({ $count }), from the reference data
members-none-other = None is bound by another rule, on its reference population.
members-others = { $count ->
        [one] The last one is bound by no other rule, on its reference population.
       *[other] The { $count } others are bound by no other rule, on their reference population.
    }
members-each-bound-by = Each is bound by: { $rules }
members-undetermined-for-each = Undetermined for each ({ $why }): { $rules }
members-why-later = the reference population applies only from { $day }
members-why-missing = a fact the reference data does not carry: “{ $fact }”
members-shared-heading = Obligations binding several bodies
members-shared = { $rule }: { $bodies }
members-epci-and-members = { $epci } and { $count ->
        [one] { $count } member commune
       *[other] { $count } member communes
    }
members-members = { $count ->
        [one] { $count } member commune
       *[other] { $count } member communes
    }
members-pooling = Each body is bound in its own right, on its own facts. Work may be pooled (a strategy drafted together, a purchasing group), but no text read allows one body's act to discharge another body's duty: each must adopt or meet its own.
members-ignored-heading = Profiles ignored
members-ignored = { $file }: { $reason }
members-ignored-no-code = no “insee_code”, and no SIREN of a commune of the reference data
members-ignored-not-member = commune { $code } is not a member of this EPCI
members-ignored-duplicate = commune { $code } already has a profile: { $file }
members-not-a-folder = --with-members { $folder }: not a folder
members-check-one-profile = --with-members takes exactly one EPCI profile and --format text or json

## Starter profile written by init (comments of the YAML file)

starter-header = Starter profile written by reen-compliance from its reference data:
starter-attribution = “{ $attribution }”.
starter-licence = Licence: “{ $licence }”.
starter-reference-data = Reference data: { $source } (up to { $version }); one population figure per 1 January since 2021, each line naming its source (package version, file, vintage).
starter-override = The figures in this file override the reference data: the engine reads only this profile and, on each date, uses the latest population figure applying on or before it.
starter-check = Check every value; lines marked TO FILL or REPLACE need your own figures.
starter-member-of = Member of the EPCI (inter-municipal body with its own tax) with SIREN { $siren }.
starter-merged = This body no longer exists: merged into { $into }.
starter-merged-unknown = This body no longer exists: merged into another body.
starter-fill-population = TO FILL: the total population INSEE authenticates, one line per 1 January:
starter-fill-population-example = “- {"{"}applies_from: 2026-01-01, total: 0, source: "INSEE, populations légales …"{"}"}”
starter-one-line-per-year = One line per 1 January: the figure in force from that date (reference data).
starter-epci-sum = Sum of the member communes' total populations; that the thresholds use this sum for an EPCI is an interpretation, not confirmed by a text.
starter-add-line = Add a line for each later 1 January once INSEE authenticates a new figure.
starter-no-figure = TO FILL { $day }: the reference data has no population for this year (never take another year's figure instead).
starter-former-commune = { $day }: { $population } was the figure of the former commune with SIREN { $siren } (before the merger into a new commune), not this body's.
starter-replace-municipale = REPLACE: this is the municipal population, not the total population the law's thresholds use (CGCT R. 2151-1); put the total population INSEE authenticated for this 1 January here.
starter-source = { $source }, reen-compliance reference data
starter-source-municipale = INSEE municipal population { $millesime }, reen-compliance reference data — to be replaced by the authenticated total population
starter-source-municipale-unknown = INSEE municipal population, unknown vintage, reen-compliance reference data — to be replaced by the authenticated total population
starter-kinds = “commune”, “epci”, “departement”, “region”, “state_service”, “public_establishment” or “other_buyer”
starter-kinds-short = “commune”, “epci”, “departement”, “region”…
starter-lyon = The Métropole de Lyon is a local authority with a special status (CGCT L. 3611-1), not an EPCI; the profile format has no kind for it, so it is written as a metropolis. Texts naming it apart may treat it otherwise: check each finding.
starter-epci-categories = “metropole”, “communaute_urbaine”, “communaute_agglomeration”, “communaute_communes” or “syndicat”
starter-fill-purchases = TO FILL: calendar year → total public purchasing excl. VAT, e.g. “2024: "65000000.00"”
starter-fill-documents = TO FILL: “nr_work_programme”, “nr_strategy” or “spaser”: “{"{"}status: adopted | in_preparation | not_adopted, adopted_on: YYYY-MM-DD, reference: ..., url: ...{"}"}”
starter-fill = TO FILL
init-exists = { $file } already exists; use --force to replace it.
init-written = { $file }: starter profile written for { $name }; fill in the TO FILL lines, then run “reen-compliance check”.

## error-reference (codes looked up in the reference data: init, members)

error-reference-expected-code = expected a SIREN (9 digits) or an INSEE commune code (5 characters, 2A/2B for Corsica), found { $found }
error-reference-expected-siren = expected a SIREN (9 digits), found { $found }
error-reference-expected-insee = expected an INSEE code (e.g. 57463, 2A004), found { $found }
error-reference-unknown-siren = no commune or EPCI (inter-municipal body with its own tax) with SIREN { $code } in the reference data ({ $source })
error-reference-unknown-insee = no commune or EPCI (inter-municipal body with its own tax) with INSEE code { $code } in the reference data ({ $source })
error-reference-describe-by-hand = a body created or merged since then must be described by hand
error-reference-no-epci = no EPCI (inter-municipal body with its own tax) with SIREN { $siren } in the reference data
error-members-expected-epci = expected an EPCI profile (kind: epci), found kind { $kind }
error-members-unknown-epci = no EPCI (inter-municipal body with its own tax) with SIREN { $siren } in the reference data ({ $source }), so its members are unknown
error-members-give-siren = give the EPCI's SIREN (9 digits) in the profile

## reen-compliance --help: command-line help, and argparse's words (argparse fills %(…)s)

cli-description = “Responsible digital” obligations (REEN, AGEC, SPASER…) of a public body, on a date.
cli-help-check = evaluate a profile
cli-help-check-profile = profile files (YAML or JSON), or folders of them; several make a batch
cli-help-check-as-of = date of the assessment (default: today)
cli-help-as-of = date (default: today)
cli-help-law-as-of = the law as it stood on this date (default: --as-of)
cli-help-check-ledger = purchase ledgers (CSV, XLSX, ODS) replacing the declared purchase figures
cli-help-columns = ledger column mapping
cli-help-rules = list rules and values in force
cli-help-validate = validate a profile
cli-help-profile = a profile (YAML or JSON)
cli-help-lang = language of the output (default: fr)
cli-help-output = write to FILE (atomically)
cli-help-debug = show tracebacks (for developers)
cli-help-max-input-bytes = refuse input files larger than N bytes (default: 10 MiB for profiles and rules, 2 GiB for CSV ledgers, 100 MiB for spreadsheets)
cli-help-rules-paths = rule files or folders instead of the bundled pack
cli-help-format = format of the output
cli-help-summary = one table for all profiles: a row per body, a column per obligation (formats text, csv, html, jsonl, junit)
cli-help-jobs = worker processes (default: 1, or one per CPU from { $profiles } profiles)
cli-help-output-dir = also write one report per profile into DIR, each atomically, as it finishes
cli-help-report-format = format of the reports in --output-dir (default: json)
cli-help-with-members = folder of member communes' profiles (*.yaml, *.yml, *.json)
cli-help-mapping = columns, dialect, sheets, TTC amounts and category rules (docs/ledger-mapping.md)
cli-help-delimiter = CSV delimiter (; , | or tab): no guessing
cli-help-encoding = CSV encoding (utf-8, cp1252…): no guessing
cli-help-sheet = only this sheet (repeatable)
cli-help-ledger = shares of reuse and recycled content from purchase ledgers
cli-help-ledger-files = CSV, XLSX or ODS exports
cli-help-year = only this year (repeatable)
cli-help-ledger-columns = map our column names to the file's headers
cli-help-unclassified = write every line no category was found for, as a worklist
cli-help-ledger-profile = a profile: its SPASER targets are shown next to the shares achieved
cli-help-siret = SIRET (14 digits) for --format declaration
cli-help-raison-sociale = name of the buyer for --format declaration
cli-help-init = write a starter profile
cli-help-init-description = Write a starter profile for a commune or EPCI (inter-municipal body with its own tax), with the facts the bundled reference data knows and comments on what to fill in. Without --output the profile is printed.
cli-help-siren = SIREN of the commune or EPCI (9 digits)
cli-help-insee = INSEE code of the commune (e.g. 57463, 2A004)
cli-help-force = overwrite an existing --output file
cli-help-bound = list the communes and EPCI each rule binds
cli-help-bound-description = List the communes and EPCI (inter-municipal bodies with their own tax) of the bundled reference data that each rule binds on a date. Threshold rules (reading the population) list every body bound; other rules are summarised by kind.
cli-help-rule = only these rule ids (default: every rule of the pack)
cli-help-assume-current-population = before a reference figure applies, take it as in force anyway (every output then says so)
cli-help-members = evaluate an EPCI and its member communes
cli-help-members-description = Evaluate an EPCI profile and the profiles of its member communes found in DIR (matched by INSEE code or SIREN with the reference data's membership); members without a profile are judged on their reference population.
cli-help-members-profile = the EPCI's profile
cli-help-verify = re-run a report from its receipt
cli-help-verify-description = Re-run REPORT.json with its receipt's dates and language, and say whether the result is the same (exit 0) or what changed (exit 1).
cli-help-verify-report = a report from check --format json
cli-help-verify-profile = the profile the report was made from
cli-help-verify-ledger = purchase ledgers the report was made with (re-read, and their SHA-256 compared)
cli-help-diff = compare two reports
cli-help-diff-description = List findings (by rule id and period) whose status or gap changed, added or removed, each attributed to the law, the data, the date or the engine version.
cli-help-diff-old = the earlier report (check --format json)
cli-help-diff-new = the later report
cli-help-explain = reasoning behind a finding
cli-help-rule-id = the rule's id (see the rules command)
cli-help-period = only this period (a year, a contract reference...)
cli-help-calendar = upcoming deadlines (text, json, ics)
cli-help-from = first day shown (default: today)
cli-help-to = last day shown
cli-help-lint-rules = lint rule files
cli-help-lint-paths = rule files or folders
cli-help-features = feature folder (default: features/)
cli-help-reference = legal reference obligations/ folder
cli-help-exceptions = reviewed exceptions to the citation checks (default rules/lint/exceptions.yaml)
cli-help-lint-lang = language of the problems (default: fr)
cli-help-write-coverage = write the coverage table (default docs/coverage.md) and the rule schema
cli-help-serve = local web application
cli-help-serve-description = Start the local web application: find a body, answer the questions, read the report, import a ledger. Needs the “web” extra: pip install 'reen-compliance[web]'.
cli-help-host = address to listen on (default: %(default)s)
cli-help-port = port (default: %(default)s)
cli-help-open = open the page in the web browser
cli-help-max-profile-mb = largest profile upload (MB)
cli-help-max-ledger-mb = largest ledger upload (MB)
cli-help-serve-lang = language of messages (default: fr)
cli-error-date = expected a date such as 2025-06-01 or 01/06/2025, found { $found }
cli-error-positive-int = expected a whole number of 1 or more, found { $found }
cli-valid-profile = { $file }: valid profile.
cli-heading-invalid-input = invalid input
cli-heading-file-not-accessible = file not accessible
cli-argparse-usage = usage:{" "}
cli-argparse-positional = positional arguments
cli-argparse-options = options
cli-argparse-help = show this help message and exit
cli-argparse-error = %(prog)s: error: %(message)s
cli-argparse-argument = argument %(argument_name)s: %(message)s
cli-argparse-required = the following arguments are required: %s
cli-argparse-one-of-required = one of the arguments %s is required
cli-argparse-unrecognized = unrecognized arguments: %s
cli-argparse-ambiguous = ambiguous option: %(option)s could match %(matches)s
cli-argparse-invalid-choice = invalid choice: %(value)r (choose from %(choices)s)
cli-argparse-invalid-value = invalid %(type)s value: %(value)r
cli-argparse-expected-one = expected one argument
cli-argparse-expected-at-most-one = expected at most one argument
cli-argparse-expected-at-least-one = expected at least one argument
cli-argparse-expected-n = expected %s arguments
cli-argparse-not-allowed-with = not allowed with argument %s
cli-argparse-ignored-explicit = ignored explicit argument %r
cli-argparse-cannot-open = can't open '%(filename)s': %(error)s
cli-argparse-unknown-parser = unknown parser %(parser_name)r (choices: %(choices)s)

## Commands verify and check (batches)

verify-same = Verified: same receipt and same findings.
verify-differences = Differences:
verify-receipt-change = - { $what }: { $old } → { $new }
verify-profile-changed = the profile changed (SHA-256 differs)
verify-ledgers-changed = the purchase ledgers changed (SHA-256 differ)
verify-rules-changed = the rule files changed (SHA-256 differs)
verify-rules-version-changed = the rule pack version changed
verify-engine-version-changed = the engine version changed
verify-field-changed = “{ $field }” changed
verify-reworded = - same status and gap, different wording: { $rules }
verify-unchanged = Findings (statuses and gaps) are unchanged.
batch-interrupted-written = interrupted: { $count ->
        [one] { $count } report written
       *[other] { $count } reports written
    } to { $folder }
batch-interrupted-none = interrupted: no report written (--output-dir keeps finished reports)
batch-remaining = remaining ({ $count }):

## error-model (checks of profiles and rules by their models)

error-model-decimal-as-text = expected a decimal number written as text, such as "1234.56" (floats lose cents)
error-model-amount-not-finite = expected a finite amount
error-model-amount-negative = expected an amount of zero or more, found { $value }
error-model-amount-too-large = expected an amount below { $maximum } (a sanity bound), found { $value }
error-model-epci-needs-category = an EPCI needs 'epci_category' (metropole, communaute_urbaine, communaute_agglomeration, communaute_communes or syndicat)
error-model-category-for-epci-only = 'epci_category' is for kind 'epci' only, found kind { $kind }
error-model-population-same-date = two population figures apply from the same date
error-model-adopted-needs-date = an adopted document needs 'adopted_on' (the date of the deliberation or decision)
error-model-adopted-on-without-adoption = 'adopted_on' is set but the status is { $status }; use status 'adopted'
error-model-parts-exceed-total = reuse ({ $reuse }) plus recycled ({ $recycled }) exceed the category total ({ $total })
error-model-recycled-exceeds-total = recycled ({ $recycled }) exceeds the total ({ $total })
error-rules-end-before-start = effective_to { $end } is before effective_from { $start }
error-rules-unconfirmed-not-null = an unconfirmed value must be null: the reference gives no number to encode
error-rules-read-in-text-without-value = read_in_text: false qualifies a value: give the value the sources give
error-rules-no-such-item-field = { $data } items have no field { $field }
error-rules-date-or-yearly = a calendar entry has either 'date' or 'yearly' (MM-DD), not both
error-rules-check-parameter-undefined = the check names parameter { $name }, which the rule does not define

## Titles of the schemas, coverage table, sources written for the reference data

schema-profile-title = Profile of a public body
schema-rule-title = Rule: one dated legal obligation
schema-report-title = Compliance report
coverage-title = Coverage
coverage-col-rule = Rule
coverage-col-reference = Reference
coverage-col-articles = Articles
coverage-col-confidence = Confidence
coverage-col-scenarios = Scenarios
reference-no-figure = no population in force on { $day } in the reference data for this body
reference-no-body = body absent from the reference data on { $day }

## Impossible combinations of options (check, calendar)

usage-no-profile = no profile found (folders are searched for *.yaml, *.yml, *.json)
usage-csv-needs-summary = --format csv is a summary format: add --summary
usage-pdf-to-terminal = PDF is binary: use --output FILE.pdf or redirect stdout
usage-ledger-single-profile = --ledger is one body's purchases: give it with a single profile
usage-summary-formats = --summary writes one of { $choices }, not { $format }
usage-several-profiles = several profiles: add --summary for one table, --format jsonl or junit for every report, or --output-dir DIR for one report per profile
usage-jobs-at-least-one = --jobs must be at least 1
usage-pdf-missing = PDF output needs the optional extra and its system libraries: pip install 'reen-compliance[pdf]' (WeasyPrint; on Debian: apt install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fonts-dejavu-core)
usage-to-before-from = --to ({ $end }) is before --from ({ $start })

## The page docs/profile.md

profile-doc-title = The profile, field by field
profile-doc-intro = Generated from the schema and the catalogues (ids `field-…`); a test checks it. `init` writes a starter profile holding every section, commented. Dates: 12/12/2024 or 2024-12-12; amounts quoted with a decimal point. A field left out (or `null`) is unknown, never “no”.

## Declared practices, named for the reader

practice-name = { $name ->
        [circular_clauses] circular-economy clauses
        [energy_efficient_software] software designed to limit energy use
        [no_single_use_plastics] single-use plastic products
        [refurbished_temporary_buildings] temporary buildings from reuse
        [retreaded_tyres] retreaded tyres
       *[other] { $name }
    }
