import { Button, CheckboxField, ConfirmDialog, Field, Tabs } from "@storage-crm/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { api, unwrap } from "../lib/api";
import { formatDate, formatMoney } from "../lib/format";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";
import { AddCardDialog, EndRentalDialog, NewInvoiceDialog, RecordPaymentDialog, RefundDialog, StartRentalDialog } from "./dialogs";
import { InvoiceDialog, StatusPill } from "./InvoiceDialog";
import { refundable } from "./money";
import {
  useAutopay, useBalance, useFacilityId, useCards, useInvoices, usePayments, useRefreshBilling, useRentals, useStatement,
  type Balance, type Payment, type PaymentMethod, type Rental,
} from "./queries";

export function BalanceFigure({ balance }: { balance: Balance }) {
  const { t, i18n } = useTranslation("billing");
  const b = balance.balance_minor;
  return (
    <p className="balance" data-testid="billing-balance">
      <span className="muted">{t("balance.title")} </span>
      <strong className={b > 0 ? "owed" : undefined}>
        {b === 0 ? t("balance.none") : `${b > 0 ? t("balance.owed") : t("balance.credit")} ${formatMoney(Math.abs(b), balance.currency, i18n.language)}`}
      </strong>
      <span className="muted"> · {t("balance.openInvoices", { count: balance.open_invoices })}</span>
    </p>
  );
}

