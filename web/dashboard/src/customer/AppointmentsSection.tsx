import { Button } from "@storage-crm/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { AppointmentDialog } from "../appointments/AppointmentDialog";
import { AppointmentList } from "../appointments/AppointmentList";
import { dayKey, dayRange } from "../appointments/schedule";
import { api, unwrap } from "../lib/api";
import { useWriteLock } from "../lib/useCanWrite";
import { useZone } from "../appointments/useZone";

/** The customer's appointments of the next 60 days (and today's), with a button to schedule one. */
export function AppointmentsSection({ customerId, name }: { customerId: string; name: string }) {
  const { t } = useTranslation("sched");
  const lock = useWriteLock();
  const [creating, setCreating] = useState(false);
  const zone = useZone();
  const today = dayKey(new Date(), zone);
  const list = useQuery({
    queryKey: ["appointments", "customer", customerId, today, zone],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.contacts.GET("/customers/{customer_id}/appointments", {
          params: { path: { customer_id: customerId }, query: dayRange(today, 60, zone) },
          signal,
        }),
      ),
  });
  return (
    <section aria-labelledby="s-appointments" className="panel">
      <h2 id="s-appointments">{t("section")}</h2>
      {list.isError ? <p className="banner banner-error" role="alert">{list.error.message}</p> : null}
      {list.data ? <AppointmentList items={list.data.items} withDate empty={t("sectionNone")} /> : null}
      <Button disabledReason={lock} onClick={() => setCreating(true)}>{t("schedule")}</Button>
      {creating ? (
        <AppointmentDialog target={{ mode: "new", kind: "dropoff", day: today, customer: { id: customerId, name } }} onClose={() => setCreating(false)} />
      ) : null}
    </section>
  );
}
