// French texts of the operations screens (imports, broadcasts, emails, billing): the i18next namespace "ops".
export const opsFr = {
  nav: { imports: "Imports", broadcasts: "Diffusion", emails: "E-mails" },
  emails: {
    title: "E-mails", status: "Statut", template: "Modèle", any: "Tous", date: "Date", to: "Destinataire", reason: "Raison", open: "Ouvrir", none: "Aucun e-mail.", detail: "E-mail",
    language: "Langue", attempts: "Tentatives", created: "Créé", sent: "Envoyé", messageId: "Message-ID",
    statuses: { queued: "En attente", sent: "Délivré", failed: "Échec", bounced: "Rejeté (bounce)", skipped: "Ignoré" },
    templates: { broadcast: "Diffusion", direct: "Message direct", invite: "Invitation", resend: "Renvoi du lien", signin: "Connexion", confirm_email: "Confirmation d’e-mail", invoice_issued: "Facture émise", payment_received: "Paiement reçu" },
  },
  broadcasts: {
    title: "Nouvelle diffusion", audience: "Destinataires", status: "Statut des contacts", stage: "Étape", type: "Type de client", language: "Langue", tags: "Étiquettes (séparées par des virgules)", subject: "Objet", body: "Message",
    sources: { segment: "Un segment", list: "La liste filtrée des contacts", selection_one: "La sélection ({{count}} contact)", selection_other: "La sélection ({{count}} contacts)" },
    statuses: { lead: "Prospect", active: "Actif", inactive: "Inactif" }, languages: { fr: "Français", en: "Anglais" },
    version: { fr: "Message en français (par défaut)", en: "Message en anglais (facultatif)" },
    languageHint: "Chaque contact reçoit le message dans sa langue ; ceux dont la langue est inconnue, ou sans version anglaise, le reçoivent en français.",
    skipHint: "Les contacts désinscrits, sans e-mail valide ou dont l’adresse a été rejetée sont ignorés, avec la raison dans le rapport.",
    test: "M’envoyer un test", testSent_one: "Test envoyé à {{email}}", testSent_other: "{{count}} tests envoyés à {{email}} (français et anglais)", nobody: "Personne ne recevrait cette diffusion",
    preview: {
      title: "Avant l’envoi", none: "Choisissez les destinataires.", sending_one: "{{count}} contact recevra ce message", sending_other: "{{count}} contacts recevront ce message",
      ofTotal_one: "sur {{count}} contact choisi", ofTotal_other: "sur {{count}} contacts choisis", languages: "{{fr}} en français, {{en}} en anglais",
      skipped_one: "{{count}} contact sera ignoré", skipped_other: "{{count}} contacts seront ignorés", reasonCount: "{{reason}} : {{count}}",
      skippedCaption: "Contacts ignorés et pourquoi", more_one: "et {{count}} autre", more_other: "et {{count}} autres", noneSkipped: "Aucun contact ignoré.",
    },
    send: "Envoyer", confirmTitle: "Envoyer cette diffusion ?", confirmBody_one: "« {{subject}} » part à {{count}} contact.", confirmBody_other: "« {{subject}} » part à {{count}} contacts.", loading: "Chargement…",
    reportStatus: { sending: "Envoi en cours…", completed: "Envoi terminé" }, sent: "Envoyés", failed: "En échec", queued: "En attente", skipped: "Ignorés ({{reason}})",
    reasons: { opted_out: "désinscrit", no_email: "pas d’e-mail valide", undeliverable: "adresse rejetée" }, recipients: "Destinataires",
  },

  imports: {
    title: "Importer des clients et des voitures", template: "Télécharger le modèle", drop: "Déposez un fichier CSV ou XLSX ici, ou", choose: "Choisir un fichier",
    uploading: "Envoi : {{percent}} %", past: "Imports précédents", none: "Aucun import pour l’instant.", file: "Fichier", date: "Date", status: "Statut", rows: "Lignes", valid: "Valides", rejected: "Rejetées",
    createdCount: "Créés", updatedCount: "Mis à jour", skippedCount: "Ignorés", failedCount: "En échec", undone: "annulé",
    statuses: { validating: "Vérification", ready: "Prêt", sending: "En cours", completed: "Terminé", cancelled: "Interrompu", failed: "Échec" },
    back: "Retour aux imports", jobTitle: "Import de {{file}}", detected: "encodage {{encoding}}, séparateur « {{delimiter}} »",
    mapping: "Correspondance des colonnes", mappingHint: "Chaque champ est associé automatiquement à une colonne ; changez-le si besoin.", missingFields: "Champs obligatoires sans colonne : {{fields}}",
    headerRow: "Ligne des en-têtes", headerRowIs: "Les noms de colonnes sont lus à la ligne {{row}}.", useHeaderRow: "Utiliser cette ligne",
    headerRowHint: "Détectée automatiquement ; si le fichier commence par des lignes de titre, indiquez la ligne qui porte les noms de colonnes.",
    headerRowSaved: "En-têtes lus à la ligne {{row}} : les colonnes sont de nouveau associées", columnsRead: "Colonnes lues : {{columns}}",
    ignore: "— Ignorer —", applyMapping: "Appliquer la correspondance", mappingSaved: "Correspondance enregistrée : le fichier est revérifié",
    fields: { first_name: "Prénom", last_name: "Nom", email: "E-mail", phone: "Téléphone", company: "Société", language: "Langue", birthday: "Anniversaire", tags: "Étiquettes", car_make: "Marque", car_model: "Modèle", car_year: "Année", car_colour: "Couleur", car_plate: "Immatriculation", car_vin: "VIN" },
    preview: "Aperçu", summary: "{{total}} lignes : {{valid}} valides, {{rejected}} rejetées", checking: "Vérification en cours ({{total}} lignes lues)…", errorSummary: "Résumé des erreurs",
    codes: { required: "Champ obligatoire manquant", invalid_email: "E-mail invalide", invalid_phone: "Téléphone invalide", invalid_birthday: "Date de naissance invalide", invalid_language: "Langue inconnue", invalid_year: "Année invalide", invalid_vin: "VIN invalide", duplicate_in_file: "Doublon dans le fichier", too_long: "Trop long", control_character: "Caractère de contrôle" },
    mode: "Mode", modes: { create: "Créer seulement", upsert: "Créer et mettre à jour", update: "Mettre à jour seulement" },
    actions: { create: "Création", update: "Mise à jour", skip: "Ignorée", reject: "Rejetée", link_cars: "Voitures ajoutées" },
    row: "Ligne", action: "Action", errors: "Erreurs", confirm: "Confirmer l’import", confirmTitle: "Lancer l’import ?", confirmBody: "{{valid}} lignes valides seront importées (mode : {{mode}}) ; {{rejected}} rejetées.",
    stillChecking: "Le fichier est encore en cours de vérification.", missing: "Associez d’abord les champs obligatoires.",
    progress: "Progression", doneOf: "{{done}} sur {{total}} lignes traitées", rate: "Lignes/s", left: "Temps restant", cancel: "Interrompre", errorReport: "Télécharger le rapport d’erreurs",
    undo: "Annuler l’import", undoTitle: "Annuler cet import ?", undoBody: "Les clients créés par cet import et non modifiés depuis seront supprimés ; les autres sont conservés, avec la raison.",
    undoing: "Annulation en cours…", undoResult: "{{removed}} supprimés, {{kept}} conservés",
    kept: { changed: "modifié depuis l’import", has_people: "a des contacts", has_documents: "a des documents", has_billing: "a de la facturation", has_cars: "a des voitures", invited: "invité au portail" },
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type OpsMessages = Widen<typeof opsFr>;
