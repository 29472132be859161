# language: fr
@rgaa-accessibility
Fonctionnalité: Accessibilité numérique des services en ligne et obligations déclaratives
  Loi n° 2005-102, art. 47 et 47-1 ; décret n° 2019-768 : déclaration d'accessibilité, schéma
  pluriannuel de trois ans au plus, plan d'action de l'année, mention en page d'accueil
  (« totalement conforme » : 100 % des critères, « partiellement » : au moins 50 %, « non » sinon).
  Sanctions : ministre jusqu'au 31 décembre 2023, ARCOM à compter du 1er janvier 2024.

  Plan du scénario: La mention doit correspondre au taux du dernier audit
    Étant donné une commune de 3 000 habitants
    Et un service en ligne « Site de la mairie » :
      | kind                   | website               |
      | created_on             | 2019-01-10            |
      | statement_published_on | 2024-03-01            |
      | compliance_rate_pct    | <taux>                |
      | home_page_mention      | <mention>             |
      | multi_year_plan        | du 2024-01-01 au 2026-12-31 |
      | annual_plan_years      | 2025                  |
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « rgaa-accessibility » est « <statut> »

    Exemples:
      | taux  | mention       | statut       |
      | 100   | totalement    | conforme     |
      | 99.9  | totalement    | non conforme |
      | 99.9  | partiellement | conforme     |
      | 50    | partiellement | conforme     |
      | 49.9  | partiellement | non conforme |
      | 49.9  | non           | conforme     |

  Scénario: Un schéma pluriannuel de plus de trois ans n'est pas conforme
    Étant donné une commune de 3 000 habitants
    Et un service en ligne « Site » :
      | kind                   | website                     |
      | created_on             | 2019-01-10                  |
      | statement_published_on | 2024-03-01                  |
      | compliance_rate_pct    | 60                          |
      | home_page_mention      | partiellement               |
      | multi_year_plan        | du 2024-01-01 au 2027-01-01 |
      | annual_plan_years      | 2025                        |
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « rgaa-accessibility » est « non conforme »
    Et l'explication de « rgaa-accessibility » mentionne « schéma pluriannuel de plus de 3 ans »

  Scénario: Une déclaration de plus de trois ans doit être mise à jour
    Étant donné une commune de 3 000 habitants
    Et un service en ligne « Site » :
      | kind                   | website                     |
      | created_on             | 2019-01-10                  |
      | statement_published_on | 2022-05-31                  |
      | compliance_rate_pct    | 60                          |
      | home_page_mention      | partiellement               |
      | multi_year_plan        | du 2024-01-01 au 2026-12-31 |
      | annual_plan_years      | 2025                        |
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « rgaa-accessibility » est « non conforme »
    Et l'explication de « rgaa-accessibility » mentionne « non mise à jour depuis plus de 3 ans »

  Plan du scénario: Le régime de sanction change le 1er janvier 2024
    Étant donné une commune de 3 000 habitants
    Et un service en ligne « Site » :
      | kind              | website    |
      | created_on        | 2019-01-10 |
      | home_page_mention | absente    |
    Quand on évalue sa situation au <date>
    Alors l'obligation « rgaa-accessibility » est « non conforme »
    Et la sanction encourue pour « rgaa-accessibility » mentionne « <autorite> »

    Exemples:
      | date             | autorite                                  |
      | 31 décembre 2023 | Ministre chargé des personnes handicapées |
      | 1er janvier 2024 | ARCOM                                     |

  Plan du scénario: Un site créé avant le 23 septembre 2018 est tenu à compter du 23 septembre 2020
    Étant donné une commune de 3 000 habitants
    Et un service en ligne « Ancien site » :
      | kind       | website    |
      | created_on | 2015-06-01 |
    Quand on évalue sa situation au <date>
    Alors l'obligation « rgaa-accessibility » est « <statut> »

    Exemples:
      | date                | statut                |
      | 22 septembre 2020   | non applicable        |
      | 23 septembre 2020   | données insuffisantes |

  Scénario: Sans liste des services en ligne, on ne conclut pas
    Étant donné une commune de 3 000 habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « rgaa-accessibility » est « données insuffisantes »

  Plan du scénario: Obligations déclaratives respectées, accessibilité non atteinte (art. 47)
    # Un service dont les obligations déclaratives sont respectées mais dont le taux audité est
    # inférieur à 100 % n'est pas simplement « conforme » (issue 13, point 13).
    Étant donné une commune de 3 000 habitants
    Et un service en ligne « Site » :
      | kind                   | website                     |
      | created_on             | 2019-01-10                  |
      | statement_published_on | 2024-03-01                  |
      | compliance_rate_pct    | <taux>                      |
      | home_page_mention      | <mention>                   |
      | multi_year_plan        | du 2024-01-01 au 2026-12-31 |
      | annual_plan_years      | 2025                        |
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « rgaa-accessibility » pour Site est « conforme »
    Et l'explication de « rgaa-accessibility » pour Site mentionne « <explication> »
    Et <portée>

    Exemples:
      | taux | mention       | explication                                                      | portée                                                                                                                                  |
      | 99   | partiellement | depuis le 1er janvier 2024, l'ARCOM peut sanctionner le défaut d'accessibilité lui-même | dans chaque format, le statut de « rgaa-accessibility » pour Site est suivi de « obligations déclaratives seulement : accessibilité non atteinte » |
      | 100  | totalement    | accessibilité atteinte                                           | la constatation « rgaa-accessibility » pour Site couvre l'obligation entière                                                             |

  Plan du scénario: Le défaut d'accessibilité lui-même n'est sanctionnable qu'à compter du 1er janvier 2024
    Étant donné une commune de 3 000 habitants
    Et un service en ligne « Site » :
      | kind                   | website                     |
      | created_on             | 2019-01-10                  |
      | statement_published_on | 2022-03-01                  |
      | compliance_rate_pct    | 80                          |
      | home_page_mention      | partiellement               |
      | multi_year_plan        | du 2022-01-01 au 2024-12-31 |
      | annual_plan_years      | 2023, 2024                  |
    Quand on évalue sa situation au <date>
    Alors la constatation « rgaa-accessibility » pour Site ne couvre que les obligations déclaratives
    Et l'explication de « rgaa-accessibility » pour Site mentionne « <explication> »

    Exemples:
      | date             | explication                                                                        |
      | 31 décembre 2023 | ne peut être sanctionné par l'ARCOM qu'à compter du 1er janvier 2024             |
      | 1er janvier 2024 | depuis le 1er janvier 2024, l'ARCOM peut sanctionner le défaut d'accessibilité lui-même |
