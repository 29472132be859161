# language: fr
Fonctionnalité: Les dates des obligations : rien avant qu'elles existent, ni avant que l'organisme soit tenu
  Issue 13, points 1 à 7, 12, 14 et 15 : une obligation n'apparaît pas avant son texte ni avant
  son entrée en vigueur ; le canal de déclaration est celui de la période ; l'échéance légale et
  la date propre à l'organisme sont deux faits ; un cycle budgétaire se clôt au vote du budget ;
  une année close ne se rattrape pas ; le retard se mesure ; qui décide dépend de l'organisme.

  # Point 1 : rien avant que l'obligation existe.
  Scénario: Les déclarations des centres de données ne sont pas montrées avant le 31 décembre 2025
    Étant donné un département de 300 000 habitants
    Et elle exploite un centre de données « DC1 » de 800 kW sans transmission déclarée
    Quand on établit son calendrier du 1er janvier 2023 au 31 décembre 2026
    Alors le calendrier ne montre rien pour « data-centre-energy-reporting » le 15 mai 2023
    Et le calendrier ne montre rien pour « data-centre-energy-reporting » le 15 mai 2025
    Et le calendrier montre pour « data-centre-energy-reporting » le 15 mai 2026 « Centres de données »

  Scénario: L'année de mesure 2022 du taux de réemploi n'existe pas, 2023 oui
    Étant donné une commune de 3 000 habitants
    Quand on établit son calendrier du 1er janvier 2022 au 31 décembre 2023
    Alors le calendrier ne montre rien pour « reen-art16-it-equipment-reuse » le 31 décembre 2022
    Et le calendrier montre pour « reen-art16-it-equipment-reuse » le 31 décembre 2023 « Fin de l'année de mesure »

  Scénario: Selon le droit connu au 1er janvier 2024, les paliers du décret n° 2024-134 n'existent pas
    Étant donné une commune de 3 000 habitants
    Quand on établit son calendrier du 1er janvier 2024 au 31 décembre 2030 selon le droit connu au 1er janvier 2024
    Alors le calendrier ne montre jamais « Palier 2027 » pour « agec-art58-procurement-shares »
    Et le calendrier ne montre jamais « data.gouv.fr » pour « agec-art58-procurement-shares »

  Scénario: Selon le droit connu au 1er mars 2024, le palier 2027 est annoncé
    Étant donné une commune de 3 000 habitants
    Quand on établit son calendrier du 1er janvier 2024 au 31 décembre 2030 selon le droit connu au 1er mars 2024
    Alors le calendrier montre pour « agec-art58-procurement-shares » le 1er janvier 2027 « Palier 2027 »

  Scénario: Selon le droit connu avant le décret n° 2025-1382, l'obligation des centres de données n'existe pas
    Étant donné un département de 300 000 habitants
    Et elle exploite un centre de données « DC1 » de 800 kW sans transmission déclarée
    Quand on évalue sa situation au 1er juin 2026 selon le droit connu au 1er décembre 2025
    Alors l'obligation « data-centre-energy-reporting » est « non applicable »
    Et l'explication de « data-centre-energy-reporting » mentionne « Aucun texte ne prévoyait cette obligation »
    Et les prochaines échéances ne montrent rien pour « data-centre-energy-reporting »

  # Point 2 : le canal de la déclaration AGEC art. 58 selon la période.
  Scénario: Les années 2022 et 2023 se déclarent à l'OECP (REAP), 2024 sur data.gouv.fr
    Étant donné une commune de 3 000 habitants
    Quand on établit son calendrier du 1er janvier 2022 au 31 décembre 2025
    Alors le calendrier montre pour « agec-art58-procurement-shares » le 30 juin 2023 « application REAP »
    Et le calendrier montre pour « agec-art58-procurement-shares » le 30 juin 2024 « application REAP »
    Et le calendrier montre pour « agec-art58-procurement-shares » le 30 juin 2025 « data.gouv.fr »
    Et le calendrier ne montre rien pour « agec-art58-procurement-shares » le 30 juin 2021

  Scénario: Avant l'arrêté du 13 janvier 2025, la déclaration de 2025 est encore annoncée à l'OECP
    Étant donné une commune de 3 000 habitants
    Quand on établit son calendrier du 1er janvier 2025 au 31 décembre 2025 selon le droit connu au 1er décembre 2024
    Alors le calendrier montre pour « agec-art58-procurement-shares » le 30 juin 2025 « application REAP »
    Et le calendrier ne montre jamais « data.gouv.fr » pour « agec-art58-procurement-shares »

  # Point 3 : aucune échéance antérieure à l'assujettissement.
  Scénario: Une commune tenue au BEGES depuis 2026 n'a pas d'échéance en 2012
    Étant donné une commune de 49 800 habitants
    Et sa population totale est de 50 800 habitants à compter du 1er janvier 2026
    Et elle emploie 200 personnes
    Et elle n'a publié aucun bilan des émissions de gaz à effet de serre
    Quand on évalue sa situation au 1er mars 2026
    Alors l'échéance de « beges-ghg-report » est le 1er janvier 2026
    Et l'échéance légale de « beges-ghg-report » est le 31 décembre 2012
    Et l'explication de « beges-ghg-report » mentionne « les textes ne prévoient aucun délai »

  Scénario: Une région tenue depuis toujours garde l'échéance légale
    Étant donné un organisme de type « region »
    Et elle n'a publié aucun bilan des émissions de gaz à effet de serre
    Quand on évalue sa situation au 1er mars 2026
    Alors l'échéance de « beges-ghg-report » est le 31 décembre 2012
    Et « beges-ghg-report » n'a pas d'échéance légale distincte

  # Point 4 : l'échéance légale et la date propre à la commune, puis l'avertissement anticipé.
  Scénario: Après le franchissement, la stratégie est due depuis le jour où la commune est tenue
    Étant donné une commune de 49 800 habitants
    Et sa population totale est de 50 800 habitants à compter du 1er janvier 2026
    Et sa stratégie numérique responsable n'est pas adoptée
    Quand on évalue sa situation au 1er juin 2026
    Alors l'obligation « reen-art35-strategy » est « non conforme »
    Et l'échéance légale de « reen-art35-strategy » est le 1er janvier 2025
    Et l'explication de « reen-art35-strategy » mentionne « La date limite légale était le 1er janvier 2025 »
    Et l'explication de « reen-art35-strategy » mentionne « assujetti depuis le 1er janvier 2026 (seuil franchi) »
    Et l'explication de « reen-art35-strategy » mentionne « aucun délai de grâce n'est prévu »

  Scénario: Avant le franchissement, le rapport avertit et le calendrier annonce le jour où la commune sera tenue
    Étant donné une commune de 49 800 habitants
    Et sa population totale est de 50 800 habitants à compter du 1er janvier 2026
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « non applicable »
    Et le rapport avertit « À compter du 1er janvier 2026, la population totale indiquée dans le profil »
    Et les prochaines échéances montrent pour « reen-art35-strategy » le 1er janvier 2026 « Assujettissement à compter de ce jour »

  Scénario: Sans nouveau chiffre au-dessus du seuil, aucun avertissement
    Étant donné une commune de 49 800 habitants
    Et sa population totale est de 49 900 habitants à compter du 1er janvier 2026
    Quand on évalue sa situation au 1er juin 2025
    Alors le rapport n'avertit pas « Stratégie numérique responsable »
    Et les prochaines échéances ne montrent rien pour « reen-art35-strategy »

  Scénario: Le calendrier annonce l'assujettissement le 1er janvier 2026
    Étant donné une commune de 49 800 habitants
    Et sa population totale est de 50 800 habitants à compter du 1er janvier 2026
    Quand on établit son calendrier du 1er juin 2025 au 31 décembre 2026
    Alors le calendrier montre pour « reen-art35-strategy » le 1er janvier 2026 « Assujettissement à compter de ce jour »
    Et le calendrier ne montre rien pour « reen-art35-strategy » le 1er janvier 2025

  # Point 5 : le cycle budgétaire se clôt au vote du budget (CGCT L. 1612-2).
  Plan du scénario: Le rapport du budget 2025 d'une commune est exigible jusqu'au 15 avril 2025
    Étant donné une commune de 80 000 habitants
    Quand on évalue sa situation au <date>
    Alors l'obligation « cgct-sustainable-development-report » pour 2025 est « <statut> »

    Exemples:
      | date           | statut                |
      | 15 avril 2025  | pas encore exigible   |
      | 16 avril 2025  | données insuffisantes |

  Plan du scénario: L'année du renouvellement des conseils municipaux, le budget se vote jusqu'au 30 avril
    Étant donné une commune de 80 000 habitants
    Quand on évalue sa situation au <date>
    Alors l'obligation « reen-art35-annual-report » pour 2026 est « <statut> »

    Exemples:
      | date           | statut                |
      | 30 avril 2026  | pas encore exigible   |
      | 1er mai 2026   | données insuffisantes |

  Scénario: Après le vote du budget, le rapport manquant n'est plus « pas encore exigible »
    Étant donné un département de 300 000 habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « cgct-sustainable-development-report » pour 2025 est « données insuffisantes »
    Et l'explication de « cgct-sustainable-development-report » pour 2025 mentionne « le cycle budgétaire 2025 est clos »

  # Point 6 : une année close ne se rattrape pas.
  Scénario: Un taux de réemploi manqué en 2024 est constaté, la mesure vise l'année suivante
    Étant donné une commune de 3 000 habitants
    Et au 1er janvier 2024 elle avait 100 matériels informatiques réformés en stock et en a orienté 10 vers le réemploi dans l'année
    Quand on évalue sa situation au 1er mars 2025
    Alors l'obligation « reen-art16-it-equipment-reuse » pour 2024 est « non conforme »
    Et la mesure à prendre pour « reen-art16-it-equipment-reuse » pour 2024 mentionne « une période close ne se rattrape pas »
    Et la mesure à prendre pour « reen-art16-it-equipment-reuse » pour 2024 mentionne « au 31 décembre 2025 »
    Et la mesure à prendre pour « reen-art16-it-equipment-reuse » pour 2024 ne mentionne pas « sans délai »

  # Point 7 : pas encore en vigueur n'est pas « non applicable ».
  Plan du scénario: Les clauses de la loi Climat et Résilience sont à préparer avant le 21 août 2026
    Étant donné une commune de 30 000 habitants
    Quand on évalue sa situation au <date>
    Alors l'obligation « climat-resilience-art35-environmental-clauses » est « <statut> »

    Exemples:
      | date         | statut                |
      | 20 août 2026 | pas encore exigible   |
      | 21 août 2026 | données insuffisantes |

  Scénario: Un organisme sans centre de données est hors du champ, même avant le 31 décembre 2025
    Étant donné un département de 300 000 habitants
    Et elle n'exploite aucun centre de données
    Quand on évalue sa situation au 30 décembre 2025
    Alors l'obligation « data-centre-energy-reporting » est « non applicable »
    Et l'explication de « data-centre-energy-reporting » mentionne « mais pas à cet organisme »

  # Point 12 : le retard se mesure.
  Scénario: Une stratégie adoptée en retard reste conforme, avec son retard
    Étant donné une commune de 80 000 habitants
    Et sa stratégie numérique responsable a été adoptée le 31 janvier 2025
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « conforme »
    Et « reen-art35-strategy » a 30 jours de retard

  Scénario: Une stratégie adoptée à l'échéance n'a aucun retard
    Étant donné une commune de 80 000 habitants
    Et sa stratégie numérique responsable a été adoptée le 1er janvier 2025
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « conforme »
    Et « reen-art35-strategy » n'a aucun retard

  Scénario: Une adoption prévue après l'échéance est un manquement prévisible
    Étant donné une commune de 80 000 habitants
    Et sa stratégie numérique responsable n'est pas adoptée mais prévue le 15 mars 2025
    Quand on évalue sa situation au 1er décembre 2024
    Alors l'obligation « reen-art35-strategy » est « pas encore exigible »
    Et « reen-art35-strategy » est signalée comme manquement prévisible
    Et l'explication de « reen-art35-strategy » mentionne « manquement prévisible »

  Scénario: Une adoption prévue avant l'échéance n'est pas un manquement prévisible
    Étant donné une commune de 80 000 habitants
    Et sa stratégie numérique responsable n'est pas adoptée mais prévue le 15 décembre 2024
    Quand on évalue sa situation au 1er décembre 2024
    Alors « reen-art35-strategy » n'est pas signalée comme manquement prévisible

  Scénario: Après l'échéance, l'adoption prévue reste montrée et le retard compté
    Étant donné une commune de 80 000 habitants
    Et sa stratégie numérique responsable n'est pas adoptée mais prévue le 15 mars 2025
    Quand on évalue sa situation au 31 janvier 2025
    Alors l'obligation « reen-art35-strategy » est « non conforme »
    Et « reen-art35-strategy » a 30 jours de retard
    Et l'explication de « reen-art35-strategy » mentionne « Adoption prévue le 15 mars 2025 »

  # Point 14 : ce que la loi exige, et qui agit.
  Plan du scénario: La stratégie est définie par l'organisme ; une délibération est une bonne pratique
    Étant donné <organisme>
    Et sa stratégie numérique responsable n'est pas adoptée
    Quand on évalue sa situation au 1er juin 2025
    Alors la mesure à prendre pour « reen-art35-strategy » mentionne « <qui> »
    Et la mesure à prendre pour « reen-art35-strategy » mentionne « bonne pratique, non exigée »

    Exemples:
      | organisme                                | qui                         |
      | une commune de 80 000 habitants          | conseil municipal           |
      | un EPCI « communauté d'agglomération » de 80 000 habitants | conseil communautaire |
      | un EPCI « métropole » de 400 000 habitants | conseil de la métropole   |

  Scénario: Le rapport développement durable d'un département est présenté par le président du conseil départemental
    Étant donné un département de 300 000 habitants
    Quand on évalue sa situation au 1er mars 2025
    Alors la mesure à prendre pour « cgct-sustainable-development-report » pour 2025 mentionne « président du conseil départemental »

  # Point 15 : pourquoi non applicable.
  Scénario: Un département est hors du champ de la stratégie par sa nature, non par sa population
    Étant donné un département de 300 000 habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « non applicable »
    Et l'explication de « reen-art35-strategy » mentionne « un département n'en fait pas partie »

  Plan du scénario: Exactement au seuil, « plus de 50 000 » s'entend strictement
    Étant donné une commune de <habitants> habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « <statut> »

    Exemples:
      | habitants | statut                |
      | 50 000    | non applicable        |
      | 50 001    | données insuffisantes |

  Scénario: Une commune d'exactement 50 000 habitants lit que le seuil est strict
    Étant donné une commune de 50 000 habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors l'explication de « reen-art35-strategy » mentionne « s'entend strictement »
