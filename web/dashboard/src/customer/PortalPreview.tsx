import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { dateTime } from "../appointments/schedule";
import { useZone } from "../appointments/useZone";
import { api, unwrap, type Customer, type Person } from "../lib/api";
import { formatMoney } from "../lib/format";

function carName(car: Record<string, unknown>): string {
  return [car.make, car.model, car.plate ? `(${String(car.plate)})` : ""].filter(Boolean).map(String).join(" ");
}

/** Preview portal: exactly what this customer, or one of their people, sees after signing in. */
export function PortalPreview({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // Appointment times on the facility's clock, as the Appointments screen and the emails show them.
  const zone = useZone();
  const selectId = useId();
  const [personId, setPersonId] = useState("");
  const people = useQuery({
    queryKey: ["people", customer.id],
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/customers/{customer_id}/people", { params: { path: { customer_id: customer.id } }, signal })),
  });
  const view = useQuery({
    queryKey: ["portal-preview", customer.id, personId],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.portal.GET("/staff/preview/customers/{customer_id}", {
          params: { path: { customer_id: customer.id }, query: { person_id: personId || undefined } },
          signal,
        }),
      ),
    retry: false,
  });
  const withAccess = (people.data?.items ?? []).filter((p: Person) => p.portal_access);
  const v = view.data;
  return (
    <section aria-labelledby="s-preview" className="panel panel-wide" data-testid="portal-preview">
      <div className="panel-head">
        <h2 id="s-preview">{t("preview.title")}</h2>
        <label htmlFor={selectId} className="filter">
          {t("preview.as")}
          <select id={selectId} value={personId} onChange={(e) => setPersonId(e.target.value)}>
            <option value="">{`${customer.first_name} ${customer.last_name}`}</option>
            {withAccess.map((p) => (
              <option key={p.id} value={p.id}>{`${p.first_name} ${p.last_name ?? ""}`.trim()}</option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted">{t("preview.intro")}</p>
      {view.isPending ? <p>{t("app.loading")}</p> : null}
      {view.isError ? (
        <p className="banner banner-warn" role="alert">
          {view.error.message.includes("not found") ? t("preview.notYet") : view.error.message}
        </p>
      ) : null}
      {v ? (
        <div className="preview-frame">
          <p>
            <strong>{t("preview.welcome", { name: [v.profile?.first_name, v.profile?.last_name].filter(Boolean).join(" ") })}</strong>
            {v.profile?.email ? <span className="muted"> · {v.profile.email}</span> : null}
          </p>
          <p className="muted">{t("preview.sections", { list: v.sections.map((s) => t(`portalSections.${s}`, { defaultValue: s })).join(", ") || "—" })}</p>
          {v.onboarding.steps.length ? (
            <div>
              <h3>{t("preview.onboarding")}</h3>
              <ol>
                {v.onboarding.steps.map((s) => (
                  <li key={s.step}>{`${s.done ? "✓" : "○"} ${t(`portalSteps.${s.step}`, { defaultValue: s.step })}`}</li>
                ))}
              </ol>
            </div>
          ) : null}
          {v.cars ? (
            <div>
              <h3>{t("portalSections.cars")}</h3>
              {v.cars.length ? <ul>{v.cars.map((c, i) => <li key={String(c.car_id ?? i)}>{carName(c)}</li>)}</ul> : <p className="muted">—</p>}
            </div>
          ) : null}
          {v.documents ? (
            <div>
              <h3>{t("portalSections.documents")}</h3>
              {v.documents.length ? <ul>{v.documents.map((d) => <li key={d.document_id}>{d.filename}</li>)}</ul> : <p className="muted">—</p>}
            </div>
          ) : null}
          {v.billing ? (
            <div>
              <h3>{t("portalSections.billing")}</h3>
              <p>
                {v.billing.balance ? formatMoney(v.billing.balance.amount_minor, v.billing.balance.currency, lang) : "—"}
                {` · ${t("preview.openInvoices", { count: v.billing.open_invoices.length })}`}
              </p>
            </div>
          ) : null}
          {v.shop ? (
            <div>
              <h3>{t("portalSections.shop")}</h3>
              <p>{t("preview.shop", { products: v.shop.products.length, orders: v.shop.orders.length })}</p>
              {v.shop.orders.length ? (
                <ul>{v.shop.orders.slice(0, 5).map((o) => <li key={o.order_id}>{`${o.quantity} × ${o.product_name ?? ""} · ${t(`preview.orderStates.${o.state}`, { defaultValue: o.state })}`}</li>)}</ul>
              ) : null}
            </div>
          ) : null}
          {v.events ? (
            <div>
              <h3>{t("portalSections.events")}</h3>
              {v.events.length ? (
                <ul>{v.events.slice(0, 5).map((e, i) => <li key={String(e.appointment_id ?? i)}>{`${e.starts_at ? dateTime(String(e.starts_at), lang, zone) : ""} ${String(e.title ?? "")}`}</li>)}</ul>
              ) : <p className="muted">—</p>}
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
