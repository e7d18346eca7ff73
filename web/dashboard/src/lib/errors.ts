// Where an API error belongs: the form field its `loc` names, or the form as a whole.
import type { ErrorBody } from "@storage-crm/api";

export interface PlacedErrors {
  fields: Record<string, string>;
  general: string[];
}

/** Field errors keyed by the field (`["body","email"]` → `email`; nested → `address.city`). */
export function placeErrors(body: ErrorBody | null, known: readonly string[]): PlacedErrors {
  const placed: PlacedErrors = { fields: {}, general: [] };
  for (const item of body?.detail ?? []) {
    const path = item.loc.filter((part) => part !== "body").map(String);
    const field = path.join(".");
    const top = path[0] ?? "";
    if (field && known.includes(field)) placed.fields[field] ??= item.msg;
    else if (top && known.includes(top)) placed.fields[top] ??= item.msg;
    else placed.general.push(item.msg);
  }
  return placed;
}
