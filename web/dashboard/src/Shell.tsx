import { Button, Menu, MenuItem } from "@storage-crm/ui";
import { useIsFetching, useIsMutating } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";

import { useAuth, useSession } from "./lib/auth";
import { useFacility } from "./lib/facility";
import { unnamedFacility } from "./lib/format";
import { LANGUAGES, setLanguage, type Language } from "./lib/i18n";

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener("online", on);
    window.addEventListener("offline", off);
    return () => {
      window.removeEventListener("online", on);
      window.removeEventListener("offline", off);
    };
  }, []);
  return online;
}

/** True while some request has been waiting longer than `after` ms: a slow network gets a visible state. */
function useSlow(after = 2500): boolean {
  const busy = useIsFetching() + useIsMutating() > 0;
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!busy) {
      setSlow(false);
      return;
    }
    const timer = window.setTimeout(() => setSlow(true), after);
    return () => window.clearTimeout(timer);
  }, [busy, after]);
  return slow;
}

/** Left menu, the active facility top left, the user's menu top right. */
export function Shell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { signOut } = useAuth();
  const { facilities, active, choose } = useFacility();
  const online = useOnline();
  const slow = useSlow();
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t("app.skip")}
      </a>
      <header className="topbar">
        <div className="facility">
          <label htmlFor="facility-select">{t("app.facility")}</label>
          <select id="facility-select" value={active?.id ?? ""} onChange={(e) => choose(e.target.value)}>
            {facilities.map((f, i) => (
              <option key={f.id} value={f.id}>
                {f.name ?? unnamedFacility(t("facilitySettings.unnamed"), facilities, i)}
              </option>
            ))}
          </select>
        </div>
        <span className="brand">{t("app.name")}</span>
        <Menu
          label={t("app.menu")}
          trigger={
            <Button variant="ghost" className="user-button">
              <span className="user-name">{session.name}</span>
              <span className="role-badge">{t(`roles.${session.role}`)}</span>
            </Button>
          }
        >
          {LANGUAGES.map((language: Language) => (
            <MenuItem key={language} onSelect={() => setLanguage(language)}>
              {i18n.language === language ? "✓ " : ""}
              {language === "fr" ? "Français" : "English"}
            </MenuItem>
          ))}
          <MenuItem onSelect={() => void signOut()}>{t("app.signOut")}</MenuItem>
        </Menu>
      </header>
      <nav className="sidebar" aria-label={t("app.operations")}>
        <p className="nav-heading">{t("app.operations")}</p>
        <NavLink to="/contacts">{t("app.contacts")}</NavLink>
        <NavLink to="/appointments">{t("sched:nav")}</NavLink>
        <NavLink to="/duplicates">{t("app.duplicates")}</NavLink>
        <NavLink to="/imports">{t("ops:nav.imports")}</NavLink>
        <NavLink to="/broadcasts/new">{t("ops:nav.broadcasts")}</NavLink>
        <NavLink to="/emails">{t("ops:nav.emails")}</NavLink>
        <NavLink to="/billing" end>{t("billing:nav.billing")}</NavLink>
        <NavLink to="/shop">{t("billing:shop.nav")}</NavLink>
        <p className="nav-heading">{t("app.settings")}</p>
        <NavLink to="/settings/crm">{t("app.settingsCrm")}</NavLink>
        <NavLink to="/settings/portal">{t("app.settingsPortal")}</NavLink>
        <NavLink to="/settings/facility">{t("app.settingsFacility")}</NavLink>
        <NavLink to="/settings/billing">{t("billing:nav.settings")}</NavLink>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {!online ? (
          <p className="banner banner-error" role="alert">
            {t("app.offline")}
          </p>
        ) : slow ? (
          <p className="banner banner-warn" role="status" data-testid="slow-network">
            {t("app.slow")}
          </p>
        ) : null}
        {children}
      </main>
    </div>
  );
}
