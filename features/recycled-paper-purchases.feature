# language: fr
@recycled-paper-purchases
Fonctionnalité: Part minimale de papier recyclé dans les achats de produits papetiers
  Loi n° 2015-992 du 17 août 2015 (LTECV), art. 79 (sources secondaires) : au moins 25 % de papier
  recyclé à compter du 1er janvier 2017, au moins 40 % à compter du 1er janvier 2020. L'unité de la
  part n'est pas confirmée : la part est calculée sur les chiffres déclarés et signalée.

  Plan du scénario: Les deux paliers, de part et d'autre du minimum
    Étant donné une commune de 20 000 habitants
    Et elle déclare pour <annee> des achats de papier de 10 000 euros HT dont <recycle> euros de papier recyclé
    Quand on évalue sa situation au 1er juin 2021
    Alors l'obligation « recycled-paper-purchases » pour <annee> est « <statut> »

    Exemples:
      | annee | recycle | statut       |
      | 2019  | 2 499   | non conforme |
      | 2019  | 2 500   | conforme     |
      | 2020  | 3 999   | non conforme |
      | 2020  | 4 000   | conforme     |

  Scénario: L'unité non confirmée est dite et la constatation est à vérifier
    Étant donné une commune de 20 000 habitants
    Et elle déclare pour 2020 des achats de papier de 10 000 euros HT dont 3 500 euros de papier recyclé
    Quand on évalue sa situation au 1er juin 2021
    Alors l'explication de « recycled-paper-purchases » pour 2020 mentionne « unité déclarée : euros HT »
    Et la constatation « recycled-paper-purchases » est signalée « à vérifier »
    Et les points à vérifier de « recycled-paper-purchases » mentionnent « NON CONFIRMÉES »

  Scénario: L'année en cours n'est pas encore close
    Étant donné une commune de 20 000 habitants
    Et elle déclare pour 2021 des achats de papier de 10 000 euros HT dont 1 000 euros de papier recyclé
    Quand on évalue sa situation au 1er juin 2021
    Alors l'obligation « recycled-paper-purchases » pour 2021 est « pas encore exigible »

  Scénario: Sans chiffres pour l'année close, données insuffisantes
    Étant donné une commune de 20 000 habitants
    Quand on évalue sa situation au 1er juin 2021
    Alors l'obligation « recycled-paper-purchases » pour 2020 est « données insuffisantes »

  Scénario: Une année close manquée ne se rattrape pas : la mesure vise le minimum de l'année ouverte
    Étant donné une commune de 20 000 habitants
    Et elle déclare pour 2019 des achats de papier de 10 000 euros HT dont 2 000 euros de papier recyclé
    Quand on évalue sa situation au 1er juin 2021
    Alors l'obligation « recycled-paper-purchases » pour 2019 est « non conforme »
    Et la mesure à prendre pour « recycled-paper-purchases » pour 2019 mentionne « une période close ne se rattrape pas »
    Et la mesure à prendre pour « recycled-paper-purchases » pour 2019 mentionne « (2021, objectif : au moins 40 »
    Et la mesure à prendre pour « recycled-paper-purchases » pour 2019 mentionne « au 31 décembre 2021) »
