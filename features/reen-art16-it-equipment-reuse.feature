# language: fr
@reen-art16-it-equipment-reuse
Fonctionnalité: Réemploi des matériels informatiques réformés (loi REEN art. 16, décret n° 2023-266)
  Décret n° 2023-266, art. 3 : 25 % en 2023, 35 % en 2024, 50 % à partir de 2025, en nombre de
  matériels (A / B × 100 : A orientés vers le réemploi dans l'année, B réformés en stock au
  1er janvier). Il n'existe aucun taux de 40 %. Aucun seuil de population.

  Plan du scénario: Le taux minimal change au 1er janvier de chaque année
    Étant donné une commune de 3 000 habitants
    Et au 1er janvier <année> elle avait 100 matériels informatiques réformés en stock et en a orienté <réemploi> vers le réemploi dans l'année
    Quand on évalue sa situation au 1er mars 2026
    Alors l'obligation « reen-art16-it-equipment-reuse » pour <année> est « <statut> »

    Exemples:
      | année | réemploi | statut       |
      | 2023  | 24       | non conforme |
      | 2023  | 25       | conforme     |
      | 2024  | 34       | non conforme |
      | 2024  | 35       | conforme     |
      | 2025  | 40       | non conforme |
      | 2025  | 49       | non conforme |
      | 2025  | 50       | conforme     |

  Scénario: L'écart se compte en matériels, arrondi à l'unité supérieure
    Étant donné un département de 500 000 habitants
    Et au 1er janvier 2024 elle avait 260 matériels informatiques réformés en stock et en a orienté 84 vers le réemploi dans l'année
    Quand on évalue sa situation au 1er mars 2025
    Alors l'obligation « reen-art16-it-equipment-reuse » pour 2024 est « non conforme »
    Et il manque 7 matériels pour « reen-art16-it-equipment-reuse » en 2024

  Scénario: L'année en cours n'est pas close
    Étant donné une commune de 3 000 habitants
    Et au 1er janvier 2025 elle avait 100 matériels informatiques réformés en stock et en a orienté 10 vers le réemploi dans l'année
    Quand on évalue sa situation au 31 décembre 2025
    Alors l'obligation « reen-art16-it-equipment-reuse » pour 2025 est « pas encore exigible »

  Scénario: Sans matériel réformé en stock au 1er janvier, le décret ne dit pas comment calculer
    Étant donné une commune de 3 000 habitants
    Et au 1er janvier 2024 elle avait 0 matériels informatiques réformés en stock et en a orienté 3 vers le réemploi dans l'année
    Quand on évalue sa situation au 1er mars 2025
    Alors l'obligation « reen-art16-it-equipment-reuse » pour 2024 est « données insuffisantes »
    Et la constatation « reen-art16-it-equipment-reuse » est signalée « à vérifier »

  Scénario: Sans donnée pour une année écoulée
    Étant donné une commune de 3 000 habitants
    Quand on évalue sa situation au 1er mars 2025
    Alors l'obligation « reen-art16-it-equipment-reuse » pour 2023 est « données insuffisantes »

  Scénario: Avant 2023, aucun objectif n'était encore exigible
    Étant donné une commune de 3 000 habitants
    Quand on évalue sa situation au 1er mars 2022
    Alors l'obligation « reen-art16-it-equipment-reuse » est « pas encore exigible »
    Et l'explication de « reen-art16-it-equipment-reuse » mentionne « 1er janvier 2023 »

  Plan du scénario: Les autres organismes publics ne sont pas visés
    Étant donné un organisme de type « <type> »
    Quand on évalue sa situation au 1er mars 2025
    Alors l'obligation « reen-art16-it-equipment-reuse » pour 2024 est « non applicable »

    Exemples:
      | type                 |
      | public_establishment |
      | other_buyer          |

  Scénario: Le décret n° 2023-266 n'est pas cité avant son entrée en vigueur du 15 avril 2023
    Étant donné une commune de 3 000 habitants
    Quand on évalue sa situation au 14 avril 2023
    Alors à cette date, la constatation « reen-art16-it-equipment-reuse » ne cite pas « Décret n° 2023-266 »
    Et à cette date, la constatation « reen-art16-it-equipment-reuse » cite « Loi n° 2021-1485 »

  Scénario: Le décret n° 2023-266 est cité à partir du 15 avril 2023
    Étant donné une commune de 3 000 habitants
    Quand on évalue sa situation au 15 avril 2023
    Alors à cette date, la constatation « reen-art16-it-equipment-reuse » cite « Décret n° 2023-266 »

  Plan du scénario: Un taux atteint dit de combien il dépasse l'objectif, jamais « il manque 0 »
    Étant donné une commune de 3 000 habitants
    Et au 1er janvier 2024 elle avait 100 matériels informatiques réformés en stock et en a orienté <réemploi> vers le réemploi dans l'année
    Quand on évalue sa situation au 1er mars 2025
    Alors l'écart de « reen-art16-it-equipment-reuse » pour 2024 se lit « <écart> »

    Exemples:
      | réemploi | écart                                                |
      | 34       | il manque 1 matériel (exigé : 35, constaté : 34)     |
      | 35       | objectif atteint exactement (exigé : 35, constaté : 35) |
      | 41       | objectif dépassé de 6 matériels (exigé : 35, constaté : 41) |
