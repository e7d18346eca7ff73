import { Button } from "@storage-crm/ui";
import { useTranslation } from "react-i18next";
import { Navigate, Route, Routes } from "react-router-dom";

import { lazy, Suspense } from "react";

import { ContactsPage } from "./contacts/ContactsPage";
import { Shell } from "./Shell";
import { useAuth } from "./lib/auth";
import { FacilityProvider } from "./lib/facility";

// Pages other than the first route load on demand, so the Contacts list ships less JavaScript.
const CustomerPage = lazy(() => import("./customer/CustomerPage").then((m) => ({ default: m.CustomerPage })));
const FacilitySettingsPage = lazy(() => import("./settings/FacilitySettingsPage").then((m) => ({ default: m.FacilitySettingsPage })));
const CrmSettingsPage = lazy(() => import("./settings/CrmSettingsPage").then((m) => ({ default: m.CrmSettingsPage })));

export function App() {
  const { session, loading, signIn } = useAuth();
  const { t } = useTranslation();
  if (loading) return <p className="page-state">{t("app.loading")}</p>;
  if (!session) {
    return (
      <main className="signin">
        <h1>{t("app.name")}</h1>
        <h2>{t("app.signInTitle")}</h2>
        <p>{t("app.signInIntro")}</p>
        <Button variant="primary" onClick={() => void signIn()}>
          {t("app.signIn")}
        </Button>
      </main>
    );
  }
  return (
    <FacilityProvider>
      <Shell>
        <Suspense fallback={<p className="page-state">{t("app.loading")}</p>}>
        <Routes>
          <Route path="/" element={<Navigate to="/contacts" replace />} />
          <Route path="/signin-callback" element={<Navigate to="/contacts" replace />} />
          <Route path="/contacts" element={<ContactsPage />} />
          <Route path="/contacts/:id" element={<CustomerPage />} />
          <Route path="/settings/crm" element={<CrmSettingsPage />} />
          <Route path="/settings/facility" element={<FacilitySettingsPage />} />
          <Route path="*" element={<p className="page-state">{t("app.notFound")}</p>} />
        </Routes>
        </Suspense>
      </Shell>
    </FacilityProvider>
  );
}
