## Catalogue français de reen-compliance.
##
## Chaque message a un identifiant stable (à gauche) et son texte (à droite), que l'on peut
## corriger ici sans toucher au code. Les valeurs entre accolades sont remplies par l'outil :
## les dates s'écrivent « 1er janvier 2025 », les montants « 17 000,00 € », les pourcentages
## « 25 % ». Les sélecteurs règlent l'accord : { $gender -> [f] adoptée *[m] adopté } selon le
## genre du document, { $count -> [one] … *[other] … } selon le nombre (0 et 1 au singulier).
## Fonctions : CAP() met une majuscule initiale ; DE() écrit « du », « de la », « de l' », « des ».

## Listes

list-separator = {", "}

## Assujettissement

not-in-force-yet = L'obligation s'applique à compter du { $start }.
cannot-tell-if-bound = Impossible de dire si l'obligation s'applique : elle vise { $who } et le profil ne renseigne pas « { $missing } » ; { $facts }.
cannot-tell-if-bound-no-facts = Impossible de dire si l'obligation s'applique : elle vise { $who } et le profil ne renseigne pas « { $missing } ».
not-bound = L'obligation vise { $who } ; { $facts }.
not-bound-no-facts = L'obligation vise { $who }.
fact-no-population = aucune population n'est indiquée pour le { $day }
fact-population = population totale de { $total } habitants, applicable depuis le { $since } (source : « { $source } »)
fact-no-purchases = montant des achats { $year } non indiqué
fact-purchases = achats { $year } de { $amount } HT
bound-since = L'organisme y est assujetti depuis le { $day }, sans délai de grâce prévu par les textes.
bound-at-least-since = L'organisme y est assujetti au moins depuis le { $day } (les chiffres du profil ne remontent pas plus loin).
first-year-not-started = La première année mesurée n'a pas commencé (obligation en vigueur à compter du { $start }).

step-not-in-force = obligation pas encore en vigueur
step-missing-fact = fait manquant : « { $name } »
step-not-bound = non assujetti
step-bound = assujetti
step-due = échéance : { $day }
step-due-when-bound = exigible dès l'assujettissement
step-compliant = conforme
step-year = année { $year }
step-budget-year = budget { $year }

## Documents à adopter (programme de travail, stratégie, SPASER)

document-unknown = Le profil ne dit rien { DE($subject) } (rubrique « { $field } »).
document-not-adopted-due-when-bound = { CAP($subject) } n'est pas { $gender ->
        [f] adoptée
       *[m] adopté
    } ; { $gender ->
        [f] elle est exigible
       *[m] il est exigible
    } dès l'assujettissement.
document-due-not-adopted-yet = { CAP($subject) } doit être { $gender ->
        [f] adoptée
       *[m] adopté
    } au plus tard le { $due } ; { $gender ->
        [f] elle n'est pas encore adoptée.
       *[m] il n'est pas encore adopté.
    }
document-overdue = { CAP($subject) } devait être { $gender ->
        [f] adoptée
       *[m] adopté
    } au plus tard le { $due } ; le profil indique qu'{ $gender ->
        [f] elle ne l'est pas
       *[m] il ne l'est pas
    } au { $as_of }.
adoption-planned = Adoption prévue le { $day }.
document-adopted = { CAP($subject) } a été { $gender ->
        [f] adoptée
       *[m] adopté
    } le { $day }.
document-adopted-ref = { CAP($subject) } a été { $gender ->
        [f] adoptée
       *[m] adopté
    } le { $day } ({ $reference }).
document-adopted-late = { CAP($subject) } a été { $gender ->
        [f] adoptée
       *[m] adopté
    } le { $day }, après l'échéance du { $due }.
document-adopted-late-ref = { CAP($subject) } a été { $gender ->
        [f] adoptée
       *[m] adopté
    } le { $day } ({ $reference }), après l'échéance du { $due }.
document-publication-unknown = { $adopted } Sa publication en ligne, exigée depuis le { $since }, n'est pas renseignée (url).
document-elements-missing = { $adopted } { $count ->
        [one] Il manque un élément exigé : { $elements }.
       *[other] Il manque des éléments exigés : { $elements }.
    }
document-contents-not-checked = Le contenu du document n'a pas été vérifié (profil : contents).
document-optional-themes-absent = Pour information, thèmes facultatifs non couverts : { $themes }.

step-document-unknown = document : non renseigné
step-document-not-adopted = document : non adopté
step-before-deadline = échéance non atteinte
step-deadline-passed = échéance dépassée
step-adopted-on = adopté le { $day }
step-publication-unknown = publication en ligne : non renseignée
step-elements-missing = éléments manquants : { $elements }

## Taux annuel en unités (réemploi des matériels informatiques)

ratio-no-data = Aucune donnée sur les matériels informatiques réformés pour { $year } (rubrique « { $field } »).
ratio-minimum-not-confirmed = { $year } : le taux minimal n'est pas confirmé.
ratio-nothing-in-stock = { $year } : aucun matériel réformé en stock au 1er janvier (B = 0) ; le décret ne dit pas comment calculer le taux.
ratio-year-in-progress = { $year } : { $sent ->
        [one] { $sent } matériel orienté
       *[other] { $sent } matériels orientés
    } vers le réemploi sur { $in_stock ->
        [one] { $in_stock } réformé
       *[other] { $in_stock } réformés
    } en stock au 1er janvier, soit { $share } pour un minimum de { $minimum } ({ $source }) ; l'année n'est pas close.
ratio-reached = { $year } : { $sent ->
        [one] { $sent } matériel orienté
       *[other] { $sent } matériels orientés
    } vers le réemploi sur { $in_stock ->
        [one] { $in_stock } réformé
       *[other] { $in_stock } réformés
    } en stock au 1er janvier, soit { $share } pour un minimum de { $minimum } ({ $source }).
ratio-missed = { $year } : { $sent ->
        [one] { $sent } matériel orienté
       *[other] { $sent } matériels orientés
    } vers le réemploi sur { $in_stock ->
        [one] { $in_stock } réformé
       *[other] { $in_stock } réformés
    } en stock au 1er janvier, soit { $share } pour un minimum de { $minimum } ({ $source }) : { $missing ->
        [one] il manque { $missing } matériel.
       *[other] il manque { $missing } matériels.
    }
step-minimum = minimum { $minimum } ({ $source })
step-minimum-unknown = minimum non confirmé
step-measured-rate = taux mesuré : { $share }

## Rapport annuel présenté avant le débat budgétaire

report-not-declared = Aucun rapport sur la situation en matière de développement durable n'est déclaré pour le budget { $year } (rubrique « { $field } »).
report-after-debate = Le rapport du budget { $year }, présenté le { $presented }, l'a été après le débat budgétaire du { $debate }.
report-before-provision = Le rapport du budget { $year } a été présenté le { $presented }, avant le { $required_from } : { $subject } n'y était que recommandé (lecture retenue).
report-presented-before-debate = Le rapport du budget { $year } a été présenté le { $presented }, avant le débat budgétaire.
report-presented = Le rapport du budget { $year } a été présenté le { $presented }.
report-covers = Le rapport du budget { $year }, présenté le { $presented }, contient { $subject }.
report-does-not-cover = Le rapport du budget { $year }, présenté le { $presented }, ne contient pas { $subject }.
step-presented-after-debate = présenté après le débat budgétaire
step-presented-before-provision = présenté avant l'entrée en vigueur de la disposition
step-section-included = bilan inclus
step-section-missing = bilan absent

## Ce qui vaut pour toute constatation

remedy = { $act } — { $decided_by }
remedy-by = { $act } — { $decided_by }, au plus tard le { $deadline }
remedy-overdue = { $act } — { $decided_by }, sans délai (échéance dépassée)
citation-version-on = version en vigueur le { $day }
citation-title = { $title }
citation-title-note = { $title } ({ $note })
sanction = { $text } ({ $source })
sanction-to-check = { $text } ({ $source }) ⚠ { $note }

## Exemptions

exemption-expired = Exemption expirée le { $day } non appliquée ({ $path }, « { $title } »).
exempted = Exemption ({ $ground }, { $source }) : { $justification }. Constat sans exemption : { $original }
step-exempted = exemption : { $ground } ({ $path })

## Parts déclarées (papier recyclé)

declared-share-no-figures = { $year } : aucun chiffre déclaré pour la part { DE($subject) } (rubrique « { $field } »).
declared-share-minimum-unknown = { $year } : minimum non confirmé.
declared-share-no-purchase = { $year } : aucun achat déclaré.
declared-share-unit = { $unit ->
        [eur_ht] euros HT
        [kg] kilogrammes
        [reams] ramettes
       *[units] unités
    }
declared-share-year-in-progress = { $year } : { $share } { DE($subject) } (unité déclarée : { $unit }) pour un minimum de { $minimum } ({ $source }) ; l'année n'est pas close.
declared-share-reached = { $year } : { $share } { DE($subject) } (unité déclarée : { $unit }) pour un minimum de { $minimum } ({ $source }).
declared-share-missed = { $year } : { $share } { DE($subject) } (unité déclarée : { $unit }) pour un minimum de { $minimum } ({ $source }) : { $missing ->
        [0] il manque moins de 0,01 point.
        [one] il manque { $missing } point.
       *[other] il manque { $missing } points.
    }
declared-share-step-no-figures = chiffres : non déclarés
declared-share-step-total-zero = total déclaré : 0
declared-share-step-share = part mesurée : { $share } % pour un minimum de { $minimum } %

## Rapports publiés puis renouvelés (bilan des émissions de gaz à effet de serre)

publication-unknown = { CAP($subject) } : le profil n'en dit rien (rubrique « { $field } »).
publication-none = { CAP($subject) } : aucune publication ; la première est exigible au plus tard le { $due }.
publication-latest = { CAP($subject) } : dernière publication le { $published } (année de référence { $reference_year }) ; la suivante est attendue au plus tard le { $next_due } ({ $years ->
        [one] chaque année
       *[other] tous les { $years } ans
    }).
publication-renewal-overdue = Ce délai est dépassé.
publication-elements-missing = Il manque : { $elements }.
publication-elements-unknown = Non vérifié (non renseigné) : { $elements }.
publication-step-unknown = publications : non renseignées
publication-step-none = aucune publication
publication-step-latest = dernière publication : { $day }
publication-step-next-due = prochaine échéance : { $day }
publication-step-elements = éléments manquants : { $missing_count ->
        [0] aucun
       *[other] { $missing }
    } ; non renseignés : { $unknown_count ->
        [0] aucun
       *[other] { $unknown }
    }

## Rapports annuels par site (centres de données)

site-first-year-unconfirmed = Première année de déclaration non confirmée : échéances vérifiées à partir du { $day }.
site-declaration-made = « { $site } », mis en service le { $commissioned } : déclaration attendue au plus tard le { $due } ; faite le { $declared }.
site-declaration-not-stated = « { $site } », mis en service le { $commissioned } : déclaration attendue au plus tard le { $due } ; non renseignée.
site-yearly-sent = « { $site } » ({ $power } kW) : informations de l'année { $data_year }, dues au plus tard le { $due }, transmises le { $sent }.
site-yearly-sent-late = « { $site } » ({ $power } kW) : informations de l'année { $data_year }, dues au plus tard le { $due }, transmises le { $sent }, après l'échéance.
site-yearly-not-sent = « { $site } » ({ $power } kW) : informations de l'année { $data_year }, dues au plus tard le { $due }, non transmises.
site-yearly-not-sent-yet = « { $site } » ({ $power } kW) : informations de l'année { $data_year }, dues au plus tard le { $due }, pas encore transmises.
site-step-declaration-due = déclaration attendue au plus tard le { $day }
site-step-data-year = année des données : { $year }
site-step-sent = transmises le { $day }
site-step-not-sent = non transmises

## Accessibilité numérique des services en ligne

accessibility-services-unknown = Le profil ne liste pas les services en ligne (rubrique « { $field } »).
accessibility-no-service = Aucun service en ligne déclaré.
accessibility-creation-date-needed = « { $service } » : date de création nécessaire pour savoir depuis quand les obligations s'appliquent (rubrique « { $field } »).
accessibility-applies-later = « { $service } » : obligations applicables à ce service à compter du { $start }.
accessibility-duties-met = « { $service } » : obligations déclaratives respectées.
accessibility-failures = « { $service } » : { $count ->
        [one] manquement
       *[other] manquements
    } : { $failures }.
accessibility-unknown = « { $service } » : { $count ->
        [one] élément non renseigné
       *[other] éléments non renseignés
    } : { $elements }.
accessibility-also-unknown = { $count ->
        [one] Élément non renseigné
       *[other] Éléments non renseignés
    } : { $elements }.
accessibility-rate = Taux de conformité au dernier audit : { $rate } (le niveau d'accessibilité lui-même n'est pas jugé ici).
accessibility-statement = déclaration d'accessibilité
accessibility-statement-outdated = déclaration d'accessibilité du { $day } non mise à jour depuis plus { $years ->
        [one] d'un an
       *[other] de { $years } ans
    }
accessibility-multi-year-plan = schéma pluriannuel
accessibility-plan-too-long = schéma pluriannuel de plus { $years ->
        [one] d'un an
       *[other] de { $years } ans
    }
accessibility-plan-not-covering = schéma pluriannuel ({ $start } – { $end }) ne couvrant pas le { $day }
accessibility-annual-plan = plan d'action annuel
accessibility-annual-plan-missing = plan d'action { $year } non publié
accessibility-home-page-mention = mention en page d'accueil
accessibility-mention-absent = mention absente de la page d'accueil
accessibility-compliance-rate = taux de conformité (audit)
accessibility-mention-inconsistent = mention « { $mention } conforme » incohérente avec le taux mesuré (attendu : « { $expected } conforme »)
accessibility-step-services-unknown = services en ligne : non renseignés
accessibility-step-no-service = services en ligne : aucun
accessibility-step-applies-from = obligations applicables au service à compter du { $day }
accessibility-step-start-unknown = date d'application inconnue (date de création non renseignée)
accessibility-step-expected-mention = mention attendue : « { $expected } conforme »
accessibility-step-no-expected-mention = mention attendue : inconnue (sans taux de conformité)
accessibility-step-counts = { $failures ->
        [one] { $failures } manquement
       *[other] { $failures } manquements
    } ; { $unknown ->
        [one] { $unknown } élément non renseigné
       *[other] { $unknown } éléments non renseignés
    }
## Achats et pratiques déclarées : pratiques, plans, marchés et achats, SPASER, parts d'achats
## (article 58 de la loi AGEC). Les libellés des catégories sont ceux des décrets, cités tels quels.

purchase-clause-list = { $first } ; { $rest }

practice-not-declared = Le profil ne déclare pas si l'organisme applique cette pratique : { $subject }.
practice-applied = L'organisme déclare appliquer : { $subject }.
practice-not-possible = L'organisme déclare que ce n'était pas possible ({ $reason }) ; le texte ne l'impose que lorsque c'est possible.
practice-not-applied-best-effort = L'organisme déclare ne pas appliquer la pratique sans dire pourquoi ce n'était pas possible ; le texte pose une obligation de moyens : aucun manquement ne peut en être déduit.
practice-not-applied-unconfirmed = L'organisme déclare ne pas appliquer la pratique ; la lecture du texte n'est pas assez confirmée pour conclure (information seulement).
practice-not-applied-strict = L'organisme déclare ne pas respecter l'obligation ; une dérogation prévue par les textes se déclare comme exemption, avec son motif.
practice-evidence = Justificatif : { $evidence }.
practice-step-duty = nature de l'obligation : { $duty ->
        [best_effort] obligation de moyens
        [strict] obligation stricte
       *[informational] information seulement
    }
