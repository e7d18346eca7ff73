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

/** The signed-in headers, for requests made outside the typed clients (uploads with progress, downloads). */
export function requestHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  if (context.token) headers.Authorization = `Bearer ${context.token}`;
  if (context.facility) headers["X-Facility-ID"] = context.facility;
  return headers;
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

/** The token's facilities with their names (null for one never named: the picker labels it). */
export async function fetchFacilities(token: string, ids: string[]): Promise<Facility[]> {
  try {
    const { data, response } = await api.contacts.GET("/facilities", {
      params: { query: { limit: 500 } },
      headers: { Authorization: `Bearer ${token}` },
    });
    if (response.ok && data?.items.length) return data.items;
  } catch {
    // The list of names is a nicety: the ids from the token are enough to work.
  }
  return ids.map((id) => ({ id, name: null }));
}

/** A signed document link as the browser can open it: the API answers it relative to the contacts API. */
export function documentUrl(url: string): string {
  return new URL(url, `${window.location.origin}/api/contacts/`).href;
}
