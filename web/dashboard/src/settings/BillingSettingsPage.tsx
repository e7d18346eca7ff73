import { Button, Field } from "@storage-crm/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import { useBillingSettings, useFacilityId, useProvider } from "../billing/queries";
import { parseRate } from "../billing/money";
import { ApiError, api, unwrap } from "../lib/api";
import { placeErrors } from "../lib/errors";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";

const CURRENCIES = ["EUR", "GBP", "CHF", "USD", "CAD"];
const ZONES = ["Europe/Paris", "Europe/Brussels", "Europe/Zurich", "Europe/Luxembourg", "Europe/London", "Europe/Dublin", "Europe/Berlin", "Europe/Madrid", "Europe/Rome", "America/Montreal", "America/New_York"];

/** Settings → Billing: currency, tax rate, payment terms, time zone; the payment provider and its state. */
export function BillingSettingsPage() {
  const { t, i18n } = useTranslation("billing");
  const lock = useWriteLock();
  const toast = useToast();
  const queries = useQueryClient();
  const facility = useFacilityId();
  const settings = useBillingSettings();
  const provider = useProvider();
  const [form, setForm] = useState({ currency: "EUR", tax: "0", terms: "14", time_zone: "Europe/Paris" });
  const [taxError, setTaxError] = useState<string>();
  useEffect(() => {
    const s = settings.data;
    if (s) setForm({ currency: s.currency, tax: String(s.tax_rate_bp / 100).replace(".", i18n.language.startsWith("fr") ? "," : "."), terms: String(s.payment_terms_days), time_zone: s.time_zone });
  }, [settings.data, i18n.language]);
  const save = useMutation({
    mutationFn: async (tax_rate_bp: number) =>
      unwrap(await api.billing.PUT("/settings", { body: { currency: form.currency, tax_rate_bp, payment_terms_days: Number(form.terms), time_zone: form.time_zone } })),
    onSuccess: (saved) => {
      queries.setQueryData(["billing", facility, "settings"], saved);
      toast(t("settings.saved"));
    },
  });
  const placed = placeErrors(save.error instanceof ApiError ? save.error.body : null, ["currency", "tax_rate_bp", "payment_terms_days", "time_zone"]);
  if (save.error && !(save.error instanceof ApiError && save.error.body)) placed.general.push(save.error.message);
  const submit = () => {
    const bp = parseRate(form.tax);
    if (bp === null) return setTaxError(t("settings.taxInvalid"));
    setTaxError(undefined);
    save.mutate(bp);
  };
  const p = provider.data;
  const zones = ZONES.includes(form.time_zone) ? ZONES : [form.time_zone, ...ZONES];
  return (
    <section aria-labelledby="billing-settings-title">
      <h1 id="billing-settings-title">{t("settings.title")}</h1>
      {settings.isError ? <p className="banner banner-error" role="alert">{settings.error.message}</p> : null}
      {lock ? <p className="banner banner-info">{lock}</p> : null}
      <form className="panel form narrow" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <div className={`ui-field${placed.fields.currency ? " ui-field-invalid" : ""}`}>
          <label htmlFor="billing-currency">{t("settings.currency")}</label>
          <select id="billing-currency" value={form.currency} onChange={(e) => setForm({ ...form, currency: e.target.value })}>
            {(CURRENCIES.includes(form.currency) ? CURRENCIES : [form.currency, ...CURRENCIES]).map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
          {placed.fields.currency ? <span className="ui-field-error" role="alert">{placed.fields.currency}</span> : null}
          <span className="muted">{t("settings.currencyHint")}</span>
        </div>
        <Field label={t("settings.taxRate")} inputMode="decimal" value={form.tax} error={taxError ?? placed.fields.tax_rate_bp} hint={<span className="muted">{t("settings.taxRateHint")}</span>} onChange={(e) => setForm({ ...form, tax: e.target.value })} />
        <Field label={t("settings.terms")} type="number" min={0} max={365} value={form.terms} error={placed.fields.payment_terms_days} onChange={(e) => setForm({ ...form, terms: e.target.value })} />
        <div className="ui-field">
          <label htmlFor="billing-zone">{t("settings.timeZone")}</label>
          <select id="billing-zone" value={form.time_zone} onChange={(e) => setForm({ ...form, time_zone: e.target.value })}>
            {zones.map((z) => <option key={z} value={z}>{z}</option>)}
          </select>
          {placed.fields.time_zone ? <span className="ui-field-error" role="alert">{placed.fields.time_zone}</span> : null}
          <span className="muted">{t("settings.timeZoneHint")}</span>
        </div>
        {placed.general.length ? <div className="banner banner-error" role="alert">{placed.general.map((m) => <p key={m}>{m}</p>)}</div> : null}
        <div className="ui-dialog-actions">
          <Button variant="primary" type="submit" disabledReason={lock} disabled={save.isPending || !settings.data}>{t("common.save", { ns: "translation" })}</Button>
        </div>
      </form>
      <section className="panel narrow provider" aria-labelledby="provider-title" data-testid="provider-state">
        <h2 id="provider-title">{t("settings.provider")}</h2>
        {provider.isError ? <p className="banner banner-error" role="alert">{provider.error.message}</p> : null}
        {p ? (
          <dl className="figures">
            <dt>{t("settings.provider")}</dt><dd>{t(`settings.providers.${p.provider}`, { defaultValue: p.provider })}</dd>
            <dt>{t("settings.state")}</dt>
            <dd><span className={`status-pill ${p.connected ? "status-sent" : "status-failed"}`}>{p.connected ? t("settings.connected") : t("settings.notConnected")}</span> {t(`settings.mode.${p.mode}`, { defaultValue: p.mode })}</dd>
            {p.provider === "stripe" ? (<><dt>{t("settings.webhooks")}</dt><dd>{p.webhooks ? t("settings.webhooksOn") : t("settings.webhooksOff")}</dd></>) : null}
          </dl>
        ) : null}
        <p className="muted">{t("settings.providerHint")}</p>
      </section>
    </section>
  );
}
