// The Field alone, not the kit's index: its Radix components would ship with the portal for nothing.
import { Field } from "@storage-crm/ui/src/Field";
import { useState, type FormEvent } from "react";

import { api } from "../api";
import { usePortal, useT } from "../context";
import { Heading } from "../Heading";
import type { Lang } from "../i18n";

/** Profile edit, sign-in email change, language, offers and news, sign out. */
export function Settings() {
  const { lang, setLang, view } = usePortal();
  const t = useT(lang);
  const p = view.profile ?? {};
  const [first, setFirst] = useState(p.first_name ?? "");
  const [last, setLast] = useState(p.last_name ?? "");
  const [phone, setPhone] = useState(p.phone ?? "");
  const [newEmail, setNewEmail] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const [emailError, setEmailError] = useState<string | undefined>();
  // The account holder's choice (an additional contact's messages follow what staff keep for them).
  const holder = typeof p.marketing_opt_out === "boolean";
  const [offers, setOffers] = useState(p.marketing_opt_out === false);

  const saveProfile = async (event: FormEvent) => {
    event.preventDefault();
    const body: { first_name?: string; last_name?: string; phone?: string } = {};
    if (first.trim() && first.trim() !== p.first_name) body.first_name = first.trim();
    if (last.trim() && last.trim() !== p.last_name) body.last_name = last.trim();
    if (phone.trim() && phone.trim() !== p.phone) body.phone = phone.trim();
    if (Object.keys(body).length === 0) return;
    const { response } = await api.PATCH("/me/profile", { body });
    setStatus(response.ok ? t("saved") : t("error"));
  };
  const changeEmail = async (event: FormEvent) => {
    event.preventDefault();
    const { response } = await api.POST("/me/email", { body: { email: newEmail.trim() } });
    setEmailError(response.ok ? undefined : t("emailInvalid"));
    if (response.ok) setStatus(t("emailSent"));
  };
  const chooseLanguage = async (next: Lang) => {
    setLang(next);
    await api.PATCH("/me/profile", { body: { language: next } });
  };
  const chooseOffers = async (wanted: boolean) => {
    setOffers(wanted);
    const { response } = await api.PATCH("/me/profile", { body: { marketing_opt_out: !wanted } });
    if (!response.ok) setOffers(!wanted);
    setStatus(response.ok ? t("saved") : t("error"));
  };
  const signOut = async () => {
    await api.POST("/signout");
    window.location.assign("/portal/");
  };

  return (
    <>
      <Heading>{t("settings")}</Heading>
      <p role="status" className="status">
        {status}
      </p>
      <form className="card stack" onSubmit={saveProfile} aria-labelledby="profile">
        <h2 id="profile">{t("profile")}</h2>
        <Field label={t("firstName")} autoComplete="given-name" value={first} onChange={(e) => setFirst(e.target.value)} />
        <Field label={t("lastName")} autoComplete="family-name" value={last} onChange={(e) => setLast(e.target.value)} />
        <Field label={t("phone")} type="tel" autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
        <button type="submit" className="button primary">
          {t("save")}
        </button>
      </form>
      <form className="card stack" onSubmit={changeEmail} aria-labelledby="signin-email">
        <h2 id="signin-email">{t("signInEmail")}</h2>
        <p className="muted">{view.settings?.email}</p>
        <Field
          label={t("newEmail")}
          type="email"
          autoComplete="email"
          required
          value={newEmail}
          onChange={(e) => setNewEmail(e.target.value)}
          error={emailError}
        />
        <button type="submit" className="button">
          {t("changeEmail")}
        </button>
      </form>
      <fieldset className="card stack">
        <legend>{t("language")}</legend>
        {(["fr", "en"] as const).map((l) => (
          <label key={l} className="choice" lang={l}>
            <input type="radio" name="language" checked={lang === l} onChange={() => void chooseLanguage(l)} />
            {l === "fr" ? t("french") : t("english")}
          </label>
        ))}
      </fieldset>
      {holder ? (
        <fieldset className="card stack">
          <legend>{t("offers")}</legend>
          <label className="choice">
            <input type="checkbox" checked={offers} onChange={(e) => void chooseOffers(e.target.checked)} />
            {t("offersChoice")}
          </label>
          <p className="muted">{t("offersHint")}</p>
        </fieldset>
      ) : null}
      <button type="button" className="button danger" onClick={() => void signOut()}>
        {t("signOut")}
      </button>
    </>
  );
}
