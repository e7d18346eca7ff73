// The Shop from the staff side: a manager adds a service, a customer orders it in the portal, the manager sees
// the order invoiced and fulfils it, then withdraws the service from the Shop.
import { randomUUID } from "node:crypto";

import { invitePath, previewWhen, staff } from "../../portal/e2e/portal";
import { expect, expectAccessible, screenshot, test } from "./fixtures";
import { eventually } from "./system";

test("staff add a product, fulfil a customer's order and withdraw the product", async ({ as, browser }) => {
  test.setTimeout(180_000);
  const desk = await as.open("manager", "fr");
  await desk.goto("/shop");
  await expect(desk.getByRole("heading", { name: "Boutique", level: 1 })).toBeVisible();
  await desk.getByRole("tab", { name: "Produits et services" }).click();
  await desk.getByRole("button", { name: "Ajouter un produit" }).click();
  const dialog = desk.getByRole("dialog", { name: "Ajouter un produit" });
  await dialog.getByLabel("Nom").fill("Lavage complet");
  await dialog.getByLabel("Description").fill("Extérieur et intérieur");
  await dialog.getByLabel("Prix HT (EUR)").fill("abc");
  await dialog.getByRole("button", { name: "Ajouter un produit" }).click();
  await expect(dialog.getByText("Saisissez un montant")).toBeVisible();
  await dialog.getByLabel("Prix HT (EUR)").fill("45");
  await dialog.getByLabel("Type").selectOption("service");
  await expectAccessible(desk);
  await screenshot(desk, "shop-product-new-fr");
  await dialog.getByRole("button", { name: "Ajouter un produit" }).click();
  await expect(dialog).toBeHidden();
  const row = desk.getByTestId("product-row").filter({ hasText: "Lavage complet" });
  await expect(row).toContainText("45,00 €");
  await expect(row).toContainText("Proposé");

  // A customer of the facility orders it in the portal (signed in from the invite, ordering through the API).
  const s = { ...staff(), facility: as.facility, api: as.api };
  const email = `order-${randomUUID().slice(0, 8)}@example.com`;
  const c = await as.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Rémi", last_name: "Commande", email });
  await as.api("POST", `/contacts/customers/${c.id}/invite`, {});
  const view = await previewWhen(s, c.id, (v) => ((v.shop as { products: unknown[] } | undefined)?.products.length ?? 0) === 1);
  const product = (view.shop as { products: { product_id: string }[] }).products[0]!.product_id;
  const customer = await (await browser.newContext()).newPage();
  await customer.goto(await invitePath(email));
  await customer.getByRole("button", { name: "Se connecter" }).click();
  await expect(customer.getByRole("navigation")).toBeVisible();
  const placed = await customer.request.post("/api/portal/me/orders", { data: { product_id: product, quantity: 1 } });
  expect(placed.status(), await placed.text()).toBe(202);
  await eventually(async () => {
    const orders = await as.api<{ items: { state: string }[] }>("GET", `/billing/orders?customer_id=${c.id}`);
    return orders.items[0]?.state === "invoiced" ? true : undefined;
  }, 30_000);
  await customer.context().close();

  // Staff see it invoiced (45 € + the facility's tax, none here) and fulfil it.
  await desk.getByRole("tab", { name: "Commandes" }).click();
  const order = desk.getByTestId("order-row").filter({ hasText: "Rémi Commande" });
  await expect(order).toContainText("Lavage complet");
  await expect(order).toContainText("Facturée");
  await expectAccessible(desk);
  await screenshot(desk, "shop-orders-fr");
  await order.getByRole("button", { name: "Livrer Lavage complet à Rémi Commande" }).click();
  await expect(order).toContainText("Livrée");
  await expect(order.getByRole("button", { name: /Annuler/ })).toHaveCount(0);

  // The service is withdrawn from the Shop: the row says so and the portal's catalogue drops it.
  await desk.getByRole("tab", { name: "Produits et services" }).click();
  await row.getByRole("button", { name: "Modifier Lavage complet" }).click();
  const edit = desk.getByRole("dialog", { name: "Modifier Lavage complet" });
  await edit.getByLabel("Proposé dans la boutique du portail").uncheck();
  await edit.getByRole("button", { name: "Enregistrer" }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText("Retiré");
  await previewWhen(s, c.id, (v) => ((v.shop as { products: unknown[] } | undefined)?.products.length ?? -1) === 0);
  await screenshot(desk, "shop-products-fr");
});
