// English texts of the operations screens (imports, broadcasts, emails, billing): the i18next namespace "ops".
import type { OpsMessages } from "./ops.fr";

export const opsEn: OpsMessages = {
  nav: { imports: "Imports", broadcasts: "Broadcast", emails: "Emails" },
  emails: {
    title: "Emails", status: "Status", template: "Template", any: "Any", date: "Date", to: "Recipient", reason: "Reason", open: "Open", none: "No email.", detail: "Email",
    language: "Language", attempts: "Attempts", created: "Created", sent: "Sent", messageId: "Message-ID",
    statuses: { queued: "Queued", sent: "Delivered", failed: "Failed", bounced: "Bounced", skipped: "Skipped" },
    templates: { broadcast: "Broadcast", direct: "Direct message", invite: "Invite", resend: "Link resent", signin: "Sign-in", confirm_email: "Email confirmation", invoice_issued: "Invoice issued", payment_received: "Payment received" },
  },
  broadcasts: {
    title: "New broadcast", audience: "Audience", status: "Contact status", stage: "Stage", type: "Customer type", language: "Language", tags: "Tags (comma separated)", subject: "Subject", body: "Message",
    sources: { segment: "A segment", list: "The filtered Contacts list", selection_one: "The selection ({{count}} contact)", selection_other: "The selection ({{count}} contacts)" },
    statuses: { lead: "Lead", active: "Active", inactive: "Inactive" }, languages: { fr: "French", en: "English" },
    version: { fr: "Message in French (default)", en: "Message in English (optional)" },
    languageHint: "Each contact gets the message in their language; those whose language is unknown, or without an English version, get it in French.",
    skipHint: "Contacts who opted out, have no valid email or whose address bounced are skipped, with the reason in the report.",
    test: "Send a test to myself", testSent_one: "Test sent to {{email}}", testSent_other: "{{count}} tests sent to {{email}} (French and English)", nobody: "Nobody would get this broadcast",
    preview: {
      title: "Before sending", none: "Choose the audience.", sending_one: "{{count}} contact will get this message", sending_other: "{{count}} contacts will get this message",
      ofTotal_one: "of {{count}} in the audience", ofTotal_other: "of {{count}} in the audience", languages: "{{fr}} in French, {{en}} in English",
      skipped_one: "{{count}} contact will be skipped", skipped_other: "{{count}} contacts will be skipped", reasonCount: "{{reason}}: {{count}}",
      skippedCaption: "Skipped contacts and why", more_one: "and {{count}} more", more_other: "and {{count}} more", noneSkipped: "Nobody is skipped.",
    },
    send: "Send", confirmTitle: "Send this broadcast?", confirmBody_one: "“{{subject}}” goes to {{count}} contact.", confirmBody_other: "“{{subject}}” goes to {{count}} contacts.", loading: "Loading…",
    reportStatus: { sending: "Sending…", completed: "Sending complete" }, sent: "Sent", failed: "Failed", queued: "Queued", skipped: "Skipped ({{reason}})",
    reasons: { opted_out: "opted out", no_email: "no valid email", undeliverable: "bounced" }, recipients: "Recipients",
  },

  imports: {
    title: "Import customers and cars", template: "Download the template", drop: "Drop a CSV or XLSX file here, or", choose: "Choose a file",
    uploading: "Uploading: {{percent}} %", past: "Past imports", none: "No import yet.", file: "File", date: "Date", status: "Status", rows: "Rows", valid: "Valid", rejected: "Rejected",
    createdCount: "Created", updatedCount: "Updated", skippedCount: "Skipped", failedCount: "Failed", undone: "undone",
    statuses: { validating: "Checking", ready: "Ready", sending: "Importing", completed: "Completed", cancelled: "Cancelled", failed: "Failed" },
    back: "Back to imports", jobTitle: "Import of {{file}}", detected: "encoding {{encoding}}, delimiter “{{delimiter}}”",
    mapping: "Column mapping", mappingHint: "Each field was matched to a column automatically; change it if needed.", missingFields: "Required fields without a column: {{fields}}",
    headerRow: "Header row", headerRowIs: "Column names are read from row {{row}}.", useHeaderRow: "Use this row",
    headerRowHint: "Detected automatically; if the file starts with title rows, give the row that holds the column names.",
    headerRowSaved: "Headers read from row {{row}}: the columns are matched again", columnsRead: "Columns read: {{columns}}",
    ignore: "— Ignore —", applyMapping: "Apply the mapping", mappingSaved: "Mapping saved: the file is checked again",
    fields: { first_name: "First name", last_name: "Last name", email: "Email", phone: "Phone", company: "Company", language: "Language", birthday: "Birthday", tags: "Tags", car_make: "Make", car_model: "Model", car_year: "Year", car_colour: "Colour", car_plate: "Plate", car_vin: "VIN" },
    preview: "Preview", summary: "{{total}} rows: {{valid}} valid, {{rejected}} rejected", checking: "Checking ({{total}} rows read)…", errorSummary: "Summary of errors",
    codes: { required: "Required field missing", invalid_email: "Invalid email", invalid_phone: "Invalid phone", invalid_birthday: "Invalid birthday", invalid_language: "Unknown language", invalid_year: "Invalid year", invalid_vin: "Invalid VIN", duplicate_in_file: "Duplicate in the file", too_long: "Too long", control_character: "Control character" },
    mode: "Mode", modes: { create: "Create only", upsert: "Create and update", update: "Update only" },
    actions: { create: "Create", update: "Update", skip: "Skip", reject: "Rejected", link_cars: "Cars added" },
    row: "Row", action: "Action", errors: "Errors", confirm: "Confirm the import", confirmTitle: "Start the import?", confirmBody: "{{valid}} valid rows will be imported (mode: {{mode}}); {{rejected}} rejected.",
    stillChecking: "The file is still being checked.", missing: "Map the required fields first.",
    progress: "Progress", doneOf: "{{done}} of {{total}} rows processed", rate: "Rows/s", left: "Time left", cancel: "Cancel", errorReport: "Download the error report",
    undo: "Undo the import", undoTitle: "Undo this import?", undoBody: "Customers this import created and nobody changed since are removed; the others are kept, with the reason.",
    undoing: "Undoing…", undoResult: "{{removed}} removed, {{kept}} kept",
    kept: { changed: "changed since the import", has_people: "has contacts", has_documents: "has documents", has_billing: "has billing", has_cars: "has cars", invited: "invited to the portal" },
  },
};
