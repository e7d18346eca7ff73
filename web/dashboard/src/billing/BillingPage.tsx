import { Tabs } from "@storage-crm/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useQuery } from "@tanstack/react-query";

import { api, unwrap } from "../lib/api";
import { useFacility } from "../lib/facility";
import { formatDate } from "../lib/format";
import { InvoiceRows, RentalRows } from "./BillingSection";
import { EndRentalDialog } from "./dialogs";
import { InvoiceLines, StatusPill } from "./InvoiceDialog";
import { useInvoice, useRentals, type InvoiceStatus, type Rental } from "./queries";

const INVOICE_STATUSES: InvoiceStatus[] = ["open", "paid", "draft", "uncollectible", "void"];
const RENTAL_STATUSES = ["active", "scheduled", "ended"] as const;

/** The Billing section of the menu: every invoice and rental of the facility, by status. */
export function BillingPage() {
  const { t } = useTranslation("billing");
  const [tab, setTab] = useState<"invoices" | "rentals">("invoices");
  const [status, setStatus] = useState<InvoiceStatus | "">("open");
  const [rentalStatus, setRentalStatus] = useState<(typeof RENTAL_STATUSES)[number] | "">("active");
  const [ending, setEnding] = useState<Rental | null>(null);
  const rentals = useRentals(undefined, rentalStatus || undefined);
  return (
    <section aria-labelledby="billing-title">
      <div className="page-head">
        <div>
          <h1 id="billing-title">{t("page.title")}</h1>
          <p className="muted">{t("page.intro")}</p>
        </div>
      </div>
      <Tabs items={[{ value: "invoices", label: t("tabs.invoices") }, { value: "rentals", label: t("tabs.rentals") }]} value={tab} onValueChange={(v) => setTab(v as typeof tab)} label={t("tabs.label")}>
        {tab === "invoices" ? (
          <>
            <div className="filters">
              <label className="filter">
                {t("invoices.status")}
                <select value={status} onChange={(e) => setStatus(e.target.value as InvoiceStatus | "")}>
                  <option value="">{t("invoices.any")}</option>
                  {INVOICE_STATUSES.map((s) => <option key={s} value={s}>{t(`invoices.statuses.${s}`)}</option>)}
                </select>
              </label>
            </div>
            <InvoiceRows status={status || undefined} withCustomer />
          </>
        ) : (
          <>
            <div className="filters">
              <label className="filter">
                {t("rentals.status")}
                <select value={rentalStatus} onChange={(e) => setRentalStatus(e.target.value as typeof rentalStatus)}>
                  <option value="">{t("invoices.any")}</option>
                  {RENTAL_STATUSES.map((s) => <option key={s} value={s}>{t(`rentals.statuses.${s}`)}</option>)}
                </select>
              </label>
            </div>
            {rentals.isError ? <p className="banner banner-error" role="alert">{rentals.error.message}</p> : null}
            <RentalRows rentals={rentals.data?.items ?? []} withCustomer onEnd={setEnding} />
          </>
        )}
      </Tabs>
      {ending ? <EndRentalDialog rental={ending} onClose={() => setEnding(null)} /> : null}
    </section>
  );
}

/** A printable invoice (the browser's print makes the PDF): the facility, the customer, lines, tax, totals. */
export function InvoicePrintPage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation("billing");
  const lang = i18n.language;
  const facility = useFacility().active;
  const invoice = useInvoice(id);
  const inv = invoice.data;
  const customer = useQuery({
    queryKey: ["customer", inv?.customer_id, facility?.id],
    enabled: Boolean(inv),
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/customers/{customer_id}", { params: { path: { customer_id: inv?.customer_id ?? "" } }, signal })),
  });
  if (invoice.isError) return <p className="banner banner-error" role="alert">{invoice.error.message}</p>;
  if (!inv) return <p className="page-state">{t("app.loading", { ns: "translation" })}</p>;
  const c = customer.data;
  const address = c?.address ? [c.address.line1, c.address.line2, `${c.address.postal_code ?? ""} ${c.address.city ?? ""}`.trim(), c.address.country].filter(Boolean) : [];
  return (
    <article className="invoice-print" aria-labelledby="invoice-title">
      <div className="no-print page-actions">
        <Link to={`/contacts/${inv.customer_id}`} className="back">← {t("invoices.back")}</Link>
        <button type="button" className="ui-button ui-button-primary" onClick={() => window.print()}>{t("invoices.printNow")}</button>
      </div>
      <header className="invoice-head">
        <div>
          <p className="muted">{t("invoices.from")}</p>
          <p><strong>{facility?.name}</strong></p>
        </div>
        <div className="invoice-meta">
          <h1 id="invoice-title">{t("invoices.invoiceLabel")} {inv.number ?? t("invoices.draft")}</h1>
          <StatusPill status={inv.status} />
          <dl className="figures">
            <dt>{t("invoices.issued")}</dt><dd>{formatDate(inv.issued_on, lang) || "—"}</dd>
            <dt>{t("invoices.due")}</dt><dd>{formatDate(inv.due_on, lang) || "—"}</dd>
            {inv.period_start ? (<><dt>{t("invoices.period")}</dt><dd>{`${formatDate(inv.period_start, lang)} – ${formatDate(inv.period_end, lang)}`}</dd></>) : null}
          </dl>
        </div>
      </header>
      <section aria-label={t("invoices.billTo")} className="bill-to">
        <p className="muted">{t("invoices.billTo")}</p>
        {c ? (
          <>
            <p><strong>{`${c.first_name} ${c.last_name}`}</strong>{c.company ? ` · ${c.company}` : ""}</p>
            {address.map((line) => <p key={line}>{line}</p>)}
            {c.email ? <p>{c.email}</p> : null}
          </>
        ) : null}
      </section>
      <InvoiceLines invoice={inv} />
    </article>
  );
}