practice-step-not-declared = déclaration : non renseignée
practice-step-applied = déclaration : pratique appliquée
practice-step-not-possible = déclaration : impossible, motif donné
practice-step-not-applied-no-reason = déclaration : non appliquée, sans motif
practice-step-best-effort = obligation de moyens : pas de conclusion
practice-step-not-applied = déclaration : non appliquée
practice-step-unconfirmed = entrée en vigueur ou lecture du texte non confirmée : pas de conclusion
practice-step-strict = obligation stricte en vigueur

plan-unknown = { CAP($subject) } : le profil n'en dit rien ; cette règle porte sur son contenu, pas sur son adoption.
plan-not-adopted = { CAP($subject) } : { $gender ->
        [f] elle n'est pas déclarée adoptée
       *[m] il n'est pas déclaré adopté
    } ; cette règle porte sur son contenu, pas sur son adoption.
plan-adopted-before = { CAP($subject) } a été { $gender ->
        [f] adoptée ou révisée
       *[m] adopté ou révisé
    } le { $day }, avant le { $required_from } : ce contenu sera exigé lors de sa prochaine révision.
plan-contents-unknown = { CAP($subject) } a été { $gender ->
        [f] adoptée ou révisée
       *[m] adopté ou révisé
    } le { $day } ; son contenu n'est pas renseigné (rubrique « { $field } ») : impossible de vérifier les éléments exigés.
plan-elements-missing = { CAP($subject) } a été { $gender ->
        [f] adoptée ou révisée
       *[m] adopté ou révisé
    } le { $day } ; { $count ->
        [one] il manque un élément exigé
       *[other] il manque des éléments exigés
    } : { $elements }.
plan-elements-present = { CAP($subject) } a été { $gender ->
        [f] adoptée ou révisée
       *[m] adopté ou révisé
    } le { $day } et contient les éléments exigés.
plan-step-unknown = plan : non renseigné ou non adopté
plan-step-adopted-before = adoption ou révision le { $day }, avant le { $required_from }
plan-step-contents-unknown = contenu : non renseigné
plan-step-no-element-missing = aucun élément manquant

item-list-unknown = Le profil ne liste pas les procédures concernées (rubrique « { $field } ») : { $item } lancé à compter du { $start } doit être vérifié, procédure par procédure.
item-list-empty = Le profil déclare n'avoir lancé aucune procédure (rubrique « { $field } » vide).
item-head = { CAP($item) } « { $reference } » (lancé le { $launched })
item-not-launched = { $head } : pas encore lancé.
item-launched-before = { $head } : procédure engagée avant le { $start }, date à partir de laquelle l'obligation s'applique aux nouvelles procédures.
item-outcomes = { $head } : { $outcomes }.
item-requirement-applies-unknown = { $label } : non renseigné s'il s'applique
item-requirement-not-required = { $label } : non requis
item-requirement-unknown = { $label } : non renseigné
item-requirement-met = { $label } : oui
item-requirement-missing = { $label } : non
item-step-list-unknown = liste des procédures : non renseignée
item-step-list-empty = aucune procédure déclarée
item-step-not-launched = lancement postérieur à la date d'évaluation
item-step-launched-before = lancement le { $launched }, avant le { $start }

spaser-no-targets = Le profil n'indique pas d'objectifs du SPASER par catégorie (rubrique « { $field } ») : leur alignement sur les minimums légaux n'est pas vérifié.
spaser-year = { $year } : { $clauses }.
spaser-target-below = { $category } : { $share ->
        [reuse] réemploi
        [recycled] recyclé
       *[reuse_or_recycled] réemploi ou recyclé
    } { $target } < { $minimum }
spaser-below = objectifs sous le minimum légal : { $targets }
spaser-unconfirmed = minimum légal non confirmé pour : { $targets }
spaser-target = { $category } : { $share ->
        [reuse] réemploi
        [recycled] recyclé
       *[reuse_or_recycled] réemploi ou recyclé
    }
spaser-omitted = pour information, catégories couvertes par la loi sans objectif dans le SPASER : { $categories }
spaser-all-reached = chaque objectif atteint au moins le minimum légal
spaser-step-target = { $category } : objectif { $share ->
        [reuse] de réemploi
        [recycled] de matières recyclées
       *[reuse_or_recycled] de réemploi ou de matières recyclées
    } de { $target }

shares-category = « { $label } » ({ $regime })
shares-category-unknown = catégorie inconnue ({ $regime })
shares-no-figures = Aucun montant d'achat par catégorie pour { $year } (rubrique « { $field } »).
shares-year = { $year } : { $clauses }.
shares-below = sous le minimum légal : { $categories }
shares-category-below = « { $label } » ({ $shares })
shares-share-below = { $share ->
        [reuse] réemploi
        [recycled] recyclé
       *[reuse_or_recycled] réemploi ou recyclé
    } { $rate } < { $minimum }
shares-met = minimum atteint pour { $count ->
        [one] { $count } catégorie
       *[other] { $count } catégories
    }
shares-unconfirmed = minimum légal non confirmé pour { $count ->
        [one] { $count } catégorie
       *[other] { $count } catégories
    } : parts mesurées sans conclusion
shares-no-purchase = aucun achat dans les catégories déclarées
shares-euros-missing = Il manque { $missing } HT d'achats éligibles.
shares-year-not-over = L'année n'est pas close.
shares-unpublished-category = { $category } : décret non publié à la date du droit retenue ({ $law_date }) ; montants non mesurés.
shares-unpublished-category-on = { $category } : décret publié le { $published }, après la date du droit retenue ({ $law_date }) ; montants non mesurés.
shares-step-measure = « { $label } », part { $share ->
        [reuse] réemploi
        [recycled] recyclé
       *[reuse_or_recycled] réemploi ou recyclé
    } : { $rate } pour un minimum de { $minimum } : { $status ->
        [compliant] atteint
        [non_compliant] non atteint
        [insufficient_data] sans conclusion
       *[not_applicable] sans objet
    }
shares-step-no-minimum = « { $label } », part { $share ->
        [reuse] réemploi
        [recycled] recyclé
       *[reuse_or_recycled] réemploi ou recyclé
    } : { $rate }, minimum non confirmé : sans conclusion
shares-step-no-purchase = « { $label } », part { $share ->
        [reuse] réemploi
        [recycled] recyclé
       *[reuse_or_recycled] réemploi ou recyclé
    } : aucun achat dans la catégorie
## Rendu des rapports (texte, Markdown, HTML, JUnit, comparaison, explication, calendrier, règles)
##
## Identifiants préfixés par « out- ». Les libellés de champ s'écrivent « Libellé : valeur » au
## moyen de out-field.

out-status-compliant = conforme
out-status-non-compliant = non conforme
out-status-not-applicable = non applicable
out-status-insufficient-data = données insuffisantes
out-status-not-yet-due = pas encore exigible
out-status-exempted = exempté

out-field = { $label } : { $value }
out-colon = {"\u00A0:"}
out-citation-separator = {"; "}
out-clause-separator = {" ; "}

out-report-title = Conformité numérique responsable — { $body }
out-report-dates = Situation au { $as_of }
out-report-dates-law = Situation au { $as_of }, droit applicable au { $law_as_of }
out-review-banner = Certaines constatations reposent sur une lecture des textes signalée comme incertaine (« à vérifier ») : voir chaque constatation.
out-findings = Constatations
out-next-deadlines = Prochaines échéances
out-deadline-with-period = { $title } ({ $period })

out-label-status = Statut
out-label-count = Nombre
out-label-gap = Écart
out-label-deadline = Échéance
out-label-remedy = Pour y remédier
out-label-sanction = Sanction
out-label-sanction-incurred = Sanction encourue
out-label-to-check = À vérifier
out-to-check-default = lecture des textes à vérifier.
out-label-data-source = Source des chiffres
out-label-legal-basis = Base légale

out-gap-money = il manque { $missing } HT (exigé : { $required }, constaté : { $actual })
out-gap-money-none = rien ne manque (exigé : { $required }, constaté : { $actual })
out-gap-items = { $missing ->
        [0] aucun matériel ne manque
        [one] il manque { $missing } matériel
       *[other] il manque { $missing } matériels
    } (exigé : { $required }, constaté : { $actual })
out-gap-points = { $missing ->
        [0] aucun écart
        [one] écart de { NUM($missing) } point
       *[other] écart de { NUM($missing) } points
    } (exigé : { $required }, constaté : { $actual })

out-col-category = Catégorie
out-col-share = Part
out-col-data-period = Période des données
out-col-measured = Mesuré
out-col-minimum = Minimum
out-col-missing-eur = Manque (€ HT)
out-not-confirmed = non confirmé
out-share-reuse = réemploi ou réutilisation
out-share-recycled = matières recyclées
out-share-reuse-or-recycled = réemploi, réutilisation ou matières recyclées
out-confidence-high = élevée
out-confidence-medium = moyenne
out-confidence-low = faible
out-semantics-on-or-before = au plus tard le
out-semantics-before = avant le
out-semantics-from = à compter du
out-semantics-when-bound = dès que l'obligation s'applique

out-receipt = Reçu de reproductibilité
out-receipt-engine-version = Version du moteur
out-receipt-rule-pack-version = Version des règles
out-receipt-rule-pack-sha256 = SHA-256 des fichiers de règles
out-receipt-profile-sha256 = SHA-256 du profil
out-receipt-ledger-sha256 = SHA-256 du registre d'achats n° { $number }
out-receipt-ledgers-sha256 = SHA-256 des registres d'achats
out-receipt-as-of = Situation au
out-receipt-law-as-of = Droit applicable au
out-receipt-report-format-version = Version du format de rapport
out-receipt-lang = Langue du rapport
out-receipt-not-computed = non calculé

out-html-body = Organisme
out-html-siren = SIREN
out-html-insee = Code INSEE
out-html-summary = Synthèse
out-html-chart-title = Nombre de constatations par statut
out-html-table-caption = Nombre de constatations par statut (tableau)
out-html-no-findings = Aucune constatation.
out-html-rule = Règle
out-html-period = Période
out-html-confidence = Confiance dans la lecture des textes
out-html-measures = Parts mesurées par catégorie
out-html-no-deadlines = Aucune échéance à venir.
out-html-field = Élément
out-html-value = Valeur
out-html-generated = Rapport produit par reen-compliance. Il ne remplace pas l'avis d'un juriste.

out-junit-invalid-profile = profil invalide

