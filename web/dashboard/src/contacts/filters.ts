// The list's search, tab, filters and sort, kept in the address so a view can be shared and reloaded.
import { useMemo } from "react";
import { useSearchParams } from "react-router-dom";

export type Tab = "all" | "leads" | "customers";
export type View = "table" | "cards" | "board";
export type SortKey = "created_at" | "updated_at" | "last_name" | "first_name" | "email" | "company" | "status";
type Status = "lead" | "active" | "inactive";

export interface ListFilters {
  q: string;
  tab: Tab;
  view: View;
  status: Status | "";
  stage: string;
  type: string;
  source: string;
  tag: string;
  portal: "" | "yes" | "no";
  sort: SortKey;
  order: "asc" | "desc";
}

const DEFAULTS: ListFilters = {
  q: "", tab: "all", view: "table", status: "", stage: "", type: "", source: "", tag: "", portal: "", sort: "last_name", order: "asc",
};

export function useListFilters(): [ListFilters, (patch: Partial<ListFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const read = <K extends keyof ListFilters>(key: K) => (params.get(key) ?? DEFAULTS[key]) as ListFilters[K];
    return Object.fromEntries(Object.keys(DEFAULTS).map((k) => [k, read(k as keyof ListFilters)])) as unknown as ListFilters;
  }, [params]);
  const update = (patch: Partial<ListFilters>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value === DEFAULTS[key as keyof ListFilters] || value === "") next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      },
      { replace: true },
    );
  };
  return [filters, update];
}

/** The query parameters the API takes for these filters (the tab narrows the status). */
export function apiQuery(f: ListFilters, withTab = true) {
  let status: Status[] | undefined = f.status ? [f.status] : undefined;
  if (withTab && f.tab === "leads") status = (status ?? ["lead"]).filter((s) => s === "lead");
  if (withTab && f.tab === "customers") status = (status ?? ["active", "inactive"]).filter((s) => s !== "lead");
  return {
    q: f.q || undefined,
    status,
    stage_id: f.stage ? [f.stage] : undefined,
    customer_type_id: f.type ? [f.type] : undefined,
    source_id: f.source ? [f.source] : undefined,
    tag: f.tag ? [f.tag] : undefined,
    portal_access: f.portal === "" ? undefined : f.portal === "yes",
  };
}
