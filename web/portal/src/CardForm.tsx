// The Field alone, not the kit's index: its Radix components would ship with the portal for nothing.
import { Field } from "@storage-crm/ui/src/Field";
import { useState, type ChangeEvent, type FormEvent } from "react";

import { api } from "./api";
import { usePortal, useT } from "./context";
import type { Key } from "./i18n";
import { tokenize, type CardField } from "./testTokenizer";

const WAIT_MS = 30_000;
// Where the API names a field of the token request, the form field it came from.
const FIELD_OF: Record<string, CardField> = { token: "number", last4: "number", brand: "number", exp_month: "expiry", exp_year: "expiry" };

type Outcome = { kind: "saved" | "declined" | "pending" | "error"; text: string } | null;

/** Add a card: tokenized in the browser (local test tokenizer); only the token goes to the API, then billing answers. */
export function CardForm({ onSaved, embedded = false }: { onSaved?: () => void; embedded?: boolean }) {
  const { lang, view, reload } = usePortal();
  const t = useT(lang);
  const [input, setInput] = useState({ number: "", expiry: "", cvc: "", name: "" });
  const [errors, setErrors] = useState<Partial<Record<CardField, Key>>>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const id = "add-card";
  const frame = `card stack card-form${embedded ? " embedded" : ""}`;
  // Inside the onboarding step the form is a part of the step, under the step's own heading.
  const Title = embedded ? "h3" : "h2";

  if (view.billing?.card_entry === "stripe") {
    // Stripe Elements would mount here; js.stripe.com cannot be loaded in this build (ADR 0012).
    return (
      <section className={frame} aria-labelledby={id}>
        <Title id={id}>{t("addCard")}</Title>
        <p role="status">{t("cardStripeUnavailable")}</p>
      </section>
    );
  }

  const change = (field: CardField) => (e: ChangeEvent<HTMLInputElement>) => setInput({ ...input, [field]: e.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const result = tokenize(input);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    setOutcome({ kind: "pending", text: t("cardSaving") });
    const { card } = result;
    const { data, error, response } = await api.POST("/me/payment-methods", { body: card });
    if (!data) {
      const loc = (error as { detail?: { loc?: (string | number)[] }[] } | undefined)?.detail?.[0]?.loc ?? [];
      const field = FIELD_OF[String(loc[1] ?? "")];
      if (response.status === 422 && field) setErrors({ [field]: field === "expiry" ? "cardExpired" : "cardUseTest" });
      else setOutcome({ kind: "error", text: t("error") });
      setBusy(false);
      return;
    }
    const deadline = Date.now() + WAIT_MS;
    let status = "pending";
    while (status === "pending" && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      const polled = await api.GET("/me/payment-methods/requests/{request_id}", {
        params: { path: { request_id: data.request_id } },
      });
      status = polled.data?.status ?? "pending";
    }
    const brand = card.brand.charAt(0).toUpperCase() + card.brand.slice(1);
    if (status === "saved") {
      setInput({ number: "", expiry: "", cvc: "", name: "" });
      setOutcome({ kind: "saved", text: t("cardSaved", { brand, last4: card.last4 }) });
      await reload();
      onSaved?.();
    } else if (status === "declined") setOutcome({ kind: "declined", text: t("cardDeclined") });
    else setOutcome({ kind: "pending", text: t("cardStillPending") });
    setBusy(false);
  };

  const error = (field: CardField) => (errors[field] ? t(errors[field]) : undefined);
  return (
    <form className={frame} onSubmit={(e) => void submit(e)} aria-labelledby={id} noValidate>
      <Title id={id}>{t("addCard")}</Title>
      <p className="muted">{t("cardTestHint")}</p>
      <Field
        label={t("cardNumber")}
        inputMode="numeric"
        autoComplete="cc-number"
        value={input.number}
        onChange={change("number")}
        error={error("number")}
      />
      <div className="pair">
        <Field
          label={t("cardExpiry")}
          inputMode="numeric"
          autoComplete="cc-exp"
          placeholder={t("cardExpiryPlaceholder")}
          value={input.expiry}
          onChange={change("expiry")}
          error={error("expiry")}
        />
        <Field
          label={t("cardCvc")}
          inputMode="numeric"
          autoComplete="cc-csc"
          value={input.cvc}
          onChange={change("cvc")}
          error={error("cvc")}
        />
      </div>
      <Field label={t("cardName")} autoComplete="cc-name" value={input.name} onChange={change("name")} error={error("name")} />
      <p className="muted">{t("cardPrivacy")}</p>
      <button type="submit" className="button primary" disabled={busy}>
        {t("saveCard")}
      </button>
      {outcome?.kind === "declined" || outcome?.kind === "error" ? (
        <p role="alert" className="ui-field-error">
          {outcome.text}
        </p>
      ) : (
        <p role="status" className="status">
          {outcome?.text}
        </p>
      )}
    </form>
  );
}
