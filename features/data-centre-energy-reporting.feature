# language: fr
@data-centre-energy-reporting
Fonctionnalité: Centres de données d'au moins 500 kW : informations énergétiques annuelles
  Code de l'énergie, L. 236-1 et D. 236-1 à D. 236-7 (décret n° 2025-1382) : l'exploitant d'un
  centre de données d'une puissance installée d'au moins 500 kW transmet et publie, au plus tard
  le 15 mai de chaque année, les informations de l'année civile précédente. Première année de
  déclaration NON CONFIRMÉE.

  Plan du scénario: « Au moins 500 kW » : 500 kW compris
    Étant donné un département de 300 000 habitants
    Et elle exploite un centre de données « DC1 » de <puissance> kW sans transmission déclarée
    Quand on évalue sa situation au 1er juin 2026
    Alors l'obligation « data-centre-energy-reporting » est « <statut> »

    Exemples:
      | puissance | statut         |
      | 499       | non applicable |
      | 500       | non conforme   |

  Plan du scénario: Le 15 mai est le dernier jour
    Étant donné un département de 300 000 habitants
    Et elle exploite un centre de données « DC1 » de 800 kW sans transmission déclarée
    Quand on évalue sa situation au <date>
    Alors l'obligation « data-centre-energy-reporting » pour DC1:2025 est « <statut> »

    Exemples:
      | date        | statut              |
      | 15 mai 2026 | pas encore exigible |
      | 16 mai 2026 | non conforme        |

  Scénario: Les informations transmises à temps sont conformes, sous réserve de la première année
    Étant donné un département de 300 000 habitants
    Et elle exploite un centre de données « DC1 » de 800 kW dont les informations de 2025 ont été transmises le 15 mai 2026
    Quand on évalue sa situation au 1er juin 2026
    Alors l'obligation « data-centre-energy-reporting » est « conforme »
    Et les points à vérifier de « data-centre-energy-reporting » mentionnent « Première année de déclaration non confirmée »

  Scénario: Avant l'entrée en vigueur du décret, rien n'est encore exigible
    Étant donné un département de 300 000 habitants
    Et elle exploite un centre de données « DC1 » de 800 kW sans transmission déclarée
    Quand on évalue sa situation au 30 décembre 2025
    Alors l'obligation « data-centre-energy-reporting » est « pas encore exigible »

  Scénario: Un organisme sans centre de données n'est pas visé
    Étant donné un département de 300 000 habitants
    Et elle n'exploite aucun centre de données
    Quand on évalue sa situation au 1er juin 2026
    Alors l'obligation « data-centre-energy-reporting » est « non applicable »

  Scénario: Un centre utilisé à des fins de défense est exempté
    Étant donné un département de 300 000 habitants
    Et elle exploite un centre de données « DC1 » de 800 kW sans transmission déclarée
    Et elle invoque pour « data-centre-energy-reporting » l'exemption « defence_or_vital_operator » : « opérateur d'importance vitale désigné par arrêté »
    Quand on évalue sa situation au 1er juin 2026
    Alors l'obligation « data-centre-energy-reporting » est « exempté »

  Scénario: Sans centre de données, aucune réserve sur la première année de déclaration
    # Une réserve n'est montrée que là où elle peut changer le résultat de cet organisme.
    Étant donné un département de 300 000 habitants
    Et elle n'exploite aucun centre de données
    Quand on évalue sa situation au 1er juin 2026
    Alors les points à vérifier de « data-centre-energy-reporting » ne mentionnent pas « Première année de déclaration »