out-cause-data = les données (profil ou registres d'achats)
out-cause-law = le droit (valeurs des règles ou date du droit)
out-cause-date = la date d'évaluation
out-cause-engine = la version du moteur
out-cause-unknown = inconnue (reçus identiques)
out-diff-title = Comparaison de rapports — { $body }
out-diff-old = Ancien
out-diff-new = Nouveau
out-diff-situation = au { $as_of } (reen-compliance { $engine }, règles { $rules } sha256:{ $rules_sha })
out-diff-situation-profile = au { $as_of } (reen-compliance { $engine }, règles { $rules } sha256:{ $rules_sha }, profil sha256:{ $profile_sha })
out-diff-inputs-differ = Entrées qui diffèrent :
out-diff-candidate-causes = Causes possibles
out-diff-identical-receipts = Reçus identiques.
out-diff-no-change = Aucune constatation n'a changé de statut ni d'écart.
out-diff-changed = { $count ->
        [one] Une constatation a changé :
       *[other] { $count } constatations ont changé :
    }
out-diff-added = ajoutée ({ $status })
out-diff-removed = retirée ({ $status })
out-diff-gap = écart
out-diff-no-gap = aucun
out-diff-change = { $mark } { $name } : { $text }. { $count ->
        [one] Cause
       *[other] Causes
    } : { $causes }

out-explain-heading = { $title } ({ $rule })
out-explain-heading-period = { $title } ({ $rule }) — période { $period }
out-explain-situation = Situation au { $as_of }, droit applicable au { $law_as_of }
out-explain-data-period = Données examinées : du { $start } au { $end }
out-explain-facts = 1. Faits (profil)
out-explain-no-fact = (aucun)
out-explain-values = 2. Valeurs de la loi appliquées
out-explain-no-value = (aucune)
out-explain-fact = { $name } = { $value }  ← { $source }
out-explain-value = { $name } = { $value } (depuis le { $since } ; { $source })
out-explain-value-until = { $name } = { $value } (du { $since } au { $until } ; { $source })
out-explain-reasoning = 3. Raisonnement
out-explain-conclusion = 4. Conclusion : { $status }
out-explain-conclusion-to-check = 4. Conclusion : { $status } (à vérifier)
out-explain-bound-since = Organisme assujetti depuis le { $day }
out-explain-texts = 5. Textes appliqués
out-value-none = non renseigné
out-value-true = oui
out-value-false = non

out-calendar-none = Aucune échéance sur la période.
out-calendar-line = { $day } — { $label } ({ $rule } ; { $article })
out-calendar-value-step = Nouveau palier des valeurs de la règle ({ $count ->
        [one] { $count } valeur
       *[other] { $count } valeurs
    })
out-calendar-description = { $rule } — { $article } — { $when }
out-when-on-or-before = au plus tard le { $day }
out-when-before = avant le { $day }
out-when-from = à compter du { $day }
out-when-when-bound = dès que l'obligation s'applique

out-rules-to-check = à vérifier
out-rules-in-force-from = en vigueur à compter du { $day }
out-rules-no-value = aucune valeur en vigueur
out-rules-not-confirmed = NON CONFIRMÉ
out-rules-confidence = confiance { $level }

## Messages d'erreur (préfixe error-, un groupe par famille)

## error-profile
error-profile-unknown-category = catégorie { $category } inconnue
error-profile-category-not-in-force = la catégorie { $category } relève du { $regime }, qui n'est pas en vigueur en { $year }
error-profile-unknown-exemption-rule = identifiant de règle { $rule_id } inconnu
error-profile-not-an-exemption-ground = { $ground } n'est pas un motif d'exemption de { $rule_id } (motifs : { $known })
error-profile-no-exemption-ground = { $ground } n'est pas un motif d'exemption de { $rule_id } (aucun : les textes ne prévoient pas d'exemption)
error-profile-unknown-element = élément { $key } inconnu (attendu : l'un de { $known })
error-profile-unknown-theme = thème { $key } inconnu (attendu : l'un de { $known })

## error-file
error-file-too-large = fichier de { $size } octets, au-delà de la limite de { $limit }
error-file-too-large-stream = fichier de plus de { $limit } octets, au-delà de la limite de { $limit }
error-file-raise-limit = relevez la limite avec --max-input-bytes si le fichier est authentique
error-file-unreadable = impossible de lire le fichier : { $reason }
error-file-invalid-utf8 = octet 0x{ $byte } invalide en UTF-8 à l'octet { $offset }
error-file-save-utf8 = enregistrez le fichier en UTF-8
error-file-text-too-large = texte de { $size } caractères, au-delà de la limite de { $limit }
error-file-nul = le fichier contient un caractère NUL

## error-yaml
error-yaml-too-many-values = plus de { $limit } valeurs une fois les alias développés
error-yaml-too-deep = imbrication de plus de { $limit } niveaux
error-yaml-nesting-too-deep = imbrication trop profonde
error-yaml-recursive-alias = l'alias *{ $anchor } désigne une valeur qui le contient
error-yaml-syntax = erreur de syntaxe YAML : { $detail }
error-yaml-bad-escape = séquence d'échappement hors d'Unicode (telle que \U99999999) dans un texte entre guillemets
error-yaml-control-character = le caractère de contrôle U+{ $code } est interdit en YAML
error-yaml-error = erreur YAML : { $detail }
error-yaml-tag = l'étiquette { $tag } est interdite
error-yaml-unsupported-node = nœud YAML non pris en charge
error-yaml-merge-key = les clés de fusion ('<<') ne sont pas prises en charge
error-yaml-key-type = une clé doit être un texte simple ou un nombre
error-yaml-duplicate-key = clé { $key } en double (première à la ligne { $first })
error-yaml-surrogate = le texte contient un demi-codet échappé (tel que \ud800), pas un caractère
error-yaml-long-integer = nombre de plus de { $limit } caractères, trouvé { $start }…
error-yaml-not-finite = nombre fini attendu, trouvé { $found }

## error-json
error-json-syntax = erreur de syntaxe JSON : { $detail }
error-json-not-finite = { $name } n'est pas un nombre : montants et effectifs doivent être finis

## error-schema
error-schema-extra-forbidden = champ inconnu
error-schema-missing = champ obligatoire manquant
error-schema-date = date attendue, telle que « 2024-01-01 », trouvé { $found }
error-schema-int = nombre entier attendu, trouvé { $found }
error-schema-decimal = nombre décimal attendu, tel que « 1234.56 », trouvé { $found }
error-schema-string-type = texte entre guillemets attendu, trouvé { $found }
error-schema-string-pattern-mismatch = texte de la forme { $pattern } attendu, trouvé { $found }
error-schema-string-too-short = au moins { $min_length } caractère(s) attendu(s), trouvé { $found }
error-schema-literal-error = { $expected } attendu, trouvé { $found }
error-schema-greater-than-equal = valeur de { $ge } ou plus attendue, trouvé { $found }
error-schema-less-than-equal = valeur de { $le } ou moins attendue, trouvé { $found }
error-schema-model-type = ensemble de champs attendu, trouvé { $found }
error-schema-dict-type = table de correspondance attendue, trouvé { $found }
error-schema-list-type = liste attendue, trouvé { $found }
error-schema-too-short = au moins { $min_length } élément(s) attendu(s), trouvé { $found }
error-schema-bool = « true » ou « false » attendu, trouvé { $found }
error-schema-other = { $detail }, trouvé { $found }
error-schema-not-a-mapping = ensemble de champs attendu, trouvé { $found }

## error-word
error-word-nothing = rien
error-word-arithmetic = l'arithmétique
error-word-text = du texte
error-word-collection = une liste
error-word-bool = un booléen

## error-hint
error-hint-did-you-mean = vouliez-vous dire { $name } ?
error-hint-parenthesized = {""} ({ $hint })
error-hint-leading-zeros = un code ne garde ses zéros de tête qu'écrit comme texte

## error-rules
error-rules-none = aucun fichier de règles trouvé
error-rules-unknown-id = identifiant de règle inconnu { $rule_id }
error-rules-unreadable = illisible : { $reason }
error-rules-duplicate-id = identifiant de règle { $rule_id } déjà défini dans { $file }
error-rules-id-mismatch = l'identifiant { $rule_id } diffère du nom de fichier { $stem }
error-rules-undefined-parameter = le paramètre { $name } n'est pas défini
error-rules-expression = { $error } dans { $source }
error-rules-cannot-evaluate = impossible d'évaluer { $source } : { $error }

## error-timeline
error-timeline-overlap = versions qui se chevauchent : l'une finit le { $end }, la suivante commence le { $start }
error-timeline-gap = trou entre versions : l'une finit le { $end }, la suivante commence le { $start } (attendu : { $expected })
error-timeline-same-start = deux versions commencent le même jour

## error-lint
error-lint-no-scenario = aucun scénario : ajouter features/{ $rule_id }.feature avec l'étiquette @{ $rule_id }
error-lint-reference-without-rule = obligation de la référence juridique sans règle
error-lint-no-features = dossier des scénarios introuvable
error-lint-titles = les titres français et anglais sont tous deux requis
error-lint-french-only = « { $text } » est en français seulement, alors qu'un lecteur anglophone le lit : écrire {"{"} fr: …, en: … {"}"}
error-lint-id-shape = { $found } n'est ni un identifiant Légifrance (JORFTEXT, JORFARTI, JORFSCTA, LEGITEXT, LEGIARTI ou LEGISCTA et 12 chiffres) ni « NOR » suivi d'un NOR ; à défaut, ajouter une exception motivée
error-lint-id-kind = un texte commençant par « { $kind } » est cité avec un identifiant { $prefix } ; attendu : { $expected }
error-lint-url-host = { $host } n'est pas une source officielle de la liste autorisée ; citer Légifrance, ou ajouter une exception motivée
error-lint-url-https = une adresse officielle s'écrit en https
error-lint-url-id = l'adresse Légifrance ne contient ni l'identifiant cité { $id } ni, en adresse ELI, le NOR ou le numéro du texte
error-lint-id-two-texts = { $id } est cité ici pour le n° { $number } et pour le n° { $other } dans { $rule_id } : un identifiant désigne un seul texte
error-lint-exception-unused = l'exception pour { $rule_id } ({ $value }) ne couvre rien : la supprimer

## error-expr
error-expr-too-long = expression de plus de { $limit } caractères
error-expr-syntax = erreur de syntaxe : { $detail }
error-expr-unparsable = expression illisible (octet nul ou imbrication trop profonde)
error-expr-too-deep = expression imbriquée sur plus de { $limit } niveaux
error-expr-node = { $node } est interdit dans une expression de règle
error-expr-unknown-name = nom inconnu { $name }
error-expr-literal-too-long = nombre écrit sur plus de { $limit } caractères
error-expr-invalid-number = nombre invalide { $number }
error-expr-out-of-range = nombre { $number } hors limites (au plus 10^{ $limit })
error-expr-literal-type = valeur littérale de type { $type } interdite
error-expr-operator = opérateur { $op } interdit
error-expr-binary-operator = opérateur { $op } interdit (seulement + - * /)
error-expr-numbers-only = l'arithmétique ne s'applique qu'aux nombres
error-expr-division-by-zero = division par zéro
error-expr-functions = seules les fonctions min, max et abs peuvent être appelées
error-expr-arguments = arguments nommés ou étoilés interdits
error-expr-arity-one = { $function }() prend un seul argument
error-expr-arity-many = { $function }() prend au moins deux arguments
error-expr-not-a-number = { $where } ne s'applique qu'aux nombres, trouvé { $kind } : { $source }
error-expr-unordered = valeurs impossibles à ordonner avec < ou > : { $source }
error-expr-in-needs-list = « in » demande une liste ou un nom à sa droite, trouvé { $source }
error-expr-incompatible = valeurs de types incompatibles dans { $source } : { $detail }

## error-ledger
error-ledger-unsupported-type = type de fichier { $suffix } non pris en charge : attendu l'un de { $expected }
error-ledger-unreadable = impossible de lire le fichier : { $reason }
error-ledger-too-large = le fichier fait { $size } octets, au-delà de la limite de { $limit } octets (relevez-la avec --max-input-bytes, ou découpez le registre par année)
error-ledger-too-large-stream = le fichier dépasse la limite de { $limit } octets
error-ledger-line-too-long = ligne de plus de { $limit } caractères
error-ledger-undecodable = l'octet 0x{ $byte } n'est pas lisible en { $encoding } (encodage choisi d'après les 64 premiers Kio) ; enregistrez le fichier en UTF-8
error-ledger-zip = c'est un fichier zip (XLSX/ODS) nommé comme un CSV ; renommez-le
error-ledger-utf16 = le texte UTF-16 n'est pas pris en charge : enregistrez le registre en CSV UTF-8
error-ledger-empty = le fichier est vide : une ligne d'en-tête est attendue
error-ledger-malformed-csv = CSV mal formé : { $detail }
error-ledger-bad-spreadsheet = impossible de lire le tableur : { $detail }
error-ledger-no-header = pas de ligne d'en-tête : colonnes attendues { $columns }
error-ledger-missing-column = colonne obligatoire { $name } absente : attendu l'un de { $aliases } (sans tenir compte de la casse, des accents et des espaces), ou indiquez-la avec --columns { $name_plain }="<en-tête>" (columns= en Python) ; en-têtes trouvés : { $headers }
error-ledger-duplicate-column = colonne { $header } en double
error-ledger-unknown-column-name = nom de colonne inconnu ; attendu l'un de { $expected }{ $hint }
error-ledger-no-such-header = aucune colonne { $header } dans l'en-tête ; en-têtes trouvés : { $headers }
error-ledger-cell = colonne { $header } : { $error }

## error-cell
error-cell-expected-found = { $expected }, trouvé { $found }{ $note }
error-cell-found-empty = une cellule vide
error-cell-amount = montant attendu, tel que « 1 234,56 » ou « 1234.56 » (au plus 15 chiffres avant le séparateur décimal et 6 après)
error-cell-date = date attendue, telle que « 31/12/2024 » ou « 2024-12-31 »
error-cell-no-such-day = {""} : ce jour n'existe pas
error-cell-not-a-serial = {""} (pas un numéro de date de tableur plausible)
error-cell-cpv = code CPV de 8 chiffres attendu, avec un chiffre de contrôle facultatif, tel que 30213100-6
error-cell-bool = « oui »/« non », « o »/« n », « yes »/« no », « true »/« false », « vrai »/« faux », « 1 »/« 0 » ou « x » attendu

## error-heading
error-heading-invalid-profile = profil invalide
error-heading-invalid-ledger = registre invalide
error-heading-invalid-option = option invalide
error-heading-invalid-mapping = fichier de correspondance invalide
error-cli-ledger-option-without-ledger = s'applique aux fichiers --ledger : indiquez --ledger, ou retirez cette option

## error-cli
error-cli-expected-name-header = NOM=EN-TÊTE attendu, trouvé { $found }
error-cli-expected-siret = 14 chiffres attendus, trouvé { $found }
error-cli-required-for-declaration = obligatoire pour une déclaration
error-cli-expected-delimiter = attendu l'un de ; , | tab, trouvé { $found }
error-cli-unknown-encoding = encodage { $found } inconnu : essayez utf-8 ou cp1252
error-cli-no-finding-for-period = aucune constatation de { $rule_id } pour la période { $period }

## error-ledger
error-ledger-no-such-sheet = aucune feuille { $sheet } dans le classeur ; feuilles trouvées : { $sheets }
error-ledger-more-problems = autres problèmes non affichés : { $n } ; corrigez ceux ci-dessus et relancez
error-ledger-lines-above-header = lignes ignorées au-dessus de l'en-tête : { $n } (en-tête trouvé ligne { $line })
error-ledger-ttc-without-rate = la colonne { $header } contient des montants TTC : indiquez le taux de TVA (« vat_rate_pct » dans un fichier --mapping) pour les ramener au HT
error-ledger-nothing-to-classify = rien pour classer les lignes : ni colonne CPV ni colonne catégorie, et aucune règle de correspondance sur une colonne de ce fichier (nature, famille, fournisseur) ; en-têtes trouvés : { $headers }
error-ledger-no-flag-column = { $file } : pas de colonne { $flag } : aucune ligne n'est comptée comme { $flag_plain }
error-ledger-bare-amount = { $file } : la colonne { $header } ne précise ni HT ni TTC : ses montants sont pris comme HT (s'ils sont TTC, utilisez un fichier --mapping avec « amounts: ttc » et « vat_rate_pct »)
error-ledger-ttc-converted = { $file } : les montants de la colonne { $header } sont TTC, ramenés au HT avec une TVA de { $rate } %, arrondis au centime
error-ledger-ambiguous-amounts = { $file } : montants tels que « 1,234 » (un seul séparateur suivi de trois chiffres) lus comme décimaux (1,234 €) : { $n }, le premier ligne { $line } ; écrivez 1234 ou 1 234 pour un millier
error-ledger-rounded-amounts = { $file } : montants de tableur à plus de deux décimales arrondis au centime (au pair le plus proche) : { $n }, le premier ligne { $line }
error-ledger-unknown-category = colonne { $header } : { $detail }{ $hint }
error-ledger-duplicate-file = { $file } : même contenu (SHA-256) que { $other } : ses lignes ne sont comptées qu'une fois

## error-mapping
error-mapping-unknown-category = la catégorie { $category } n'existe dans aucun décret dont la période rencontre les dates de la règle

## error-declaration
error-declaration-regime-not-declared = année { $year } : les achats de cette année relèvent du { $regime }, déclarés à l'OECP (application REAP) dans son propre format, et non dans la déclaration data.gouv.fr
error-declaration-nothing-to-declare = aucun achat relevant du régime déclaré dans les registres pour les années demandées
error-declaration-half-year = achats du { $start } au { $end } ({ $regime })
error-declaration-credit-notes = avoirs déduits : { $n }
error-declaration-net-negative = total net négatif : les avoirs dépassent les achats
error-declaration-broad = { $amount } classés par un code CPV parent large seulement, à vérifier
error-declaration-donations-from-profile = dons : valeur déclarée dans le profil

## error-spaser
error-spaser-target-above-100 = objectif de { $value } % pour { $category } ({ $share }, { $year }) : une part ne peut dépasser 100 %
error-spaser-target-twice = deux objectifs différents pour { $category } ({ $share }, { $year }) : { $values }


## Synthèse d'un lot (check --summary) : une ligne par organisme, une colonne par obligation

summary-title = Synthèse de conformité — { $count ->
        [one] { $count } profil
       *[other] { $count } profils
    }
summary-caption = Une ligne par organisme, les situations les plus graves en premier (obligations non respectées, puis données manquantes, puis échéances à venir), puis par nom ; une colonne par obligation, qui donne le statut le plus grave de ses constatations. Le titre complet de chaque obligation s'affiche au survol de sa colonne et dans la légende.
summary-caption-short = Statut le plus grave de chaque obligation, par organisme
summary-table = Statut par obligation
summary-legend = Légende
summary-obligations = Obligations
summary-col-profile = Profil
summary-col-body = Organisme
summary-col-valid = Valide
summary-col-problems = Problèmes
summary-col-breaches = Non-conformités
summary-col-report = Rapport
summary-col-first = À traiter en premier
summary-none = aucune constatation
summary-invalid = profil invalide
summary-invalid-line = ⚠ profil invalide : { $path }
summary-invalid-heading = Profils invalides
summary-see-problems = voir les problèmes
summary-counts-note = Chiffres : nombre d'obligations par statut (le plus grave de leurs constatations).
summary-legend-line = Légende : { $entries }
summary-interrupted-written = interrompu : { $count ->
        [0] aucun rapport écrit
        [one] { $count } rapport écrit
       *[other] { $count } rapports écrits
    } dans { $folder }
summary-interrupted-none = interrompu : aucun rapport écrit (--output-dir garde les rapports terminés)
summary-remaining = { $count ->
        [one] reste { $count } profil :
       *[other] restent { $count } profils :
    }
summary-generated = Synthèse produite par reen-compliance. Elle ne remplace pas l'avis d'un juriste.

## Champs du profil : une description par champ (schéma, profil de départ, documentation)
## Identifiants « field-<modèle>-<champ> ». Les valeurs écrites telles quelles sont entre accents graves.

field-profile-format-version = Version du format de profil : toujours `1`.
field-profile-collectivity = Qui est l'organisme : sa nature, ses identifiants, sa population et ses achats annuels.
field-profile-documents = Les documents que la loi impose d'adopter (programme de travail, stratégie numérique responsable, SPASER, PCAET). Un document absent est inconnu, pas « non adopté ».
field-profile-sustainable-development-reports = Le rapport sur la situation en matière de développement durable, par année budgétaire.
field-profile-equipment-disposal = Les matériels informatiques réformés et leur orientation vers le réemploi, par année civile, en unités.
field-profile-procurement = Les achats de l'année par catégorie légale (article 58 de la loi AGEC), en euros HT, par année civile.
field-profile-spaser-targets = Les objectifs chiffrés que fixe le SPASER adopté, par année, catégorie et part.
field-profile-contracts = Les marchés publics, par consultation engagée. Absent : inconnu ; liste vide : aucun marché.
field-profile-digital-product-purchases = Les achats de produits numériques et la prise en compte de leurs indices de réparabilité et de durabilité.
field-profile-practices = Les pratiques déclarées pour les obligations qui ne se mesurent pas par un chiffre.
field-profile-paper-purchases = Les achats de produits papetiers et leur part de papier recyclé, par année civile.
field-profile-online-services = Les services en ligne (sites, applications, intranets…) et leur accessibilité (RGAA). Absent : inconnu ; liste vide : aucun service.
field-profile-ghg-reports = Les bilans des émissions de gaz à effet de serre (BEGES) publiés, avec leur plan de transition.
field-profile-data-centres = Les centres de données exploités par l'organisme. Absent : inconnu ; liste vide : aucun.
field-profile-exemptions = Les exemptions que l'organisme invoque, sur un motif que prévoit la règle.
field-collectivity-name = Nom de l'organisme, tel qu'il figure dans les rapports.
field-collectivity-kind = Nature de l'organisme : `commune`, `epci`, `departement`, `region`, `state_service` (service de l'État), `public_establishment` (établissement public) ou `other_buyer` (autre acheteur).
field-collectivity-epci-category = Pour un EPCI seulement : `metropole`, `communaute_urbaine`, `communaute_agglomeration`, `communaute_communes` ou `syndicat`.
field-collectivity-siren = Numéro SIREN : 9 chiffres, écrits entre guillemets.
field-collectivity-insee-code = Code INSEE de la commune (code officiel géographique) : 5 caractères entre guillemets.
field-collectivity-population = Population totale authentifiée par l'INSEE, une ligne par 1er janvier : le chiffre en vigueur à partir de cette date. Les seuils de la loi s'appliquent à cette population.
field-collectivity-annual-purchases-eur-ht = Montant total des achats publics de chaque année civile, en euros HT, écrit entre guillemets (par exemple `"65000000.00"`).
field-collectivity-staff = Nombre de personnes employées.
field-population-figure-applies-from = Date à partir de laquelle le chiffre s'applique (le 1er janvier de l'année).
field-population-figure-total = Population totale (population municipale et population comptée à part).
field-population-figure-source = D'où vient le chiffre (millésime INSEE, fichier, décret d'authentification).
field-documents-nr-work-programme = Programme de travail préalable à la stratégie numérique responsable (loi REEN, article 35).
field-documents-nr-strategy = Stratégie numérique responsable (communes et EPCI à fiscalité propre de plus de 50 000 habitants).
field-documents-spaser = Schéma de promotion des achats publics socialement et écologiquement responsables (SPASER).
field-documents-pcaet = Plan climat-air-énergie territorial (PCAET), adopté ou révisé en dernier lieu.
field-document-status = État du document : `adopted` (adopté), `in_preparation` (en préparation) ou `not_adopted` (non adopté).
field-document-adopted-on = Date de la délibération ou de la décision d'adoption ; obligatoire pour un document adopté.
field-document-planned-on = Date d'adoption prévue, pour un document en préparation.
field-document-reference = Référence de l'acte (numéro de délibération).
field-document-url = Adresse où le document est publié en ligne.
field-document-contents = Ce que la stratégie adoptée contient (CGCT, article D. 2311-15-1), quand le profil le précise.
field-strategy-contents-elements = Éléments obligatoires présents : `objectives` (objectifs), `measures` (mesures), `indicators` (indicateurs), `means` (moyens).
field-strategy-contents-themes = Thèmes facultatifs du décret traités (par exemple `public_procurement`, `equipment_lifecycle`, `ecodesign`).
field-sustainable-development-report-adopted-on = Date à laquelle le rapport a été présenté à l'assemblée délibérante.
field-sustainable-development-report-covers-nr-strategy = Le rapport contient-il le bilan annuel de la stratégie numérique responsable : `true` (oui) ou `false` (non).
field-sustainable-development-report-budget-debate-on = Date du débat d'orientation budgétaire ; le rapport doit le précéder.
field-equipment-disposal-reformed-on-jan-1 = Nombre de matériels informatiques réformés en stock au 1er janvier (B, décret n° 2023-266, article 3).
field-equipment-disposal-sent-to-reuse = Nombre de ces matériels orientés vers le réemploi ou la réutilisation pendant l'année (A).
field-procurement-figure-category = Identifiant de la catégorie légale, par exemple `d2024-134:textiles` (liste : commande `reen-compliance rules`).
field-procurement-figure-total-eur-ht = Montant total des achats de la catégorie dans l'année, en euros HT.
field-procurement-figure-reuse-eur-ht = Part de ce montant issue du réemploi ou de la réutilisation, en euros HT.
field-procurement-figure-recycled-eur-ht = Part intégrant des matières recyclées, hors ce qui est déjà compté en réemploi, en euros HT.
field-procurement-figure-donations-eur = Valeur forfaitaire des dons reçus, que le décret n° 2024-134 permet de compter.
field-spaser-target-year = Année que vise l'objectif.
field-spaser-target-category = Identifiant de la catégorie légale visée, par exemple `d2024-134:textiles`.
field-spaser-target-share = Part visée : `reuse` (réemploi ou réutilisation), `recycled` (matières recyclées) ou `reuse_or_recycled` (l'un ou l'autre).
field-spaser-target-target-pct = Objectif en pourcentage, écrit entre guillemets (`"25"` pour 25 %).
field-contract-reference = Référence et objet du marché.
field-contract-consultation-launched-on = Date d'engagement de la consultation ou d'envoi de l'avis de marché à la publication.
field-contract-environmental-execution-condition = Les conditions d'exécution prennent-elles en compte l'environnement : `true` ou `false`.
field-contract-environmental-award-criterion = Un critère d'attribution au moins prend-il en compte les caractéristiques environnementales de l'offre (ou un critère unique de coût les inclut-il, CCP R. 2152-7) : `true` ou `false`.
field-digital-product-purchase-reference = Référence et objet de l'achat.
field-digital-product-purchase-launched-on = Date de lancement de la procédure d'achat.
field-digital-product-purchase-has-repairability-index = Les produits ont-ils un indice de réparabilité : `true` ou `false`.
field-digital-product-purchase-repairability-index-considered = L'indice de réparabilité a-t-il été pris en compte dans l'achat : `true` ou `false`.
field-digital-product-purchase-has-durability-index = Les produits ont-ils un indice de durabilité : `true` ou `false`.
field-digital-product-purchase-durability-index-considered = L'indice de durabilité a-t-il été pris en compte dans l'achat : `true` ou `false`.
field-practices-circular-clauses = Clauses et critères favorisant le réemploi, les matières recyclées et la réduction des plastiques à usage unique (loi AGEC, article 55).
field-practices-energy-efficient-software = Promotion de logiciels dont la conception limite la consommation d'énergie (loi AGEC, article 55).
field-practices-no-single-use-plastics = Pour les services de l'État : aucun achat de produits en plastique à usage unique (loi AGEC, article 77).
field-practices-refurbished-temporary-buildings = Constructions temporaires reconditionnées non exclues des marchés (CCP L. 2172-5).
field-practices-retreaded-tyres = Achat de pneumatiques rechapés (CCP L. 2172-6).
field-practice-declaration-applied = L'organisme applique-t-il la pratique que décrit la règle : `true` ou `false`.
field-practice-declaration-declared-on = Date de la déclaration.
field-practice-declaration-not-possible-reason = Pourquoi l'appliquer n'a pas été possible, lorsque le texte le permet.
field-practice-declaration-evidence = Document qui atteste la pratique (guide interne, clause type…).
field-paper-purchases-unit = Unité de compte : `eur_ht` (euros HT), `kg`, `reams` (ramettes) ou `units` (unités).
field-paper-purchases-total = Total des produits papetiers achetés dans l'année, dans cette unité, entre guillemets.
field-paper-purchases-recycled = Part en papier recyclé (au moins 50 % de fibres recyclées), dans la même unité.
field-online-service-name = Nom du service en ligne.
field-online-service-kind = Type de service : `website` (site), `intranet`, `extranet`, `mobile_app` (application mobile), `software` (progiciel) ou `street_furniture` (mobilier urbain numérique).
field-online-service-url = Adresse du service.
field-online-service-created-on = Date de mise en ligne du service.
field-online-service-statement-published-on = Date de dernière publication ou mise à jour de la déclaration d'accessibilité.
field-online-service-audit-on = Date du dernier audit de conformité au RGAA.
field-online-service-compliance-rate-pct = Taux de critères RGAA respectés au dernier audit, en pourcentage, entre guillemets.
field-online-service-home-page-mention = Mention d'accessibilité en page d'accueil : `totalement`, `partiellement`, `non` (conforme) ou `absente`.
field-online-service-multi-year-plan = Schéma pluriannuel de mise en accessibilité : sa période et son adresse.
field-online-service-annual-plan-years = Années dont le plan d'action annuel est publié.
field-multi-year-plan-starts-on = Premier jour de la période du schéma.
field-multi-year-plan-ends-on = Dernier jour de la période du schéma.
field-multi-year-plan-url = Adresse où le schéma est publié.
field-ghg-report-published-on = Date de publication du bilan.
field-ghg-report-reference-year = Année de référence des émissions mesurées.
field-ghg-report-transition-plan = Le bilan comporte-t-il un plan de transition : `true` ou `false`.
field-ghg-report-significant-indirect-emissions = Le bilan couvre-t-il les émissions indirectes significatives : `true` ou `false`.
field-ghg-report-transmitted = Le bilan a-t-il été transmis à l'autorité administrative (plateforme de l'ADEME) : `true` ou `false`.
field-data-centre-name = Nom du centre de données.
field-data-centre-siret = Numéro SIRET de l'établissement : 14 chiffres entre guillemets.
field-data-centre-installed-power-kw = Puissance installée des salles informatiques, en kW, entre guillemets.
field-data-centre-commissioned-on = Date de mise en service.
field-data-centre-declared-on = Date de la déclaration au ministre.
field-data-centre-yearly-reports = Pour chaque année de données, la date d'envoi des informations annuelles.
field-exemption-rule-id = Identifiant de la règle visée (liste : commande `reen-compliance rules`).
field-exemption-period = Année civile visée, ou `null` pour toutes.
field-exemption-ground = Motif d'exemption, parmi ceux que la règle prévoit.
field-exemption-justification = Justification, en quelques mots.
field-exemption-expires-on = Date de fin de l'exemption, le cas échéant.

## Profil de départ (init) : commentaires et repères « À COMPLÉTER »

init-to-fill = À COMPLÉTER
init-to-fill-example = À COMPLÉTER, par exemple :
init-replace-braces = À COMPLÉTER : remplacez les accolades vides par des lignes comme :
init-header-written = Profil de départ écrit par reen-compliance à partir de ses données de référence :
init-attribution = Sources : « { $attribution } ».
init-licence = Licence : « { $licence } ».
init-source-municipale = population municipale INSEE { $millesime }, données de référence reen-compliance — à remplacer par la population totale authentifiée
init-source-municipale-unknown = population municipale INSEE (millésime inconnu), données de référence reen-compliance — à remplacer par la population totale authentifiée
init-source-reference = { $source }, données de référence reen-compliance
init-reference-data = Données de référence : { $source } (jusqu'à la version { $version }) ; un chiffre de population par 1er janvier depuis 2021, chaque ligne citant sa source (version du paquet, fichier, millésime).
init-override = Les chiffres de ce fichier priment sur les données de référence : l'outil ne lit que ce profil et, à chaque date, retient le dernier chiffre de population applicable à cette date.
init-check-every-value = Vérifiez chaque valeur ; les lignes marquées À COMPLÉTER ou À REMPLACER attendent vos propres chiffres. Une valeur `null` ou une liste absente veut dire « inconnu », jamais « non ». Dates : « 12/12/2024 » ou « 2024-12-12 ». Chaque champ est décrit dans docs/profile.md.
init-member-of = Membre de l'EPCI à fiscalité propre de SIREN { $siren }.
init-merged = Cet organisme n'existe plus : il a été fusionné dans { $into }.
init-merged-unknown = Cet organisme n'existe plus : il a été fusionné dans un autre organisme.
init-population-empty = À COMPLÉTER : la population totale authentifiée par l'INSEE, une ligne par 1er janvier.
init-population-reference = Une ligne par 1er janvier : le chiffre en vigueur à partir de cette date (données de référence).
init-epci-sum = Somme des populations totales des communes membres ; que les seuils retiennent cette somme pour un EPCI est une interprétation qu'aucun texte ne confirme.
init-population-add = Ajoutez une ligne à chaque 1er janvier dès que l'INSEE authentifie un nouveau chiffre.
init-no-population-year = À COMPLÉTER pour le { $day } : les données de référence n'ont pas de population pour cette année (ne reprenez jamais le chiffre d'une autre année).
init-former-commune = Au { $day } : { $total } était le chiffre de l'ancienne commune de SIREN { $siren } (avant la commune nouvelle), pas celui de cet organisme.
init-replace-municipale = À REMPLACER : c'est la population municipale, pas la population totale qu'utilisent les seuils de la loi (CGCT, article R. 2151-1) ; indiquez ici la population totale authentifiée par l'INSEE pour ce 1er janvier.
init-lyon = La Métropole de Lyon est une collectivité à statut particulier (CGCT, article L. 3611-1), pas un EPCI ; le format de profil n'a pas de nature pour elle : elle est écrite comme une métropole. Les textes qui la nomment à part peuvent la traiter autrement : vérifiez chaque constatation.

## Application web

web-app-name = reen-compliance, obligations numérique responsable
web-skip-to-content = Aller au contenu
web-nav-label = Navigation principale
web-nav-home = Accueil
web-nav-ledger = Importer un registre des achats
web-switch-language = English
web-footer = Application locale de reen-compliance : rien n'est conservé sur le serveur ; téléchargez votre profil pour le garder. Elle ne remplace pas l'avis d'un juriste.
web-home-title = Les obligations numérique responsable de votre organisme
web-home-intro = Trouvez votre commune ou votre intercommunalité, répondez à quelques questions, et lisez quelles obligations s'appliquent, lesquelles sont remplies et ce qu'il reste à faire.
web-find-heading = Trouver votre organisme
web-find-label = Nom, code INSEE ou SIREN
web-find-hint = Par exemple : Metz, 57463 ou 200039865. Les accents et les majuscules sont sans importance.
web-find-button = Rechercher
web-open-heading = Ouvrir un profil enregistré
web-open-label = Fichier de profil (YAML ou JSON)
web-open-hint = Le fichier est lu, jamais enregistré sur le serveur (1 Mo au plus par défaut).
web-open-button = Ouvrir
web-ledger-intro = Calculer les parts de réemploi et de matières recyclées à partir d'un export des achats (CSV, XLSX, ODS), et préparer la déclaration annuelle.
web-search-title = Résultats de la recherche
web-search-count = { $count ->
        [one] Un organisme trouvé.
       *[other] { $count } organismes trouvés.
    }
web-search-none = Aucune commune ni intercommunalité ne correspond à « { $query } ».
web-choose = Choisir
web-choose-body = Choisir { $name } ({ $code })
web-kind-commune = commune
web-kind-epci = EPCI à fiscalité propre
web-departement = département { $code }
web-population = { $count } habitants
web-questions-title = Profil : { $name }
web-questions-intro = Répondez à ce que vous savez : « je ne sais pas » laisse la question ouverte, le rapport dira alors que les données sont insuffisantes. Les dates s'écrivent 15/12/2024 ou 15 décembre 2024, les montants 17 000,00 €.
web-questions-errors = Certaines réponses ne peuvent pas être lues : voir le message sous chaque question concernée.
web-legal-basis = Base légale :
web-legifrance = Légifrance
web-q-status-nr_strategy = Votre stratégie numérique responsable est-elle adoptée ?
web-q-status-nr_work_programme = Votre programme de travail préalable à la stratégie est-il adopté ?
web-q-status-spaser = Votre schéma de promotion des achats responsables (SPASER) est-il adopté ?
web-q-status-pcaet = Votre plan climat-air-énergie territorial (PCAET) est-il adopté ?
web-q-document-adopted_on = Date de la délibération ou de la décision d'adoption
web-q-document-reference = Référence de la délibération
web-q-document-url = Adresse de publication en ligne
web-q-equipment-reformed_on_jan_1 = Matériels informatiques réformés en stock au 1er janvier { $year }
web-q-equipment-sent_to_reuse = Matériels orientés vers le réemploi ou la réutilisation en { $year }
web-q-annual-purchases = Montant total des achats publics en { $year } (euros HT)
web-choice-adopted = adopté
web-choice-in_preparation = en préparation
web-choice-not_adopted = non adopté
web-choice-unknown = je ne sais pas
web-hint-date = Date, par exemple 15/12/2024 ou 15 décembre 2024.
web-hint-amount = Montant, par exemple 17 000,00 €.
web-hint-decimal = Nombre, par exemple 1 234,5.
web-hint-list = Plusieurs valeurs séparées par des virgules.
web-section-body = Votre organisme
web-section-exemptions = Exemptions invoquées
web-section-others = Autres informations
web-see-also = Cette obligation lit aussi des réponses demandées plus haut :
web-year-group = Année { $year }
web-list-state = Si la liste reste vide :
web-choice-none = il n'y en a aucun
web-choice-true = oui
web-choice-false = non
web-choice-commune = commune
web-choice-epci = EPCI (intercommunalité)
web-choice-departement = département
web-choice-region = région
web-choice-state_service = service de l'État
web-choice-public_establishment = établissement public
web-choice-other_buyer = autre acheteur public
web-choice-metropole = métropole
web-choice-communaute_urbaine = communauté urbaine
web-choice-communaute_agglomeration = communauté d'agglomération
web-choice-communaute_communes = communauté de communes
web-choice-syndicat = syndicat
web-choice-reuse = réemploi ou réutilisation
web-choice-recycled = matières recyclées
web-choice-reuse_or_recycled = réemploi, réutilisation ou matières recyclées
web-choice-eur_ht = euros HT
web-choice-kg = kilogrammes
web-choice-reams = ramettes
web-choice-units = unités
web-choice-website = site internet
web-choice-intranet = intranet
web-choice-extranet = extranet
web-choice-mobile_app = application mobile
web-choice-software = progiciel
web-choice-street_furniture = mobilier urbain numérique
web-choice-totalement = « totalement conforme »
web-choice-partiellement = « partiellement conforme »
web-choice-non = « non conforme »
web-choice-absente = absente
web-item-population = Chiffre de population { $number }
web-item-procurement = Catégorie d'achats { $number } en { $year }
web-item-spaser-targets = Objectif { $number }
web-item-contracts = Marché { $number }
web-item-digital-product-purchases = Achat { $number }
web-item-online-services = Service en ligne { $number }
web-item-ghg-reports = Bilan { $number }
web-item-data-centres = Centre de données { $number }
web-item-exemptions = Exemption { $number }
web-add-population = Ajouter un chiffre de population
web-add-procurement = Ajouter une catégorie d'achats pour { $year }
web-add-spaser-targets = Ajouter un objectif
web-add-contracts = Ajouter un marché
web-add-digital-product-purchases = Ajouter un achat
web-add-online-services = Ajouter un service en ligne
web-add-ghg-reports = Ajouter un bilan
web-add-data-centres = Ajouter un centre de données
web-add-exemptions = Ajouter une exemption
web-q-profile-spaser-targets = Les objectifs chiffrés de votre SPASER
web-q-profile-contracts = Vos marchés publics, par consultation engagée
web-q-profile-digital-product-purchases = Vos achats de produits numériques
web-q-profile-online-services = Vos services en ligne (sites, applications, intranets…)
web-q-profile-ghg-reports = Vos bilans des émissions de gaz à effet de serre (BEGES) publiés
web-q-profile-data-centres = Les centres de données que vous exploitez
web-q-profile-exemptions = Les exemptions que vous invoquez
web-q-collectivity-name = Nom de l'organisme
web-q-collectivity-kind = Nature de l'organisme
web-q-collectivity-epci-category = Catégorie de l'EPCI (pour un EPCI seulement)
web-q-collectivity-siren = Numéro SIREN (9 chiffres)
web-q-collectivity-insee-code = Code INSEE de la commune (5 caractères)
web-q-collectivity-population = Population totale authentifiée par l'INSEE, chiffre par chiffre
web-q-collectivity-staff = Nombre de personnes employées
web-q-collectivity-annual-purchases-eur-ht = Montant total des achats publics, par année civile
web-q-population-figure-applies-from = Date à partir de laquelle le chiffre s'applique (1er janvier)
web-q-population-figure-total = Population totale
web-q-population-figure-source = Source du chiffre (millésime INSEE, décret d'authentification…)
web-q-document-planned-on = Date d'adoption prévue, si le document est en préparation
web-q-sustainable-development-report-adopted-on = Date de présentation du rapport à l'assemblée délibérante
web-q-sustainable-development-report-covers-nr-strategy = Le rapport contient-il le bilan annuel de la stratégie numérique responsable ?
web-q-sustainable-development-report-budget-debate-on = Date du débat d'orientation budgétaire
web-q-procurement-figure-category = Catégorie légale d'achats (son identifiant, par exemple d2024-134:textiles)
web-q-procurement-figure-total-eur-ht = Montant total des achats de la catégorie (euros HT)
web-q-procurement-figure-reuse-eur-ht = Dont achats issus du réemploi ou de la réutilisation (euros HT)
web-q-procurement-figure-recycled-eur-ht = Dont achats intégrant des matières recyclées, hors réemploi (euros HT)
web-q-procurement-figure-donations-eur = Valeur forfaitaire des dons reçus (euros)
web-q-spaser-target-year = Année visée
web-q-spaser-target-category = Catégorie légale visée (son identifiant, par exemple d2024-134:textiles)
web-q-spaser-target-share = Part visée
web-q-spaser-target-target-pct = Objectif, en pourcentage
web-q-contract-reference = Référence et objet du marché
web-q-contract-consultation-launched-on = Date d'engagement de la consultation ou d'envoi de l'avis de marché à la publication
web-q-contract-environmental-execution-condition = Les conditions d'exécution prennent-elles en compte l'environnement ?
web-q-contract-environmental-award-criterion = Un critère d'attribution au moins prend-il en compte les caractéristiques environnementales de l'offre ?
web-q-digital-product-purchase-reference = Référence et objet de l'achat
web-q-digital-product-purchase-launched-on = Date de lancement de la procédure d'achat
web-q-digital-product-purchase-has-repairability-index = Les produits ont-ils un indice de réparabilité ?
web-q-digital-product-purchase-repairability-index-considered = L'indice de réparabilité a-t-il été pris en compte dans l'achat ?
web-q-digital-product-purchase-has-durability-index = Les produits ont-ils un indice de durabilité ?
web-q-digital-product-purchase-durability-index-considered = L'indice de durabilité a-t-il été pris en compte dans l'achat ?
web-q-practice-declaration-applied = L'organisme applique-t-il cette pratique ?
web-q-practice-declaration-declared-on = Date de la déclaration
web-q-practice-declaration-not-possible-reason = Si elle n'a pas pu être appliquée, pourquoi (lorsque le texte le permet)
web-q-practice-declaration-evidence = Document qui l'atteste (guide interne, clause type…)
web-q-paper-purchases-unit = Unité de compte
web-q-paper-purchases-total = Total des produits papetiers achetés dans l'année, dans cette unité
web-q-paper-purchases-recycled = Dont papier recyclé (au moins 50 % de fibres recyclées), dans la même unité
web-q-online-service-name = Nom du service en ligne
web-q-online-service-kind = Type de service
web-q-online-service-url = Adresse du service
web-q-online-service-created-on = Date de mise en ligne
web-q-online-service-statement-published-on = Date de dernière publication ou mise à jour de la déclaration d'accessibilité
web-q-online-service-audit-on = Date du dernier audit de conformité au RGAA
web-q-online-service-compliance-rate-pct = Taux de critères du RGAA respectés au dernier audit, en pourcentage
web-q-online-service-home-page-mention = Mention d'accessibilité en page d'accueil
web-q-online-service-multi-year-plan = Schéma pluriannuel de mise en accessibilité
web-q-online-service-annual-plan-years = Années dont le plan d'action annuel est publié
web-q-multi-year-plan-starts-on = Premier jour de la période du schéma
web-q-multi-year-plan-ends-on = Dernier jour de la période du schéma
web-q-multi-year-plan-url = Adresse où le schéma est publié
web-q-ghg-report-published-on = Date de publication du bilan
web-q-ghg-report-reference-year = Année de référence des émissions mesurées
web-q-ghg-report-transition-plan = Le bilan comporte-t-il un plan de transition ?
web-q-ghg-report-significant-indirect-emissions = Le bilan couvre-t-il les émissions indirectes significatives ?
web-q-ghg-report-transmitted = Le bilan a-t-il été transmis à l'autorité administrative (plateforme de l'ADEME) ?
web-q-data-centre-name = Nom du centre de données
web-q-data-centre-siret = Numéro SIRET de l'établissement (14 chiffres)
web-q-data-centre-installed-power-kw = Puissance installée des salles informatiques, en kW
web-q-data-centre-commissioned-on = Date de mise en service
web-q-data-centre-declared-on = Date de la déclaration au ministre
web-q-data-centre-yearly-reports = Envoi des informations annuelles, par année de données
web-q-yearly-report-sent = Date d'envoi des informations de l'année { $year }
web-q-exemption-rule-id = Identifiant de la règle visée (par exemple reen-art35-strategy)
web-q-exemption-period = Année civile visée (laissez vide pour toutes les années)
web-q-exemption-ground = Motif d'exemption prévu par la règle (son identifiant)
web-q-exemption-justification = Justification, en quelques mots
web-q-exemption-expires-on = Date de fin de l'exemption, le cas échéant
web-q-list-procurement-category = Catégorie légale d'achats
web-q-list-spaser-category = Catégorie légale visée
web-q-list-contents-elements = Éléments obligatoires que le document contient
web-q-list-contents-themes = Thèmes facultatifs du décret qu'il traite
web-q-list-exemption-rule = Obligation visée par l'exemption
web-q-list-exemption-ground = Motif d'exemption prévu par le texte
web-option-none = — choisir —
web-option-kept = { $value } (identifiant du profil, absent de la liste)
web-category-regime = { $ended ->
    [yes] { $regime } (achats du { $start } au { $end })
   *[no] { $regime } (achats à partir du { $start })
}
web-not-binding-heading = Obligations qui ne visent pas votre organisme à cette date ({ $count })
web-not-binding-intro = Ces obligations ne s'appliquent pas à votre organisme à la date choisie ; leurs questions restent ici pour le cas où sa situation changerait.
web-not-binding-why = Pourquoi :
web-see-report = Voir le rapport
web-download-profile = Télécharger le profil (YAML)
web-report-settings = Dates et langue du rapport
web-as-of = Situation au
web-law-as-of = Droit applicable au
web-law-as-of-hint = Laissez vide pour appliquer le droit en vigueur à la date de la situation.
web-update = Mettre à jour
web-edit-answers = Modifier les réponses
web-downloads = Téléchargements
web-download-pdf = Rapport PDF
web-download-ics = Échéances (agenda ICS)
web-download-json = Rapport JSON
web-download-markdown = Rapport Markdown
web-whatif-heading = Et si…
web-whatif-intro = Changez une réponse pour voir quelles constatations changeraient, sans modifier le profil.
web-whatif-adopted-nr_strategy = Si la stratégie numérique responsable était adoptée le
web-whatif-adopted-nr_work_programme = Si le programme de travail était adopté le
web-whatif-adopted-spaser = Si le SPASER était adopté le
web-whatif-sent-to-reuse = Si le nombre de matériels orientés vers le réemploi en { $year } était de
web-whatif-reuse-amount = Si les achats issus du réemploi en { $year } pour la catégorie { $category } étaient de (euros HT)
web-whatif-button = Comparer
web-whatif-result-title = Et si… : { $name }
web-whatif-caption = { $count ->
        [one] Une constatation change
       *[other] { $count } constatations changent
    }
web-whatif-obligation = Obligation
web-whatif-now = Situation actuelle
web-whatif-then = Avec ce changement
web-whatif-nothing = Ce changement ne modifie aucune constatation.
web-back-report = Revenir au rapport
web-members-heading = { $count ->
        [one] La commune membre et ses obligations
       *[other] Les { $count } communes membres et leurs obligations
    }
web-members-commune = Commune
web-members-population = Population
web-members-bound = Obligations qui s'appliquent
web-members-none = aucune des obligations suivies
web-members-unknown = { $count ->
        [one] Une obligation ne peut être tranchée sans son profil.
       *[other] { $count } obligations ne peuvent être tranchées sans son profil.
    }
web-ledger-explain = Déposez l'export de vos mandats ou de vos factures : le fichier est lu puis oublié, il n'est jamais enregistré sur le serveur.
web-ledger-label = Registre des achats (CSV, XLSX ou ODS)
web-ledger-hint = 50 Mo au plus par défaut. Une ligne d'en-têtes est attendue (date, montant HT, code CPV…).
web-ledger-button = Importer
web-mapping-title = Colonnes du registre
web-mapping-intro = Indiquez quelle colonne du fichier donne chaque information ; celles reconnues sont déjà choisies.
web-column-date = Date de la dépense
web-column-amount_ht = Montant HT
web-column-cpv = Code CPV
web-column-category = Catégorie
web-column-reuse = Issu du réemploi ou de la réutilisation
web-column-recycled = Intégrant des matières recyclées
web-column-none = (aucune colonne)
web-mapping-button = Calculer les parts
web-shares-title = Parts par catégorie d'achats
web-shares-year = Année { $year }
web-shares-incomplete = (année en cours)
web-shares-category = Catégorie
web-shares-share = Part
web-shares-measured = Mesurée
web-shares-minimum = Minimum
web-shares-missing = Manque (€ HT)
web-shares-none = Aucun achat d'une catégorie réglementée cette année.
web-share-reuse = réemploi ou réutilisation
web-share-recycled = matières recyclées
web-share-reuse_or_recycled = réemploi, réutilisation ou matières recyclées
web-unclassified-heading = Lignes sans catégorie
web-unclassified-line = { $year } : { $count ->
        [one] une ligne
       *[other] { $count } lignes
    } pour { $amount } HT
web-declaration-heading = Déclaration annuelle
web-declaration-intro = Le fichier CSV de la déclaration des achats issus du réemploi, de la réutilisation ou intégrant des matières recyclées.
web-declaration-siret = SIRET de l'acheteur (14 chiffres)
web-declaration-name = Raison sociale
web-declaration-year = Année
web-declaration-button = Télécharger la déclaration (CSV)
web-error-title = Demande refusée
web-error-content-type = La demande doit être envoyée par un formulaire de cette application.
web-error-too-large = Le fichier ou le formulaire dépasse la taille autorisée ({ $limit } octets).
web-error-form = Le formulaire envoyé est illisible.
web-error-csrf = Le formulaire a expiré ou ne vient pas de cette application : rechargez la page et recommencez.
web-error-date = Date illisible : « { $found } » ; écrivez-la 15/12/2024 ou 2024-12-15.
web-error-no-profile = Aucun profil n'a été envoyé : commencez par rechercher votre organisme.
web-error-profile = Le profil ne peut pas être lu :
web-error-no-body = Cet organisme ne figure pas dans les données de référence :
web-error-no-file = Aucun fichier n'a été choisi.
web-error-utf8 = Le fichier { $file } n'est pas un texte encodé en UTF-8.
web-error-format = Format de téléchargement inconnu : « { $found } ».
web-error-whatif = Ce changement ne peut pas être lu :
web-error-ledger = Le registre des achats ne peut pas être lu :
web-error-ledger-type = Type de fichier non reconnu : le registre doit être un fichier CSV, XLSX ou ODS.
web-error-ledger-data = Le registre transmis par le formulaire est illisible : importez de nouveau le fichier.
web-error-siret = SIRET attendu (14 chiffres), trouvé « { $found } ».
web-error-name = La raison sociale est nécessaire à la déclaration.
web-error-not-found = Cette page n'existe pas.
web-error-method = Cette page ne s'ouvre pas ainsi : passez par les formulaires de l'application.
web-error-internal = Une erreur inattendue est survenue ; elle est consignée dans le journal du serveur.
web-back-home = Revenir à l'accueil
web-cli-missing-extra = l'application web a besoin de l'extra « web » ; installez-le par : { $command }
web-cli-bad-limit = --max-profile-mb et --max-ledger-mb doivent valoir au moins 1.
web-cli-no-authentication = ATTENTION : l'application écoute sur { $host } sans aucune authentification ; toute personne qui atteint cette adresse peut s'en servir.
web-cli-listening = application ouverte à l'adresse { $url } (Ctrl+C pour l'arrêter)

## Notes sur les chiffres tirés des registres d'achats

ledger-note-net-negative = { $year }, « { $category } » : total net de { $amount } (les avoirs dépassent les achats) ; catégorie laissée hors mesure.
ledger-note-reuse-clamped = { $year }, « { $category } » : avoirs de réemploi supérieurs aux achats de réemploi (net { $amount }) ; part de réemploi comptée à zéro.
ledger-note-broad = { $year }, « { $category } » : { $amount } sur { $count ->
        [one] { $count } ligne classée
       *[other] { $count } lignes classées
    } par un code CPV parent large seulement (une division ou un groupe, comme 30000000-9) ; vérifiez-les, ou classez-les avec un fichier de correspondance (--mapping).
ledger-note-both-flags = { $year }, « { $category } » : { $amount } marqués à la fois réemploi et recyclé, comptés une fois, en réemploi (lecture non confirmée).
ledger-note-category = « { $category } »
ledger-note-cpv-amount = { $cpv } ({ $amount })
ledger-note-unmapped = { $year } : { $count ->
        [one] { $count } ligne du registre
       *[other] { $count } lignes du registre
    } ({ $amount } HT) ne { $count ->
        [one] relève
       *[other] relèvent
    } d'aucune catégorie ({ $regime }) ; principaux codes CPV : { $cpv }.
ledger-note-unmapped-no-cpv = { $year } : { $count ->
        [one] { $count } ligne du registre
       *[other] { $count } lignes du registre
    } ({ $amount } HT) ne { $count ->
        [one] relève
       *[other] relèvent
    } d'aucune catégorie ({ $regime }) ; aucun code CPV.
ledger-note-outside = { $year } : { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    } ({ $amount } HT) { $count ->
        [one] datée
       *[other] datées
    } hors de toute période des décrets.
ledger-note-unreachable = { $year } ({ $regime }) : { $count ->
        [one] catégorie qu'aucune ligne ne pouvait atteindre
       *[other] catégories qu'aucune ligne ne pouvait atteindre
    } (aucun code CPV listé, aucune règle de correspondance) : { $categories }.
ledger-note-profile-year-kept = { $year } : chiffres déclarés dans le profil (les registres ne couvrent aucun achat de cette année).

## Dates, canaux, délais et échéances (issue 13 : points 1 à 7, 12, 14, 15)

dates-not-enacted = Aucun texte ne prévoyait cette obligation au { $law_as_of } (date du droit appliqué).
dates-step-not-enacted = texte non publié à la date du droit appliqué
dates-not-in-force-prepare = L'obligation est adoptée mais ne s'applique qu'à compter du { $start } : elle n'est pas encore exigible ; l'organisme entre dans son champ et doit s'y préparer.
dates-step-prepare = à préparer avant l'entrée en vigueur
dates-not-in-force-out-of-scope = L'obligation s'appliquera à compter du { $start }, mais pas à cet organisme : { $why }
dates-not-bound-kind = L'obligation vise { $who } ; { $entity ->
        [commune] une commune
        [cc] une communauté de communes
        [ca] une communauté d'agglomération
        [cu] une communauté urbaine
        [metropole] une métropole
        [syndicat] un syndicat
        [departement] un département
        [region] une région
        [etat] un service de l'État
        [metropole_de_lyon] la Métropole de Lyon
        [collectivite_de_corse] la Collectivité de Corse
        [other_public_person] une autre personne morale de droit public
       *[other] un organisme de cette nature
    } n'en fait pas partie, quels que soient sa population et ses chiffres.
