# language: fr
@ccp-spaser
Fonctionnalité: Schéma de promotion des achats socialement et écologiquement responsables (SPASER)
  CCP L. 2111-3 et D. 2111-3 : acheteurs dont le montant annuel des achats dépasse 100 M€ HT
  jusqu'au 31 décembre 2022, 50 M€ HT depuis le 1er janvier 2023 (décret n° 2022-767) ; tous les
  acheteurs soumis au code depuis le 25 octobre 2023 (loi n° 2023-973) ; publication en ligne.

  Plan du scénario: Le seuil de 50 M€ est strict et porte sur les achats de l'année écoulée
    Étant donné une commune de 90 000 habitants
    Et ses achats de l'année 2024 s'élèvent à <montant> euros HT
    Et son SPASER n'est pas adopté
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « ccp-spaser » est « <statut> »

    Exemples:
      | montant    | statut         |
      | 50 000 000 | non applicable |
      | 50 000 001 | non conforme   |

  Plan du scénario: Le seuil est passé de 100 M€ à 50 M€ le 1er janvier 2023
    Étant donné une commune de 90 000 habitants
    Et ses achats de l'année <année> s'élèvent à 70 000 000 euros HT
    Et son SPASER n'est pas adopté
    Quand on évalue sa situation au <date>
    Alors l'obligation « ccp-spaser » est « <statut> »

    Exemples:
      | année | date             | statut         |
      | 2021  | 31 décembre 2022 | non applicable |
      | 2022  | 1er janvier 2023 | non conforme   |

  Scénario: Un SPASER adopté et publié en ligne
    Étant donné une commune de 90 000 habitants
    Et ses achats de l'année 2024 s'élèvent à 64 000 000 euros HT
    Et son SPASER a été adopté le 29 juin 2023
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « ccp-spaser » est « conforme »

  Scénario: Un SPASER adopté sans publication en ligne indiquée
    Étant donné une commune de 90 000 habitants
    Et ses achats de l'année 2024 s'élèvent à 64 000 000 euros HT
    Et son SPASER a été adopté le 29 juin 2023 sans être publié en ligne
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « ccp-spaser » est « données insuffisantes »
    Et l'explication de « ccp-spaser » mentionne « publication en ligne »

  Plan du scénario: Les services de l'État sont visés depuis le 25 octobre 2023
    Étant donné un organisme de type « state_service »
    Et ses achats de l'année 2022 s'élèvent à 80 000 000 euros HT
    Et son SPASER n'est pas adopté
    Quand on évalue sa situation au <date>
    Alors l'obligation « ccp-spaser » est « <statut> »

    Exemples:
      | date              | statut         |
      | 24 octobre 2023   | non applicable |
      | 25 octobre 2023   | non conforme   |

  Scénario: Sans montant d'achats, on ne peut pas dire si le SPASER est obligatoire
    Étant donné une commune de 90 000 habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « ccp-spaser » est « données insuffisantes »
    Et la constatation « ccp-spaser » est signalée « à vérifier »

  Plan du scénario: La version citée de L. 2111-3 et D. 2111-3 est celle du jour examiné
    Étant donné une commune de 90 000 habitants
    Et ses achats de l'année <année> s'élèvent à 120 000 000 euros HT
    Et son SPASER n'est pas adopté
    Quand on évalue sa situation au <date>
    Alors la version appliquée pour « ccp-spaser » mentionne « <version> »

    Exemples:
      | année | date              | version                                 |
      | 2021  | 31 décembre 2022  | seuil de 100 M€ HT                      |
      | 2021  | 31 décembre 2022  | version initiale (collectivités         |
      | 2022  | 1er janvier 2023  | seuil de 50 M€ HT                       |
      | 2022  | 24 octobre 2023   | loi n° 2021-1104, art. 35               |
      | 2022  | 25 octobre 2023   | loi n° 2023-973, art. 29                |

  Plan du scénario: Exigible dès le franchissement du seuil : une lecture non confirmée, dite sur le statut
    # Aucun délai légal d'adoption après le franchissement (point ouvert de la référence) : le
    # statut le dit dans chaque format et ne change pas le code de sortie (issue 13, point 10).
    Étant donné une commune de 90 000 habitants
    Et ses achats de l'année 2024 s'élèvent à <montant> euros HT
    Et son SPASER n'est pas adopté
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « ccp-spaser » est « <statut> »
    Et <lecture>
    Et le code de sortie est 0

    Exemples:
      | montant    | statut         | lecture                                                                                  |
      | 50 000 001 | non conforme   | dans chaque format, le statut de « ccp-spaser » est suivi de « lecture non confirmée »  |
      | 50 000 000 | non applicable | la constatation « ccp-spaser » ne repose sur aucune lecture non confirmée                |

  Scénario: Un SPASER adopté ne repose sur aucune lecture
    Étant donné une commune de 90 000 habitants
    Et ses achats de l'année 2024 s'élèvent à 64 000 000 euros HT
    Et son SPASER a été adopté le 29 juin 2023
    Quand on évalue sa situation au 1er juin 2025
    Alors la constatation « ccp-spaser » ne repose sur aucune lecture non confirmée
