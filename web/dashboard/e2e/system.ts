// The system under test: where it runs, and how to bring it up the way the README does.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const GATEWAY = `http://127.0.0.1:${process.env.GATEWAY_PORT ?? "8080"}`;
export const DATA = process.env.CRM_DATA_DIR ?? join(ROOT, ".data");
export const SCREENSHOTS = join(DATA, "screenshots");
mkdirSync(SCREENSHOTS, { recursive: true });

export type Role = "owner" | "manager" | "staff";

/** TEST-ONLY: a staff token signed with the development key (`crm-dev token`), for runs before Keycloak. */
export function devToken(role: Role, facility: string, sub = `${role}-${facility.slice(0, 8)}@example.com`): string {
  return execFileSync("uv", ["run", "--no-sync", "crm-dev", "token", "--role", role, "--facility", facility, "--sub", sub], {
    cwd: ROOT,
    encoding: "utf8",
  }).trim();
}

export function newFacility(): string {
  return randomUUID();
}

/** The JSON body of a gateway call, failing the test on a non-2xx answer. */
export async function call<T = unknown>(token: string, facility: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${GATEWAY}/api${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "X-Facility-ID": facility, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** Poll `probe` until it returns a value, or fail after `timeout` ms (no fixed sleeps). */
export async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The text of the first message the SMTP sink stored for `address`, if any yet. */
export function mailFor(address: string): string | undefined {
  const folder = join(DATA, "mail");
  if (!existsSync(folder)) return undefined;
  for (const name of readdirSync(folder).filter((n) => n.endsWith(".json")).sort()) {
    const meta = JSON.parse(readFileSync(join(folder, name), "utf8")) as { rcpt_tos: string[] };
    if (meta.rcpt_tos.includes(address)) return readFileSync(join(folder, name.replace(/\.json$/, ".eml")), "utf8");
  }
  return undefined;
}

export async function ready(): Promise<boolean> {
  try {
    for (const service of ["contacts", "portal", "notifications", "importer", "billing"]) {
      const response = await fetch(`${GATEWAY}/api/${service}/health/ready`);
      if (response.status !== 200) return false;
    }
    const page = await fetch(`${GATEWAY}/`);
    return (await page.text()).includes('id="root"');
  } catch {
    return false;
  }
}

/** Attach a file to a customer through the gateway, as the Documents section does. */
export async function uploadDocument(token: string, facility: string, customerId: string, name: string, bytes: Uint8Array<ArrayBuffer>, type: string): Promise<{ id: string }> {
  const form = new FormData();
  form.append("file", new Blob([bytes], { type }), name);
  const response = await fetch(`${GATEWAY}/api/contacts/customers/${customerId}/documents`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "X-Facility-ID": facility },
    body: form,
  });
  if (!response.ok) throw new Error(`upload: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}
