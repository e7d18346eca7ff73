// The billing API's data for the screens, through the generated client; every key names the facility.
import type { billing } from "@storage-crm/api";
import { useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "../lib/api";
import { useFacility } from "../lib/facility";

type S = billing.components["schemas"];
export type Rental = S["Rental"];
export type InvoiceSummary = S["InvoiceSummary"];
export type Invoice = S["Invoice"];
export type Payment = S["Payment"];
export type PaymentMethod = S["PaymentMethod"];
export type Balance = S["Balance"];
export type Statement = S["Statement"];
export type BillingSettings = S["BillingSettings"];
export type ProviderState = S["ProviderState"];

export function useFacilityId(): string | undefined {
  return useFacility().active?.id;
}

export function useBillingSettings() {
  const facility = useFacilityId();
  return useQuery({
    queryKey: ["billing", facility, "settings"],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.billing.GET("/settings", { signal })),
  });
}

export function useProvider() {
  const facility = useFacilityId();
  return useQuery({
    queryKey: ["billing", facility, "provider"],
    enabled: Boolean(facility),
    staleTime: 60_000,
    queryFn: async ({ signal }) => unwrap(await api.billing.GET("/settings/provider", { signal })),
  });
}

export function useBalance(customerId: string) {
  const facility = useFacilityId();
  return useQuery({
    queryKey: ["billing", facility, "balance", customerId],
    enabled: Boolean(facility),
    // Not known to billing yet (a customer created a moment ago): a 404 the screen explains, no retries storm.
    retry: 1,
    queryFn: async ({ signal }) => unwrap(await api.billing.GET("/customers/{customer_id}/balance", { params: { path: { customer_id: customerId } }, signal })),
  });
}

export function useRentals(customerId?: string, status?: "scheduled" | "active" | "ended") {
  const facility = useFacilityId();
  return useQuery({
    queryKey: ["billing", facility, "rentals", customerId ?? "all", status ?? "any"],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.billing.GET("/rentals", { params: { query: { customer_id: customerId, status, limit: 200 } }, signal })),
  });
}

export type InvoiceStatus = "draft" | "open" | "paid" | "void" | "uncollectible";

export function useInvoices(customerId?: string, status?: InvoiceStatus) {
  const facility = useFacilityId();
  return useQuery({
    queryKey: ["billing", facility, "invoices", customerId ?? "all", status ?? "any"],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.billing.GET("/invoices", { params: { query: { customer_id: customerId, status, limit: 200 } }, signal })),
  });
}

export function useInvoice(invoiceId: string | null) {
  const facility = useFacilityId();
  return useQuery({
    queryKey: ["billing", facility, "invoice", invoiceId],
    enabled: Boolean(facility && invoiceId),
    queryFn: async ({ signal }) => unwrap(await api.billing.GET("/invoices/{invoice_id}", { params: { path: { invoice_id: invoiceId ?? "" } }, signal })),
  });
}

export function usePayments(customerId: string) {
  const facility = useFacilityId();
  return useQuery({
    queryKey: ["billing", facility, "payments", customerId],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.billing.GET("/customers/{customer_id}/payments", { params: { path: { customer_id: customerId }, query: { limit: 200 } }, signal })),
  });
}

export function useCards(customerId: string) {
  const facility = useFacilityId();
  return useQuery({
    queryKey: ["billing", facility, "cards", customerId],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.billing.GET("/customers/{customer_id}/payment-methods", { params: { path: { customer_id: customerId } }, signal })),
  });
}

export function useAutopay(customerId: string) {
  const facility = useFacilityId();
  return useQuery({
    queryKey: ["billing", facility, "autopay", customerId],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.billing.GET("/customers/{customer_id}/autopay", { params: { path: { customer_id: customerId } }, signal })),
  });
}

export function useStatement(customerId: string, from: string, to: string) {
  const facility = useFacilityId();
  return useQuery({
    queryKey: ["billing", facility, "statement", customerId, from, to],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) =>
      unwrap(await api.billing.GET("/customers/{customer_id}/statement", { params: { path: { customer_id: customerId }, query: { from: from || undefined, to: to || undefined } }, signal })),
  });
}

/** After any billing write: every billing list, and the contacts list whose status a rental changes. */
export function useRefreshBilling(): () => void {
  const queries = useQueryClient();
  return () => {
    void queries.invalidateQueries({ queryKey: ["billing"] });
    // Contacts learns of a rental from billing's events a moment later: look again shortly after.
    for (const after of [0, 1500, 4000]) {
      window.setTimeout(() => {
        void queries.invalidateQueries({ queryKey: ["customers"] });
        void queries.invalidateQueries({ queryKey: ["customer"] });
      }, after);
    }
  };
}
