import { translate, type Lang } from "./i18n";

/** One button to the other language, labelled in that language. */
export function LangSwitch({ lang, setLang }: { lang: Lang; setLang: (lang: Lang) => void }) {
  const other: Lang = lang === "fr" ? "en" : "fr";
  return (
    <button
      type="button"
      className="lang-switch"
      lang={other}
      aria-label={translate(lang, "switchLabel")}
      onClick={() => setLang(other)}
    >
      {translate(lang, "switchTo")}
    </button>
  );
}
