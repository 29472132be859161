# language: fr
@reen-art35-strategy
Fonctionnalité: Stratégie numérique responsable des communes et EPCI de plus de 50 000 habitants
  Loi n° 2021-1485 du 15 novembre 2021, art. 35, I : « Les communes de plus de 50 000 habitants
  définissent, au plus tard le 1er janvier 2025, une stratégie numérique responsable […] ».
  CGCT D. 2311-15-1 : objectifs, mesures, indicateurs de suivi et moyens.

  Scénario: Une commune de 118 000 habitants a adopté sa stratégie le 12 décembre 2024
    Étant donné une commune de 118 000 habitants
    Et sa stratégie numérique responsable a été adoptée le 12 décembre 2024
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « conforme »
    Et la constatation « reen-art35-strategy » n'est pas signalée « à vérifier »

  Scénario: Le profil ne dit rien de la stratégie : on ne présume pas qu'elle manque
    Étant donné une commune de 118 000 habitants
    Et le profil ne dit rien de sa stratégie numérique responsable
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « données insuffisantes »

  Plan du scénario: Une stratégie non adoptée avant et après l'échéance du 1er janvier 2025
    Étant donné une commune de 118 000 habitants
    Et sa stratégie numérique responsable n'est pas adoptée
    Quand on évalue sa situation au <date>
    Alors l'obligation « reen-art35-strategy » est « <statut> »

    Exemples:
      | date              | statut              |
      | 1er juin 2024     | pas encore exigible |
      | 31 décembre 2024  | pas encore exigible |
      | 1er janvier 2025  | pas encore exigible |
      | 2 janvier 2025    | non conforme        |
      | 1er juin 2025     | non conforme        |

  Plan du scénario: Le seuil de 50 000 habitants est strict
    Étant donné une commune de <habitants> habitants
    Et sa stratégie numérique responsable n'est pas adoptée
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « <statut> »

    Exemples:
      | habitants | statut         |
      | 8 000     | non applicable |
      | 50 000    | non applicable |
      | 50 001    | non conforme   |

  Scénario: Adoptée le jour même de l'échéance, la stratégie est à temps
    Étant donné une commune de 60 000 habitants
    Et sa stratégie numérique responsable a été adoptée le 1er janvier 2025
    Quand on évalue sa situation au 2 janvier 2025
    Alors l'obligation « reen-art35-strategy » est « conforme »

  Scénario: Adoptée après l'échéance, la stratégie existe mais l'explication le dit
    Étant donné une commune de 60 000 habitants
    Et sa stratégie numérique responsable a été adoptée le 3 mars 2025
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « conforme »
    Et l'explication de « reen-art35-strategy » mentionne « après l'échéance du 1er janvier 2025 »

  Scénario: Une commune qui franchit le seuil au 1er janvier 2026 est tenue dès ce jour, sans délai de grâce
    Étant donné une commune de 49 800 habitants
    Et sa population totale est de 50 450 habitants à compter du 1er janvier 2026
    Et sa stratégie numérique responsable n'est pas adoptée
    Quand on évalue sa situation au 1er juin 2026
    Alors l'obligation « reen-art35-strategy » est « non conforme »
    Et l'organisme est assujetti depuis le 1er janvier 2026 pour « reen-art35-strategy »
    Et l'explication de « reen-art35-strategy » mentionne « aucun délai de grâce n'est prévu »

  Scénario: La même commune, avant que son nouveau chiffre s'applique, n'est pas tenue
    Étant donné une commune de 49 800 habitants
    Et sa population totale est de 50 450 habitants à compter du 1er janvier 2026
    Et sa stratégie numérique responsable n'est pas adoptée
    Quand on évalue sa situation au 31 décembre 2025
    Alors l'obligation « reen-art35-strategy » est « non applicable »

  Scénario: Un EPCI à fiscalité propre est tenu, sans réserve sur la mesure de sa population
    # La population d'un EPCI est la somme des populations totales de ses communes membres
    # (référence, convention 1 : confiance moyenne à élevée) : plus de signalement « à vérifier ».
    Étant donné un EPCI « communauté d'agglomération » de 72 000 habitants
    Et sa stratégie numérique responsable n'est pas adoptée
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « non conforme »
    Et la constatation « reen-art35-strategy » n'est pas signalée « à vérifier »

  Scénario: Un EPCI de 50 000 habitants n'est pas tenu, et l'explication dit comment sa population se mesure
    Étant donné un EPCI « communauté d'agglomération » de 50 000 habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « non applicable »
    Et l'explication de « reen-art35-strategy » mentionne « somme des populations totales de ses communes membres »

  Plan du scénario: Les départements, les régions et les syndicats ne sont pas visés
    Étant donné un organisme de type « <type> »
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « non applicable »

    Exemples:
      | type          |
      | departement   |
      | region        |
      | state_service |

  Scénario: Sans population connue, on ne peut pas dire si la commune est tenue
    Étant donné une commune dont la population n'est pas connue
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « données insuffisantes »
    Et l'explication de « reen-art35-strategy » mentionne « population »

  Scénario: Une stratégie adoptée sans indicateurs de suivi ni moyens n'est pas conforme au décret
    Étant donné une commune de 90 000 habitants
    Et sa stratégie numérique responsable a été adoptée le 10 décembre 2024
    Et sa stratégie contient objectives, measures
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « non conforme »
    Et l'explication de « reen-art35-strategy » mentionne « indicateurs de suivi »

  Scénario: Un thème facultatif absent n'est jamais une non-conformité
    Étant donné une commune de 90 000 habitants
    Et sa stratégie numérique responsable a été adoptée le 10 décembre 2024
    Et sa stratégie contient objectives, measures, indicators, means
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « conforme »
    Et l'explication de « reen-art35-strategy » mentionne « thèmes facultatifs non couverts »

  Scénario: Impossible de charger un profil dont le champ de document est mal orthographié
    Quand on charge le profil suivant :
      """
      format_version: 1
      collectivity: {name: Ville, kind: commune}
      documents:
        nr_stratgy: {status: adopted, adopted_on: 2024-12-12}
      """
    Alors le chargement échoue avec le message « profil.yaml:4:3: $.documents.nr_stratgy: unknown field (did you mean 'nr_strategy'?) »

  Scénario: Impossible de charger une date qui n'existe pas
    Quand on charge le profil suivant :
      """
      format_version: 1
      collectivity: {name: Ville, kind: commune}
      documents:
        nr_strategy: {status: adopted, adopted_on: 2024-02-30}
      """
    Alors le chargement échoue avec le message « expected a date such as 2024-01-01, found '2024-02-30' »

  Scénario: Une stratégie adoptée avant la loi doit contenir les éléments que la loi exige
    Étant donné une commune de 60 000 habitants
    Et sa stratégie numérique responsable a été adoptée le 9 août 2021
    Et sa stratégie contient measures, means
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « non conforme »
    Et l'explication de « reen-art35-strategy » mentionne « objectifs de réduction »

  Scénario: Une stratégie adoptée avant le décret n'a pas à contenir ses éléments propres
    Étant donné une commune de 60 000 habitants
    Et sa stratégie numérique responsable a été adoptée le 15 mars 2022
    Et sa stratégie contient objectives, measures
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « reen-art35-strategy » est « conforme »
