import { Button, Tabs } from "@storage-crm/ui";
import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router-dom";

import { broadcastFromList } from "../broadcasts/segment";
import { useWriteLock } from "../lib/useCanWrite";
import { ContactCards } from "./ContactCards";
import { ContactTable } from "./ContactTable";
import { FilterBar } from "./FilterBar";
import { useListFilters, type Tab, type View } from "./filters";
import { useCounts } from "./queries";

// The board (dnd-kit) and the form (react-hook-form, zod) load when first used: a lighter first route.
const ContactBoard = lazy(() => import("./ContactBoard").then((m) => ({ default: m.ContactBoard })));
export const ContactDialog = lazy(() => import("./ContactDialog").then((m) => ({ default: m.ContactDialog })));

/** The Contacts list: search as you type, tabs with counts, filters, and three views. */
export function ContactsPage() {
  const { t } = useTranslation();
  const [filters, update] = useListFilters();
  const [typed, setTyped] = useState(filters.q);
  const [creating, setCreating] = useState(false);
  const counts = useCounts(filters);
  const lock = useWriteLock();
  const navigate = useNavigate();
  const [params] = useSearchParams();

  // A short pause after the last keystroke, so a burst of fast typing sends one request; a stale request
  // still in flight is cancelled by TanStack Query (the signal in useCustomers).
  useEffect(() => {
    const timer = window.setTimeout(() => {
      // Navigations run in a transition: a click on a row may already be leaving this page.
      if (typed !== filters.q && window.location.pathname === "/contacts") update({ q: typed });
    }, 40);
    return () => window.clearTimeout(timer);
  }, [typed, filters.q, update]);

  const views: View[] = ["table", "cards", "board"];
  return (
    <section aria-labelledby="contacts-title">
      <div className="page-head">
        <h1 id="contacts-title">{t("contacts.title")}</h1>
        <div className="page-actions">
          <Button disabledReason={lock} onClick={() => navigate(broadcastFromList(params))}>
            {t("contacts.broadcast")}
          </Button>
          <Button variant="primary" disabledReason={lock} onClick={() => setCreating(true)}>
            {t("contacts.create")}
          </Button>
        </div>
      </div>
      <div className="toolbar">
        <input
          type="search"
          className="search"
          aria-label={t("contacts.search")}
          placeholder={t("contacts.search")}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <div className="view-switch" role="group" aria-label={t("contacts.views.label")}>
          {views.map((view) => (
            <Button
              key={view}
              variant={filters.view === view ? "primary" : "secondary"}
              aria-pressed={filters.view === view}
              onClick={() => update({ view })}
            >
              {t(`contacts.views.${view}`)}
            </Button>
          ))}
        </div>
      </div>
      <Tabs
        label={t("contacts.tabsLabel")}
        value={filters.tab}
        onValueChange={(tab) => update({ tab: tab as Tab })}
        items={[
          { value: "all", label: t("contacts.tabs.all"), count: counts.data?.all },
          { value: "leads", label: t("contacts.tabs.leads"), count: counts.data?.leads },
          { value: "customers", label: t("contacts.tabs.customers"), count: counts.data?.customers },
        ]}
      >
        <FilterBar filters={filters} update={update} />
        {filters.view === "table" ? <ContactTable filters={filters} update={update} /> : null}
        {filters.view === "cards" ? <ContactCards filters={filters} /> : null}
        {filters.view === "board" ? (
          <Suspense fallback={<p className="page-state">{t("app.loading")}</p>}>
            <ContactBoard filters={filters} />
          </Suspense>
        ) : null}
      </Tabs>
      {creating ? (
        <Suspense fallback={null}>
          <ContactDialog open onOpenChange={setCreating} />
        </Suspense>
      ) : null}
    </section>
  );
}