dates-threshold-strict = Le chiffre de l'organisme est exactement { $value } : « plus de { $value } » s'entend strictement, le seuil n'est pas franchi.
dates-bound-no-delay = Échéance légale : le { $statutory }. L'organisme n'est assujetti que depuis le { $since } et les textes ne prévoient aucun délai pour un organisme nouvellement assujetti : l'obligation est exigible depuis cette date.
dates-bound-no-delay-lower-bound = Échéance légale : le { $statutory }. Les chiffres du profil ne remontent pas avant le { $since } : l'obligation est exigible au moins depuis cette date, et depuis l'échéance légale si l'organisme était déjà assujetti ; les textes ne prévoient aucun délai.
dates-document-due-since-bound = La date limite légale était le { $statutory } ; l'organisme est assujetti depuis le { $since } (seuil franchi) ; aucun délai de grâce n'est prévu : { $subject } est exigible depuis cette date.
dates-document-due-since-bound-lower-bound = La date limite légale était le { $statutory } ; les chiffres du profil ne remontent pas avant le { $since } : { $subject } est exigible au moins depuis cette date, et depuis le { $statutory } si l'organisme était déjà assujetti ; aucun délai de grâce n'est prévu.
dates-document-overdue-since-bound = { CAP($subject) } est exigible depuis le { $due } ; le profil indique qu'{ $gender ->
        [f] elle
       *[m] il
    } n'est pas { $gender ->
        [f] adoptée
       *[m] adopté
    } au { $as_of }.
