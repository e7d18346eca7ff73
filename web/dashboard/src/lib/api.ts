// The typed clients, with the signed-in token and the active facility on every request.
import { createClients, type ErrorBody, type contacts } from "@storage-crm/api";

export type Customer = contacts.components["schemas"]["CustomerOut"];
export type CustomerIn = contacts.components["schemas"]["CustomerIn"];
export type Person = contacts.components["schemas"]["PersonOut"];
export type PersonIn = contacts.components["schemas"]["PersonIn"];
export type CrmOptions = contacts.components["schemas"]["CrmOptions"];
export type CrmOption = contacts.components["schemas"]["CrmOption"];
export type BoardColumn = contacts.components["schemas"]["BoardColumn"];
export type TimelineEntry = contacts.components["schemas"]["TimelineEntry"];
export type Car = contacts.components["schemas"]["Car"];

const context = { token: "", facility: "" };

/** Called by the shell whenever the session or the active facility changes. */
export function setRequestContext(token: string, facility: string): void {
  context.token = token;
  context.facility = facility;
}

export const api = createClients("");
const signedIn: Parameters<typeof api.contacts.use>[0] = {
  onRequest({ request }) {
    if (context.token) request.headers.set("Authorization", `Bearer ${context.token}`);
    if (context.facility) request.headers.set("X-Facility-ID", context.facility);
    return request;
  },
};
for (const client of [api.contacts, api.portal, api.notifications, api.importer, api.billing]) client.use(signedIn);

/** An API refusal, carrying the one error body of every service. */
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly body: ErrorBody | null,
  ) {
    super(body?.detail.map((d) => d.msg).join("; ") || `HTTP ${status}`);
  }
}

/** The data of an openapi-fetch result, or an ApiError thrown for the caller's error state. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const body = result.error as ErrorBody | undefined;
    throw new ApiError(result.response.status, body && Array.isArray(body.detail) ? body : null);
  }
  return result.data as T;
}

export interface Facility {
  id: string;
  name: string | null;
  country?: string;
  language?: string;
  time_zone?: string;
  currency?: string;
}

/** The token's facilities with their names (GET /api/contacts/facilities where the service has it). */
export async function fetchFacilities(token: string, ids: string[]): Promise<Facility[]> {
  try {
    const response = await fetch("/api/contacts/facilities", { headers: { Authorization: `Bearer ${token}` } });
    if (response.ok) {
      const body = (await response.json()) as { items?: Facility[] } | Facility[];
      const items = Array.isArray(body) ? body : (body.items ?? []);
      // A facility never named yet shows the start of its id.
      if (items.length) return items.map((f) => ({ ...f, name: f.name ?? f.id.slice(0, 8) }));
    }
  } catch {
    // The list of names is a nicety: the ids from the token are enough to work.
  }
  return ids.map((id) => ({ id, name: id.slice(0, 8) }));
}
