# language: fr
@reen-art35-work-programme
Fonctionnalité: Programme de travail préalable à la stratégie numérique responsable
  Loi n° 2021-1485, art. 35, I : « Elles élaborent, au plus tard le 1er janvier 2023, un programme
  de travail préalable à l'élaboration de la stratégie […] ». Communes et EPCI à fiscalité propre
  de plus de 50 000 habitants.

  Plan du scénario: Un programme non élaboré avant et après le 1er janvier 2023
    Étant donné une commune de 65 000 habitants
    Et son programme de travail n'est pas adopté
    Quand on évalue sa situation au <date>
    Alors l'obligation « reen-art35-work-programme » est « <statut> »

    Exemples:
      | date             | statut              |
      | 31 décembre 2022 | pas encore exigible |
      | 1er janvier 2023 | pas encore exigible |
      | 2 janvier 2023   | non conforme        |

  Scénario: Un programme élaboré en décembre 2022 est conforme
    Étant donné une commune de 65 000 habitants
    Et son programme de travail a été adopté le 15 décembre 2022
    Quand on évalue sa situation au 1er juin 2023
    Alors l'obligation « reen-art35-work-programme » est « conforme »
    Et l'échéance de « reen-art35-work-programme » est le 1er janvier 2023

  Plan du scénario: Le seuil de 50 000 habitants est strict
    Étant donné une commune de <habitants> habitants
    Et son programme de travail n'est pas adopté
    Quand on évalue sa situation au 1er juin 2023
    Alors l'obligation « reen-art35-work-programme » est « <statut> »

    Exemples:
      | habitants | statut         |
      | 50 000    | non applicable |
      | 50 001    | non conforme   |

  Scénario: Avant l'entrée en vigueur de la loi REEN, l'obligation n'est pas encore exigible
    Étant donné une commune de 65 000 habitants
    Quand on évalue sa situation au 16 novembre 2021
    Alors l'obligation « reen-art35-work-programme » est « pas encore exigible »
    Et l'explication de « reen-art35-work-programme » mentionne « 17 novembre 2021 »

  Scénario: Une commune qui dépasse le seuil après l'échéance doit l'élaborer sans délai
    Étant donné une commune de 48 000 habitants
    Et sa population totale est de 51 000 habitants à compter du 1er janvier 2024
    Et son programme de travail n'est pas adopté
    Quand on évalue sa situation au 1er mars 2024
    Alors l'obligation « reen-art35-work-programme » est « non conforme »
    Et l'échéance de « reen-art35-work-programme » est le 1er janvier 2024