dates-document-due-since-bound-now = { CAP($subject) } est exigible à compter du { $due } ; { $gender ->
        [f] elle
       *[m] il
    } n'est pas encore { $gender ->
        [f] adoptée
       *[m] adopté
    }.
dates-adoption-planned-late = Adoption prévue le { $day }, après l'échéance du { $due } : manquement prévisible.
dates-remedy-closed-year = Manquement constaté pour { $period } : une période close ne se rattrape pas. Pour la période suivante ({ $next }) : { $act } — { $decided_by }.
dates-remedy-closed-year-target = Manquement constaté pour { $period } : une période close ne se rattrape pas. Pour la période suivante ({ $next }, objectif : { $target }) : { $act } — { $decided_by }.
dates-next-target-pct = au moins { $pct } au { $day }
dates-next-target-shares = { $categories }
dates-next-target-category = « { $label } » ({ $shares }) au { $day }
dates-next-target-share = { $share ->
        [reuse] réemploi
        [recycled] recyclé
       *[reuse_or_recycled] réemploi ou recyclé
    } au moins { $pct }
dates-next-target-share-indicative = { $share ->
        [reuse] réemploi
        [recycled] recyclé
       *[reuse_or_recycled] réemploi ou recyclé
    } au moins { $pct }, taux indicatif non confirmé
