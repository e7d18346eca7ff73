import { Button, ConfirmDialog, Dialog } from "@storage-crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { api, unwrap } from "../lib/api";
import { formatDate, formatMoney } from "../lib/format";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";
import { RecordPaymentDialog } from "./dialogs";
import { formatRate } from "./money";
import { useCards, useInvoice, useRefreshBilling, type Invoice } from "./queries";

export function StatusPill({ status, overdue }: { status: string; overdue?: boolean }) {
  const { t } = useTranslation("billing");
  return (
    <span className={`status-pill bill-${status}${overdue ? " bill-overdue" : ""}`}>
      {t(`invoices.statuses.${status}`, { defaultValue: status })}
      {overdue ? ` · ${t("invoices.overdue")}` : ""}
    </span>
  );
}

/** Lines, subtotal, tax and total of an invoice: the dialog and the printable page show the same table. */
export function InvoiceLines({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation("billing");
  const m = (minor: number) => formatMoney(minor, invoice.currency, i18n.language);
  return (
    <table className="data-table compact invoice-lines">
      <thead>
        <tr>
          <th scope="col">{t("invoices.line")}</th>
          <th scope="col" className="num">{t("invoices.quantity")}</th>
          <th scope="col" className="num">{t("invoices.unit")}</th>
          <th scope="col" className="num">{t("invoices.amount")}</th>
        </tr>
      </thead>
      <tbody>
        {invoice.lines.map((l, n) => (
          <tr key={n}>
            <td>{l.description}</td>
            <td className="num">{l.quantity}</td>
            <td className="num">{m(l.unit_amount_minor)}</td>
            <td className="num">{m(l.amount_minor)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr><th scope="row" colSpan={3}>{t("invoices.subtotal")}</th><td className="num">{m(invoice.subtotal_minor)}</td></tr>
        <tr><th scope="row" colSpan={3}>{t("invoices.tax", { rate: formatRate(invoice.tax_rate_bp, i18n.language) })}</th><td className="num">{m(invoice.tax_minor)}</td></tr>
        <tr className="total"><th scope="row" colSpan={3}>{t("invoices.total")}</th><td className="num">{m(invoice.total_minor)}</td></tr>
        <tr><th scope="row" colSpan={3}>{t("invoices.paid")}</th><td className="num">{m(invoice.amount_paid_minor)}</td></tr>
        <tr className="total"><th scope="row" colSpan={3}>{t("invoices.amountDue")}</th><td className="num">{m(invoice.amount_due_minor)}</td></tr>
      </tfoot>
    </table>
  );
}

type Closing = "void" | "uncollectible" | null;

/** One invoice: its lines and tax, void, mark uncollectible, pay with the default card, record a payment, print. */
export function InvoiceDialog({ invoiceId, customerName, onClose }: { invoiceId: string; customerName?: string | null | undefined; onClose: () => void }) {
  const { t, i18n } = useTranslation("billing");
  const lock = useWriteLock();
  const toast = useToast();
  const refresh = useRefreshBilling();
  const invoice = useInvoice(invoiceId);
  const inv = invoice.data;
  const cards = useCards(inv?.customer_id ?? "");
  const card = cards.data?.items.find((c) => c.is_default);
  const [closing, setClosing] = useState<Closing>(null);
  const [recording, setRecording] = useState(false);
  const close = useMutation({
    mutationFn: async (to: "void" | "uncollectible") => {
      const path = { params: { path: { invoice_id: invoiceId } } };
      return unwrap(to === "void" ? await api.billing.POST("/invoices/{invoice_id}/void", path) : await api.billing.POST("/invoices/{invoice_id}/mark-uncollectible", path));
    },
    onSuccess: () => {
      refresh();
      setClosing(null);
    },
  });
  const finalize = useMutation({
    mutationFn: async () => unwrap(await api.billing.POST("/invoices/{invoice_id}/finalize", { params: { path: { invoice_id: invoiceId } } })),
    onSuccess: () => refresh(),
  });
  const charge = useMutation({
    mutationFn: async () => unwrap(await api.billing.POST("/payments/card", { body: { invoice_id: invoiceId } })),
    onSuccess: (payment) => {
      refresh();
      if (payment.status === "succeeded") toast(t("invoices.paidByCard"));
    },
  });
  const declined = charge.data && charge.data.status !== "succeeded" ? t("invoices.cardDeclined", { reason: charge.data.failure_reason ?? "" }) : null;
  const title = inv ? t("invoices.detail", { number: inv.number ?? t("invoices.draft") }) : t("invoices.title");
  const cardName = card ? t("cards.card", { brand: card.brand.toUpperCase(), last4: card.last4 }) : "";
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()} title={title} wide>
      {invoice.isError ? <p className="banner banner-error" role="alert">{invoice.error.message}</p> : null}
      {inv ? (
        <>
          <dl className="figures">
            <dt>{t("invoices.status")}</dt><dd><StatusPill status={inv.status} overdue={Boolean(inv.overdue_at) && inv.status === "open"} /></dd>
            {customerName ? (<><dt>{t("invoices.customer")}</dt><dd><Link to={`/contacts/${inv.customer_id}`} onClick={onClose}>{customerName}</Link></dd></>) : null}
            <dt>{t("invoices.issued")}</dt><dd>{formatDate(inv.issued_on, i18n.language) || "—"}</dd>
            <dt>{t("invoices.due")}</dt><dd>{formatDate(inv.due_on, i18n.language) || "—"}</dd>
            {inv.period_start ? (<><dt>{t("invoices.period")}</dt><dd>{`${formatDate(inv.period_start, i18n.language)} – ${formatDate(inv.period_end, i18n.language)}`}</dd></>) : null}
          </dl>
          <InvoiceLines invoice={inv} />
          {[close, finalize, charge].map((m, n) => (m.isError ? <p key={n} className="banner banner-error" role="alert">{m.error.message}</p> : null))}
          {declined ? <p className="banner banner-error" role="alert">{declined}</p> : null}
          <div className="ui-dialog-actions wrap">
            <Link className="ui-button ui-button-secondary" to={`/billing/invoices/${inv.id}/print`} target="_blank">{t("invoices.print")}</Link>
            {inv.status === "draft" ? <Button variant="primary" disabledReason={lock} disabled={finalize.isPending} onClick={() => finalize.mutate()}>{t("invoices.finalize")}</Button> : null}
            {inv.status === "open" ? (
              <>
                <Button disabledReason={lock} onClick={() => setClosing("uncollectible")}>{t("invoices.uncollectible")}</Button>
                <Button disabledReason={lock} onClick={() => setRecording(true)}>{t("payments.record")}</Button>
                {card ? <Button variant="primary" disabledReason={lock} disabled={charge.isPending} onClick={() => charge.mutate()}>{t("invoices.payCard", { card: cardName })}</Button> : null}
              </>
            ) : null}
            {["draft", "open", "uncollectible"].includes(inv.status) && inv.amount_paid_minor === 0 ? <Button variant="danger" disabledReason={lock} onClick={() => setClosing("void")}>{t("invoices.void")}</Button> : null}
            <Button onClick={onClose}>{t("common.close")}</Button>
          </div>
          <ConfirmDialog
            open={closing !== null}
            onOpenChange={(o) => !o && setClosing(null)}
            title={closing === "void" ? t("invoices.voidTitle", { number: inv.number ?? "" }) : t("invoices.uncollectibleTitle", { number: inv.number ?? "" })}
            confirmLabel={closing === "void" ? t("invoices.void") : t("invoices.uncollectible")}
            cancelLabel={t("common.cancel")}
            danger={closing === "void"}
            busy={close.isPending}
            onConfirm={() => closing && close.mutate(closing)}
          >
            <p>{closing === "void" ? t("invoices.voidBody") : t("invoices.uncollectibleBody")}</p>
            {close.isError ? <p className="banner banner-error" role="alert">{close.error.message}</p> : null}
          </ConfirmDialog>
          {recording ? <RecordPaymentDialog customerId={inv.customer_id} invoiceId={inv.id} onClose={() => setRecording(false)} /> : null}
        </>
      ) : null}
    </Dialog>
  );
}
