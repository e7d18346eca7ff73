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
const PortalSettingsPage = lazy(() => import("./settings/PortalSettingsPage").then((m) => ({ default: m.PortalSettingsPage })));
const DuplicatesPage = lazy(() => import("./duplicates/DuplicatesPage").then((m) => ({ default: m.DuplicatesPage })));
const ImportsPage = lazy(() => import("./imports/ImportsPage").then((m) => ({ default: m.ImportsPage })));
const ImportPage = lazy(() => import("./imports/ImportPage").then((m) => ({ default: m.ImportPage })));
const EmailsPage = lazy(() => import("./emails/EmailsPage").then((m) => ({ default: m.EmailsPage })));
const NewBroadcastPage = lazy(() => import("./broadcasts/BroadcastPage").then((m) => ({ default: m.NewBroadcastPage })));
const BroadcastReportPage = lazy(() => import("./broadcasts/BroadcastPage").then((m) => ({ default: m.BroadcastReportPage })));
const BillingPage = lazy(() => import("./billing/BillingPage").then((m) => ({ default: m.BillingPage })));
const InvoicePrintPage = lazy(() => import("./billing/BillingPage").then((m) => ({ default: m.InvoicePrintPage })));
const ShopPage = lazy(() => import("./shop/ShopPage").then((m) => ({ default: m.ShopPage })));
const BillingSettingsPage = lazy(() => import("./settings/BillingSettingsPage").then((m) => ({ default: m.BillingSettingsPage })));
const AppointmentsPage = lazy(() => import("./appointments/AppointmentsPage").then((m) => ({ default: m.AppointmentsPage })));
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
          <Route path="/appointments" element={<AppointmentsPage />} />
          <Route path="/imports" element={<ImportsPage />} />
          <Route path="/imports/:id" element={<ImportPage />} />
          <Route path="/emails" element={<EmailsPage />} />
          <Route path="/broadcasts/new" element={<NewBroadcastPage />} />
          <Route path="/broadcasts/:id" element={<BroadcastReportPage />} />
          <Route path="/billing" element={<BillingPage />} />
          <Route path="/shop" element={<ShopPage />} />
          <Route path="/billing/invoices/:id/print" element={<InvoicePrintPage />} />
          <Route path="/settings/billing" element={<BillingSettingsPage />} />
          <Route path="/settings/crm" element={<CrmSettingsPage />} />
          <Route path="/duplicates" element={<DuplicatesPage />} />
          <Route path="/settings/portal" element={<PortalSettingsPage />} />
          <Route path="/settings/facility" element={<FacilitySettingsPage />} />
          <Route path="*" element={<p className="page-state">{t("app.notFound")}</p>} />
        </Routes>
        </Suspense>
      </Shell>
    </FacilityProvider>
  );
}
