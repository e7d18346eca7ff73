import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { expectAccessible, screenshot } from "./fixtures";
import { GATEWAY, ROOT } from "./system";

// Signs in through the real Keycloak the gateway serves at /auth/; skipped where Keycloak is not part of the system yet.
test("a demo manager signs in with Keycloak and sees the Contacts list", async ({ page }) => {
  const discovery = await fetch(`${GATEWAY}/auth/realms/crm/.well-known/openid-configuration`).catch(() => null);
  test.skip(!discovery?.ok || !discovery.headers.get("content-type")?.includes("json"), "Keycloak is not served at /auth/ on this system");
  const realm = JSON.parse(readFileSync(join(ROOT, "deploy/keycloak/realm-crm.json"), "utf8")) as {
    users: { username: string; credentials?: { value: string }[] }[];
  };
  const manager = realm.users.find((u) => u.username === "demo-manager");
  const password = manager?.credentials?.[0]?.value ?? "";
  await page.goto("/contacts");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.locator("#username").fill("demo-manager");
  await page.locator("#password").fill(password);
  await page.locator("#kc-login").click();
  await expect(page.getByRole("heading", { name: "Contacts" })).toBeVisible();
  await expect(page.locator(".user-button")).toContainText("Responsable");
  await page.locator(".user-button").click();
  await page.getByRole("menuitem", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("button", { name: "Se connecter" })).toBeVisible();
});

test("without a session the dashboard offers to sign in, in French by default", async ({ page }) => {
  await page.goto("/contacts");
  await expect(page.getByRole("heading", { name: "Connectez-vous à votre site" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Se connecter" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "signin-fr");
});
