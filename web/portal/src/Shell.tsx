import { SECTIONS, type Section } from "./api";
import { usePortal, useT } from "./context";
import { LangSwitch } from "./LangSwitch";
import { Link } from "./Link";
import { Billing } from "./pages/Billing";
import { CarPage, Cars } from "./pages/Cars";
import { Documents } from "./pages/Documents";
import { Events } from "./pages/Events";
import { Settings } from "./pages/Settings";
import { Shop } from "./pages/Shop";
import { usePath } from "./router";

const PAGES: Record<Section, () => React.JSX.Element> = {
  events: Events,
  cars: Cars,
  shop: Shop,
  billing: Billing,
  documents: Documents,
  settings: Settings,
};

/** The header, the sections the account may see, and the page of the current path. */
export function Shell() {
  const { lang, setLang, view } = usePortal();
  const t = useT(lang);
  const path = usePath();
  const shown = SECTIONS.filter((s) => view.sections.includes(s));
  const first = path.split("/")[1] || shown[0] || "settings";
  const current = (shown.includes(first as Section) ? first : shown[0]) as Section | undefined;
  const carId = current === "cars" ? path.split("/")[2] : undefined;
  const Page = current ? PAGES[current] : null;
  return (
    <>
      <a className="skip" href="#main">
        {t("skip")}
      </a>
      <header className="top">
        <span className="brand">{t("portal")}</span>
        <LangSwitch lang={lang} setLang={setLang} />
      </header>
      <nav className="sections" aria-label={t("nav")}>
        <ul>
          {shown.map((s) => (
            <li key={s}>
              <Link to={s === shown[0] ? "/" : `/${s}`} aria-current={s === current ? "page" : undefined}>
                {t(s)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="page" key={path}>
        {carId ? <CarPage carId={carId} /> : Page ? <Page /> : null}
      </main>
    </>
  );
}
