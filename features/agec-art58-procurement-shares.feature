# language: fr
@agec-art58-procurement-shares
Fonctionnalité: Parts minimales d'achats issus du réemploi ou intégrant des matières recyclées (loi AGEC art. 58)
  Décret n° 2021-254 (achats du 10 mars 2021 au 30 juin 2024) : informatique, 20 % du montant HT
  annuel, entièrement issus du réemploi. Décret n° 2024-134 (à partir du 1er juillet 2024) : aucun
  taux n'est confirmé (ceux des textiles viennent de sources secondaires) ; l'outil mesure sans
  conclure. L'année 2024 est évaluée
  par semestre, chaque décret sur sa période.

  Plan du scénario: Le « 20 % d'informatique reconditionnée » du décret n° 2021-254
    Étant donné une commune de 12 000 habitants
    Et elle déclare pour 2023 des achats « d2021-254:it-equipment » de 100 000 euros HT dont <réemploi> euros issus du réemploi et <recyclé> euros intégrant des matières recyclées
    Quand on évalue sa situation au 1er mars 2024
    Alors l'obligation « agec-art58-procurement-shares » pour 2023 est « <statut> »

    Exemples:
      | réemploi | recyclé | statut       |
      | 20 000   | 0       | conforme     |
      | 19 999   | 0       | non conforme |
      | 10 000   | 15 000  | non conforme |

  Scénario: Les euros manquants se comptent sur la part la plus exigeante
    Étant donné une commune de 12 000 habitants
    Et elle déclare pour 2023 des achats « d2021-254:it-equipment » de 100 000 euros HT dont 15 000 euros issus du réemploi et 0 euros intégrant des matières recyclées
    Quand on évalue sa situation au 1er mars 2024
    Alors il manque 5 000,00 euros pour « agec-art58-procurement-shares » en 2023
    Et la part mesurée de « d2021-254:it-equipment » (reuse) est de 15 %

  Scénario: Un taux non confirmé du décret n° 2024-134 ne permet pas de conclure
    Étant donné une commune de 12 000 habitants
    Et elle déclare pour 2025 des achats « d2024-134:it-telephony » de 200 000 euros HT dont 10 000 euros issus du réemploi et 0 euros intégrant des matières recyclées
    Quand on évalue sa situation au 1er mars 2026
    Alors l'obligation « agec-art58-procurement-shares » pour 2025 est « données insuffisantes »
    Et l'explication de « agec-art58-procurement-shares » pour 2025 mentionne « minimum légal non confirmé »
    Et aucun écart n'est calculé pour « agec-art58-procurement-shares » en 2025
    Et la part mesurée de « d2024-134:it-telephony » (reuse) est de 5 %

  Scénario: 2024, premier semestre sous le décret n° 2021-254, second sous le décret n° 2024-134
    # Les taux textiles du décret n° 2024-134 viennent de sources secondaires (annexe non lue) :
    # la part de réemploi sous le taux indicatif de 8 % ne fait pas un manquement.
    Étant donné une commune de 12 000 habitants
    Et elle déclare pour 2024 des achats « d2021-254:it-equipment » de 50 000 euros HT dont 12 000 euros issus du réemploi et 0 euros intégrant des matières recyclées
    Et elle déclare pour 2024 des achats « d2024-134:textiles » de 10 000 euros HT dont 500 euros issus du réemploi et 2 500 euros intégrant des matières recyclées
    Quand on évalue sa situation au 1er mars 2025
    Alors l'obligation « agec-art58-procurement-shares » pour 2024 est « données insuffisantes »
    Et aucun écart n'est calculé pour « agec-art58-procurement-shares » en 2024
    Et la constatation « agec-art58-procurement-shares » est signalée « à vérifier »
    Et les points à vérifier de « agec-art58-procurement-shares » pour 2024 mentionnent « Année 2024 évaluée par semestre »

  Plan du scénario: Les textiles du décret n° 2024-134 : 8 % de réemploi, 20 % de recyclé, taux non confirmés
    # Sources secondaires seulement (annexe non lue) : mesurés, jamais conclus (point 8). Le
    # minimum publié dans le JSON est dit non confirmé, des deux côtés du taux indicatif.
    Étant donné une commune de 12 000 habitants
    Et elle déclare pour 2025 des achats « d2024-134:textiles » de 10 000 euros HT dont <réemploi> euros issus du réemploi et <recyclé> euros intégrant des matières recyclées
    Quand on évalue sa situation au 1er mars 2026
    Alors l'obligation « agec-art58-procurement-shares » pour 2025 est « données insuffisantes »
    Et le minimum de « d2024-134:textiles » (reuse) est dit « non confirmé »
    Et l'explication de « agec-art58-procurement-shares » pour 2025 mentionne « <lecture> »
    Et les données insuffisantes de « agec-art58-procurement-shares » pour 2025 tiennent à la valeur légale non confirmée
    Et dans chaque format, le statut de « agec-art58-procurement-shares » pour 2025 est suivi de « valeur légale non confirmée »
    Et le code de sortie est 0

    Exemples:
      | réemploi | recyclé | lecture                                                                    |
      | 800      | 2 000   | réemploi 8 % pour un taux indicatif de 8 %, atteint                        |
      | 799      | 2 000   | pour un taux indicatif de 8 %, non atteint (il manquerait 1,00 € HT)       |
      | 800      | 1 999   | pour un taux indicatif de 20 %, non atteint (il manquerait 1,00 € HT)      |

  Plan du scénario: Données de l'organisme manquantes ou valeur de la loi non confirmée : deux réponses
    Étant donné une commune de 12 000 habitants
    Et elle déclare pour 2025 des achats « d2024-134:it-telephony » de 200 000 euros HT dont 10 000 euros issus du réemploi et 0 euros intégrant des matières recyclées
    Quand on évalue sa situation au 1er mars 2026
    Alors l'obligation « agec-art58-procurement-shares » pour <année> est « données insuffisantes »
    Et les données insuffisantes de « agec-art58-procurement-shares » pour <année> tiennent à <cause>
    Et dans chaque format, le statut de « agec-art58-procurement-shares » pour <année> est suivi de « <mots> »

    Exemples:
      | année | cause                          | mots                              |
      | 2024  | les données de l'organisme     | données de l'organisme manquantes |
      | 2025  | la valeur légale non confirmée | valeur légale non confirmée       |

  Scénario: L'écart se donne par part, avec ses montants exigé, constaté et manquant
    Étant donné une commune de 12 000 habitants
    Et elle déclare pour 2023 des achats « d2021-254:it-equipment » de 100 000 euros HT dont 15 000 euros issus du réemploi et 0 euros intégrant des matières recyclées
    Quand on évalue sa situation au 1er mars 2024
    Alors il manque 5 000,00 euros pour « agec-art58-procurement-shares » en 2023
    Et pour « agec-art58-procurement-shares » en 2023, la part « reuse » exige 20 000 euros, en constate 15 000 et il en manque 5 000
    Et l'écart total de « agec-art58-procurement-shares » en 2023 vaut l'exigé moins le constaté
    Et l'écart de « agec-art58-procurement-shares » pour 2023 se lit « il manque 5 000,00 € HT (exigé : 20 000,00 €, constaté : 15 000,00 €) »

  Scénario: Une note sur le décret n° 2024-134 n'est pas montrée sur 2021 à 2023, et s'imprime une fois
    Étant donné une commune de 12 000 habitants
    Et elle déclare pour 2023 des achats « d2021-254:it-equipment » de 100 000 euros HT dont 20 000 euros issus du réemploi et 0 euros intégrant des matières recyclées
    Et elle déclare pour 2025 des achats « d2024-134:textiles » de 10 000 euros HT dont 800 euros issus du réemploi et 2 000 euros intégrant des matières recyclées
    Quand on évalue sa situation au 1er mars 2026
    Alors les points à vérifier de « agec-art58-procurement-shares » pour 2023 ne mentionnent pas « décret n° 2024-134 »
    Et les points à vérifier de « agec-art58-procurement-shares » pour 2025 mentionnent « Les taux du décret n° 2024-134 ne sont pas confirmés »
    Et les points à vérifier de « agec-art58-procurement-shares » pour 2024 mentionnent « Les taux du décret n° 2024-134 ne sont pas confirmés »
    Et plusieurs constatations de « agec-art58-procurement-shares » renvoient à cette note
    Et chaque format imprime une seule fois la note « Les taux du décret n° 2024-134 ne sont pas confirmés »

  Scénario: Sans montants déclarés pour une année écoulée, les données manquent
    Étant donné une commune de 12 000 habitants
    Quand on évalue sa situation au 1er mars 2024
    Alors l'obligation « agec-art58-procurement-shares » pour 2023 est « données insuffisantes »

  Scénario: Une catégorie d'un décret qui ne s'appliquait pas cette année-là est refusée
    Étant donné une commune de 12 000 habitants
    Et elle déclare pour 2025 des achats « d2021-254:it-equipment » de 1 000 euros HT dont 0 euros issus du réemploi et 0 euros intégrant des matières recyclées
    Quand on évalue sa situation au 1er mars 2026 sans que le profil soit accepté
    Alors l'évaluation est refusée avec le message « not in force in 2025 »

  Scénario: Les établissements publics ne sont pas nommés par l'article 58
    Étant donné un organisme de type « public_establishment »
    Quand on évalue sa situation au 1er mars 2024
    Alors l'obligation « agec-art58-procurement-shares » pour 2023 est « non applicable »

  Scénario: Une année examinée cite les textes en vigueur le dernier jour de cette année
    # Le décret n° 2024-134 et l'arrêté du 29 février 2024 s'appliquent aux achats à compter du
    # 1er juillet 2024 : une constatation de 2021 ou 2023 ne les cite pas, celle de 2024 les cite.
    Étant donné une commune de 12 000 habitants
    Et elle déclare pour 2021 des achats « d2021-254:it-equipment » de 100 000 euros HT dont 20 000 euros issus du réemploi et 0 euros intégrant des matières recyclées
    Et elle déclare pour 2023 des achats « d2021-254:it-equipment » de 100 000 euros HT dont 20 000 euros issus du réemploi et 0 euros intégrant des matières recyclées
    Et elle déclare pour 2024 des achats « d2024-134:textiles » de 10 000 euros HT dont 800 euros issus du réemploi et 2 000 euros intégrant des matières recyclées
    Quand on évalue sa situation au 1er mars 2025
    Alors la constatation « agec-art58-procurement-shares » pour 2021 cite « Décret n° 2021-254 »
    Et la constatation « agec-art58-procurement-shares » pour 2021 ne cite pas « Décret n° 2024-134 »
    Et la constatation « agec-art58-procurement-shares » pour 2021 ne cite pas « Arrêté du 29 février 2024 »
    Et la constatation « agec-art58-procurement-shares » pour 2023 ne cite pas « Décret n° 2024-134 »
    Et la constatation « agec-art58-procurement-shares » pour 2024 cite « Décret n° 2024-134 »
    Et la constatation « agec-art58-procurement-shares » pour 2024 cite « Arrêté du 29 février 2024 »
