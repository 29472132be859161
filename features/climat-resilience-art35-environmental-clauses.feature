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

  Plan du scénario: Le critère d'attribution dès le 21 août 2026, la condition d'exécution au plus tard le 22 août 2026
    # Décret n° 2022-767 (article final) : critère d'attribution pour les consultations engagées à
    # compter du 21 août 2026 ; loi n° 2021-1104, art. 35 IV : condition d'exécution au plus tard le
    # 22 août 2026. Une consultation engagée le 21 août 2026 est jugée sur le critère, la condition
    # n'est qu'une lecture (issue 13, point 21).
    Étant donné une commune de 30 000 habitants
    Et un marché « M-1 » dont la consultation est engagée le <engagement>, condition d'exécution environnementale : <condition>, critère d'attribution environnemental : <critère>
    Quand on évalue sa situation au 1er octobre 2026
    Alors l'obligation « climat-resilience-art35-environmental-clauses » pour M-1 est « <statut> »
    Et <lecture>

    Exemples:
      | engagement   | condition | critère | statut       | lecture                                                                                                               |
      | 21 août 2026 | non       | oui     | conforme     | dans chaque format, le statut de « climat-resilience-art35-environmental-clauses » pour M-1 est suivi de « lecture non confirmée » |
      | 21 août 2026 | non       | non     | non conforme | la constatation « climat-resilience-art35-environmental-clauses » pour M-1 ne repose sur aucune lecture non confirmée |
      | 21 août 2026 | oui       | oui     | conforme     | la constatation « climat-resilience-art35-environmental-clauses » pour M-1 ne repose sur aucune lecture non confirmée |
      | 22 août 2026 | non       | oui     | non conforme | la constatation « climat-resilience-art35-environmental-clauses » pour M-1 ne repose sur aucune lecture non confirmée |
      | 20 août 2026 | non       | non     | non applicable | la constatation « climat-resilience-art35-environmental-clauses » pour M-1 ne repose sur aucune lecture non confirmée |

  Scénario: Le 21 août 2026, la condition d'exécution est dite lecture dans l'explication
    Étant donné une commune de 30 000 habitants
    Et un marché « M-1 » dont la consultation est engagée le 21 août 2026, condition d'exécution environnementale : non, critère d'attribution environnemental : oui
    Quand on évalue sa situation au 1er octobre 2026
    Alors l'explication de « climat-resilience-art35-environmental-clauses » pour M-1 mentionne « exigée par la loi au plus tard à compter du 22 août 2026 : appliquée ce jour comme lecture, sans conclure »
    Et le code de sortie est 0
    Et la version appliquée pour « climat-resilience-art35-environmental-clauses » mentionne « version antérieure »

  Scénario: Une consultation engagée le 22 août 2026 cite les articles dans leur rédaction de la loi
    Étant donné une commune de 30 000 habitants
    Et un marché « M-1 » dont la consultation est engagée le 22 août 2026, condition d'exécution environnementale : oui, critère d'attribution environnemental : oui
    Quand on évalue sa situation au 1er octobre 2026
    Alors la version appliquée pour « climat-resilience-art35-environmental-clauses » mentionne « modifiés par la loi n° 2021-1104, art. 35 »
