import { useState } from "react";

import { api, type Invoice, type View } from "../api";
import { CardForm } from "../CardForm";
import { usePortal, useT } from "../context";
import { Heading } from "../Heading";
import { date, money, type Lang } from "../i18n";

interface Card {
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
  is_default: boolean;
}

/** A plain, printable copy of the invoice, made in the browser from what the portal shows. */
function invoiceFile(lang: Lang, invoice: Invoice, title: string): string {
  const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;
  const amount = (minor: number) => money(lang, minor, invoice.currency);
  return (
    `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${title}</title><h1>${title}</h1><table>` +
    (invoice.issued_on ? row("Date", date(lang, invoice.issued_on)) : "") +
    row(lang === "fr" ? "Échéance" : "Due", date(lang, invoice.due_on)) +
    row("Total", amount(invoice.total_minor)) +
    row(lang === "fr" ? "Payé" : "Paid", amount(invoice.amount_paid_minor)) +
    row(lang === "fr" ? "Reste à payer" : "Left to pay", amount(invoice.amount_due_minor)) +
    "</table></html>"
  );
}

const PAY_WAIT_MS = 30_000;

function isPaid(view: View, id: string): boolean {
  return ((view.billing?.paid_invoices ?? []) as unknown as Invoice[]).some((i) => i.invoice_id === id);
}

function InvoiceList({ items, canPay }: { items: Invoice[]; canPay: boolean }) {
  const { lang, reload } = usePortal();
  const t = useT(lang);
  const [status, setStatus] = useState<string | null>(null);
  const [paying, setPaying] = useState<string | null>(null);
  // Billing charges the card, then the invoice shows paid here once its event reaches the portal.
  const pay = async (invoice: Invoice) => {
    setPaying(invoice.invoice_id);
    setStatus(t("paying"));
    const { response } = await api.POST("/me/invoices/{invoice_id}/pay", { params: { path: { invoice_id: invoice.invoice_id } } });
    const deadline = Date.now() + PAY_WAIT_MS;
    let done = false;
    while (response.status === 202 && !done && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1000));
      const { data } = await api.GET("/me");
      done = data !== undefined && isPaid(data, invoice.invoice_id);
    }
    setStatus(done ? t("paidNow", { number: invoice.number }) : t("payFailed"));
    setPaying(null);
    await reload();
  };
  const live = (
    <p role="status" className="status">
      {status}
    </p>
  );
  if (items.length === 0)
    return (
      <>
        {live}
        <p className="empty">{t("noInvoices")}</p>
      </>
    );
  return (
    <>
    {live}
    <ul className="cards">
      {items.map((i) => {
        const title = t("invoice", { number: i.number });
        const href = `data:text/html;charset=utf-8,${encodeURIComponent(invoiceFile(lang, i, title))}`;
        return (
          <li key={i.invoice_id} className="card row">
            <span className="grow">
              <strong>{title}</strong>
              <br />
              <span className="muted">
                {i.status === "open"
                  ? `${t("amountDue", { amount: money(lang, i.amount_due_minor, i.currency) })} · ${t("due", { date: date(lang, i.due_on) })}`
                  : t("total", { amount: money(lang, i.total_minor, i.currency) })}
              </span>
            </span>
            <span className="actions">
              {canPay && i.status === "open" ? (
                <button
                  type="button"
                  className="button primary"
                  disabled={paying !== null}
                  aria-label={t("payInvoice", { number: i.number })}
                  onClick={() => void pay(i)}
                >
                  {t("pay")}
                </button>
              ) : null}
              <a className="button" href={href} download={`${i.number}.html`} aria-label={t("downloadInvoice", { number: i.number })}>
                {t("download")}
              </a>
            </span>
          </li>
        );
      })}
    </ul>
    </>
  );
}

/** Balance, open and paid invoices, the saved card. */
export function Billing() {
  const { lang, view } = usePortal();
  const t = useT(lang);
  const billing = view.billing;
  const balance = billing?.balance;
  const cards = (billing?.payment_methods ?? []) as unknown as Card[];
  return (
    <>
      <Heading>{t("billing")}</Heading>
      <section className="card balance" aria-labelledby="balance">
        <h2 id="balance">{t("balance")}</h2>
        {balance && balance.amount_minor !== 0 ? (
          <p className="amount">
            {balance.amount_minor > 0 ? t("owed") : t("credit")} {money(lang, Math.abs(balance.amount_minor), balance.currency)}
          </p>
        ) : (
          <p className="amount">{t("nothingOwed")}</p>
        )}
      </section>
      <h2>{t("openInvoices")}</h2>
      <InvoiceList items={(billing?.open_invoices ?? []) as unknown as Invoice[]} canPay={cards.length > 0} />
      <h2>{t("paidInvoices")}</h2>
      <InvoiceList items={(billing?.paid_invoices ?? []) as unknown as Invoice[]} canPay={false} />
      <h2>{t("paymentMethods")}</h2>
      {cards.length === 0 ? (
        <p className="empty">{t("noCard")}</p>
      ) : (
        <ul className="cards">
          {cards.map((c) => {
            const brand = c.brand.charAt(0).toUpperCase() + c.brand.slice(1);
            const month = String(c.exp_month).padStart(2, "0");
            return (
              <li key={`${c.brand}-${c.last4}-${c.exp_month}-${c.exp_year}`} className="card">
                <span aria-hidden="true">
                  <strong>{t("cardShort", { brand, last4: c.last4 })}</strong>{" "}
                  <span className="muted">{t("cardExpiresShort", { month, year: c.exp_year })}</span>
                </span>
                <span className="sr-only">{t("card", { brand, last4: c.last4, month: c.exp_month, year: c.exp_year })}</span>
                {c.is_default ? <span className="badge">{t("defaultCard")}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
      <CardForm />
    </>
  );
}
