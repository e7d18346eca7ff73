// Compiled with the client (tsc --strict) so that a change of the documents that breaks callers fails here.
import { allItems, createClients, type contacts, type ErrorBody } from "./index.js";

type Customer = contacts.components["schemas"]["CustomerOut"];

export async function customerNames(gateway: string, token: string, customerId: string): Promise<string[]> {
  const api = createClients(gateway, { headers: { Authorization: `Bearer ${token}` } });
  const { data, error } = await api.contacts.GET("/customers/{customer_id}", {
    params: { path: { customer_id: customerId } },
  });
  if (error !== undefined) {
    const problem: ErrorBody = error;
    throw new Error(problem.detail.map((d) => d.msg).join("; "));
  }
  const customer: Customer = data;
  const people = allItems(async (cursor) => {
    const page = await api.contacts.GET("/customers/{customer_id}/people", {
      params: { path: { customer_id: customer.id }, query: { limit: 50, cursor } },
    });
    return page.data;
  });
  const names = [`${customer.first_name} ${customer.last_name}`];
  for await (const person of people) names.push(`${person.first_name} ${person.last_name}`);
  const rental = await api.billing.POST("/rentals", {
    body: { customer_id: customer.id, space: "B-12", price_minor: 15000 },
  });
  if (rental.data !== undefined) names.push(rental.data.space);
  return names;
}
