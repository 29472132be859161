# language: fr
@agec-art55-circular-clauses
Fonctionnalité: Clauses et critères d'économie circulaire dans les achats publics, « dès que cela est possible »
  Loi n° 2020-105 (AGEC), art. 55, al. 1 : « […] lors de leurs achats publics et dès que cela est
  possible, doivent réduire la consommation de plastiques à usage unique, la production de déchets
  et privilégient les biens issus du réemploi ou qui intègrent des matières recyclées en prévoyant
  des clauses et des critères utiles dans les cahiers des charges. » Obligation de moyens : l'outil
  ne conclut jamais à un manquement.

  Plan du scénario: La pratique déclarée, jamais un manquement présumé
    Étant donné une commune de 8 000 habitants
    Et elle <declaration>
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « agec-art55-circular-clauses » est « <statut> »
    Et aucune constatation de « agec-art55-circular-clauses » n'est « non conforme »

    Exemples:
      | declaration                                                                   | statut                |
      | déclare appliquer « circular_clauses »                                        | conforme              |
      | déclare ne pas appliquer « circular_clauses »                                 | données insuffisantes |
      | déclare ne pas appliquer « circular_clauses » car « aucun produit réemployé disponible » | conforme |

  Scénario: Sans déclaration, données insuffisantes
    Étant donné une commune de 8 000 habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « agec-art55-circular-clauses » est « données insuffisantes »

  Plan du scénario: L'obligation s'applique à compter du 1er janvier 2021
    Étant donné une commune de 8 000 habitants
    Et elle déclare appliquer « circular_clauses »
    Quand on évalue sa situation au <date>
    Alors l'obligation « agec-art55-circular-clauses » est « <statut> »

    Exemples:
      | date             | statut         |
      | 31 décembre 2020 | pas encore exigible |
      | 1er janvier 2021 | conforme       |
