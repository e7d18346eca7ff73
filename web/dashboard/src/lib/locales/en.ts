// English texts; the labels of buttons are the seeds' own words.
import type { Messages } from "./fr";

export const en: Messages = {
  app: { name: "Storage CRM", contacts: "Contacts", settings: "Settings", settingsFacility: "Facility", settingsCrm: "CRM", operations: "Operations", facility: "Facility", language: "Language", signOut: "Sign out", signIn: "Sign in", signInTitle: "Sign in to your facility", signInIntro: "Use your staff account.", loading: "Loading…", menu: "User menu", skip: "Skip to content", notFound: "Page not found", offline: "You are offline: changes will not be saved until the connection is back." },
  roles: { owner: "Owner", manager: "Manager", staff: "Staff" },
  perm: { hint: "You can view only: ask an Owner on your team to check your permissions." },
  common: { save: "Save", saveChanges: "Save Changes", cancel: "Cancel", close: "Close", confirm: "Confirm", delete: "Delete", edit: "Edit", retry: "Retry", error: "Something went wrong", none: "—", yes: "Yes", no: "No", actions: "Actions", loadMore: "Load more" },
  contacts: {
    title: "Contacts", search: "Search a contact...", create: "Create a contact", broadcast: "Broadcast",
    tabs: { all: "All", leads: "Leads", customers: "Customers" }, tabsLabel: "Contact tabs",
    views: { label: "View", table: "Table", cards: "Cards", board: "Board" },
    columns: { name: "Name", email: "Email", phone: "Phone", company: "Company", status: "Status", stage: "CRM stage", tags: "Tags", last_contact: "Last updated", portal: "Portal", choose: "Columns" },
    status: { lead: "Lead", active: "Active", inactive: "Inactive" },
    filters: { label: "Filters", status: "Status", stage: "CRM stage", type: "Customer type", source: "Source", tag: "Tag", portal: "Portal access", any: "Any", clear: "Clear filters" },
    row: { view: "View Details", invite: "Send Invite", resend: "Resend Invite", edit: "Edit", select: "Select {{name}}", selectAll: "Select all" },
    bulk: { selected: "{{count}} selected", addTags: "Add tags", setStage: "Set stage", markInactive: "Mark inactive", export: "Export CSV", tagsPrompt: "Tags (comma separated)", done: "{{updated}} updated, {{skipped}} skipped" },
    moveCard: "Move (Space, then arrow keys, then Space)", empty: "No contact matches.", noStage: "No stage",
    moved: "{{name}} moved to {{stage}}", moveConflict: "{{name}} was changed by someone else: the card is back in its column. Try again.",
    invited: "Invite sent to {{email}}",
  },
  create: {
    title: "Create a contact", first_name: "First Name", last_name: "Last Name", email: "Email", phone: "Phone", company: "Company", language: "Preferred language", notes: "Notes",
    required: "Required", invalidEmail: "Not a valid email address", duplicate: "Possible duplicate: {{names}}", created: "{{name}} created",
  },
  customer: {
    back: "Back to contacts", sendEmail: "Send an email", more: "More actions", delete: "Delete", restore: "Restore", markInactive: "Mark inactive", merge: "Merge with…", anonymise: "Anonymise",
    deleteTitle: "Delete {{name}}?", deleteBody: "The record is removed from lists; it can be restored within 30 days.", deleteRefused: "This contact cannot be deleted:", guards: { active_rental: "They have an active rental.", unpaid_invoice: "They have an unpaid invoice.", open_dispute: "They have an open payment dispute." }, deleted: "Contact deleted", keepInactive: "Best practice: mark the contact inactive instead to keep its history.",
    sections: { personal: "Personal & Contact", crm: "CRM Information", cars: "Cars", people: "Contacts", documents: "Documents", activity: "Activity", account: "Account" },
    fields: { name: "Name", company: "Company", email: "Email", phone: "Phone", address: "Address", birthday: "Birthday", language: "Language", stage: "Pipeline stage", source: "Source", types: "Customer groups", tags: "Tags", status: "Status", notes: "Notes" },
    account: { never: "Never invited", invitedAt: "Invited on {{date}}", signedInAt: "Signed in on {{date}}", send: "Send Invite", resend: "Resend the portal link", confirmTitle: "Send the portal link?", confirmBody: "{{name}} will receive a sign-in link at {{email}}.", noEmail: "Add an email address first.", sent: "Portal link sent to {{email}}" },
    noCars: "No car linked yet.", noDocuments: "No document yet.", noActivity: "Nothing yet.", upload: "Upload a document", addCar: "Add a car",
    car: { make: "Make", model: "Model", plate: "Plate", year: "Year" },
  },
  people: {
    add: "Add Contact", title: "Add Contact", editTitle: "Edit contact", first_name: "First Name", last_name: "Last Name", email: "Email", phone: "Phone", role: "Role", role_description: "Role description", is_primary: "Primary contact (main point of contact for this customer)", portal_access: "Can access customer portal (login with their email)", preferences: "Communication preferences",
    roles: { spouse: "Spouse", assistant: "Assistant", bookkeeper: "Bookkeeper", vehicle_manager: "Vehicle manager", other: "Other" },
    prefs: { scheduling: "Scheduling", car_updates: "Car Updates", contracts: "Contracts", invoices: "Invoices", estimates: "Estimates", marketing: "Marketing" },
    access: "Access", portalAccess: "Portal Access", noAccess: "No access", primary: "Primary", none: "No additional contact.", remove: "Remove", removeTitle: "Remove {{name}}?", removeBody: "Confirm only after checking that this person no longer needs messages or portal access.", sendInvite: "Send invite", comms: "{{count}} message types", otherNeedsDescription: "Describe the role",
  },
  activity: { delivered: "Delivered", failed: "Failed", bounced: "Bounced" },
  cars: { move: "Move", moveTitle: "Move {{car}} to another customer", unlink: "Unlink", unlinkTitle: "Unlink {{car}}?", unlinkBody: "The car stays in the facility's records without an owner." },
  facilitySettings: { title: "Settings → Facility", country: "Default country for phone numbers", countryHint: "Numbers typed without a country code are read as numbers of this country.", saved: "Facility settings saved" },
  merge: { title: "Merge with…", none: "No probable duplicate found.", kept: "Kept (this record)", mergedIn: "Merged into it, then removed", explain: "People, cars, documents, tags, notes and history of {{name}} move to this record.", confirm: "Merge" },
  anonymise: { title: "Anonymise this contact?", body: "Name, email, phone, address and notes are erased for good. Records needed for accounting stay.", confirm: "Anonymise", done: "Contact anonymised" },
  settings: { drag: "Drag {{name}} (Space, then arrow keys, then Space)", crmTitle: "Settings → CRM", stages: "Pipeline stages", sources: "Sources", customer_types: "Customer types", add: "Add", newName: "New name", moveUp: "Move {{name}} up", moveDown: "Move {{name}} down", rename: "Rename", inUse: "“{{name}}” is in use. Move its records to:", deleteOption: "Delete {{name}}", moveAndDelete: "Move and delete" },
};
