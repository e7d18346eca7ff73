import { Button, CheckboxField, Dialog, Field } from "@storage-crm/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { ApiError, api, unwrap } from "../lib/api";
import { placeErrors } from "../lib/errors";
import { formatDate, formatMoney } from "../lib/format";
import { useToast } from "../lib/toast";
import { cardDigits, parseAmount, refundable, todayIso } from "./money";
import { useBillingSettings, useInvoices, useProvider, useRefreshBilling, type Payment, type Rental } from "./queries";

/** The API's refusal placed beside the fields it names; what names no field is shown above the buttons. */
export function usePlaced(error: Error | null, fields: readonly string[]) {
  const body = error instanceof ApiError ? error.body : null;
  const placed = placeErrors(body, fields);
  if (error && !body) placed.general.push(error.message);
  return placed;
}

export function General({ messages }: { messages: string[] }) {
  return messages.length ? (
    <div className="banner banner-error" role="alert">
      {messages.map((m) => <p key={m}>{m}</p>)}
    </div>
  ) : null;
}

export function Select({ label, value, onChange, children, error }: { label: string; value: string; onChange: (v: string) => void; children: ReactNode; error?: string | undefined }) {
  const id = `sel-${label.replace(/\W+/g, "-")}`;
  return (
    <div className={`ui-field${error ? " ui-field-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined}>{children}</select>
      {error ? <span className="ui-field-error" role="alert">{error}</span> : null}
    </div>
  );
}

export function Actions({ onCancel, busy, label }: { onCancel: () => void; busy: boolean; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="ui-dialog-actions">
      <Button onClick={onCancel}>{t("common.cancel")}</Button>
      <Button variant="primary" type="submit" disabled={busy}>{label}</Button>
    </div>
  );
}

const RENTAL_FIELDS = ["space", "price_minor", "period", "starts_on", "ends_on", "car_id", "customer_id"] as const;

export function StartRentalDialog({ customerId, onClose }: { customerId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation("billing");
  const toast = useToast();
  const refresh = useRefreshBilling();
  const currency = useBillingSettings().data?.currency ?? "EUR";
  const cars = useQuery({
    queryKey: ["cars", customerId],
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/customers/{customer_id}/cars", { params: { path: { customer_id: customerId } }, signal })),
  });
  const [form, setForm] = useState({ space: "", price: "", period: "month", starts_on: todayIso(), ends_on: "", car_id: "" });
  const [priceError, setPriceError] = useState<string>();
  const save = useMutation({
    mutationFn: async (price_minor: number) =>
      unwrap(
        await api.billing.POST("/rentals", {
          body: {
            customer_id: customerId, space: form.space, price_minor, period: form.period as "month" | "week" | "year",
            starts_on: form.starts_on || null, ends_on: form.ends_on || null, car_id: form.car_id || null,
          },
        }),
      ),
    onSuccess: () => {
      toast(t("rentals.started"));
      refresh();
      onClose();
    },
  });
  const placed = usePlaced(save.error, RENTAL_FIELDS);
  const submit = () => {
    const minor = form.price.trim() === "0" ? 0 : parseAmount(form.price);
    if (minor === null) return setPriceError(t("payments.amountInvalid"));
    setPriceError(undefined);
    save.mutate(minor);
  };
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()} title={t("rentals.start")} description={t("rentals.startHint")}>
      <form className="form" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Field label={t("rentals.space")} required value={form.space} error={placed.fields.space} onChange={(e) => setForm({ ...form, space: e.target.value })} />
        <div className="form-row">
          <Field label={`${t("rentals.price")} (${currency})`} required inputMode="decimal" value={form.price} error={priceError ?? placed.fields.price_minor} onChange={(e) => setForm({ ...form, price: e.target.value })} />
          <Select label={t("rentals.period")} value={form.period} onChange={(v) => setForm({ ...form, period: v })} error={placed.fields.period}>
            {(["month", "week", "year"] as const).map((p) => <option key={p} value={p}>{t(`periods.${p}`)}</option>)}
          </Select>
        </div>
        <div className="form-row">
          <Field label={t("rentals.startsOn")} type="date" required value={form.starts_on} error={placed.fields.starts_on} onChange={(e) => setForm({ ...form, starts_on: e.target.value })} />
          <Field label={t("rentals.endsOn")} type="date" value={form.ends_on} error={placed.fields.ends_on} onChange={(e) => setForm({ ...form, ends_on: e.target.value })} />
        </div>
        <Select label={t("rentals.car")} value={form.car_id} onChange={(v) => setForm({ ...form, car_id: v })} error={placed.fields.car_id}>
          <option value="">{t("rentals.noCar")}</option>
          {cars.data?.items.map((c) => <option key={c.id} value={c.id}>{`${c.make} ${c.model}${c.plate ? ` · ${c.plate}` : ""}`}</option>)}
        </Select>
        <p className="muted">{form.price && parseAmount(form.price) ? t("perPeriod", { amount: formatMoney(parseAmount(form.price) ?? 0, currency, i18n.language), period: t(`periods.${form.period}`) }) : null}</p>
        <General messages={[...placed.general, ...(placed.fields.customer_id ? [placed.fields.customer_id] : [])]} />
        <Actions onCancel={onClose} busy={save.isPending} label={t("rentals.start")} />
      </form>
    </Dialog>
  );
}

export function EndRentalDialog({ rental, onClose }: { rental: Rental; onClose: () => void }) {
  const { t } = useTranslation("billing");
  const toast = useToast();
  const refresh = useRefreshBilling();
  const [endsOn, setEndsOn] = useState(todayIso());
  const save = useMutation({
    mutationFn: async () =>
      unwrap(await api.billing.POST("/rentals/{rental_id}/end", { params: { path: { rental_id: rental.id } }, body: { ends_on: endsOn || null, version: rental.version } })),
    onSuccess: () => {
      toast(t("rentals.ended"));
      refresh();
      onClose();
    },
  });
  const placed = usePlaced(save.error, ["ends_on"]);
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()} title={t("rentals.endTitle", { space: rental.space })} description={t("rentals.endHint")}>
      <form className="form" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
        <Field label={t("rentals.endOn")} type="date" required min={rental.starts_on} value={endsOn} error={placed.fields.ends_on} onChange={(e) => setEndsOn(e.target.value)} />
        <General messages={placed.general} />
        <Actions onCancel={onClose} busy={save.isPending} label={t("rentals.endNow")} />
      </form>
    </Dialog>
  );
}

const PAYMENT_FIELDS = ["amount_minor", "method", "invoice_id", "reference", "received_on", "customer_id"] as const;

export function RecordPaymentDialog({ customerId, invoiceId, onClose }: { customerId: string; invoiceId?: string; onClose: () => void }) {
  const { t, i18n } = useTranslation("billing");
  const toast = useToast();
  const refresh = useRefreshBilling();
  const open = useInvoices(customerId, "open").data?.items ?? [];
  const [form, setForm] = useState({ amount: "", method: "transfer", invoice_id: invoiceId ?? "", reference: "", received_on: todayIso() });
  const [amountError, setAmountError] = useState<string>();
  const save = useMutation({
    mutationFn: async (amount_minor: number) =>
      unwrap(
        await api.billing.POST("/payments", {
          body: {
            customer_id: customerId, amount_minor, method: form.method as "cash" | "cheque" | "transfer",
            invoice_id: form.invoice_id || null, reference: form.reference || null, received_on: form.received_on || null,
          },
        }),
      ),
    onSuccess: () => {
      toast(t("payments.recorded"));
      refresh();
      onClose();
    },
  });
  const placed = usePlaced(save.error, PAYMENT_FIELDS);
  const submit = () => {
    const minor = parseAmount(form.amount);
    if (minor === null) return setAmountError(t("payments.amountInvalid"));
    setAmountError(undefined);
    save.mutate(minor);
  };
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()} title={t("payments.record")} description={t("payments.hint")}>
      <form className="form" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <div className="form-row">
          <Field label={t("payments.amount")} required inputMode="decimal" autoFocus value={form.amount} error={amountError ?? placed.fields.amount_minor} onChange={(e) => setForm({ ...form, amount: e.target.value })} />
          <Select label={t("payments.method")} value={form.method} onChange={(v) => setForm({ ...form, method: v })} error={placed.fields.method}>
            {(["transfer", "cheque", "cash"] as const).map((m) => <option key={m} value={m}>{t(`payments.methods.${m}`)}</option>)}
          </Select>
        </div>
        <Select label={t("payments.invoice")} value={form.invoice_id} onChange={(v) => setForm({ ...form, invoice_id: v })} error={placed.fields.invoice_id}>
          <option value="">{t("payments.oldest")}</option>
          {open.map((i) => (
            <option key={i.id} value={i.id}>{`${i.number ?? t("invoices.draft")} · ${t("invoices.amountDue")} ${formatMoney(i.amount_due_minor, i.currency, i18n.language)}`}</option>
          ))}
        </Select>
        <div className="form-row">
          <Field label={t("payments.reference")} value={form.reference} error={placed.fields.reference} onChange={(e) => setForm({ ...form, reference: e.target.value })} />
          <Field label={t("payments.date")} type="date" value={form.received_on} error={placed.fields.received_on} onChange={(e) => setForm({ ...form, received_on: e.target.value })} />
        </div>
        <General messages={[...placed.general, ...(placed.fields.customer_id ? [placed.fields.customer_id] : [])]} />
        <Actions onCancel={onClose} busy={save.isPending} label={t("payments.record")} />
      </form>
    </Dialog>
  );
}

export function RefundDialog({ payment, onClose }: { payment: Payment; onClose: () => void }) {
  const { t, i18n } = useTranslation("billing");
  const toast = useToast();
  const refresh = useRefreshBilling();
  const left = refundable(payment);
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [amountError, setAmountError] = useState<string>();
  const save = useMutation({
    mutationFn: async (amount_minor: number) =>
      unwrap(await api.billing.POST("/payments/{payment_id}/refunds", { params: { path: { payment_id: payment.id } }, body: { amount_minor, reason: reason || null } })),
    onSuccess: () => {
      toast(t("payments.refunded_done"));
      refresh();
      onClose();
    },
  });
  const placed = usePlaced(save.error, ["amount_minor", "reason"]);
  const submit = () => {
    const minor = parseAmount(amount);
    if (minor === null) return setAmountError(t("payments.amountInvalid"));
    setAmountError(undefined);
    save.mutate(minor);
  };
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()} title={t("payments.refundTitle", { date: formatDate(payment.received_on, i18n.language) })} description={t("payments.refundable", { amount: formatMoney(left, payment.currency, i18n.language) })}>
      <form className="form" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Field label={t("payments.amount")} required inputMode="decimal" value={amount} error={amountError ?? placed.fields.amount_minor} onChange={(e) => setAmount(e.target.value)} />
        <Field label={t("payments.reason")} value={reason} error={placed.fields.reason} onChange={(e) => setReason(e.target.value)} />
        <General messages={placed.general} />
        <Actions onCancel={onClose} busy={save.isPending} label={t("payments.refund")} />
      </form>
    </Dialog>
  );
}

/** Add a card: the local provider takes a test card here; Stripe's own form needs Stripe's servers. */
export function AddCardDialog({ customerId, onClose }: { customerId: string; onClose: () => void }) {
  const { t } = useTranslation("billing");
  const toast = useToast();
  const refresh = useRefreshBilling();
  const provider = useProvider().data;
  const year = new Date().getFullYear();
  const [form, setForm] = useState({ number: "4242 4242 4242 4242", exp_month: "12", exp_year: String(year + 3), make_default: true });
  const [numberError, setNumberError] = useState<string>();
  const save = useMutation({
    mutationFn: async () => {
      const setup = unwrap(await api.billing.POST("/customers/{customer_id}/payment-methods/setup", { params: { path: { customer_id: customerId } } }));
      return unwrap(
        await api.billing.POST("/customers/{customer_id}/payment-methods", {
          params: { path: { customer_id: customerId } },
          body: {
            setup_id: setup.setup_id, make_default: form.make_default,
            test_card: { number: cardDigits(form.number), exp_month: Number(form.exp_month), exp_year: Number(form.exp_year) },
          },
        }),
      );
    },
    onSuccess: () => {
      toast(t("cards.saved"));
      refresh();
      onClose();
    },
  });
  const placed = usePlaced(save.error, ["test_card.number", "test_card.exp_month", "test_card.exp_year", "test_card", "setup_id"]);
  if (provider && provider.provider !== "local") {
    return (
      <Dialog open onOpenChange={(o) => !o && onClose()} title={t("cards.stripeTitle")}>
        <p className="banner banner-warn" role="alert" data-testid="stripe-unavailable">{t("cards.stripeUnavailable")}</p>
        <div className="ui-dialog-actions"><Button onClick={onClose}>{t("common.close", { ns: "translation" })}</Button></div>
      </Dialog>
    );
  }
  const submit = () => {
    if (!/^\d{12,19}$/.test(cardDigits(form.number))) return setNumberError(t("cards.numberInvalid"));
    setNumberError(undefined);
    save.mutate();
  };
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()} title={t("cards.testTitle")} description={t("cards.testHint")}>
      <form className="form" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Field label={t("cards.number")} required inputMode="numeric" autoComplete="off" value={form.number} error={numberError ?? placed.fields["test_card.number"] ?? placed.fields.setup_id} onChange={(e) => setForm({ ...form, number: e.target.value })} />
        <div className="form-row">
          <Field label={t("cards.expMonth")} required type="number" min={1} max={12} value={form.exp_month} error={placed.fields["test_card.exp_month"]} onChange={(e) => setForm({ ...form, exp_month: e.target.value })} />
          <Field label={t("cards.expYear")} required type="number" min={year} max={2100} value={form.exp_year} error={placed.fields["test_card.exp_year"]} onChange={(e) => setForm({ ...form, exp_year: e.target.value })} />
        </div>
        <CheckboxField label={t("cards.makeDefaultToo")} checked={form.make_default} onChange={(e) => setForm({ ...form, make_default: e.target.checked })} />
        <General messages={[...placed.general, ...(placed.fields.test_card ? [placed.fields.test_card] : [])]} />
        <Actions onCancel={onClose} busy={save.isPending} label={t("cards.add")} />
      </form>
    </Dialog>
  );
}

interface DraftLine {
  description: string;
  quantity: string;
  unit: string;
}

/** A one-off invoice (fees, services): lines with quantity and unit price; the facility's tax is added. */
export function NewInvoiceDialog({ customerId, onClose }: { customerId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation("billing");
  const toast = useToast();
  const refresh = useRefreshBilling();
  const settings = useBillingSettings().data;
  const currency = settings?.currency ?? "EUR";
  const [lines, setLines] = useState<DraftLine[]>([{ description: "", quantity: "1", unit: "" }]);
  const [due, setDue] = useState("");
  const [lineErrors, setLineErrors] = useState<Record<number, string>>({});
  const save = useMutation({
    mutationFn: async ({ body, draft }: { body: { description: string; quantity: number; unit_amount_minor: number }[]; draft: boolean }) =>
      unwrap(await api.billing.POST("/invoices", { body: { customer_id: customerId, lines: body, due_on: due || null, draft } })),
    onSuccess: () => {
      toast(t("invoices.created"));
      refresh();
      onClose();
    },
  });
  const placed = usePlaced(save.error, ["lines", "due_on", "customer_id"]);
  const submit = (draft: boolean) => {
    const errors: Record<number, string> = {};
    const body = lines.map((l, n) => {
      const unit = parseAmount(l.unit);
      const quantity = Number(l.quantity);
      if (unit === null || !Number.isInteger(quantity) || quantity < 1) errors[n] = t("payments.amountInvalid");
      return { description: l.description, quantity, unit_amount_minor: unit ?? 0 };
    });
    setLineErrors(errors);
    if (!Object.keys(errors).length) save.mutate({ body, draft });
  };
  const subtotal = lines.reduce((sum, l) => sum + (parseAmount(l.unit) ?? 0) * (Number(l.quantity) || 0), 0);
  const set = (n: number, patch: Partial<DraftLine>) => setLines(lines.map((l, i) => (i === n ? { ...l, ...patch } : l)));
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()} title={t("invoices.createTitle")} wide>
      <form className="form" onSubmit={(e) => { e.preventDefault(); submit(false); }}>
        {lines.map((l, n) => (
          <fieldset key={n} className="invoice-line">
            <legend className="sr-only">{`${t("invoices.line")} ${n + 1}`}</legend>
            <Field label={`${t("invoices.description")} ${n + 1}`} required value={l.description} onChange={(e) => set(n, { description: e.target.value })} />
            <Field label={t("invoices.quantity")} type="number" min={1} required value={l.quantity} onChange={(e) => set(n, { quantity: e.target.value })} />
            <Field label={`${t("invoices.unit")} (${currency})`} inputMode="decimal" required value={l.unit} error={lineErrors[n]} onChange={(e) => set(n, { unit: e.target.value })} />
            {lines.length > 1 ? <Button variant="ghost" aria-label={t("invoices.removeLine", { n: n + 1 })} onClick={() => setLines(lines.filter((_, i) => i !== n))}>✕</Button> : null}
          </fieldset>
        ))}
        <div><Button onClick={() => setLines([...lines, { description: "", quantity: "1", unit: "" }])}>{t("invoices.addLine")}</Button></div>
        <Field label={t("invoices.due")} type="date" value={due} error={placed.fields.due_on} onChange={(e) => setDue(e.target.value)} />
        <p className="muted">{`${t("invoices.subtotal")} ${formatMoney(subtotal, currency, i18n.language)}`}</p>
        <General messages={[...placed.general, ...(placed.fields.lines ? [placed.fields.lines] : []), ...(placed.fields.customer_id ? [placed.fields.customer_id] : [])]} />
        <div className="ui-dialog-actions">
          <Button onClick={onClose}>{t("common.cancel", { ns: "translation" })}</Button>
          <Button disabled={save.isPending} onClick={() => submit(true)}>{t("invoices.saveDraft")}</Button>
          <Button variant="primary" type="submit" disabled={save.isPending}>{t("invoices.issue")}</Button>
        </div>
      </form>
    </Dialog>
  );
}
