// What a merge keeps, field by field, as the contacts service does it (services/contacts duplicates.merge).
import type { Customer } from "./api";

export const MERGED_FIELDS = ["name", "email", "phone", "company", "address", "birthday", "tags", "notes"] as const;
export type MergedField = (typeof MERGED_FIELDS)[number];

export interface MergedRow {
  field: MergedField;
  kept: string;
  other: string;
  result: string;
  /** Where the result comes from: the kept record, the merged one, or both. */
  from: "kept" | "other" | "both" | "none";
}

function text(c: Customer, field: MergedField): string {
  switch (field) {
    case "name":
      return `${c.first_name} ${c.last_name}`.trim();
    case "tags":
      return c.tags.join(", ");
    case "address":
      return c.address ? Object.values(c.address).filter(Boolean).join(", ") : "";
    default:
      return (c[field] as string | null | undefined) ?? "";
  }
}

/** The merged record: the kept one's values, its empty fields filled from the other, tags and notes joined. */
export function mergedView(kept: Customer, other: Customer): MergedRow[] {
  return MERGED_FIELDS.map((field) => {
    const a = text(kept, field);
    const b = text(other, field);
    if (field === "tags") {
      const tags = [...new Set([...kept.tags, ...other.tags])];
      const from = other.tags.some((t) => !kept.tags.includes(t)) ? (kept.tags.length ? "both" : "other") : a ? "kept" : "none";
      return { field, kept: a, other: b, result: tags.join(", "), from };
    }
    if (field === "notes" && a && b) return { field, kept: a, other: b, result: `${a}\n\n${b}`, from: "both" };
    if (field === "name" || a) return { field, kept: a, other: b, result: a, from: a ? "kept" : "none" };
    return { field, kept: a, other: b, result: b, from: b ? "other" : "none" };
  });
}