dates-next-target-share-unknown = { $share ->
        [reuse] réemploi
        [recycled] recyclé
       *[reuse_or_recycled] réemploi ou recyclé
    } : minimum non confirmé par les textes
dates-report-cycle-closed = Aucun rapport sur la situation en matière de développement durable n'est déclaré pour le budget { $year } (rubrique « { $field } ») ; le cycle budgétaire { $year } est clos : le budget devait être voté au plus tard le { $vote } (CGCT L. 1612-2), et le rapport présenté avant son débat.
dates-report-due-by-vote = Le rapport est présenté avant le débat budgétaire, donc au plus tard avant le vote du budget { $year }, fixé au { $vote } au plus tard (CGCT L. 1612-2).
dates-report-renewal-unconfirmed = Année de renouvellement général de l'assemblée à vérifier : la date limite du 30 avril est retenue (NON CONFIRMÉ).
dates-step-budget-cycle-closed = cycle budgétaire clos le { $vote }
dates-becomes-bound = À compter du { $day }, la population totale indiquée dans le profil ({ $total } habitants, source : « { $source } ») fera entrer l'organisme dans le champ de « { $title } » : l'obligation s'appliquera dès ce jour, sans délai de grâce.
dates-becomes-bound-no-figure = À compter du { $day }, d'après les chiffres du profil, l'organisme entrera dans le champ de « { $title } » : l'obligation s'appliquera dès ce jour, sans délai de grâce.
dates-calendar-becomes-bound = Assujettissement à compter de ce jour : { $title }
out-dates-days-late = { $days ->
        [one] { $days } jour de retard
       *[other] { $days } jours de retard
    }
out-dates-foreseeable-breach = manquement prévisible
out-label-statutory-deadline = Échéance légale

## Lectures, valeurs non confirmées et notes (issue 13 : points 8 à 11, 13, 17, 18, 21)
## Les mots affichés à côté du statut, dans tous les formats.

status-note-information-only = pour information : pas une obligation
status-note-reading-unconfirmed = lecture non confirmée
status-note-cause = { $cause ->
        [law_value_unconfirmed] valeur légale non confirmée
        [law_value_unknown] valeur légale non encore fixée à la date du droit retenue
       *[body_data] données de l'organisme manquantes
    }
status-note-scope = { $scope ->
       *[declarative_duties] obligations déclaratives seulement : accessibilité non atteinte
    }

## Notes à vérifier imprimées une fois par rapport.

out-see-notes = { $count ->
        [one] voir la note { $numbers }
       *[other] voir les notes { $numbers }
    }
out-notes-heading = Notes à vérifier
out-note-line = [{ $number }] { $note }
out-status-with-note = { $status } ({ $note })

## Parts d'achats : écart par part, taux indicatifs non confirmés.

shares-gap-by-share = Par part : { $shares }.
shares-gap-share = { $share ->
        [reuse] réemploi
        [recycled] recyclé
       *[reuse_or_recycled] réemploi ou recyclé
    }, il manque { $missing } HT (exigé : { $required }, constaté : { $actual })
shares-indicative = au regard des taux indicatifs non confirmés (sources secondaires), sans conclure : { $shares }
shares-indicative-share = « { $label } », { $share ->
        [reuse] réemploi
        [recycled] recyclé
       *[reuse_or_recycled] réemploi ou recyclé
    } { $rate } { $reached ->
        [yes] pour un taux indicatif de { $minimum }, atteint
       *[no] pour un taux indicatif de { $minimum }, non atteint (il manquerait { $short } HT)
    }

## Objectifs du SPASER : point d'attention, et parts atteintes.

spaser-year-attention = { $year }, point d'attention sans obligation (l'art. L. 2111-3 du code de la commande publique exige des objectifs cibles sans les lier aux minimums de l'art. 58 de la loi AGEC) : { $clauses }.
spaser-achieved = Objectifs au regard des parts atteintes ({ $source }) : { $rows }.
spaser-achieved-row = { $category }, { $share ->
        [reuse] réemploi
        [recycled] recyclé
       *[reuse_or_recycled] réemploi ou recyclé
    } : objectif { $target }, { $state ->
        [reached] part atteinte { $achieved }, objectif atteint
        [missed] part atteinte { $achieved }, objectif non atteint
       *[none] aucun achat de cette catégorie mesuré
    }

## Marchés : exigence appliquée comme lecture (Climat et Résilience, art. 35).

item-requirement-reading = { $outcome } (exigée par la loi au plus tard à compter du { $required_from } : appliquée ce jour comme lecture, sans conclure)

## Accessibilité : obligations déclaratives et accessibilité elle-même (art. 47 et 47-1).

accessibility-duties-met-listed = « { $service } » : obligations déclaratives respectées (déclaration d'accessibilité à jour, schéma pluriannuel, plan d'action de l'année, mention en page d'accueil conforme au taux mesuré).
accessibility-rate-reached = Taux de conformité au dernier audit : { $rate } ; accessibilité atteinte.
accessibility-not-reached = Accessibilité non atteinte : { $rate } des critères respectés au dernier audit, alors que l'art. 47 de la loi n° 2005-102 exige des services accessibles (dérogations pour charge disproportionnée non appréciées ici).
accessibility-not-reached-sanctioned = Accessibilité non atteinte : { $rate } des critères respectés au dernier audit, alors que l'art. 47 de la loi n° 2005-102 exige des services accessibles ; depuis le { $since }, l'ARCOM peut sanctionner le défaut d'accessibilité lui-même (art. 47-1). Dérogations pour charge disproportionnée non appréciées ici.
accessibility-not-reached-not-yet-sanctioned = Accessibilité non atteinte : { $rate } des critères respectés au dernier audit, alors que l'art. 47 de la loi n° 2005-102 exige des services accessibles ; le défaut d'accessibilité lui-même ne peut être sanctionné par l'ARCOM qu'à compter du { $since } (art. 47-1). Dérogations pour charge disproportionnée non appréciées ici.

