// French by default, English on request; the choice is remembered in this browser.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";

import { billingEn } from "./locales/billing.en";
import { billingFr } from "./locales/billing.fr";
import { en } from "./locales/en";
import { fr } from "./locales/fr";
import { opsEn } from "./locales/ops.en";
import { opsFr } from "./locales/ops.fr";
import { schedEn } from "./locales/sched.en";
import { schedFr } from "./locales/sched.fr";

export const LANGUAGE_KEY = "crm.language";
export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const saved = window.localStorage.getItem(LANGUAGE_KEY);
const initial: Language = saved === "en" ? "en" : "fr";

void i18n.use(initReactI18next).init({
  // "ops": the operations screens' own namespace (imports, broadcasts, emails, billing); the rest falls back.
  // "billing": the billing screens' namespace; "sched": scheduling (appointments and facility events).
  resources: {
    fr: { translation: fr, ops: opsFr, billing: billingFr, sched: schedFr },
    en: { translation: en, ops: opsEn, billing: billingEn, sched: schedEn },
  },
  fallbackNS: "translation",
  lng: initial,
  fallbackLng: "fr",
  interpolation: { escapeValue: false },
});
document.documentElement.lang = initial;

export function setLanguage(language: Language): void {
  window.localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export default i18n;
