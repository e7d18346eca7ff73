// The contacts data: keyset pages, tab counts, the board and CRM options, each cached by TanStack Query.
import { useInfiniteQuery, useIsFetching, useQuery } from "@tanstack/react-query";

import { api, unwrap, type CrmOptions } from "../lib/api";
import { useFacility } from "../lib/facility";
import { apiQuery, type ListFilters } from "./filters";

const PAGE = 100;

function listQuery(filters: ListFilters) {
  return { ...apiQuery(filters), sort: filters.sort, order: filters.order, limit: PAGE };
}

export function useCustomers(filters: ListFilters) {
  const facility = useFacility().active?.id;
  const query = listQuery(filters);
  const nothing = query.status !== undefined && query.status.length === 0;
  return useInfiniteQuery({
    queryKey: ["customers", facility, query],
    enabled: Boolean(facility) && !nothing,
    initialPageParam: undefined as string | undefined,
    // The signal cancels a request whose answer nobody waits for any more (the user typed on).
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.contacts.GET("/customers", { params: { query: { ...query, cursor: pageParam } }, signal })),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}

export function useCounts(filters: ListFilters) {
  const facility = useFacility().active?.id;
  const query = apiQuery(filters, false);
  // The rows first: counting every match is the heavier query, and on a busy server it would compete with
  // the page the user is waiting for. The counts follow once the list of the same search has arrived.
  const listing = useIsFetching({ queryKey: ["customers", facility, listQuery(filters)], exact: true });
  return useQuery({
    queryKey: ["counts", facility, query],
    enabled: Boolean(facility) && listing === 0,
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/customers/counts", { params: { query }, signal })),
    placeholderData: (previous) => previous,
  });
}

export function useBoard(filters: ListFilters) {
  const facility = useFacility().active?.id;
  const query = { ...apiQuery(filters), stage_id: undefined, per_stage: 50 };
  return useQuery({
    queryKey: ["board", facility, query],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/board", { params: { query }, signal })),
  });
}

export function useCrmOptions() {
  const facility = useFacility().active?.id;
  return useQuery({
    queryKey: ["crm-options", facility],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap<CrmOptions>(await api.contacts.GET("/settings/crm", { signal })),
    staleTime: 60_000,
  });
}

/** The name of an option id, for display. */
export function optionName(options: { id: string; name: string }[] | undefined, id: string | null | undefined): string {
  return options?.find((o) => o.id === id)?.name ?? "";
}
