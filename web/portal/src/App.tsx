import { useCallback, useEffect, useState } from "react";

import { api, type View } from "./api";
import { Portal } from "./context";
import { translate, type Lang } from "./i18n";
import { Onboarding } from "./pages/Onboarding";
import { SignIn } from "./pages/SignIn";
import { Shell } from "./Shell";

const STORED = "portal.lang";

function storedLang(): Lang | null {
  const value = window.localStorage.getItem(STORED);
  return value === "fr" || value === "en" ? value : null;
}

type State = { kind: "loading" } | { kind: "signed-out" } | { kind: "failed" } | { kind: "in"; view: View };

/** Signed out: the link request; signed in: onboarding until done, then the sections. */
export function App() {
  const [state, setState] = useState<State>({ kind: "loading" });
  const [chosen, setChosen] = useState<Lang | null>(storedLang);

  const reload = useCallback(async () => {
    try {
      const { data, response } = await api.GET("/me");
      if (response.status === 401) setState({ kind: "signed-out" });
      else if (data) setState({ kind: "in", view: data });
      else setState({ kind: "failed" });
    } catch {
      setState({ kind: "failed" });
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  const account = state.kind === "in" ? (state.view.settings?.language ?? state.view.profile?.language) : null;
  // French unless the customer chose English (here or in their account).
  const lang: Lang = chosen ?? (account === "en" ? "en" : "fr");
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, "portal");
  }, [lang]);
  const setLang = (next: Lang) => {
    window.localStorage.setItem(STORED, next);
    setChosen(next);
  };

  if (state.kind === "loading") return <p className="page-state">{translate(lang, "loading")}</p>;
  if (state.kind === "failed")
    return (
      <main className="narrow">
        <p role="alert">{translate(lang, "error")}</p>
        <button type="button" className="button" onClick={() => void reload()}>
          {translate(lang, "retry")}
        </button>
      </main>
    );
  if (state.kind === "signed-out") return <SignIn lang={lang} setLang={setLang} />;
  const context = { lang, setLang, view: state.view, reload };
  return (
    <Portal.Provider value={context}>
      {state.view.onboarding.next_step ? <Onboarding /> : <Shell />}
    </Portal.Provider>
  );
}