## Écarts : un objectif atteint dit de combien il est dépassé.

out-gap-money-exceeded = { $state ->
        [exact] objectif atteint exactement
       *[exceeded] objectif dépassé de { $excess } HT
    } (exigé : { $required }, constaté : { $actual })
out-gap-items-exceeded = { $excess ->
        [0] objectif atteint exactement
        [one] objectif dépassé de { $excess } matériel
       *[other] objectif dépassé de { $excess } matériels
    } (exigé : { $required }, constaté : { $actual })
out-gap-points-exceeded = { $excess ->
        [0] minimum atteint exactement
        [one] minimum dépassé de { NUM($excess) } point
       *[other] minimum dépassé de { NUM($excess) } points
    } (exigé : { $required }, constaté : { $actual })

## Rapports : verdict, actions, données à réunir, sommaire, PDF (identifiants « out- »).
## out-verdict compte des constatations : non conformes (dont échéance dépassée), échéances
## proches des constatations pas encore exigibles, et constatations faute de données.

out-verdict = { $breaches ->
        [0] Aucune obligation non respectée
        [one] 1 obligation non respectée
       *[other] { $breaches } obligations non respectées
    }{ $overdue ->
        [0] {""}
        [one] , dont 1 échue
       *[other] , dont { $overdue } échues
    } ; { $soon ->
        [0] aucune échéance
        [one] 1 échéance
       *[other] { $soon } échéances
    } dans les { $days } jours{ $missing ->
        [0] .
        [one] {" ;"} 1 point à documenter faute de données.
       *[other] {" ;"} { $missing } points à documenter faute de données.
    }
out-verdict-heading = Où en est l'organisme
out-toc = Sommaire
out-actions = Actions à mener
out-actions-caption = Actions à mener, les échéances dépassées d'abord
out-actions-none = Aucune action à mener à cette date.
out-col-obligation = Obligation
out-col-what = Ce qu'il faut faire
out-col-who = Qui agit
out-col-when = Pour quand
out-col-gap = Écart
out-see-card = voir la constatation
out-when-overdue = sans délai (échéance du { $day } dépassée)
out-when-no-deadline = sans délai (aucune échéance fixée par les textes)
out-when-by = au plus tard le { $day }
out-when-none = aucune échéance fixée par les textes
out-deadline-overdue = { $day } (dépassée)
out-deadline-none = aucune échéance fixée par les textes
out-label-prepare = Pour s'y préparer
out-checklist = Données à réunir
out-checklist-intro = Ces constatations ne peuvent pas conclure faute de données : renseignez dans le profil les éléments indiqués, puis relancez l'évaluation.
out-checklist-fields = { $count ->
        [one] Élément du profil à renseigner
       *[other] Éléments du profil à renseigner
    }
out-checklist-no-field = Élément à renseigner : voir l'explication.
out-profile-key = « { $path } »
out-findings-group = { $status } ({ $count })
out-findings-collapsed = Les constatations conformes, exemptées ou non applicables sont repliées : ouvrez-les pour le détail.
out-period-year = Année
out-period-item = Objet
out-source-profile = le profil (rubrique « { $path } »)
out-source-ledger = le registre d'achats { $file }
out-date-range = du { $start } au { $end }
out-pdf-page = Page { $page } sur { $pages }

## Sortie de la commande ledger (parts d'achats par année et par catégorie)

ledger-out-year = Année { $year }
ledger-out-year-open = Année { $year } (année non close)
ledger-out-no-purchase = aucun achat classé
ledger-out-period = du { $start } au { $end }
ledger-out-category = « { $label } » ({ $category }), { $period } :
ledger-out-md-category = « { $label } » (`{ $category }`)
ledger-out-share = { $share } : { $measured }, minimum { $minimum } — { $status } (total { $total } HT)
ledger-out-share-missing = { $share } : { $measured }, minimum { $minimum } — { $status } (total { $total } HT ; il manque { $missing } HT)
ledger-out-minimum-unconfirmed = non confirmé ({ $minimum })
ledger-out-minimum-unknown = non connu
ledger-out-unclassified = Lignes non classées en { $year } ({ $regime }) : { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }, { $amount } HT, dont { $without_cpv } sans code CPV ; principaux codes CPV : { $cpv }.
ledger-out-unclassified-no-cpv = Lignes non classées en { $year } ({ $regime }) : { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }, { $amount } HT, dont { $without_cpv } sans code CPV.
ledger-out-outside = Lignes hors de toute période des décrets en { $year } : { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }, { $amount } HT.
ledger-out-targets = Objectifs du SPASER :
ledger-out-target = { $year }, « { $label } », { $share } : part atteinte { $achieved }, objectif { $target }, minimum légal { $minimum } — { $reached }
ledger-out-target-reached = objectif atteint
ledger-out-target-not-reached = objectif non atteint
ledger-out-target-not-measured = rien de mesuré
ledger-out-sheets = Feuilles lues :
ledger-out-sheet = { $sheet } : { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }
ledger-out-notes = Remarques :
ledger-out-md-title = Parts d'achats par catégorie
ledger-out-md-unclassified = Lignes non classées
ledger-out-md-notes = Remarques
ledger-out-col-total = Total HT

## Sortie de la commande bound (organismes liés par chaque règle, d'après les données de référence)

bound-list-title = Organismes liés au { $as_of } (droit au { $law_as_of })
bound-list-reference-data = Données de référence : { $attribution } — licence « { $licence } ».
bound-list-vintage = { $counts } : « { $source } »
bound-list-perimeters = Périmètres des EPCI au { $day }.
bound-list-reading = Lecture : la population d'un EPCI est la somme des populations totales de ses communes membres (lecture NON CONFIRMÉE par les textes). La Métropole de Lyon (collectivité à statut particulier, CGCT L. 3611-1) est évaluée comme un EPCI de catégorie métropole.
bound-list-superseded = Attention : { $counts } : chiffre en vigueur depuis le { $day } ; l'INSEE en authentifie un nouveau chaque 1er janvier : c'est le dernier que portent les données, pas forcément celui en vigueur.
bound-list-assumed = SUPPOSÉ : { $counts } : chiffre applicable seulement à compter du { $day }, supposé en vigueur (--assume-current-population).
bound-list-communes = { $count ->
        [one] { $count } commune
       *[other] { $count } communes
    }
bound-list-epcis = { $count } EPCI
bound-list-communes-and-epcis = { $communes } et { $epcis }
bound-list-kind = { $kind ->
        [cc] communauté de communes
        [communaute_communes] communauté de communes
        [ca] communauté d'agglomération
        [communaute_agglomeration] communauté d'agglomération
        [cu] communauté urbaine
        [communaute_urbaine] communauté urbaine
        [metropole] métropole
        [metropole_de_lyon] Métropole de Lyon
        [epci] EPCI
       *[commune] commune
    }
bound-list-kind-lyon = Métropole de Lyon, évaluée comme { $entity }
bound-list-kind-count = { $kind } ({ $count })
bound-list-fact = « { $name } »
bound-list-not-in-force = Pas en vigueur (à compter du { $start }).
bound-list-condition = Condition : « { $condition } »
bound-list-condition-values = Condition : « { $condition } » ; { $values }
bound-list-value = { $name } = { $value } ({ $source })
bound-list-counts = Liés : { $total } ({ $communes }, { $epcis }) ; non liés : { $not_bound } ; indéterminés : { $unknown }
bound-list-no-threshold = Sans seuil : lie tout organisme de ces catégories : { $kinds } — { $communes }, { $epcis }.
bound-list-depends = Dépend de faits absents des données de référence ({ $missing }) : { $kinds }.
bound-list-binds-none = Ne lie aucune commune ni aucun EPCI.
bound-list-body = { $name } — { $population } hab., { $tail }
bound-list-body-no-population = { $name } — population inconnue, { $tail }
bound-list-since = lié depuis le { $day }
bound-list-since-at-least = lié au moins depuis le { $day }
bound-list-not-in-force-yet = lié, sans date connue
bound-list-unknown = indéterminé : il manque { $fact }
bound-list-pending = { $counts } à compter du { $start }
bound-list-no-population-in-force = les données de référence n'ont pas de population en vigueur le { $as_of } pour certains organismes (chiffre applicable : { $details }). Choisissez une date --as-of ultérieure, ou --assume-current-population pour les utiliser quand même (chaque sortie le dira).

## Sortie de la commande members (un EPCI et ses communes membres)

members-title = { $epci } (SIREN { $siren }) et ses { $total ->
        [one] { $total } commune membre
       *[other] { $total } communes membres
    } — au { $as_of }
members-perimeters = Communes membres selon les périmètres au { $day }.
members-population-source = Population de référence : « { $source } »
members-heading-epci = EPCI
members-body = { $name } ({ $code }, { $file }), { $population }
members-body-unprofiled = { $name } ({ $code }), { $population } : { $details }
members-population = { $count } hab.
members-population-unknown = population inconnue
members-population-later = { $count } hab. (chiffre applicable seulement à compter du { $day } : inconnu à cette date)
members-rule = { $rule } : { $outcome }
members-rule-short = { $rule } ({ $outcome })
members-bound = lié
members-not-bound = non lié
members-undetermined = indéterminé (il manque « { $fact } »)
members-with-status = { $outcome } — { $status }
members-not-bound-by = non applicables : { $rules }
members-with-profile = Communes membres avec un profil ({ $count } sur { $total })
members-without-profile = Communes membres sans profil ({ $count }), selon les données de référence
members-none-other = Aucune n'est liée par une autre règle, sur sa population de référence.
members-others = { $count ->
        [one] La dernière n'est liée par aucune autre règle, sur sa population de référence.
       *[other] Les { $count } autres ne sont liées par aucune autre règle, sur leur population de référence.
    }
members-each-bound-by = Chacune est liée par : { $rules }
members-undetermined-for-each = Indéterminé pour chacune ({ $why }) : { $rules }
members-why-later = la population de référence ne s'applique qu'à compter du { $day }
members-why-missing = fait absent des données de référence : « { $fact } »
members-shared-heading = Obligations liant plusieurs organismes
members-shared = { $rule } : { $bodies }
members-epci-and-members = { $epci } et { $count ->
        [one] { $count } commune membre
       *[other] { $count } communes membres
    }
members-members = { $count ->
        [one] { $count } commune membre
       *[other] { $count } communes membres
    }
members-pooling = Chaque organisme est lié en propre par la règle, sur ses propres faits. Le travail peut être mutualisé (stratégie élaborée en commun, groupement de commandes), mais aucun texte lu ne permet que l'acte d'un organisme acquitte l'obligation d'un autre : chacun doit adopter ou respecter la sienne.
members-ignored-heading = Profils ignorés
members-ignored = { $file } : { $reason }
members-ignored-no-code = ni « insee_code », ni SIREN d'une commune des données de référence
members-ignored-not-member = la commune { $code } n'est pas membre de cet EPCI
members-ignored-duplicate = la commune { $code } a déjà un profil : { $file }
members-not-a-folder = --with-members { $folder } : ce n'est pas un dossier
members-check-one-profile = --with-members prend exactement un profil d'EPCI et --format text ou json

## Profil de départ écrit par init (commentaires du fichier YAML)

starter-header = Profil de départ écrit par reen-compliance d'après ses données de référence :
starter-attribution = { $attribution }.
starter-licence = Licence : « { $licence } ».
starter-reference-data = Données de référence : { $source } (jusqu'à la version { $version }) ; un chiffre de population par 1er janvier depuis 2021, chaque ligne citant sa source (version du paquet, fichier, millésime).
starter-override = Les chiffres de ce fichier l'emportent sur les données de référence : le moteur ne lit que ce profil et, à chaque date, retient le dernier chiffre de population applicable à cette date ou avant.
starter-check = Vérifiez chaque valeur ; les lignes marquées À COMPLÉTER ou À REMPLACER attendent vos propres chiffres.
starter-member-of = Membre de l'EPCI à fiscalité propre de SIREN { $siren }.
starter-merged = Cet organisme n'existe plus : fusionné dans { $into }.
starter-merged-unknown = Cet organisme n'existe plus : fusionné dans un autre organisme.
starter-fill-population = À COMPLÉTER : la population totale authentifiée par l'INSEE, une ligne par 1er janvier :
starter-fill-population-example = « - {"{"}applies_from: 2026-01-01, total: 0, source: "INSEE, populations légales …"{"}"} »
starter-one-line-per-year = Une ligne par 1er janvier : le chiffre en vigueur à compter de cette date (données de référence).
starter-epci-sum = Somme des populations totales des communes membres ; que les seuils retiennent cette somme pour un EPCI est une interprétation, non confirmée par un texte.
starter-add-line = Ajoutez une ligne pour chaque 1er janvier suivant, dès que l'INSEE authentifie un nouveau chiffre.
starter-no-figure = À COMPLÉTER au { $day } : les données de référence n'ont pas de population pour cette année (ne prenez jamais le chiffre d'une autre année à la place).
starter-former-commune = { $day } : { $population } était le chiffre de l'ancienne commune de SIREN { $siren } (avant la commune nouvelle), pas celui de cet organisme.
starter-replace-municipale = À REMPLACER : ceci est la population municipale, non la population totale que retiennent les seuils de la loi (CGCT R. 2151-1) ; indiquez ici la population totale authentifiée par l'INSEE pour ce 1er janvier.
starter-source = { $source }, données de référence reen-compliance
starter-source-municipale = population municipale INSEE { $millesime }, données de référence reen-compliance — à remplacer par la population totale authentifiée
starter-source-municipale-unknown = population municipale INSEE, millésime inconnu, données de référence reen-compliance — à remplacer par la population totale authentifiée
starter-kinds = « commune », « epci », « departement », « region », « state_service », « public_establishment » ou « other_buyer »
starter-kinds-short = « commune », « epci », « departement », « region »…
starter-lyon = La Métropole de Lyon est une collectivité à statut particulier (CGCT L. 3611-1), non un EPCI ; le format des profils n'a pas de catégorie pour elle, elle est donc décrite comme une métropole. Les textes qui la nomment à part peuvent la traiter autrement : vérifiez chaque constatation.
starter-epci-categories = « metropole », « communaute_urbaine », « communaute_agglomeration », « communaute_communes » ou « syndicat »
starter-fill-purchases = À COMPLÉTER : année civile → total des achats publics HT, par exemple « 2024: "65000000.00" »
starter-fill-documents = À COMPLÉTER : « nr_work_programme », « nr_strategy » ou « spaser » : « {"{"}status: adopted | in_preparation | not_adopted, adopted_on: AAAA-MM-JJ, reference: ..., url: ...{"}"} »
starter-fill = À COMPLÉTER
init-exists = { $file } existe déjà ; --force pour le remplacer.
init-written = { $file } : profil de départ écrit pour { $name } ; complétez les lignes À COMPLÉTER puis lancez « reen-compliance check ».

## error-reference (codes cherchés dans les données de référence : init, members)

