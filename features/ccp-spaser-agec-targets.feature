# language: fr
@ccp-spaser-agec-targets
Fonctionnalité: Objectifs du SPASER au regard des parts minimales de l'article 58 de la loi AGEC
  Un objectif cible inférieur au minimum légal confirmé programme un manquement ; un minimum non
  confirmé n'est jamais deviné ; une catégorie sans objectif est signalée pour information.

  Plan du scénario: Un objectif de réemploi textile au regard du minimum de 8 %
    Étant donné une commune de 90 000 habitants
    Et son SPASER fixe pour 2025 un objectif de <objectif> % de « reuse » pour « d2024-134:textiles »
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « ccp-spaser-agec-targets » pour 2025 est « <statut> »

    Exemples:
      | objectif | statut       |
      | 7,9      | non conforme |
      | 8        | conforme     |

  Scénario: Un objectif pour une catégorie dont le minimum n'est pas confirmé
    Étant donné une commune de 90 000 habitants
    Et son SPASER fixe pour 2025 un objectif de 30 % de « reuse » pour « d2024-134:it-telephony »
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « ccp-spaser-agec-targets » pour 2025 est « données insuffisantes »
    Et l'explication de « ccp-spaser-agec-targets » pour 2025 mentionne « sans objectif dans le SPASER : « Produits textiles à l'exception des équipements de protection individuels »

  Scénario: Sans objectifs indiqués, l'alignement n'est pas vérifié
    Étant donné une commune de 90 000 habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « ccp-spaser-agec-targets » est « non applicable »
