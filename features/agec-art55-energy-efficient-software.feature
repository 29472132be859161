# language: fr
@agec-art55-energy-efficient-software
Fonctionnalité: Promotion des logiciels sobres en énergie dans les achats de logiciels
  Loi n° 2020-105 (AGEC), art. 55, al. 2 : « Lorsque le bien acquis est un logiciel, les
  administrations […] promeuvent le recours à des logiciels dont la conception permet de limiter la
  consommation énergétique associée à leur utilisation. » Obligation de promotion, sans indicateur.

  Plan du scénario: Les administrations de l'art. L. 300-2 du CRPE, établissements publics compris
    Étant donné un établissement public employant 80 personnes
    Et il <declaration>
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « agec-art55-energy-efficient-software » est « <statut> »
    Et aucune constatation de « agec-art55-energy-efficient-software » n'est « non conforme »

    Exemples:
      | declaration                                             | statut                |
      | déclare appliquer « energy_efficient_software »         | conforme              |
      | déclare ne pas appliquer « energy_efficient_software »  | données insuffisantes |

  Scénario: La date de départ retenue est signalée
    Étant donné une commune de 8 000 habitants
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « agec-art55-energy-efficient-software » est « données insuffisantes »
    Et les points à vérifier de « agec-art55-energy-efficient-software » mentionnent « selon la DINUM »
