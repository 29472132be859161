# language: fr
@climat-resilience-art35-environmental-clauses
Fonctionnalité: Condition d'exécution et critère d'attribution environnementaux dans chaque marché
  Loi n° 2021-1104 du 22 août 2021, art. 35 (CCP L. 2112-2 et L. 2152-7) ; décret n° 2022-767,
  article final : les dispositions « s'appliquent aux marchés […] pour lesquels une consultation
  est engagée […] à compter de cette date » (21 août 2026 ; 22 août 2026 selon les articles
  législatifs : point ouvert, signalé).

  Plan du scénario: La date d'engagement de la consultation décide
    Étant donné une commune de 30 000 habitants
    Et un marché « M-1 » dont la consultation est engagée le <engagement>, condition d'exécution environnementale : non, critère d'attribution environnemental : non
    Quand on évalue sa situation au 1er octobre 2026
    Alors l'obligation « climat-resilience-art35-environmental-clauses » est « <statut> »

    Exemples:
      | engagement   | statut         |
      | 20 août 2026 | non applicable |
      | 21 août 2026 | non conforme   |
      | 22 août 2026 | non conforme   |

  Scénario: Une consultation engagée le 21 août 2026 porte le point ouvert du 21 ou 22 août
    Étant donné une commune de 30 000 habitants
    Et un marché « M-1 » dont la consultation est engagée le 21 août 2026, condition d'exécution environnementale : oui, critère d'attribution environnemental : oui
    Quand on évalue sa situation au 1er octobre 2026
    Alors l'obligation « climat-resilience-art35-environmental-clauses » est « conforme »
    Et la constatation « climat-resilience-art35-environmental-clauses » est signalée « à vérifier »
    Et les points à vérifier de « climat-resilience-art35-environmental-clauses » mentionnent « 22 août 2026 »

  Scénario: Un critère d'attribution seulement économique rend le marché non conforme
    Étant donné un département de 500 000 habitants
    Et un marché « M-7 » dont la consultation est engagée le 1er septembre 2026, condition d'exécution environnementale : oui, critère d'attribution environnemental : non
    Quand on évalue sa situation au 1er octobre 2026
    Alors l'obligation « climat-resilience-art35-environmental-clauses » pour M-7 est « non conforme »
    Et l'explication de « climat-resilience-art35-environmental-clauses » mentionne « critère d'attribution environnemental (ou critère unique du coût l'intégrant) : non »

  Scénario: Un critère non renseigné ne vaut pas manquement
    Étant donné une commune de 30 000 habitants
    Et un marché « M-2 » dont la consultation est engagée le 1er septembre 2026, condition d'exécution environnementale : oui, critère d'attribution environnemental : inconnu
    Quand on évalue sa situation au 1er octobre 2026
    Alors l'obligation « climat-resilience-art35-environmental-clauses » est « données insuffisantes »

  Scénario: Le profil ne liste pas ses marchés
    Étant donné une commune de 30 000 habitants
    Quand on évalue sa situation au 1er octobre 2026
    Alors l'obligation « climat-resilience-art35-environmental-clauses » est « données insuffisantes »

  Plan du scénario: Avant le 21 août 2026 l'obligation n'est pas en vigueur : elle est à préparer
    Étant donné une commune de 30 000 habitants
    Quand on évalue sa situation au <date>
    Alors l'obligation « climat-resilience-art35-environmental-clauses » est « <statut> »

    Exemples:
      | date         | statut                |
      | 20 août 2026 | pas encore exigible   |
      | 21 août 2026 | données insuffisantes |
