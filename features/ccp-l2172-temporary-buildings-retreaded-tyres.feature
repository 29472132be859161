# language: fr
@ccp-l2172-temporary-buildings-retreaded-tyres
Fonctionnalité: Constructions temporaires reconditionnées et pneumatiques rechapés (information)
  CCP L. 2172-5 : « Lorsqu'ils achètent des constructions temporaires, les acheteurs ne peuvent
  exclure les constructions temporaires ayant fait l'objet d'un reconditionnement pour réemploi
  […] » ; L. 2172-6 (pneumatiques rechapés). Confiance faible : information seulement, jamais de
  manquement.

  Scénario: Une pratique déclarée est rapportée, l'autre reste à renseigner
    Étant donné une commune de 8 000 habitants
    Et elle déclare appliquer « refurbished_temporary_buildings »
    Et elle déclare ne pas appliquer « retreaded_tyres »
    Quand on évalue sa situation au 1er juin 2025
    Alors l'obligation « ccp-l2172-temporary-buildings-retreaded-tyres » pour refurbished_temporary_buildings est « conforme »
    Et l'obligation « ccp-l2172-temporary-buildings-retreaded-tyres » pour retreaded_tyres est « données insuffisantes »
    Et aucune constatation de « ccp-l2172-temporary-buildings-retreaded-tyres » n'est « non conforme »
    Et la constatation « ccp-l2172-temporary-buildings-retreaded-tyres » est signalée « à vérifier »
    Et les points à vérifier de « ccp-l2172-temporary-buildings-retreaded-tyres » mentionnent « information seulement »
