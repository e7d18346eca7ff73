// Per-row details fetched only for rows on screen (virtualised): the customer's cars, the card's photo.
import { useQuery } from "@tanstack/react-query";

import { api, documentUrl, unwrap, type Customer } from "../lib/api";

export function CarsCell({ customerId }: { customerId: string }) {
  const cars = useQuery({
    queryKey: ["cars", customerId],
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/customers/{customer_id}/cars", { params: { path: { customer_id: customerId } }, signal })),
    staleTime: 60_000,
  });
  if (cars.isError) return <span className="muted" title={cars.error.message}>!</span>;
  return <>{(cars.data?.items ?? []).map((c) => [c.make, c.model].filter(Boolean).join(" ")).join(", ")}</>;
}

/** The profile photo through a short-lived signed link, or the initials while there is none. */
export function Avatar({ customer, initials }: { customer: Customer; initials: string }) {
  const photo = customer.photo_document_id;
  const link = useQuery({
    queryKey: ["photo", customer.id, photo],
    enabled: Boolean(photo),
    queryFn: async ({ signal }) =>
      unwrap(await api.contacts.POST("/customers/{customer_id}/documents/{document_id}/link", { params: { path: { customer_id: customer.id, document_id: photo ?? "" } }, signal })),
    staleTime: 5 * 60_000,
    retry: false,
  });
  if (link.data?.url) return <img className="avatar" src={documentUrl(link.data.url)} alt="" loading="lazy" />;
  return <span className="avatar" aria-hidden="true">{initials}</span>;
}
