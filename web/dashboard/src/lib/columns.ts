// The contacts table's optional columns, remembered per user in this browser. "last_contact" is the customer's
// last contact date (last email sent, call or note logged).
export const OPTIONAL_COLUMNS = ["email", "phone", "company", "cars", "status", "stage", "tags", "last_contact", "portal"] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];
export const DEFAULT_COLUMNS: OptionalColumn[] = ["email", "phone", "status", "stage", "last_contact"];

const key = (user: string) => `crm.columns.${user}`;

export function loadColumns(user: string, storage: Pick<Storage, "getItem">): OptionalColumn[] {
  try {
    const saved: unknown = JSON.parse(storage.getItem(key(user)) ?? "null");
    if (!Array.isArray(saved)) return DEFAULT_COLUMNS;
    return OPTIONAL_COLUMNS.filter((column) => saved.includes(column));
  } catch {
    return DEFAULT_COLUMNS;
  }
}

export function saveColumns(user: string, columns: OptionalColumn[], storage: Pick<Storage, "setItem">): void {
  storage.setItem(key(user), JSON.stringify(columns));
}

export function toggleColumn(columns: OptionalColumn[], column: OptionalColumn): OptionalColumn[] {
  const next = columns.includes(column) ? columns.filter((c) => c !== column) : [...columns, column];
  return OPTIONAL_COLUMNS.filter((c) => next.includes(c));
}
