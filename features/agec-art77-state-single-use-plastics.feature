# language: fr
@agec-art77-state-single-use-plastics
Fonctionnalité: Interdiction d'achat par les services de l'État de plastiques à usage unique
  Loi n° 2020-105 (AGEC), art. 77 ; décret n° 2022-2, art. 2, modifié par le décret n° 2024-134
  (en vigueur le 1er juillet 2024). La date d'effet de l'interdiction n'est PAS CONFIRMÉE : aucune
  date n'est devinée, aucun manquement n'est conclu avant le 1er juillet 2024.

  Plan du scénario: Avant le 1er juillet 2024, la date de départ inconnue empêche de conclure
    Étant donné un organisme de type « state_service »
    Et il déclare ne pas appliquer « no_single_use_plastics »
    Quand on évalue sa situation au <date>
    Alors l'obligation « agec-art77-state-single-use-plastics » est « <statut> »
    Et la constatation « agec-art77-state-single-use-plastics » est signalée « à vérifier »

    Exemples:
      | date             | statut                |
      | 30 juin 2024     | données insuffisantes |
      | 1er juillet 2024 | non conforme          |

  Scénario: Un service qui déclare respecter l'interdiction est conforme
    Étant donné un organisme de type « state_service »
    Et il déclare appliquer « no_single_use_plastics »
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « agec-art77-state-single-use-plastics » est « conforme »

  Scénario: Les collectivités ne sont pas visées
    Étant donné une commune de 8 000 habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « agec-art77-state-single-use-plastics » est « non applicable »

  Scénario: La dérogation des sacs poubelle pour raisons de santé est une exemption
    Étant donné un organisme de type « state_service »
    Et il déclare ne pas appliquer « no_single_use_plastics »
    Et il invoque pour « agec-art77-state-single-use-plastics » l'exemption « bin_bags_health_safety » : « sacs poubelle des locaux de soins »
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « agec-art77-state-single-use-plastics » est « exempté »

  Plan du scénario: Le décret n° 2024-134 n'est cité qu'à partir du 1er juillet 2024
    Étant donné un organisme de type « state_service »
    Et il déclare appliquer « no_single_use_plastics »
    Quand on évalue sa situation au <date>
    Alors à cette date, la constatation « agec-art77-state-single-use-plastics » cite « Décret n° 2022-2 »
    Et à cette date, la constatation « agec-art77-state-single-use-plastics » <cite> « Décret n° 2024-134 »

    Exemples:
      | date             | cite        |
      | 30 juin 2024     | ne cite pas |
      | 1er juillet 2024 | cite        |

  Scénario: Le décret n° 2022-2 n'est pas cité pour une date antérieure à sa signature
    Étant donné un organisme de type « state_service »
    Et il déclare appliquer « no_single_use_plastics »
    Quand on évalue sa situation au 31 décembre 2021
    Alors à cette date, la constatation « agec-art77-state-single-use-plastics » ne cite pas « Décret n° 2022-2 »
    Et à cette date, la constatation « agec-art77-state-single-use-plastics » cite « Loi n° 2020-105 »

  Plan du scénario: Une métropole n'est pas visée, et ne reçoit aucune réserve propre à l'État
    Étant donné un EPCI « métropole » de 400 000 habitants
    Quand on évalue sa situation au <date>
    Alors l'obligation « agec-art77-state-single-use-plastics » est « non applicable »
    Et la constatation « agec-art77-state-single-use-plastics » n'est pas signalée « à vérifier »

    Exemples:
      | date             |
      | 30 juin 2024     |
      | 1er juillet 2024 |
