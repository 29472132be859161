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
fact-population = population totale de { $total } habitants, applicable depuis le { $since } ({ $source })
fact-no-purchases = montant des achats { $year } non indiqué
fact-purchases = achats { $year } de { $amount } HT
bound-since = L'organisme y est assujetti depuis le { $day }, sans délai de grâce prévu par les textes.
bound-at-least-since = L'organisme y est assujetti au moins depuis le { $day } (les chiffres du profil ne remontent pas plus loin).
first-year-not-started = La première année mesurée n'a pas commencé (obligation en vigueur à compter du { $start }).

step-not-in-force = obligation pas encore en vigueur
step-missing-fact = fait manquant : { $name }
step-not-bound = non assujetti
step-bound = assujetti
step-due = échéance : { $day }
step-due-when-bound = exigible dès l'assujettissement
step-compliant = conforme
step-year = année { $year }
step-budget-year = budget { $year }

## Documents à adopter (programme de travail, stratégie, SPASER)

document-unknown = Le profil ne dit rien { DE($subject) } ({ $field }).
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

ratio-no-data = Aucune donnée sur les matériels informatiques réformés pour { $year } ({ $field }).
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

report-not-declared = Aucun rapport sur la situation en matière de développement durable n'est déclaré pour le budget { $year } ({ $field }).
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
sanction = { $text } ({ $source })
sanction-to-check = { $text } ({ $source }) ⚠ { $note }

## Exemptions

exemption-expired = Exemption expirée le { $day } non appliquée ({ $path }, « { $title } »).
exempted = Exemption ({ $ground }, { $source }) : { $justification }. Constat sans exemption : { $original }
step-exempted = exemption : { $ground } ({ $path })

## Parts déclarées (papier recyclé)

declared-share-no-figures = { $year } : aucun chiffre déclaré pour la part { DE($subject) } ({ $field }).
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

publication-unknown = { CAP($subject) } : le profil n'en dit rien ({ $field }).
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

accessibility-services-unknown = Le profil ne liste pas les services en ligne ({ $field }).
accessibility-no-service = Aucun service en ligne déclaré.
accessibility-creation-date-needed = « { $service } » : date de création nécessaire pour savoir depuis quand les obligations s'appliquent ({ $field }).
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
