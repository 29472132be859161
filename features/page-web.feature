# language: fr
Fonctionnalité: La page web des juristes, sans terminal
  « reen-compliance serve » ouvre une page locale : chercher son organisme, répondre aux questions
  de son profil, lire le rapport, garder son profil et importer son registre des achats, sans
  écrire de fichier à la main. Rien n'est conservé sur le serveur : le profil voyage avec la page.

  Contexte:
    Étant donné la page web ouverte le 1er juin 2026

  Scénario: Chercher une commune sans accent ni majuscule
    Quand on cherche « METZ » sur la page web
    Alors la page propose « Metz » avec le code « 57463 »

  Scénario: Répondre à la question de la stratégie fait passer la commune à « conforme »
    Étant donné le profil de Metz commencé sur la page web
    Quand on demande le rapport
    Alors la carte de la stratégie numérique responsable dit « données insuffisantes »
    Quand on modifie les réponses
    Et on répond « adopté » à « Votre stratégie numérique responsable est-elle adoptée ? »
    Et on répond « 12 décembre 2024 » à « Date de la délibération ou de la décision d'adoption » dans la section « Stratégie numérique responsable »
    Et on demande le rapport
    Alors la carte de la stratégie numérique responsable dit « conforme »

  Scénario: Télécharger le profil puis le rouvrir garde les réponses
    Étant donné le profil de Metz commencé sur la page web
    Quand on répond « adopté » à « Votre stratégie numérique responsable est-elle adoptée ? »
    Et on répond « 12/12/2024 » à « Date de la délibération ou de la décision d'adoption » dans la section « Stratégie numérique responsable »
    Et on télécharge le profil
    Alors le fichier téléchargé s'appelle « profil-57463.yaml »
    Quand on rouvre le profil téléchargé
    Et on demande le rapport
    Alors la carte de la stratégie numérique responsable dit « conforme »

  Scénario: « Je ne sais pas » laisse la donnée inconnue, jamais « non »
    Étant donné le profil de Metz commencé sur la page web
    Quand on répond « adopté » à « Votre stratégie numérique responsable est-elle adoptée ? »
    Et on répond « 12/12/2024 » à « Date de la délibération ou de la décision d'adoption » dans la section « Stratégie numérique responsable »
    Et on répond « je ne sais pas » à « Votre stratégie numérique responsable est-elle adoptée ? »
    Et on télécharge le profil
    Alors le profil téléchargé ne dit rien de la stratégie numérique responsable
    Quand on rouvre le profil téléchargé
    Et on demande le rapport
    Alors la carte de la stratégie numérique responsable dit « données insuffisantes »

  Scénario: Importer un registre dont les colonnes ne sont pas reconnues, et les choisir
    Quand on importe sur la page web le registre « export.csv » :
      """
      Jour;Somme;Nomenclature
      10/02/2025;1 000,00;30213100
      11/02/2025;500,00;30213100
      12/02/2025;80,00;99999999
      """
    Alors la page demande quelle colonne donne « Montant HT »
    Quand on choisit la colonne « Jour » pour « Date de la dépense »
    Et on choisit la colonne « Somme » pour « Montant HT »
    Et on choisit la colonne « Nomenclature » pour « Code CPV »
    Et on calcule les parts
    Alors la page montre les parts de l'année 2025
    Et la page compte 1 ligne sans catégorie en 2025
