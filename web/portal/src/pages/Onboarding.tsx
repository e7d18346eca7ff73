import { useState } from "react";

import { api } from "../api";
import { CardForm } from "../CardForm";
import { usePortal, useT } from "../context";
import { Heading } from "../Heading";
import type { Key } from "../i18n";
import { LangSwitch } from "../LangSwitch";

const TEXT: Record<string, Key> = {
  sign_contract: "contractText",
  accept_policies: "policiesText",
  add_payment_method: "paymentText",
};
const ACTION: Record<string, Key> = {
  confirm_profile: "confirmProfile",
  sign_contract: "signContract",
  accept_policies: "acceptPolicies",
};

/** The facility's steps in order; each done step is kept by the server, then the main area opens. */
export function Onboarding() {
  const { lang, setLang, view, reload } = usePortal();
  const t = useT(lang);
  const [busy, setBusy] = useState(false);
  const steps = view.onboarding.steps;
  const next = view.onboarding.next_step ?? "";
  const index = steps.findIndex((s) => s.step === next);
  const p = view.profile ?? {};
  const complete = async () => {
    setBusy(true);
    if (next in ACTION) await api.POST("/me/onboarding/{step}", { params: { path: { step: next } } });
    await reload();
    setBusy(false);
  };
  return (
    <>
      <header className="top">
        <span className="brand">{t("portal")}</span>
        <LangSwitch lang={lang} setLang={setLang} />
      </header>
      <main id="main" className="narrow" key={next}>
        <Heading>{t("onboardingTitle")}</Heading>
        <p>{t("onboardingIntro")}</p>
        <ol className="steps">
          {steps.map((s) => (
            <li key={s.step} aria-current={s.step === next ? "step" : undefined} className={s.done ? "done" : ""}>
              {t(`step_${s.step}` as Key)}
              {s.done ? <span className="badge">{t("done")}</span> : null}
            </li>
          ))}
        </ol>
        <section className="card stack" aria-labelledby="step">
          <p className="muted">{t("stepOf", { n: index + 1, total: steps.length })}</p>
          <h2 id="step">{t(`step_${next}` as Key)}</h2>
          {next === "confirm_profile" ? (
            <dl className="facts">
              {[p.first_name, p.last_name].some(Boolean) ? (
                <div>
                  <dt>{t("fullName")}</dt>
                  <dd>{[p.first_name, p.last_name].filter(Boolean).join(" ")}</dd>
                </div>
              ) : null}
              {p.email ? (
                <div>
                  <dt>{t("email")}</dt>
                  <dd>{p.email}</dd>
                </div>
              ) : null}
              {p.phone ? (
                <div>
                  <dt>{t("phone")}</dt>
                  <dd>{p.phone}</dd>
                </div>
              ) : null}
            </dl>
          ) : (
            <p>{t(TEXT[next] ?? "continue")}</p>
          )}
          {next === "add_payment_method" ? (
            view.sections.includes("billing") ? <CardForm embedded /> : <p>{t("cardNoAccess")}</p>
          ) : null}
          <button type="button" className="button primary" disabled={busy} onClick={() => void complete()}>
            {next in ACTION ? t(ACTION[next] as Key) : t("checkAgain")}
          </button>
        </section>
      </main>
    </>
  );
}
