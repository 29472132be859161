# language: fr
@reen-art35-annual-report
Fonctionnalité: Bilan annuel de la stratégie dans le rapport sur la situation en matière de développement durable
  Loi n° 2021-1485, art. 35, I, al. 3 ; CGCT L. 2311-1-1 modifié (en vigueur le 1er janvier 2025).
  Lecture retenue (à vérifier) : le bilan est exigé dans les rapports présentés à compter du
  1er janvier 2025.

  Scénario: Le rapport du budget 2025 contient le bilan
    Étant donné une commune de 80 000 habitants
    Et son rapport développement durable du budget 2025, présenté le 6 février 2025, contient le bilan de la stratégie
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-annual-report » pour 2025 est « conforme »
    Et la constatation « reen-art35-annual-report » est signalée « à vérifier »

  Scénario: Le rapport du budget 2026 ne contient pas le bilan
    Étant donné une commune de 80 000 habitants
    Et son rapport développement durable du budget 2026, présenté le 5 février 2026, ne contient pas le bilan de la stratégie
    Quand on évalue sa situation au 1er juin 2026
    Alors l'obligation « reen-art35-annual-report » pour 2026 est « non conforme »

  Plan du scénario: Un rapport présenté avant ou à partir du 1er janvier 2025
    Étant donné une commune de 80 000 habitants
    Et son rapport développement durable du budget 2025, présenté le <date>, ne contient pas le bilan de la stratégie
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-annual-report » pour 2025 est « <statut> »

    Exemples:
      | date             | statut         |
      | 31 décembre 2024 | non applicable |
      | 1er janvier 2025 | non conforme   |

  Scénario: Sans rapport déclaré pour une année écoulée, les données manquent
    Étant donné une commune de 80 000 habitants
    Quand on évalue sa situation au 1er juin 2026
    Alors l'obligation « reen-art35-annual-report » pour 2025 est « données insuffisantes »
    Et l'obligation « reen-art35-annual-report » pour 2026 est « données insuffisantes »

  Scénario: Une commune de 50 000 habitants n'est pas tenue
    Étant donné une commune de 50 000 habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-annual-report » pour 2025 est « non applicable »
