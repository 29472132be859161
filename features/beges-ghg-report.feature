# language: fr
@beges-ghg-report
Fonctionnalité: Bilan des émissions de gaz à effet de serre des personnes publiques
  C. env. L. 229-25 : « L'État, les régions, les départements, les métropoles, les communautés
  urbaines, les communautés d'agglomération et les communes ou communautés de communes de plus de
  50 000 habitants ainsi que les autres personnes morales de droit public employant plus de deux
  cent cinquante personnes » ; mise à jour tous les trois ans (ancrage NON CONFIRMÉ).

  Plan du scénario: Plus de 250 personnes employées : le seuil est strict
    Étant donné un établissement public employant <personnes> personnes
    Et il n'a publié aucun bilan des émissions de gaz à effet de serre
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « beges-ghg-report » est « <statut> »

    Exemples:
      | personnes | statut         |
      | 250       | non applicable |
      | 251       | non conforme   |

  Plan du scénario: Plus de 50 000 habitants pour une commune employant peu de personnes
    Étant donné une commune de <habitants> habitants
    Et elle emploie 120 personnes
    Et elle n'a publié aucun bilan des émissions de gaz à effet de serre
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « beges-ghg-report » est « <statut> »

    Exemples:
      | habitants | statut         |
      | 50 000    | non applicable |
      | 50 001    | non conforme   |

  Plan du scénario: Le bilan suivant est attendu trois ans après la publication du précédent
    Étant donné un département de 400 000 habitants
    Et son bilan des émissions de gaz à effet de serre a été publié le 1er mars 2023 (année 2022), avec plan de transition : oui, transmis : oui
    Quand on évalue sa situation au <date>
    Alors l'obligation « beges-ghg-report » est « <statut> »

    Exemples:
      | date         | statut       |
      | 1er mars 2026 | conforme     |
      | 2 mars 2026  | non conforme |

  Scénario: Un bilan sans plan de transition n'est pas conforme depuis le 9 novembre 2020
    Étant donné un département de 400 000 habitants
    Et son bilan des émissions de gaz à effet de serre a été publié le 1er mars 2024 (année 2023), avec plan de transition : non, transmis : oui
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « beges-ghg-report » est « non conforme »
    Et l'explication de « beges-ghg-report » mentionne « plan de transition joint »

  Plan du scénario: L'amende encourue dépend de la version de L. 229-25 en vigueur
    Étant donné un département de 400 000 habitants
    Et il n'a publié aucun bilan des émissions de gaz à effet de serre
    Quand on évalue sa situation au <date>
    Alors la sanction encourue pour « beges-ghg-report » mentionne « <amende> »
    Et la version appliquée pour « beges-ghg-report » mentionne « <version> »

    Exemples:
      | date             | amende   | version                |
      | 24 octobre 2023  | 10 000 € | 9 novembre 2020        |
      | 25 octobre 2023  | 50 000 € | loi n° 2023-973        |

  Scénario: L'intégration au PCAET dispense du bilan distinct
    Étant donné un département de 400 000 habitants
    Et il n'a publié aucun bilan des émissions de gaz à effet de serre
    Et il invoque pour « beges-ghg-report » l'exemption « pcaet_integration » : « bilan intégré au PCAET adopté le 12 avril 2024 »
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « beges-ghg-report » est « exempté »
    Et l'explication de « beges-ghg-report » mentionne « bilan intégré au PCAET »

  Scénario: Impossible d'invoquer un motif d'exemption que le texte ne prévoit pas
    Étant donné un département de 400 000 habitants
    Et il invoque pour « beges-ghg-report » l'exemption « pcaet_integraton » : « faute de frappe »
    Quand on tente de l'évaluer au 1er juin 2025
    Alors l'évaluation échoue avec le message « $.exemptions[0].ground: ground 'pcaet_integraton' is not an exemption ground of beges-ghg-report »

  Scénario: Une exemption expirée n'est pas appliquée et le rapport le dit
    Étant donné un département de 400 000 habitants
    Et il n'a publié aucun bilan des émissions de gaz à effet de serre
    Et il invoque pour « beges-ghg-report » l'exemption « pcaet_integration » : « ancien PCAET »
    Et cette exemption a expiré le 31 décembre 2024
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « beges-ghg-report » est « non conforme »
    Et le rapport avertit « Exemption expirée le 31 décembre 2024 non appliquée »

  Plan du scénario: La lecture des « 250 personnes » ne vise que les communes de 50 000 habitants ou moins
    # Une réserve n'est montrée que là où elle peut changer le résultat de cet organisme.
    Étant donné une commune de <habitants> habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors les points à vérifier de « beges-ghg-report » <mention> « 50 000 habitants ou moins »

    Exemples:
      | habitants | mention            |
      | 50 000    | mentionnent        |
      | 50 001    | ne mentionnent pas |
      | 120 000   | ne mentionnent pas |
