// French texts (the default language of the dashboard).
export const fr = {
  app: { name: "Storage CRM", contacts: "Contacts", settings: "Paramètres", settingsFacility: "Site", settingsCrm: "CRM", operations: "Opérations", facility: "Site", language: "Langue", signOut: "Se déconnecter", signIn: "Se connecter", signInTitle: "Connectez-vous à votre site", signInIntro: "Utilisez votre compte d’équipe.", loading: "Chargement…", menu: "Menu utilisateur", skip: "Aller au contenu", notFound: "Page introuvable", duplicates: "Doublons", settingsPortal: "Portail", slow: "Le réseau est lent : le serveur n’a pas encore répondu…", offline: "Vous êtes hors ligne : les modifications ne seront pas enregistrées avant le retour de la connexion." },
  roles: { owner: "Propriétaire", manager: "Responsable", staff: "Équipe" },
  perm: { hint: "Consultation seule : demandez à un Propriétaire de votre équipe de vérifier vos droits." },
  common: { save: "Enregistrer", saveChanges: "Enregistrer les modifications", cancel: "Annuler", close: "Fermer", confirm: "Confirmer", delete: "Supprimer", edit: "Modifier", retry: "Réessayer", error: "Une erreur est survenue", none: "—", yes: "Oui", no: "Non", actions: "Actions", loadMore: "Voir plus" },
  contacts: {
    title: "Contacts", search: "Rechercher un contact...", create: "Créer un contact", broadcast: "Diffusion",
    tabs: { all: "Tous", leads: "Prospects", customers: "Clients" }, tabsLabel: "Onglets des contacts",
    views: { label: "Affichage", table: "Tableau", cards: "Cartes", board: "Pipeline" },
    columns: { name: "Nom", email: "E-mail", phone: "Téléphone", company: "Société", status: "Statut", stage: "Étape CRM", tags: "Étiquettes", last_contact: "Dernier contact", cars: "Voitures", portal: "Portail", choose: "Colonnes" },
    status: { lead: "Prospect", active: "Actif", inactive: "Inactif" },
    filters: { label: "Filtres", status: "Statut", stage: "Étape CRM", type: "Type de client", source: "Source", tag: "Étiquette", portal: "Accès au portail", any: "Tous", clear: "Effacer les filtres" },
    row: { view: "Voir la fiche", invite: "Envoyer l’invitation", resend: "Renvoyer l’invitation", edit: "Modifier", select: "Sélectionner {{name}}", selectAll: "Tout sélectionner" },
    bulk: { selected: "{{count}} sélectionné(s)", broadcast: "Envoyer à la sélection", addTags: "Ajouter des étiquettes", setStage: "Changer d’étape", markInactive: "Marquer inactif", export: "Exporter en CSV", tagsPrompt: "Étiquettes (séparées par des virgules)", done: "{{updated}} mis à jour, {{skipped}} ignoré(s)" },
    moveCard: "Déplacer (Espace, puis flèches, puis Espace)", empty: "Aucun contact ne correspond.", noStage: "Sans étape",
    moved: "{{name}} déplacé vers {{stage}}", moveConflict: "{{name}} a été modifié par quelqu’un d’autre : la carte est revenue dans sa colonne. Réessayez.",
    invited: "Invitation envoyée à {{email}}",
  },
  create: {
    title: "Créer un contact", first_name: "Prénom", last_name: "Nom", email: "E-mail", phone: "Téléphone", company: "Société", language: "Langue préférée", notes: "Notes",
    required: "Obligatoire", invalidEmail: "Adresse e-mail invalide", duplicate: "Doublon possible : {{names}}", created: "{{name}} créé",
  },
  customer: {
    back: "Retour aux contacts", sendEmail: "Envoyer un e-mail", more: "Plus d’actions", delete: "Supprimer", restore: "Restaurer", markInactive: "Marquer inactif", merge: "Fusionner avec…", anonymise: "Anonymiser",
    deleteTitle: "Supprimer {{name}} ?", deleteBody: "La fiche disparaît des listes ; elle peut être restaurée pendant 30 jours.", deleteRefused: "Ce contact ne peut pas être supprimé :", guards: { active_rental: "Il a une location en cours.", unpaid_invoice: "Il a une facture impayée.", open_dispute: "Il a un litige de paiement ouvert." }, deleted: "Contact supprimé", keepInactive: "Bonne pratique : marquez plutôt le contact inactif pour garder son historique.",
    sections: { personal: "Identité et coordonnées", crm: "Informations CRM", cars: "Voitures", people: "Contacts", documents: "Documents", activity: "Activité", account: "Compte", emails: "E-mails" },
    email: {
      hint: "Un message direct (pas une campagne) à {{name}}, <{{email}}>, dans sa langue.", subject: "Objet", body: "Message", send: "Envoyer",
      queued: "E-mail en cours d’envoi à {{email}} : son statut apparaît dans les e-mails du contact.", refused: "L’e-mail ne peut pas partir : {{reason}}",
    },
    fields: { name: "Nom", company: "Société", email: "E-mail", phone: "Téléphone", address: "Adresse", birthday: "Anniversaire", language: "Langue", stage: "Étape du pipeline", source: "Source", types: "Groupes de clients", tags: "Étiquettes", status: "Statut", notes: "Notes" },
    account: { never: "Jamais invité", invitedAt: "Invité le {{date}}", signedInAt: "Connecté le {{date}}", send: "Envoyer l’invitation", resend: "Renvoyer le lien du portail", confirmTitle: "Envoyer le lien du portail ?", confirmBody: "{{name}} recevra un lien de connexion à {{email}}.", noEmail: "Ajoutez d’abord une adresse e-mail.", sent: "Lien du portail envoyé à {{email}}" },
    noCars: "Aucune voiture liée.", noDocuments: "Aucun document.", noActivity: "Rien pour l’instant.", upload: "Téléverser un document", addCar: "Ajouter une voiture",
    car: { make: "Marque", model: "Modèle", plate: "Immatriculation", year: "Année" },
  },
  people: {
    add: "Ajouter un contact", title: "Ajouter un contact", editTitle: "Modifier le contact", first_name: "Prénom", last_name: "Nom", email: "E-mail", phone: "Téléphone", role: "Rôle", role_description: "Description du rôle", is_primary: "Contact principal (interlocuteur principal de ce client)", portal_access: "Peut accéder au portail client (connexion avec son e-mail)", preferences: "Préférences de communication",
    roles: { spouse: "Conjoint", assistant: "Assistant", bookkeeper: "Comptable", vehicle_manager: "Gestionnaire de véhicules", other: "Autre" },
    prefs: { scheduling: "Rendez-vous", car_updates: "Nouvelles des voitures", contracts: "Contrats", invoices: "Factures", estimates: "Devis", marketing: "Marketing" },
    access: "Accès", portalAccess: "Accès au portail", noAccess: "Pas d’accès", primary: "Principal", none: "Aucun contact supplémentaire.", remove: "Retirer", removeTitle: "Retirer {{name}} ?", removeBody: "Confirmez seulement après avoir vérifié que cette personne n’a plus besoin de messages ni d’accès au portail.", sendInvite: "Envoyer l’invitation", comms: "{{count}} types de messages", otherNeedsDescription: "Décrivez le rôle",
  },
  preview: { title: "Aperçu du portail", as: "Vu par", intro: "Ce que cette personne voit après s’être connectée au portail client, avec les sections activées par le site.", notYet: "Le portail n’a pas encore reçu cette fiche : réessayez dans un instant.", welcome: "Bienvenue, {{name}}", sections: "Sections : {{list}}", onboarding: "Premiers pas", openInvoices: "Factures ouvertes : {{count}}", shop: "Produits proposés : {{products}} · commandes : {{orders}}", orderStates: { requested: "demandée", invoiced: "facturée", paid: "payée", fulfilled: "livrée", cancelled: "annulée", refused: "refusée" } },
  portalSections: { events: "Rendez-vous", cars: "Voitures", shop: "Boutique", billing: "Facturation", documents: "Documents", settings: "Paramètres du compte" },
  portalSteps: { confirm_profile: "Confirmer ses coordonnées", sign_contract: "Signer le contrat", add_payment_method: "Ajouter un moyen de paiement", accept_policies: "Accepter le règlement du site" },
  portalSettings: { title: "Paramètres → Portail", sections: "Sections visibles par les clients", sectionsHint: "Une section désactivée disparaît du portail de chaque client.", steps: "Étapes d’accueil", stepsHint: "Les nouveaux clients font ces étapes dans cet ordre après leur première connexion.", removeStep: "Retirer {{name}}", noSteps: "Aucune étape d’accueil : les clients arrivent directement sur leur portail.", saved: "Paramètres du portail enregistrés", updated: "Modifié le {{date}} par {{by}}" },
  documents: { uploading: "Envoi de {{name}}", cancelled: "Envoi annulé" },
  duplicates: { title: "Doublons", intro: "Clients qui partagent un numéro de téléphone, ou un nom et une société. Choisissez la fiche à garder, comparez, puis fusionnez.", none: "Aucun doublon probable : rien à fusionner.", record: "Fiche", keep: "Garder", mergeIn: "Fusionner dedans", keepName: "Garder {{name}}", mergeName: "Fusionner {{name}} dans la fiche gardée", compare: "Comparer", mergeInto: "Fusionner dans {{name}}", merged: "Fusionné dans {{name}}", reasons: { same_phone: "Même numéro de téléphone", same_name_and_company: "Même nom et même société", similar_name: "Nom proche" } },
  activity: { delivered: "Délivré", failed: "Échec", bounced: "Rejeté" },
  cars: { move: "Déplacer", moveTitle: "Déplacer {{car}} vers un autre client", unlink: "Délier", unlinkTitle: "Délier {{car}} ?", unlinkBody: "La voiture reste dans les fiches du site, sans propriétaire." },
  facilitySettings: { senderTitle: "E-mails aux clients", senderName: "Nom de l’expéditeur", replyTo: "Adresse de réponse", replyToHint: "Où arrivent les réponses des clients ; vide pour l’adresse d’envoi.", senderSaved: "Paramètres des e-mails enregistrés", name: "Nom du site", nameHint: "Affiché en haut à gauche et dans le choix du site.", language: "Langue du site", languageHint: "Utilisée pour les contacts dont la langue n’est pas connue.", timeZone: "Fuseau horaire", emailRequired: "Un contact doit avoir une adresse e-mail", unnamed: "Site sans nom", title: "Paramètres → Site", country: "Pays par défaut des numéros de téléphone", countryHint: "Les numéros saisis sans indicatif sont lus comme des numéros de ce pays.", saved: "Paramètres du site enregistrés" },
  merge: { title: "Fusionner avec…", none: "Aucun doublon probable.", kept: "Conservé (cette fiche)", mergedIn: "Fusionné dans celle-ci, puis retiré", field: "Champ", result: "Après la fusion", back: "En choisir un autre", from: { other: "de la fiche fusionnée", both: "des deux" }, fields: { name: "Nom", email: "E-mail", phone: "Téléphone", company: "Société", address: "Adresse", birthday: "Anniversaire", tags: "Étiquettes", notes: "Notes" }, explain: "Les personnes, voitures, documents, étiquettes, notes et l’historique de {{name}} passent sur cette fiche.", confirm: "Fusionner" },
  anonymise: { title: "Anonymiser ce contact ?", body: "Le nom, l’e-mail, le téléphone, l’adresse et les notes sont effacés définitivement. Les pièces comptables restent.", confirm: "Anonymiser", done: "Contact anonymisé" },
  settings: { drag: "Glisser {{name}} (Espace, puis flèches, puis Espace)", crmTitle: "Paramètres → CRM", stages: "Étapes du pipeline", sources: "Sources", customer_types: "Types de clients", add: "Ajouter", newName: "Nouveau nom", moveUp: "Monter {{name}}", moveDown: "Descendre {{name}}", rename: "Renommer", inUse: "« {{name}} » est utilisé. Déplacer ses fiches vers :", deleteOption: "Supprimer {{name}}", moveAndDelete: "Déplacer et supprimer" },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof fr>;