export function RentalRows({ rentals, withCustomer, cars, onEnd }: { rentals: Rental[]; withCustomer?: boolean; cars?: Map<string, string>; onEnd: (r: Rental) => void }) {
  const { t, i18n } = useTranslation("billing");
  const lock = useWriteLock();
  const lang = i18n.language;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="sr-only">{t("rentals.title")}</caption>
        <thead>
          <tr>
            {withCustomer ? <th scope="col">{t("rentals.customer")}</th> : null}
            <th scope="col">{t("rentals.space")}</th>
            {cars ? <th scope="col">{t("rentals.car")}</th> : null}
            <th scope="col">{t("rentals.price")}</th>
            <th scope="col">{t("rentals.startsOn")}</th>
            <th scope="col">{t("rentals.endsOn")}</th>
            <th scope="col">{t("rentals.notice")}</th>
            <th scope="col">{t("rentals.status")}</th>
            <th scope="col"><span className="sr-only">{t("common.actions", { ns: "translation" })}</span></th>
          </tr>
        </thead>
        <tbody>
          {rentals.map((r) => (
            <tr key={r.id} data-testid="rental-row">
              {withCustomer ? <td><Link to={`/contacts/${r.customer_id}`}>{r.customer_name || r.customer_id.slice(0, 8)}</Link></td> : null}
              <td>{r.space}</td>
              {cars ? <td>{r.car_id ? (cars.get(r.car_id) ?? "…") : "—"}</td> : null}
              <td>{t("perPeriod", { amount: formatMoney(r.price_minor, r.currency, lang), period: t(`periods.${r.period}`, { defaultValue: r.period }) })}</td>
              <td>{formatDate(r.starts_on, lang)}</td>
              <td>{formatDate(r.ends_on, lang) || "—"}</td>
              <td>{formatDate(r.notice_given_on, lang) || "—"}</td>
              <td><span className={`status-pill rental-${r.status}`}>{t(`rentals.statuses.${r.status}`, { defaultValue: r.status })}</span></td>
              <td>
                {r.status !== "ended" ? (
                  <Button variant="ghost" disabledReason={lock} aria-label={`${t("rentals.end")} ${r.space}`} onClick={() => onEnd(r)}>{t("rentals.end")}</Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rentals.length === 0 ? <p className="muted">{t("rentals.none")}</p> : null}
    </div>
  );
}

export function InvoiceRows({ customerId, status, withCustomer }: { customerId?: string; status?: Parameters<typeof useInvoices>[1]; withCustomer?: boolean }) {
  const { t, i18n } = useTranslation("billing");
  const lang = i18n.language;
  const invoices = useInvoices(customerId, status);
  const [open, setOpen] = useState<{ id: string; name?: string | null | undefined } | null>(null);
  const items = invoices.data?.items ?? [];
  const due = items.filter((i) => i.status === "open" || i.status === "uncollectible");
  return (
    <div className="table-scroll">
      {invoices.isError ? <p className="banner banner-error" role="alert">{invoices.error.message}</p> : null}
      <table className="data-table">
        <caption className="sr-only">{t("invoices.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("invoices.number")}</th>
            {withCustomer ? <th scope="col">{t("invoices.customer")}</th> : null}
            <th scope="col">{t("invoices.issued")}</th>
            <th scope="col">{t("invoices.due")}</th>
            <th scope="col" className="num">{t("invoices.total")}</th>
            <th scope="col" className="num">{t("invoices.amountDue")}</th>
            <th scope="col">{t("invoices.status")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} data-testid="invoice-row">
              <td>
                <Button variant="ghost" className="link-button" aria-label={t("invoices.detail", { number: i.number ?? t("invoices.draft") })} onClick={() => setOpen({ id: i.id, name: i.customer_name })}>
                  {i.number ?? t("invoices.draft")}
                </Button>
              </td>
              {withCustomer ? <td><Link to={`/contacts/${i.customer_id}`}>{i.customer_name || i.customer_id.slice(0, 8)}</Link></td> : null}
              <td>{formatDate(i.issued_on, lang) || "—"}</td>
              <td>{formatDate(i.due_on, lang) || "—"}</td>
              <td className="num">{formatMoney(i.total_minor, i.currency, lang)}</td>
              <td className="num">{["open", "uncollectible"].includes(i.status) ? formatMoney(i.amount_due_minor, i.currency, lang) : "—"}</td>
              <td><StatusPill status={i.status} overdue={Boolean(i.overdue_at) && i.status === "open"} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {invoices.data && items.length === 0 ? <p className="muted">{t("invoices.none")}</p> : null}
      {withCustomer && due.length ? (
        <p className="total-due" data-testid="total-due">{t("invoices.totalDue", { amount: formatMoney(due.reduce((sum, i) => sum + i.amount_due_minor, 0), due[0]?.currency ?? "EUR", lang) })}</p>
      ) : null}
      {open ? <InvoiceDialog invoiceId={open.id} customerName={withCustomer ? open.name : undefined} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}

function PaymentRows({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation("billing");
  const lang = i18n.language;
  const lock = useWriteLock();
  const payments = usePayments(customerId);
  const [refunding, setRefunding] = useState<Payment | null>(null);
  const items = payments.data?.items ?? [];
  return (
    <div className="table-scroll">
      {payments.isError ? <p className="banner banner-error" role="alert">{payments.error.message}</p> : null}
      <table className="data-table">
        <caption className="sr-only">{t("payments.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("payments.date")}</th>
            <th scope="col" className="num">{t("payments.amount")}</th>
            <th scope="col">{t("payments.method")}</th>
            <th scope="col">{t("payments.reference")}</th>
            <th scope="col">{t("payments.status")}</th>
            <th scope="col" className="num">{t("payments.refunded")}</th>
            <th scope="col"><span className="sr-only">{t("common.actions", { ns: "translation" })}</span></th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.id} data-testid="payment-row">
              <td>{formatDate(p.received_on, lang)}</td>
              <td className="num">{formatMoney(p.amount_minor, p.currency, lang)}</td>
              <td>{t(`payments.methods.${p.method}`, { defaultValue: p.method })}</td>
              <td>{p.reference ?? ""}{p.failure_reason ? <span className="muted"> {p.failure_reason}</span> : null}</td>
              <td><span className={`status-pill pay-${p.status}`}>{t(`payments.statuses.${p.status}`, { defaultValue: p.status })}</span></td>
              <td className="num">{p.refunded_minor ? formatMoney(p.refunded_minor, p.currency, lang) : "—"}</td>
              <td>
                {refundable(p) > 0 ? (
                  <Button variant="ghost" disabledReason={lock} aria-label={`${t("payments.refund")} ${formatMoney(p.amount_minor, p.currency, lang)} ${formatDate(p.received_on, lang)}`} onClick={() => setRefunding(p)}>{t("payments.refund")}</Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {payments.data && items.length === 0 ? <p className="muted">{t("payments.none")}</p> : null}
      {refunding ? <RefundDialog payment={refunding} onClose={() => setRefunding(null)} /> : null}
    </div>
  );
}

function Cards({ customerId, onAdd }: { customerId: string; onAdd: () => void }) {
  const { t } = useTranslation("billing");
  const lock = useWriteLock();
  const toast = useToast();
  const refresh = useRefreshBilling();
  const cards = useCards(customerId);
  const autopay = useAutopay(customerId);
  const queries = useQueryClient();
  const facility = useFacilityId();
  const [removing, setRemoving] = useState<PaymentMethod | null>(null);
  const path = (m: PaymentMethod) => ({ params: { path: { customer_id: customerId, method_id: m.id } } });
  const makeDefault = useMutation({
    mutationFn: async (m: PaymentMethod) => unwrap(await api.billing.POST("/customers/{customer_id}/payment-methods/{method_id}/default", path(m))),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: async (m: PaymentMethod) => unwrap(await api.billing.DELETE("/customers/{customer_id}/payment-methods/{method_id}", path(m))),
    onSuccess: () => {
      refresh();
      setRemoving(null);
    },
  });
  const setAutopay = useMutation({
    // The box shows the choice at once; a refusal puts the saved state back.
    onMutate: (enabled: boolean) => queries.setQueryData(["billing", facility, "autopay", customerId], { customer_id: customerId, autopay: enabled }),
    onError: refresh,
    mutationFn: async (enabled: boolean) => unwrap(await api.billing.PUT("/customers/{customer_id}/autopay", { params: { path: { customer_id: customerId } }, body: { enabled } })),
    onSuccess: (saved) => {
      refresh();
      toast(saved.autopay ? t("cards.autopayOn") : t("cards.autopayOff"));
    },
  });
  const items = cards.data?.items ?? [];
  const name = (m: PaymentMethod) => t("cards.card", { brand: m.brand.toUpperCase(), last4: m.last4 });
  return (
    <div className="billing-cards">
      {[cards, autopay].map((q, n) => (q.isError ? <p key={n} className="banner banner-error" role="alert">{q.error.message}</p> : null))}
      {items.length === 0 && cards.data ? <p className="muted">{t("cards.none")}</p> : null}
      <ul className="plain-list">
        {items.map((m) => (
          <li key={m.id} className="car-row" data-testid="card-row">
            <span>
              {name(m)} <span className="muted">{t("cards.expires", { month: String(m.exp_month).padStart(2, "0"), year: m.exp_year })}</span>
              {m.is_default ? <> <span className="status-pill status-sent">{t("cards.default")}</span></> : null}
            </span>
            <span className="row-actions">
              {!m.is_default ? <Button variant="ghost" disabledReason={lock} aria-label={`${t("cards.makeDefault")} ${name(m)}`} onClick={() => makeDefault.mutate(m)}>{t("cards.makeDefault")}</Button> : null}
              <Button variant="ghost" disabledReason={lock} aria-label={`${t("cards.remove")} ${name(m)}`} onClick={() => setRemoving(m)}>{t("cards.remove")}</Button>
            </span>
          </li>
        ))}
      </ul>
      {[makeDefault, setAutopay].map((m, n) => (m.isError ? <p key={n} className="banner banner-error" role="alert">{m.error.message}</p> : null))}
      <CheckboxField
        label={t("cards.autopay")}
        checked={autopay.data?.autopay ?? false}
        disabled={lock !== undefined || autopay.isPending || setAutopay.isPending || (!autopay.data?.autopay && !items.some((m) => m.is_default))}
        title={lock ?? (!items.length ? t("cards.autopayNeedsCard") : undefined)}
        onChange={(e) => setAutopay.mutate(e.target.checked)}
      />
      {!items.length && cards.data ? <p className="muted">{t("cards.autopayNeedsCard")}</p> : null}
      <Button disabledReason={lock} onClick={onAdd}>{t("cards.add")}</Button>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(o) => !o && setRemoving(null)}
        title={t("cards.removeTitle", { card: removing ? name(removing) : "" })}
        confirmLabel={t("cards.remove")}
        cancelLabel={t("common.cancel")}
        danger
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
      >
        <p>{t("cards.removeBody")}</p>
        {remove.isError ? <p className="banner banner-error" role="alert">{remove.error.message}</p> : null}
      </ConfirmDialog>
    </div>
  );
}

/** Print only the statement (with the customer's name): the rest of the record is hidden while printing. */
function printStatement(): void {
  document.body.classList.add("print-statement");
  window.addEventListener("afterprint", () => document.body.classList.remove("print-statement"), { once: true });
  window.print();
}

function StatementView({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation("billing");
  const lang = i18n.language;
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const statement = useStatement(customerId, from, to);
  const s = statement.data;
  const currency = useBalance(customerId).data?.currency ?? "EUR";
  const m = (minor: number) => formatMoney(minor, currency, lang);
  return (
    <div>
      <div className="filters">
        <Field label={t("statement.from")} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <Field label={t("statement.to")} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        <Button onClick={printStatement}>{t("statement.print")}</Button>
      </div>
      {statement.isError ? <p className="banner banner-error" role="alert">{statement.error.message}</p> : null}
      {s ? (
        <div className="table-scroll">
          <table className="data-table" data-testid="statement">
            <caption className="sr-only">{t("statement.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("statement.date")}</th>
                <th scope="col">{t("statement.entry")}</th>
                <th scope="col" className="num">{t("statement.debit")}</th>
                <th scope="col" className="num">{t("statement.credit")}</th>
                <th scope="col" className="num">{t("statement.balance")}</th>
              </tr>
            </thead>
            <tbody>
              <tr><td colSpan={4}>{t("statement.opening")}</td><td className="num">{m(s.opening_balance_minor)}</td></tr>
              {s.entries.map((e) => (
                <tr key={`${e.kind}-${e.id}`}>
                  <td>{formatDate(e.on_date, lang)}</td>
                  <td>{t(`statement.kinds.${e.kind}`, { defaultValue: e.kind })} {e.reference ?? ""}</td>
                  <td className="num">{e.debit_minor ? m(e.debit_minor) : ""}</td>
                  <td className="num">{e.credit_minor ? m(e.credit_minor) : ""}</td>
                  <td className="num">{m(e.balance_minor)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="total"><th scope="row" colSpan={4}>{t("statement.closing")}</th><td className="num">{m(s.closing_balance_minor)}</td></tr>
            </tfoot>
          </table>
          {s.entries.length === 0 ? <p className="muted">{t("statement.none")}</p> : null}
        </div>
      ) : null}
    </div>
  );
}

type Tab = "invoices" | "rentals" | "payments" | "cards" | "statement";

/** Billing on the customer record: balance, rentals, invoices, payments and refunds, cards and autopay, statement. */
export function BillingSection({ customerId }: { customerId: string }) {
  const { t } = useTranslation("billing");
  const lock = useWriteLock();
  const balance = useBalance(customerId);
  const rentals = useRentals(customerId);
  const invoices = useInvoices(customerId);
  // The same query as the Cars section, so the names come from one request.
  const carList = useQuery({
    queryKey: ["cars", customerId],
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/customers/{customer_id}/cars", { params: { path: { customer_id: customerId } }, signal })),
  });
  const cars = new Map((carList.data?.items ?? []).map((c) => [c.id, `${c.make} ${c.model}${c.plate ? ` · ${c.plate}` : ""}`]));
  const [tab, setTab] = useState<Tab>("invoices");
  const [dialog, setDialog] = useState<"rental" | "payment" | "card" | "invoice" | null>(null);
  const [ending, setEnding] = useState<Rental | null>(null);
  const unknown = balance.isError;
  const items = [
    { value: "invoices", label: t("tabs.invoices"), count: invoices.data?.items.length },
    { value: "rentals", label: t("tabs.rentals"), count: rentals.data?.items.length },
    { value: "payments", label: t("tabs.payments") },
    { value: "cards", label: t("tabs.cards") },
    { value: "statement", label: t("tabs.statement") },
  ];
  return (
    <section aria-labelledby="s-billing" className="panel panel-wide billing">
      <div className="panel-head">
        <h2 id="s-billing">{t("section")}</h2>
        <div className="page-actions">
          <Button disabledReason={lock} disabled={unknown} onClick={() => setDialog("rental")}>{t("rentals.start")}</Button>
          <Button disabledReason={lock} disabled={unknown} onClick={() => setDialog("payment")}>{t("payments.record")}</Button>
          <Button disabledReason={lock} disabled={unknown} onClick={() => setDialog("card")}>{t("cards.add")}</Button>
          <Button disabledReason={lock} disabled={unknown} onClick={() => setDialog("invoice")}>{t("invoices.create")}</Button>
        </div>
      </div>
      {balance.data ? <BalanceFigure balance={balance.data} /> : null}
      {balance.isError ? <p className="banner banner-error" role="alert">{balance.error.message}</p> : null}
      <Tabs items={items} value={tab} onValueChange={(v) => setTab(v as Tab)} label={t("tabs.label")}>
        {tab === "invoices" ? <InvoiceRows customerId={customerId} /> : null}
        {tab === "rentals" ? (
          <>
            {rentals.isError ? <p className="banner banner-error" role="alert">{rentals.error.message}</p> : null}
            <RentalRows rentals={rentals.data?.items ?? []} cars={cars} onEnd={setEnding} />
          </>
        ) : null}
        {tab === "payments" ? <PaymentRows customerId={customerId} /> : null}
        {tab === "cards" ? <Cards customerId={customerId} onAdd={() => setDialog("card")} /> : null}
        {tab === "statement" ? <StatementView customerId={customerId} /> : null}
      </Tabs>
      {dialog === "rental" ? <StartRentalDialog customerId={customerId} onClose={() => setDialog(null)} /> : null}
      {dialog === "payment" ? <RecordPaymentDialog customerId={customerId} onClose={() => setDialog(null)} /> : null}
      {dialog === "invoice" ? <NewInvoiceDialog customerId={customerId} onClose={() => setDialog(null)} /> : null}
      {dialog === "card" ? <AddCardDialog customerId={customerId} onClose={() => setDialog(null)} /> : null}
      {ending ? <EndRentalDialog rental={ending} onClose={() => setEnding(null)} /> : null}
    </section>
  );
}
