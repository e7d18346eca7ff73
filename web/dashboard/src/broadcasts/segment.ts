// A broadcast's audience: a segment, the Contacts list's current filters, or the rows selected there.
import type { notifications } from "@storage-crm/api";

import { apiQuery, type ListFilters } from "../contacts/filters";

export type Audience = notifications.components["schemas"]["Audience"];
export type Status = "lead" | "active" | "inactive";
export const SELECTION_MAX = 10_000;

/** Where the Contacts list sends its current filters: the same query string, marked as coming from the list. */
export function broadcastFromList(search: URLSearchParams): string {
  const next = new URLSearchParams(search);
  next.delete("view");
  next.delete("sort");
  next.delete("order");
  next.set("from", "list");
  return `/broadcasts/new?${next.toString()}`;
}

/** The list's filters notifications can apply itself (status, stage, type, tag); null when one it cannot is set. */
export function segmentOf(filters: ListFilters): Audience | null {
  if (filters.q || filters.source || filters.portal) return null;
  const q = apiQuery(filters);
  // A tab and a status that exclude each other list nobody: so does the broadcast (an empty status list would
  // mean every status).
  if (q.status?.length === 0) return { customer_ids: [] };
  return { status: (q.status ?? []) as Status[], stage: q.stage_id ?? [], customer_types: q.customer_type_id ?? [], tags: q.tag ?? [], language: [] };
}
