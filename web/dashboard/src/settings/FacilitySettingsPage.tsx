import type { contacts } from "@storage-crm/api";
import { Button, CheckboxField, Field } from "@storage-crm/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import { ApiError, api, unwrap } from "../lib/api";
import { placeErrors } from "../lib/errors";
import { useFacility } from "../lib/facility";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";

type Settings = contacts.components["schemas"]["FacilitySettings"];
type Form = Required<Omit<Settings, "name">> & { name: string };

const COUNTRIES = ["FR", "BE", "CH", "LU", "DE", "ES", "IT", "NL", "GB", "IE", "US", "CA"];
const ZONES = [
  "Europe/Paris", "Europe/Brussels", "Europe/Zurich", "Europe/Luxembourg", "Europe/Berlin", "Europe/Madrid",
  "Europe/Rome", "Europe/Amsterdam", "Europe/London", "Europe/Dublin", "America/New_York", "America/Toronto",
];
const FIELDS = ["name", "default_country", "language", "time_zone", "email_required"] as const;
const EMPTY: Form = { name: "", default_country: "FR", language: "fr", time_zone: "Europe/Paris", email_required: true };

/**
 * Settings → Facility: its name (shown top left and in emails), language, time zone, the country assumed for
 * phone numbers written without a country code, and whether a contact needs an email.
 *
 * The API replaces the settings as a whole (PUT), so the form always sends every field it loaded: saving the
 * country must not reset the name.
 */
export function FacilitySettingsPage() {
  const { t, i18n } = useTranslation();
  const lock = useWriteLock();
  const toast = useToast();
  const queries = useQueryClient();
  const facility = useFacility().active;
  const settings = useQuery({
    queryKey: ["facility-settings", facility?.id],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/settings/facility", { signal })),
  });
  const [form, setForm] = useState<Form>(EMPTY);
  useEffect(() => {
    const d = settings.data;
    if (d) {
      setForm({
        name: d.name ?? "",
        default_country: d.default_country.toUpperCase(),
        language: d.language ?? EMPTY.language,
        time_zone: d.time_zone ?? EMPTY.time_zone,
        email_required: d.email_required ?? EMPTY.email_required,
      });
    }
  }, [settings.data]);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const save = useMutation({
    mutationFn: async () =>
      unwrap(await api.contacts.PUT("/settings/facility", { body: { ...form, name: form.name.trim() || null } })),
    onSuccess: (saved) => {
      queries.setQueryData(["facility-settings", facility?.id], saved);
      // The name top left and in the facility picker.
      void queries.invalidateQueries({ queryKey: ["facilities"] });
      toast(t("facilitySettings.saved"));
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) toast(error.message, "error");
    },
  });
  const placed = placeErrors(save.error instanceof ApiError ? save.error.body : null, FIELDS);
  const regions = new Intl.DisplayNames([i18n.language], { type: "region" });
  const zones = ZONES.includes(form.time_zone) ? ZONES : [form.time_zone, ...ZONES];
  const readOnly = lock !== undefined;
  return (
    <section aria-labelledby="facility-title">
      <h1 id="facility-title">{t("facilitySettings.title")}</h1>
      {settings.isError ? <p className="banner banner-error" role="alert">{settings.error.message}</p> : null}
      {placed.general.length ? <p className="banner banner-error" role="alert">{placed.general.join(" ")}</p> : null}
      <form className="panel form narrow" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
        <Field
          label={t("facilitySettings.name")}
          value={form.name}
          maxLength={200}
          readOnly={readOnly}
          error={placed.fields.name}
          onChange={(e) => set("name", e.target.value)}
          hint={<span className="muted">{t("facilitySettings.nameHint")}</span>}
        />
        <div className="ui-field">
          <label htmlFor="facility-language">{t("facilitySettings.language")}</label>
          <select id="facility-language" value={form.language} disabled={readOnly} onChange={(e) => set("language", e.target.value as Form["language"])}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
          <span className="muted">{t("facilitySettings.languageHint")}</span>
        </div>
        <div className="ui-field">
          <label htmlFor="facility-zone">{t("facilitySettings.timeZone")}</label>
          <select id="facility-zone" value={form.time_zone} disabled={readOnly} onChange={(e) => set("time_zone", e.target.value)}>
            {zones.map((z) => (
              <option key={z} value={z}>{z.replace("_", " ")}</option>
            ))}
          </select>
          {placed.fields.time_zone ? <span className="ui-field-error" role="alert">{placed.fields.time_zone}</span> : null}
        </div>
        <div className="ui-field">
          <label htmlFor="default-country">{t("facilitySettings.country")}</label>
          <select id="default-country" value={form.default_country} disabled={readOnly} onChange={(e) => set("default_country", e.target.value)}>
            {COUNTRIES.map((c) => (
              <option key={c} value={c}>{regions.of(c) ?? c}</option>
            ))}
          </select>
          <span className="muted">{t("facilitySettings.countryHint")}</span>
        </div>
        <CheckboxField
          label={t("facilitySettings.emailRequired")}
          checked={form.email_required}
          disabled={readOnly}
          onChange={(e) => set("email_required", e.target.checked)}
        />
        <div className="ui-dialog-actions">
          <Button variant="primary" type="submit" disabledReason={lock} disabled={save.isPending || !settings.data}>{t("common.save")}</Button>
        </div>
      </form>
      <SenderPanel />
    </section>
  );
}

/** How emails to customers are signed and where replies go (notifications' facility profile). */
function SenderPanel() {
  const { t } = useTranslation();
  const lock = useWriteLock();
  const toast = useToast();
  const queries = useQueryClient();
  const facility = useFacility().active;
  const profile = useQuery({
    queryKey: ["sender-profile", facility?.id],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.notifications.GET("/settings/facility", { signal })),
  });
  const [name, setName] = useState("");
  const [replyTo, setReplyTo] = useState("");
  useEffect(() => {
    if (profile.data) {
      setName(profile.data.name);
      setReplyTo(profile.data.reply_to ?? "");
    }
  }, [profile.data]);
  const save = useMutation({
    mutationFn: async () =>
      unwrap(await api.notifications.PUT("/settings/facility", { body: { name: name.trim(), reply_to: replyTo.trim() || null } })),
    onSuccess: (saved) => {
      queries.setQueryData(["sender-profile", facility?.id], saved);
      toast(t("facilitySettings.senderSaved"));
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) toast(error.message, "error");
    },
  });
  const placed = placeErrors(save.error instanceof ApiError ? save.error.body : null, ["name", "reply_to"]);
  const readOnly = lock !== undefined;
  return (
    <form className="panel form narrow" aria-labelledby="sender-title" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
      <h2 id="sender-title">{t("facilitySettings.senderTitle")}</h2>
      {profile.isError ? <p className="banner banner-error" role="alert">{profile.error.message}</p> : null}
      {placed.general.length ? <p className="banner banner-error" role="alert">{placed.general.join(" ")}</p> : null}
      <Field label={t("facilitySettings.senderName")} value={name} maxLength={200} required readOnly={readOnly} error={placed.fields.name} onChange={(e) => setName(e.target.value)} />
      <Field label={t("facilitySettings.replyTo")} inputMode="email" autoComplete="email" value={replyTo} readOnly={readOnly} error={placed.fields.reply_to} onChange={(e) => setReplyTo(e.target.value)} hint={<span className="muted">{t("facilitySettings.replyToHint")}</span>} />
      <div className="ui-dialog-actions">
        <Button variant="primary" type="submit" disabledReason={lock} disabled={save.isPending || !profile.data}>{t("common.save")}</Button>
      </div>
    </form>
  );
}
