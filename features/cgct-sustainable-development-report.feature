# language: fr
@cgct-sustainable-development-report
Fonctionnalité: Rapport sur la situation en matière de développement durable, avant le débat budgétaire
  CGCT L. 2311-1-1, L. 3311-2, L. 4310-1 ; décret n° 2011-687 : les communes et EPCI à fiscalité
  propre de plus de 50 000 habitants, les départements et les régions présentent chaque année,
  préalablement aux débats sur le projet de budget, un rapport sur leur situation en matière de
  développement durable.

  Plan du scénario: Le seuil de 50 000 habitants est strict pour les communes
    Étant donné une commune de <habitants> habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « cgct-sustainable-development-report » pour 2024 est « <statut> »

    Exemples:
      | habitants | statut                |
      | 50 000    | non applicable        |
      | 50 001    | données insuffisantes |

  Scénario: Un département est tenu sans seuil ; rapport présenté avant le débat budgétaire
    Étant donné un département de 300 000 habitants
    Et son rapport développement durable du budget 2025, présenté le 3 février 2025, ne contient pas le bilan de la stratégie
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « cgct-sustainable-development-report » pour 2025 est « conforme »

  Scénario: Seules les deux dernières années budgétaires sont examinées
    Étant donné un département de 300 000 habitants
    Quand on évalue sa situation au 1er avril 2025
    Alors l'obligation « cgct-sustainable-development-report » pour 2024 est « données insuffisantes »
    Et l'obligation « cgct-sustainable-development-report » pour 2025 est « pas encore exigible »

  Plan du scénario: Les réserves ne visent que les organismes dont elles peuvent changer le résultat
    # Les numéros d'articles de la Corse et de la Métropole de Lyon ne concernent qu'elles ; le
    # contenu non vérifié du rapport ne concerne qu'un organisme tenu de le présenter.
    Étant donné une commune de <habitants> habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors les points à vérifier de « cgct-sustainable-development-report » ne mentionnent pas « Corse »
    Et les points à vérifier de « cgct-sustainable-development-report » <contenu> « Contenu du rapport non vérifié »

    Exemples:
      | habitants | contenu               |
      | 50 000    | ne mentionnent pas    |
      | 50 001    | mentionnent           |
