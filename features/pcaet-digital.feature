# language: fr
@pcaet-digital
Fonctionnalité: Numérique et récupération de chaleur des centres de données dans le PCAET
  Loi n° 2021-1485, art. 34 (C. env. L. 229-26, II, 2°) : le programme d'actions du PCAET comporte
  des actions « visant à réduire l'empreinte environnementale du numérique » et l'évaluation des
  énergies récupérables « le potentiel de récupération de chaleur à partir des centres de
  données ». Tenus : EPCI à fiscalité propre de plus de 20 000 habitants, Métropole de Lyon.

  Plan du scénario: Le seuil de 20 000 habitants est strict
    Étant donné un EPCI « communauté de communes » de <habitants> habitants
    Et son PCAET a été adopté le 15 mars 2023 et contient digital_footprint_actions
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « pcaet-digital » est « <statut> »

    Exemples:
      | habitants | statut         |
      | 20 000    | non applicable |
      | 20 001    | non conforme   |

  Plan du scénario: Seuls les PCAET adoptés ou révisés à compter du 17 novembre 2021 sont visés
    Étant donné un EPCI « communauté d'agglomération » de 90 000 habitants
    Et son PCAET a été adopté le <adoption> et contient rien
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « pcaet-digital » est « <statut> »

    Exemples:
      | adoption          | statut         |
      | 16 novembre 2021  | non applicable |
      | 17 novembre 2021  | non conforme   |

  Scénario: Un PCAET qui contient les deux éléments est conforme
    Étant donné un EPCI « métropole » de 450 000 habitants
    Et son PCAET a été adopté le 10 octobre 2024 et contient digital_footprint_actions, data_centre_heat_recovery
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « pcaet-digital » est « conforme »
    Et la constatation « pcaet-digital » est signalée « à vérifier »

  Scénario: L'élément manquant est nommé
    Étant donné un EPCI « communauté d'agglomération » de 90 000 habitants
    Et son PCAET a été adopté le 15 mars 2023 et contient digital_footprint_actions
    Quand on évalue sa situation au 1er juin 2025
    Alors l'explication de « pcaet-digital » mentionne « potentiel de récupération de chaleur des centres de données »

  Scénario: Sans le contenu du PCAET, on ne conclut pas
    Étant donné un EPCI « communauté d'agglomération » de 90 000 habitants
    Et son PCAET a été adopté le 15 mars 2023 sans que son contenu soit renseigné
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « pcaet-digital » est « données insuffisantes »

  Scénario: Une commune n'est pas visée
    Étant donné une commune de 90 000 habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « pcaet-digital » est « non applicable »
