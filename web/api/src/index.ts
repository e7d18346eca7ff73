// Typed clients of the five services behind the gateway (`/api/<service>/`), one per OpenAPI document.
import createClient, { type Client, type ClientOptions } from "openapi-fetch";

import type * as billing from "./billing.js";
import type * as contacts from "./contacts.js";
import type * as importer from "./importer.js";
import type * as notifications from "./notifications.js";
import type * as portal from "./portal.js";

export type { billing, contacts, importer, notifications, portal };

export type ErrorBody = contacts.components["schemas"]["ErrorBody"];

export interface Clients {
  contacts: Client<contacts.paths>;
  portal: Client<portal.paths>;
  notifications: Client<notifications.paths>;
  importer: Client<importer.paths>;
  billing: Client<billing.paths>;
}

/** One client per service under `gateway` (e.g. "" for the same origin, or "http://127.0.0.1:8080"). */
export function createClients(gateway: string, options: Omit<ClientOptions, "baseUrl"> = {}): Clients {
  const at = (service: string) => ({ ...options, baseUrl: `${gateway}/api/${service}` });
  return {
    contacts: createClient<contacts.paths>(at("contacts")),
    portal: createClient<portal.paths>(at("portal")),
    notifications: createClient<notifications.paths>(at("notifications")),
    importer: createClient<importer.paths>(at("importer")),
    billing: createClient<billing.paths>(at("billing")),
  };
}

/** Every item of a `{items, next_cursor}` list, page after page. */
export async function* allItems<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; next_cursor?: string | null } | undefined>,
): AsyncGenerator<T> {
  let cursor: string | undefined;
  do {
    const body = await page(cursor);
    if (body === undefined) return;
    yield* body.items;
    cursor = body.next_cursor ?? undefined;
  } while (cursor !== undefined);
}
