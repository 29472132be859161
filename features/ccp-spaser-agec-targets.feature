# language: fr
@ccp-spaser-agec-targets
Fonctionnalité: Objectifs du SPASER au regard des parts minimales de l'article 58 de la loi AGEC
  Un point d'attention, pas une obligation : l'art. L. 2111-3 du code de la commande publique exige
  des objectifs cibles sans les lier aux minimums de l'art. 58 de la loi AGEC. La comparaison est
  donnée pour information (jamais « non conforme », pas d'échéance, pas d'effet sur le code de
  sortie), avec celle dont on a besoin : chaque objectif au regard de la part atteinte. Un minimum
  non confirmé n'est jamais deviné.

  Plan du scénario: Un objectif de réemploi informatique au regard du minimum de 20 % (décret n° 2021-254)
    Étant donné une commune de 90 000 habitants
    Et son SPASER fixe pour 2023 un objectif de <objectif> % de « reuse » pour « d2021-254:it-equipment »
    Quand on évalue sa situation au 1er juin 2023
    Alors l'obligation « ccp-spaser-agec-targets » pour 2023 est « non applicable »
    Et la constatation « ccp-spaser-agec-targets » pour 2023 est donnée pour information
    Et l'explication de « ccp-spaser-agec-targets » pour 2023 mentionne « <explication> »
    Et dans chaque format, le statut de « ccp-spaser-agec-targets » pour 2023 est suivi de « pour information : pas une obligation »
    Et le code de sortie est 0

    Exemples:
      | objectif | explication                                     |
      | 19,9     | objectifs sous le minimum légal                 |
      | 20       | chaque objectif atteint au moins le minimum légal |

  Plan du scénario: Chaque objectif au regard de la part atteinte dans les achats déclarés
    Étant donné une commune de 90 000 habitants
    Et son SPASER fixe pour 2023 un objectif de 25 % de « reuse » pour « d2021-254:it-equipment »
    Et elle déclare pour 2023 des achats « d2021-254:it-equipment » de 100 000 euros HT dont <réemploi> euros issus du réemploi et 0 euros intégrant des matières recyclées
    Quand on évalue sa situation au 1er mars 2024
    Alors l'objectif « d2021-254:it-equipment » (reuse) pour 2023 est « <état> »
    Et l'explication de « ccp-spaser-agec-targets » pour 2023 mentionne « <explication> »

    Exemples:
      | réemploi | état        | explication                                   |
      | 24 999   | non atteint | part atteinte 25 %, objectif non atteint      |
      | 25 000   | atteint     | part atteinte 25 %, objectif atteint          |

  Scénario: Sans achat déclaré de la catégorie, la part atteinte n'est pas mesurée
    Étant donné une commune de 90 000 habitants
    Et son SPASER fixe pour 2025 un objectif de 8 % de « reuse » pour « d2024-134:textiles »
    Quand on évalue sa situation au 1er juin 2025
    Alors l'objectif « d2024-134:textiles » (reuse) pour 2025 est « non mesuré »

  Scénario: Un objectif pour une catégorie dont le minimum n'est pas confirmé
    Étant donné une commune de 90 000 habitants
    Et son SPASER fixe pour 2025 un objectif de 30 % de « reuse » pour « d2024-134:it-telephony »
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « ccp-spaser-agec-targets » pour 2025 est « non applicable »
    Et l'explication de « ccp-spaser-agec-targets » pour 2025 mentionne « minimum légal non confirmé pour : « Matériel informatique et téléphonie » »
    Et la constatation « ccp-spaser-agec-targets » est signalée « à vérifier »

  Scénario: Sans objectifs indiqués, l'alignement n'est pas vérifié
    Étant donné une commune de 90 000 habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « ccp-spaser-agec-targets » est « non applicable »
