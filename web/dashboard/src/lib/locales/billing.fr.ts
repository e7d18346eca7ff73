// French texts of the billing screens (customer record, Billing section, Settings → Billing): the namespace "billing".
export const billingFr = {
  nav: { billing: "Facturation", settings: "Facturation" },
  title: "Facturation",
  section: "Facturation",
  tabs: { label: "Facturation", invoices: "Factures", rentals: "Locations", payments: "Paiements", cards: "Cartes", statement: "Relevé" },
  balance: { title: "Solde", owed: "Dû", credit: "Crédit", none: "Rien à payer", openInvoices_zero: "aucune facture ouverte", openInvoices_one: "{{count}} facture ouverte", openInvoices_other: "{{count}} factures ouvertes" },
  periods: { month: "mois", week: "semaine", year: "an" },
  perPeriod: "{{amount}} / {{period}}",
  rentals: {
    title: "Locations", none: "Aucune location.", start: "Démarrer une location", space: "Emplacement", car: "Voiture", noCar: "Sans voiture", price: "Prix", period: "Période",
    startsOn: "Début", endsOn: "Fin", notice: "Préavis donné le", status: "Statut", customer: "Client", end: "Terminer ou donner un préavis",
    statuses: { scheduled: "Prévue", active: "Active", ended: "Terminée" },
    startHint: "Une location qui commence aujourd’hui ou avant rend le client Actif.",
    endTitle: "Terminer la location {{space}}", endOn: "Date de fin", endHint: "Aujourd’hui : la location se termine tout de suite. Plus tard : le préavis est donné aujourd’hui et la location se termine à cette date.",
    endNow: "Terminer", started: "Location démarrée", ended: "Fin de location enregistrée", untilEnd: "jusqu’au {{date}}",
  },
  invoices: {
    title: "Factures", none: "Aucune facture.", number: "Numéro", draft: "Brouillon", issued: "Émise le", due: "Échéance", total: "Total", paid: "Payé", amountDue: "Reste dû", status: "Statut", customer: "Client", open: "Ouvrir", any: "Tous",
    statuses: { draft: "Brouillon", open: "Ouverte", paid: "Payée", void: "Annulée", uncollectible: "Irrécouvrable" },
    totalDue: "Total restant dû : {{amount}}",
    overdue: "En retard",
    detail: "Facture {{number}}", period: "Période", line: "Désignation", quantity: "Qté", unit: "Prix unitaire", amount: "Montant", subtotal: "Sous-total", tax: "TVA ({{rate}})",
    void: "Annuler la facture", voidTitle: "Annuler la facture {{number}} ?", voidBody: "Une facture annulée n’est plus due. Un paiement déjà reçu doit d’abord être remboursé.",
    uncollectible: "Marquer irrécouvrable", uncollectibleTitle: "Marquer la facture {{number}} irrécouvrable ?", uncollectibleBody: "On cesse de la recouvrer ; elle reste dans le solde du client.",
    print: "Version imprimable", printNow: "Imprimer / PDF", payCard: "Payer par carte ({{card}})", paidByCard: "Facture payée par carte", cardDeclined: "Carte refusée : {{reason}}",
    billTo: "Facturé à", from: "Émise par", back: "Retour au client", invoiceLabel: "Facture",
    create: "Nouvelle facture", createTitle: "Nouvelle facture", description: "Désignation", addLine: "Ajouter une ligne", removeLine: "Retirer la ligne {{n}}", saveDraft: "Enregistrer en brouillon", issue: "Émettre", finalize: "Émettre la facture", created: "Facture créée",
  },
  payments: {
    title: "Paiements", none: "Aucun paiement.", record: "Enregistrer un paiement", date: "Reçu le", amount: "Montant", method: "Moyen", reference: "Référence", invoice: "Facture", status: "Statut", refunded: "Remboursé",
    methods: { cash: "Espèces", cheque: "Chèque", transfer: "Virement", card: "Carte" },
    statuses: { succeeded: "Réussi", failed: "Échoué", pending: "En cours", refunded: "Remboursé" },
    oldest: "Les plus anciennes factures impayées d’abord",
    hint: "Un paiement partiel est accepté ; ce qui dépasse reste en crédit.",
    recorded: "Paiement enregistré", amountInvalid: "Saisissez un montant supérieur à zéro, par ex. 50 ou 49,90.",
    refund: "Rembourser", refundTitle: "Rembourser le paiement du {{date}}", refundable: "Remboursable : {{amount}}", reason: "Motif", refunded_done: "Remboursement enregistré",
  },
  cards: {
    title: "Cartes", none: "Aucune carte enregistrée.", add: "Ajouter une carte", default: "Par défaut", makeDefault: "Définir par défaut", remove: "Supprimer", removeTitle: "Supprimer la carte {{card}} ?", removeBody: "La carte ne sera plus débitée.",
    card: "{{brand}} •••• {{last4}}", expires: "expire {{month}}/{{year}}",
    autopay: "Prélèvement automatique : débiter la carte par défaut à chaque facture", autopayOn: "Prélèvement automatique activé", autopayOff: "Prélèvement automatique désactivé", autopayNeedsCard: "Ajoutez d’abord une carte.",
    testTitle: "Ajouter une carte (fournisseur local de test)", testHint: "Fournisseur local : aucune carte réelle n’est débitée. Carte de test : 4242 4242 4242 4242 ; refusée : 4000 0000 0000 0002.",
    number: "Numéro de carte", expMonth: "Mois d’expiration", expYear: "Année d’expiration", makeDefaultToo: "Carte par défaut", saved: "Carte ajoutée",
    stripeTitle: "Ajouter une carte", stripeUnavailable: "Le formulaire de carte Stripe (Stripe Elements) se charge depuis les serveurs de Stripe, qui ne sont pas joignables depuis cette installation. Le client peut ajouter sa carte depuis le portail, ou revenez ici une fois la connexion à Stripe disponible.",
    numberInvalid: "Un numéro de carte a de 12 à 19 chiffres.",
  },
  statement: {
    title: "Relevé", from: "Du", to: "Au", opening: "Solde d’ouverture", closing: "Solde de clôture", date: "Date", entry: "Opération", debit: "Débit", credit: "Crédit", balance: "Solde", none: "Aucune opération sur la période.",
    kinds: { invoice: "Facture", payment: "Paiement", refund: "Remboursement" }, print: "Imprimer le relevé",
  },
  page: { title: "Facturation", intro: "Factures et locations de l’établissement." },
  settings: {
    title: "Paramètres de facturation", currency: "Devise", currencyHint: "Fixée dès la première facture.", taxRate: "Taux de TVA (%)", taxRateHint: "Par ex. 20 ou 5,5.", terms: "Délai de paiement (jours)", timeZone: "Fuseau horaire",
    timeZoneHint: "Décide quel jour est « aujourd’hui » pour la facturation quotidienne.", saved: "Paramètres de facturation enregistrés", taxInvalid: "Un taux entre 0 et 100 %.",
    provider: "Fournisseur de paiement", providers: { local: "Local (cartes de test, sans réseau)", stripe: "Stripe" }, state: "État", connected: "Connecté", notConnected: "Non connecté",
    mode: { test: "mode test", live: "mode réel" }, webhooks: "Événements du fournisseur", webhooksOn: "vérifiés et appliqués", webhooksOff: "non configurés (BILLING_STRIPE_WEBHOOK_SECRET)",
    providerHint: "Le fournisseur se choisit dans la configuration du service (BILLING_PAYMENT_PROVIDER).",
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type BillingMessages = Widen<typeof billingFr>;
