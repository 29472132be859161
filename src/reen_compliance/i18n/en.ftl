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
web-kind-epci = EPCI à fiscalité propre
web-departement = département { $code }
web-population = { $count } inhabitants
web-questions-title = Profile: { $name }
web-questions-intro = Answer what you know: "I do not know" leaves the question open, and the report will then say the data are insufficient. Dates are written 15/12/2024 or 2024-12-15, amounts 17000.00.
web-questions-errors = Some answers cannot be read: see the message under each question concerned.
web-legal-basis = Legal basis:
web-legifrance = Légifrance
web-q-status-nr_strategy = Is your responsible-digital strategy adopted?
web-q-status-nr_work_programme = Is your work programme preparing the strategy adopted?
web-q-status-spaser = Is your responsible-procurement scheme (SPASER) adopted?
web-q-document-adopted_on = Date of the deliberation or decision adopting it
web-q-document-reference = Reference of the deliberation
web-q-document-url = Address where it is published online
web-q-equipment-reformed_on_jan_1 = Reformed IT equipment in stock on 1 January { $year }
web-q-equipment-sent_to_reuse = IT equipment sent to reuse in { $year }
web-q-annual-purchases = Total public purchases in { $year } (euros excl. VAT)
web-choice-adopted = adopted
web-choice-in_preparation = in preparation
web-choice-not_adopted = not adopted
web-choice-unknown = I do not know
web-hint-date = A date, for instance 15/12/2024 or 2024-12-15.
web-hint-amount = An amount, for instance 17000.00.
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
