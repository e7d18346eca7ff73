// The portal API behind the gateway; the session is the httpOnly cookie, sent by the browser itself.
import type { portal } from "@storage-crm/api";
import createClient from "openapi-fetch";

export const api = createClient<portal.paths>({ baseUrl: "/api/portal", credentials: "same-origin" });

export type View = portal.components["schemas"]["PortalView"];
export type CarDetail = portal.components["schemas"]["CarDetail"];
export type Section = "events" | "cars" | "shop" | "billing" | "documents" | "settings";

export const SECTIONS: Section[] = ["events", "cars", "shop", "billing", "documents", "settings"];

export interface Invoice {
  invoice_id: string;
  number: string;
  status: string;
  currency: string;
  total_minor: number;
  amount_paid_minor: number;
  amount_due_minor: number;
  issued_on: string | null;
  due_on: string;
}

export type Appointment = portal.components["schemas"]["PortalAppointment"];
export type ShopProduct = portal.components["schemas"]["ShopProduct"];
export type ShopOrder = portal.components["schemas"]["ShopOrder"];

export interface Car {
  car_id: string;
  make: string;
  model: string;
  year: number | null;
  colour: string | null;
  plate: string | null;
  vin: string | null;
}
