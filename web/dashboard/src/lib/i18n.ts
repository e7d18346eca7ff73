// French by default, English on request; the choice is remembered in this browser.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";

import { en } from "./locales/en";
import { fr } from "./locales/fr";

export const LANGUAGE_KEY = "crm.language";
export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const saved = window.localStorage.getItem(LANGUAGE_KEY);
const initial: Language = saved === "en" ? "en" : "fr";

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
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
