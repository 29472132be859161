# language: fr
Fonctionnalité: Registres d'achats tels que les logiciels financiers les exportent
  L'outil lit les exports d'achats (CSV, XLSX, ODS) pour mesurer, par année et par catégorie des
  décrets pris pour l'article 58 de la loi AGEC, les parts issues du réemploi ou intégrant des
  matières recyclées, et pour préparer la déclaration annuelle publiée sur data.gouv.fr. Les
  montants sont hors taxes (HT). Les lignes qu'aucune catégorie ne reçoit ne sont jamais perdues :
  elles sont comptées à part et peuvent être listées pour compléter la correspondance.

  Scénario: Un classeur dont les achats sont répartis sur deux feuilles
    Étant donné un classeur « achats.xlsx » dont la feuille « Janvier » contient :
      | Date       | Montant HT | CPV        |
      | 10/01/2025 | 100,00     | 30213100-6 |
    Et dont la feuille « Février » contient :
      | Date       | Montant HT | CPV        |
      | 10/02/2025 | 50,50      | 30213100-6 |
      | 11/02/2025 | 20,00      | 30213100-6 |
    Quand on totalise le registre « achats.xlsx »
    Alors les achats « d2024-134:it-telephony » de 2025 totalisent 170,50 euros HT
    Et la feuille « Janvier » a 1 ligne lue
    Et la feuille « Février » a 2 lignes lues

  Scénario: Des virgules dans les libellés d'un fichier séparé par des points-virgules
    Étant donné un fichier « achats.csv » contenant :
      """
      Date;Montant HT;CPV;Libellé
      01/09/2025;12,50;30192000;"Stylos, gommes, crayons"
      02/09/2025;1 234,56;30197643;"Papier, A4, 80 g, ramettes"
      """
    Quand on totalise le registre « achats.csv »
    Alors le séparateur reconnu est « ; »
    Et 2 lignes sont comptées
    Et les lignes comptées totalisent 1 247,06 euros HT

  Scénario: Le même fichier donné deux fois n'est compté qu'une fois
    Étant donné un fichier « achats.csv » contenant :
      """
      Date;Montant HT;CPV
      01/09/2025;1 000,00;30213100-6
      """
    Et une copie « copie.csv » de « achats.csv »
    Quand on totalise les registres « achats.csv » et « copie.csv »
    Alors 1 ligne est comptée
    Et les lignes comptées totalisent 1 000,00 euros HT
    Et un avertissement dit que « copie.csv » a le même contenu que « achats.csv »

  Scénario: Des mandats sans code CPV, classés par nature M57 grâce à un fichier de correspondance
    Étant donné un fichier « mandats.csv » encodé en Windows-1252 contenant :
      """
      Date mandat;Montant TTC;Nature;Tiers;Objet;Réemploi
      05/09/2025;1 200,00;2183;Reconditionneur;Ordinateurs portables reconditionnés;oui
      06/09/2025;600,00;2183;Constructeur;Écrans;non
      07/09/2025;240,00;2184;Ébéniste;Chaises;non
      08/09/2025;120,00;6232;Traiteur;Réception;non
      """
    Et un fichier de correspondance « correspondance.yaml » :
      """
      columns:
        date: Date mandat
        amount_ttc: Montant TTC
        nature: Nature
        supplier: Tiers
        description: Objet
        reuse: Réemploi
      vat_rate_pct: 20
      rules:
        - nature: "2183"
          category: it-telephony
        - nature: "2184"
          category: furniture
      """
    Quand on totalise le registre « mandats.csv » avec le fichier de correspondance
    Alors les achats « d2024-134:it-telephony » de 2025 totalisent 1 500,00 euros HT dont 1 000,00 euros issus du réemploi
    Et les achats « d2024-134:furniture » de 2025 totalisent 200,00 euros HT
    Et il reste 1 ligne à classer, pour 100,00 euros HT

  Scénario: Une année du décret n° 2021-254 ne se déclare pas sur data.gouv.fr
    Étant donné le registre d'exemple « ledger-ville-exemple.csv »
    Quand on demande la déclaration de l'année 2023
    Alors la déclaration est refusée comme « option invalide » avec un message qui mentionne « OECP »
    Et aucun fichier de déclaration n'est écrit

  Scénario: Les colonnes de la déclaration sont celles du schéma officiel
    Étant donné le registre d'exemple « ledger-ville-exemple.csv »
    Quand on demande la déclaration de l'année 2025
    Alors la déclaration a, dans l'ordre, les colonnes :
      | colonne                           |
      | annee                             |
      | siret                             |
      | raison_sociale                    |
      | type_produit_acquis               |
      | montant_total                     |
      | montant_reemploi_et_reutilisation |
      | montant_produits_issus_don        |
      | montant_produits_recycles         |
      | commentaires                      |
    Et ce sont celles du schéma officiel publié sur data.gouv.fr, qui valide la déclaration

  Scénario: Le choix d'une année vaut pour tous les résultats
    Étant donné le registre d'exemple « ledger-ville-exemple.csv »
    Quand on totalise le registre pour l'année 2025 seulement
    Alors aucun total, aucune ligne à classer et aucune catégorie sans ligne ne concerne une autre année que 2025

  Scénario: La liste des lignes à classer, pour compléter la correspondance
    Étant donné un fichier « achats.csv » contenant :
      """
      Date;Montant HT;CPV;Nature;Libellé
      01/09/2025;10,00;79000000;6226;Honoraires
      02/09/2025;20,00;30213100;2183;Portable
      """
    Quand on lance la commande « ledger achats.csv --unclassified a-classer.csv »
    Alors le fichier « a-classer.csv » contient :
      | file       | sheet | line | date       | amount_eur_ht | cpv      | nature | family | supplier | description |
      | achats.csv |       | 2    | 2025-09-01 | 10.00         | 79000000 | 6226   |        |          | Honoraires  |
