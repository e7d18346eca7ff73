// A broadcast's audience as queries: the filtered list's ids, and the preview asked before sending.
import type { notifications } from "@storage-crm/api";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { apiQuery, type ListFilters } from "../contacts/filters";
import { api, unwrap } from "../lib/api";
import { useFacility } from "../lib/facility";
import { SELECTION_MAX, segmentOf, type Audience } from "./segment";

export type Preview = notifications.components["schemas"]["AudiencePreview"];
export type Source = "segment" | "list" | "selection";
export { SELECTION_MAX, type Audience, type Status } from "./segment";

/** Every customer id of the filtered list, page by page (the dashboard fans out; notifications never calls contacts). */
async function listIds(filters: ListFilters, signal: AbortSignal): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = unwrap(await api.contacts.GET("/customers", { params: { query: { ...apiQuery(filters), limit: 200, cursor } }, signal }));
    ids.push(...page.items.map((c) => c.id));
    cursor = page.next_cursor ?? undefined;
  } while (cursor && ids.length < SELECTION_MAX);
  return ids.slice(0, SELECTION_MAX);
}

/** The audience of the Contacts list's filters: as a segment when possible, else as the ids the list holds. */
export function useListAudience(filters: ListFilters, enabled: boolean) {
  const facility = useFacility().active?.id;
  return useQuery({
    queryKey: ["broadcast-list-audience", facility, filters],
    enabled: enabled && Boolean(facility),
    queryFn: async ({ signal }): Promise<Audience> => segmentOf(filters) ?? { customer_ids: await listIds(filters, signal) },
  });
}

/** A value that follows `value` once it has stopped changing for `ms` (one preview per pause in typing). */
export function useSettled<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ms]);
  return settled;
}

/** Who the audience reaches and who is skipped and why, asked before anything is sent. */
export function usePreview(audience: Audience | undefined) {
  const facility = useFacility().active?.id;
  const settled = useSettled(audience);
  return useQuery({
    queryKey: ["broadcast-preview", facility, settled],
    enabled: Boolean(facility && settled),
    queryFn: async ({ signal }) => unwrap(await api.notifications.POST("/broadcasts/preview", { body: { audience: settled! }, signal })),
    placeholderData: (previous) => previous,
  });
}
