import { expect, test } from "./fixtures";

test("a staff user can view but not edit, and is told whom to ask", async ({ as }) => {
  const created = await as.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Manon", last_name: "Girard", email: "manon@example.fr" });
  const page = await as.open("staff", "en");
  await page.goto("/contacts");
  await expect(page.getByTestId("contact-row")).toContainText("Manon Girard");
  const create = page.getByRole("button", { name: "Create a contact" });
  await expect(create).toHaveAttribute("aria-disabled", "true");
  await create.hover();
  await expect(page.getByRole("tooltip")).toContainText("ask an Owner on your team to check your permissions");
  await create.click({ force: true });
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "User menu" }).or(page.locator(".user-button"))).toContainText("Staff");

  await page.goto(`/contacts/${created.id}`);
  await expect(page.getByRole("button", { name: "Edit", exact: true })).toHaveAttribute("aria-disabled", "true");
  await expect(page.getByRole("button", { name: "Add Contact" })).toHaveAttribute("aria-disabled", "true");
  await expect(page.getByText("ask an Owner on your team to check your permissions").first()).toBeVisible();
});
