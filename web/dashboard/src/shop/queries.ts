// The shop's data for the dashboard (billing's products and orders), through the generated client.
import type { billing } from "@storage-crm/api";
import { useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "../lib/api";
import { useFacilityId } from "../billing/queries";

type S = billing.components["schemas"];
export type Product = S["Product"];
export type Order = S["Order"];
export type OrderState = "requested" | "invoiced" | "paid" | "fulfilled" | "cancelled";

export function useProducts() {
  const facility = useFacilityId();
  return useQuery({
    queryKey: ["billing", facility, "products"],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.billing.GET("/products", { params: { query: { limit: 200 } }, signal })),
  });
}

export function useOrders(state?: OrderState) {
  const facility = useFacilityId();
  return useQuery({
    queryKey: ["billing", facility, "orders", state ?? "any"],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.billing.GET("/orders", { params: { query: { state, limit: 200 } }, signal })),
  });
}

/** After a shop write: products, orders and the invoices an order changes. */
export function useRefreshShop(): () => void {
  const queries = useQueryClient();
  return () => void queries.invalidateQueries({ queryKey: ["billing"] });
}
