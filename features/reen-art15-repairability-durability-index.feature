# language: fr
@reen-art15-repairability-durability-index
Fonctionnalité: Indices de réparabilité et de durabilité dans l'achat public de produits numériques
  Loi n° 2021-1485, art. 15 (loi AGEC, art. 55, al. 3 et 4) : « À compter du 1er janvier 2023, lors
  de l'achat public de produits numériques disposant d'un indice de réparabilité, […] prennent en
  compte l'indice de réparabilité […] » ; de même pour l'indice de durabilité à compter du
  1er janvier 2026.

  Plan du scénario: L'indice de réparabilité compte pour les achats lancés à compter du 1er janvier 2023
    Étant donné une commune de 12 000 habitants
    Et un achat de produits numériques « A-1 » lancé le <lancement>, portant un indice de réparabilité : oui, pris en compte : non, portant un indice de durabilité : non, pris en compte : inconnu
    Quand on évalue sa situation au 1er juin 2023
    Alors l'obligation « reen-art15-repairability-durability-index » est « <statut> »

    Exemples:
      | lancement        | statut         |
      | 31 décembre 2022 | non applicable |
      | 1er janvier 2023 | non conforme   |

  Plan du scénario: L'indice de durabilité compte pour les achats lancés à compter du 1er janvier 2026
    Étant donné une commune de 12 000 habitants
    Et un achat de produits numériques « A-2 » lancé le <lancement>, portant un indice de réparabilité : oui, pris en compte : oui, portant un indice de durabilité : oui, pris en compte : non
    Quand on évalue sa situation au 1er juin 2026
    Alors l'obligation « reen-art15-repairability-durability-index » est « <statut> »

    Exemples:
      | lancement        | statut       |
      | 31 décembre 2025 | conforme     |
      | 1er janvier 2026 | non conforme |

  Scénario: Un produit sans indice (reconditionné, par exemple) n'est pas concerné
    Étant donné une commune de 12 000 habitants
    Et un achat de produits numériques « A-3 » lancé le 2 février 2026, portant un indice de réparabilité : non, pris en compte : inconnu, portant un indice de durabilité : non, pris en compte : inconnu
    Quand on évalue sa situation au 1er juin 2026
    Alors l'obligation « reen-art15-repairability-durability-index » est « non applicable »

  Scénario: Sans savoir si le produit porte l'indice, on ne conclut pas
    Étant donné une commune de 12 000 habitants
    Et un achat de produits numériques « A-4 » lancé le 2 février 2026, portant un indice de réparabilité : inconnu, pris en compte : inconnu, portant un indice de durabilité : non, pris en compte : inconnu
    Quand on évalue sa situation au 1er juin 2026
    Alors l'obligation « reen-art15-repairability-durability-index » est « données insuffisantes »

  Scénario: Un établissement public n'est pas visé (État, collectivités et groupements seulement)
    Étant donné un établissement public employant 40 personnes
    Quand on évalue sa situation au 1er juin 2026
    Alors l'obligation « reen-art15-repairability-durability-index » est « non applicable »
