// The Field alone, not the kit's index: its Radix components would ship with the portal for nothing.
import { Field } from "@storage-crm/ui/src/Field";
import { useEffect, useState, type FormEvent } from "react";

import { api } from "../api";
import { Heading } from "../Heading";
import { translate, type Key, type Lang } from "../i18n";
import { LangSwitch } from "../LangSwitch";

const COOLDOWN_S = 60;
const PLAUSIBLE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Ask for a sign-in link; then "check your email" with the address and a resend after a visible cooldown. */
export function SignIn({ lang, setLang }: { lang: Lang; setLang: (lang: Lang) => void }) {
  const t = (key: Key, values?: Record<string, string | number>) => translate(lang, key, values);
  // The used/expired page sends people here with the address after '#', which never reaches a server.
  const [email, setEmail] = useState(() => decodeURIComponent(window.location.hash.slice(1)));
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [wait, setWait] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    if (wait <= 0) return;
    const timer = window.setTimeout(() => setWait((s) => s - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [wait]);

  const send = async (address: string, again: boolean) => {
    const { response } = await api.POST("/signin/request-link", { body: { email: address } });
    if (response.status === 429) {
      const retry = Number(response.headers.get("retry-after") ?? COOLDOWN_S);
      setWait(retry);
      setMessage(t("tooMany", { s: retry }));
    } else if (response.status === 422) {
      setInvalid(true);
      setSentTo(null);
      return;
    } else {
      setWait(COOLDOWN_S);
      setMessage(again ? t("resent") : null);
    }
    setSentTo(address);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    setInvalid(!PLAUSIBLE.test(address));
    if (PLAUSIBLE.test(address)) void send(address, false);
  };

  return (
    <>
      <header className="top">
        <span className="brand">{t("portal")}</span>
        <LangSwitch lang={lang} setLang={setLang} />
      </header>
      <main id="main" className="narrow">
        {sentTo === null ? (
          <>
            <Heading>{t("signInTitle")}</Heading>
            <p>{t("signInIntro")}</p>
            <form onSubmit={submit} noValidate className="stack">
              <Field
                label={t("email")}
                type="email"
                autoComplete="email"
                maxLength={254}
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                error={invalid ? t("emailInvalid") : undefined}
              />
              <button type="submit" className="button primary">
                {t("sendLink")}
              </button>
            </form>
          </>
        ) : (
          <>
            <Heading>{t("checkTitle")}</Heading>
            <p>{t("checkSent", { email: sentTo })}</p>
            <p role="status">{message}</p>
            <p aria-live="polite">{wait > 0 ? t("resendIn", { s: wait }) : null}</p>
            <div className="stack">
              <button
                type="button"
                className="button primary"
                disabled={wait > 0}
                onClick={() => void send(sentTo, true)}
              >
                {t("resend")}
              </button>
              <button type="button" className="button" onClick={() => setSentTo(null)}>
                {t("otherAddress")}
              </button>
            </div>
          </>
        )}
      </main>
    </>
  );
}