error-reference-expected-code = SIREN (9 chiffres) ou code INSEE de commune (5 caractères, 2A/2B pour la Corse) attendu, trouvé { $found }
error-reference-expected-siren = SIREN (9 chiffres) attendu, trouvé { $found }
error-reference-expected-insee = code INSEE attendu (par exemple 57463, 2A004), trouvé { $found }
error-reference-unknown-siren = aucune commune ni aucun EPCI à fiscalité propre de SIREN { $code } dans les données de référence ({ $source })
error-reference-unknown-insee = aucune commune ni aucun EPCI à fiscalité propre de code INSEE { $code } dans les données de référence ({ $source })
error-reference-describe-by-hand = un organisme créé ou fusionné depuis doit être décrit à la main
error-reference-no-epci = aucun EPCI à fiscalité propre de SIREN { $siren } dans les données de référence
error-members-expected-epci = profil d'EPCI attendu (kind: epci), trouvé la catégorie { $kind }
error-members-unknown-epci = aucun EPCI à fiscalité propre de SIREN { $siren } dans les données de référence ({ $source }) : ses communes membres sont donc inconnues
error-members-give-siren = indiquez le SIREN de l'EPCI (9 chiffres) dans le profil

## reen-compliance --help : aide de la ligne de commande, et mots d'argparse (%(…)s est rempli par argparse)

cli-description = Obligations « numérique responsable » (REEN, AGEC, SPASER…) d'un organisme public, à une date.
cli-help-check = évaluer un profil
cli-help-check-profile = fichiers de profil (YAML ou JSON), ou dossiers qui en contiennent ; plusieurs forment un lot
cli-help-check-as-of = date de l'évaluation (par défaut : aujourd'hui)
cli-help-as-of = date (par défaut : aujourd'hui)
cli-help-law-as-of = le droit tel qu'il était à cette date (par défaut : --as-of)
cli-help-check-ledger = registres d'achats (CSV, XLSX, ODS) remplaçant les montants d'achats déclarés
cli-help-columns = correspondance des colonnes du registre
cli-help-rules = lister les règles et valeurs en vigueur
cli-help-validate = valider un profil
cli-help-profile = un profil (YAML ou JSON)
cli-help-lang = langue de la sortie (par défaut : fr)
cli-help-output = écrire dans FILE (d'un seul coup : jamais de fichier à moitié écrit)
cli-help-debug = afficher la pile d'appels des erreurs (pour les développeurs)
cli-help-max-input-bytes = refuser les fichiers d'entrée de plus de N octets (par défaut : 10 Mio pour les profils et les règles, 2 Gio pour les registres CSV, 100 Mio pour les classeurs)
cli-help-rules-paths = fichiers ou dossiers de règles à la place des règles fournies
cli-help-format = format de la sortie
cli-help-summary = un seul tableau pour tous les profils : une ligne par organisme, une colonne par obligation (formats text, csv, html, jsonl, junit)
cli-help-jobs = processus de calcul (par défaut : 1, ou un par processeur à partir de { $profiles } profils)
cli-help-output-dir = écrire aussi un rapport par profil dans DIR, chacun d'un seul coup, dès qu'il est prêt
cli-help-report-format = format des rapports de --output-dir (par défaut : json)
cli-help-with-members = dossier des profils des communes membres (*.yaml, *.yml, *.json)
cli-help-mapping = colonnes, dialecte, feuilles, montants TTC et règles de catégorie (docs/ledger-mapping.md)
cli-help-delimiter = séparateur CSV (; , | ou tab) : rien n'est deviné
cli-help-encoding = encodage CSV (utf-8, cp1252…) : rien n'est deviné
cli-help-sheet = seulement cette feuille (option répétable)
cli-help-ledger = parts de réemploi et de matières recyclées d'après les registres d'achats
cli-help-ledger-files = exports CSV, XLSX ou ODS
cli-help-year = seulement cette année (option répétable)
cli-help-ledger-columns = associer nos noms de colonne aux en-têtes du fichier
cli-help-unclassified = écrire chaque ligne sans catégorie trouvée, comme liste de travail
cli-help-ledger-profile = un profil : ses objectifs de SPASER sont montrés à côté des parts atteintes
cli-help-siret = SIRET (14 chiffres) pour « --format declaration »
cli-help-raison-sociale = raison sociale de l'acheteur pour « --format declaration »
cli-help-init = écrire un profil de départ
cli-help-init-description = Écrire un profil de départ pour une commune ou un EPCI à fiscalité propre, avec les faits que connaissent les données de référence fournies et des commentaires sur ce qu'il reste à compléter. Sans --output, le profil est affiché.
cli-help-siren = SIREN de la commune ou de l'EPCI (9 chiffres)
cli-help-insee = code INSEE de la commune (par exemple 57463, 2A004)
cli-help-force = remplacer un fichier --output existant
cli-help-bound = lister les communes et EPCI liés par chaque règle
cli-help-bound-description = Lister les communes et EPCI à fiscalité propre des données de référence fournies que chaque règle lie à une date. Les règles à seuil (qui lisent la population) listent chaque organisme lié ; les autres sont résumées par catégorie.
cli-help-rule = seulement ces identifiants de règle (par défaut : toutes les règles)
cli-help-assume-current-population = avant qu'un chiffre de référence ne s'applique, le tenir quand même pour en vigueur (chaque sortie le dit alors)
cli-help-members = évaluer un EPCI et ses communes membres
cli-help-members-description = Évaluer le profil d'un EPCI et ceux de ses communes membres trouvés dans DIR (reconnus par code INSEE ou SIREN d'après la composition des données de référence) ; les membres sans profil sont jugés sur leur population de référence.
cli-help-members-profile = le profil de l'EPCI
cli-help-verify = rejouer un rapport depuis son reçu
cli-help-verify-description = Rejouer « REPORT.json » avec les dates et la langue de son reçu, et dire si le résultat est le même (code de sortie 0) ou ce qui a changé (code 1).
cli-help-verify-report = un rapport de check --format json
cli-help-verify-profile = le profil dont le rapport est tiré
cli-help-verify-ledger = registres d'achats avec lesquels le rapport a été fait (relus, et leur SHA-256 comparé)
cli-help-diff = comparer deux rapports
cli-help-diff-description = Lister les constatations (par règle et période) dont le statut ou l'écart a changé, ajoutées ou retirées, chacune attribuée au droit, aux données, à la date ou à la version du moteur.
cli-help-diff-old = le rapport antérieur (check --format json)
cli-help-diff-new = le rapport postérieur
cli-help-explain = raisonnement d'une constatation
cli-help-rule-id = l'identifiant de la règle (voir la commande « rules »)
cli-help-period = seulement cette période (une année, une référence de marché…)
cli-help-calendar = échéances à venir (text, json, ics)
cli-help-from = premier jour montré (par défaut : aujourd'hui)
cli-help-to = dernier jour montré
cli-help-lint-rules = vérifier les fichiers de règles
cli-help-lint-paths = fichiers ou dossiers de règles
cli-help-features = dossier des scénarios (par défaut : features/)
cli-help-reference = dossier obligations/ de la référence juridique
cli-help-exceptions = exceptions relues aux vérifications des citations (par défaut « rules/lint/exceptions.yaml »)
cli-help-lint-lang = langue des problèmes (par défaut : fr)
cli-help-write-coverage = écrire la table de couverture (par défaut docs/coverage.md) et le schéma des règles
cli-help-serve = application web locale
cli-help-serve-description = Lancer l'application web locale : trouver un organisme, répondre aux questions, lire le rapport, importer un registre. Il faut l'extra « web » : pip install 'reen-compliance[web]'.
cli-help-host = adresse d'écoute (par défaut : %(default)s)
cli-help-port = port (par défaut : %(default)s)
cli-help-open = ouvrir la page dans le navigateur
cli-help-max-profile-mb = plus gros profil accepté (Mo)
cli-help-max-ledger-mb = plus gros registre accepté (Mo)
cli-help-serve-lang = langue des messages (par défaut : fr)
cli-error-date = date attendue sous la forme « 2025-06-01 » ou « 01/06/2025 », trouvé { $found }
cli-error-positive-int = nombre entier de 1 ou plus attendu, trouvé { $found }
cli-valid-profile = { $file } : profil valide.
cli-heading-invalid-input = entrée invalide
cli-heading-file-not-accessible = fichier inaccessible
cli-argparse-usage = utilisation{"\u00A0:"}{" "}
cli-argparse-positional = arguments positionnels{"\u00A0"}
cli-argparse-options = options{"\u00A0"}
cli-argparse-help = afficher cette aide et quitter
cli-argparse-error = %(prog)s : erreur : %(message)s
cli-argparse-argument = argument « %(argument_name)s » : %(message)s
cli-argparse-required = arguments obligatoires manquants : %s
cli-argparse-one-of-required = l'un des arguments %s est obligatoire
cli-argparse-unrecognized = arguments non reconnus : %s
cli-argparse-ambiguous = option ambiguë : %(option)s peut désigner %(matches)s
cli-argparse-invalid-choice = choix invalide : %(value)r (choisir parmi %(choices)s)
cli-argparse-invalid-value = valeur %(type)s invalide : %(value)r
cli-argparse-expected-one = un argument attendu
cli-argparse-expected-at-most-one = au plus un argument attendu
cli-argparse-expected-at-least-one = au moins un argument attendu
cli-argparse-expected-n = %s arguments attendus
cli-argparse-not-allowed-with = interdit avec l'argument %s
cli-argparse-ignored-explicit = argument explicite ignoré : %r
cli-argparse-cannot-open = impossible d'ouvrir '%(filename)s' : %(error)s
cli-argparse-unknown-parser = commande inconnue « %(parser_name)r » (choix : %(choices)s)

## Commandes verify et check (lots)

verify-same = Vérifié : même reçu et mêmes constatations.
verify-differences = Différences :
verify-receipt-change = - { $what } : { $old } → { $new }
verify-profile-changed = le profil a changé (SHA-256 différent)
verify-ledgers-changed = les registres d'achats ont changé (SHA-256 différents)
verify-rules-changed = les fichiers de règles ont changé (SHA-256 différent)
verify-rules-version-changed = la version des règles a changé
verify-engine-version-changed = la version du moteur a changé
verify-field-changed = « { $field } » a changé
verify-reworded = - même statut et même écart, texte différent : { $rules }
verify-unchanged = Les constatations (statuts et écarts) sont inchangées.
batch-interrupted-written = interrompu : { $count ->
        [one] { $count } rapport écrit
       *[other] { $count } rapports écrits
    } dans { $folder }
batch-interrupted-none = interrompu : aucun rapport écrit (--output-dir garde les rapports terminés)
batch-remaining = restant à évaluer ({ $count }) :

## error-model (contrôles des profils et des règles par leurs modèles)

error-model-decimal-as-text = nombre décimal écrit comme un texte attendu, tel que « "1234.56" » (un nombre à virgule flottante perd des centimes)
error-model-amount-not-finite = montant fini attendu
error-model-amount-negative = montant de zéro ou plus attendu, trouvé { $value }
error-model-amount-too-large = montant inférieur à { $maximum } attendu (borne de vraisemblance), trouvé { $value }
error-model-epci-needs-category = un EPCI doit indiquer « epci_category » (« metropole », « communaute_urbaine », « communaute_agglomeration », « communaute_communes » ou « syndicat »)
error-model-category-for-epci-only = « epci_category » ne vaut que pour la catégorie « epci », trouvé la catégorie { $kind }
error-model-population-same-date = deux chiffres de population s'appliquent à compter de la même date
error-model-adopted-needs-date = un document adopté doit indiquer « adopted_on » (la date de la délibération ou de la décision)
error-model-adopted-on-without-adoption = « adopted_on » est indiqué mais le statut est { $status } ; indiquez le statut « adopted »
error-model-parts-exceed-total = réemploi ({ $reuse }) et recyclé ({ $recycled }) dépassent ensemble le total de la catégorie ({ $total })
error-model-recycled-exceeds-total = la part recyclée ({ $recycled }) dépasse le total ({ $total })
error-rules-end-before-start = « effective_to » ({ $end }) est antérieur à « effective_from » ({ $start })
error-rules-unconfirmed-not-null = une valeur non confirmée doit être nulle (« null ») : la référence ne donne aucun nombre à encoder
error-rules-read-in-text-without-value = « read_in_text: false » qualifie une valeur : donnez la valeur que donnent les sources
error-rules-no-such-item-field = les éléments « { $data } » n'ont pas de champ { $field }
error-rules-date-or-yearly = une entrée de calendrier a soit « date », soit « yearly » (MM-JJ), pas les deux
error-rules-check-parameter-undefined = la vérification nomme le paramètre { $name }, que la règle ne définit pas

## Titres des schémas, table de couverture, sources synthétisées des données de référence

schema-profile-title = Profil d'un organisme public
schema-rule-title = Règle : une obligation légale datée
schema-report-title = Rapport de conformité
coverage-title = Couverture des obligations
coverage-col-rule = Règle
coverage-col-reference = Référence
coverage-col-articles = Articles
coverage-col-confidence = Confiance
coverage-col-scenarios = Scénarios
reference-no-figure = aucune population en vigueur au { $day } dans les données de référence pour cet organisme
reference-no-body = organisme absent des données de référence au { $day }

## Combinaisons d'options impossibles (check, calendar)

usage-no-profile = aucun profil trouvé (les dossiers sont parcourus à la recherche de *.yaml, *.yml, *.json)
usage-csv-needs-summary = « --format csv » est un format de synthèse : ajoutez --summary
usage-pdf-to-terminal = un PDF est binaire : indiquez --output FICHIER.pdf ou redirigez la sortie
usage-ledger-single-profile = --ledger porte les achats d'un seul organisme : donnez-le avec un seul profil
usage-summary-formats = --summary écrit l'un des formats { $choices }, pas « { $format } »
usage-several-profiles = plusieurs profils : ajoutez --summary pour un tableau, « --format jsonl » ou « --format junit » pour tous les rapports, ou --output-dir DOSSIER pour un rapport par profil
usage-jobs-at-least-one = --jobs doit valoir au moins 1
usage-pdf-missing = la sortie PDF demande l'extra facultatif et ses bibliothèques système : « pip install 'reen-compliance[pdf]' » (WeasyPrint ; sous Debian : « apt install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fonts-dejavu-core »)
usage-to-before-from = la fin demandée (« --to », { $end }) précède le début (« --from », { $start })

## La page docs/profile.md

profile-doc-title = Le profil, champ par champ
profile-doc-intro = Généré à partir du schéma `schemas/profile.schema.json` et des catalogues `src/reen_compliance/i18n/fr.ftl` et `en.ftl` (identifiants `field-…`) ; un test vérifie que cette page leur correspond. `reen-compliance init` écrit un profil de départ qui contient chacune de ces sections, commentée. Dates : « 12/12/2024 » ou « 2024-12-12 » ; montants entre guillemets, point décimal : `"65000000.00"`. Un champ absent (ou `null`) est inconnu, jamais « non ».

## Les pratiques déclarées, nommées pour le lecteur

practice-name = { $name ->
        [circular_clauses] clauses d'économie circulaire
        [energy_efficient_software] logiciels dont la conception limite la consommation d'énergie
        [no_single_use_plastics] produits en plastique à usage unique
        [refurbished_temporary_buildings] bâtiments temporaires issus du réemploi
        [retreaded_tyres] pneumatiques rechapés
       *[other] { $name }
    }
