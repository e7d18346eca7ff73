import { Button } from "@storage-crm/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";

import { api, unwrap } from "../lib/api";
import { useWriteLock } from "../lib/useCanWrite";
import { AppointmentDialog, type DialogTarget } from "./AppointmentDialog";
import { AppointmentList } from "./AppointmentList";
import { dayKey, dayRange, fullDay, shiftDay } from "./schedule";
import { useZone } from "./useZone";

/** One day of the facility: customers' appointments and facility events; create, confirm, cancel. */
export function AppointmentsPage() {
  const { t, i18n } = useTranslation("sched");
  const lock = useWriteLock();
  const zone = useZone();
  const [params, setParams] = useSearchParams();
  const day = params.get("day") ?? dayKey(new Date(), zone);
  const setDay = (next: string) => setParams({ day: next }, { replace: true });
  const [creating, setCreating] = useState<DialogTarget | null>(null);
  const list = useQuery({
    queryKey: ["appointments", "day", day, zone],
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/appointments", { params: { query: dayRange(day, 1, zone) }, signal })),
  });
  const heading = fullDay(day, i18n.language);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <span className="toolbar">
          <Button disabledReason={lock} onClick={() => setCreating({ mode: "new", kind: "dropoff", day })}>{t("newAppointment")}</Button>
          <Button disabledReason={lock} onClick={() => setCreating({ mode: "new", kind: "event", day })}>{t("newEvent")}</Button>
        </span>
      </div>
      <div className="toolbar">
        <Button variant="ghost" aria-label={t("previous")} onClick={() => setDay(shiftDay(day, -1))}>←</Button>
        <label htmlFor="appointments-day">{t("day")}</label>
        <input id="appointments-day" type="date" value={day} onChange={(e) => e.target.value && setDay(e.target.value)} />
        <Button variant="ghost" aria-label={t("next")} onClick={() => setDay(shiftDay(day, 1))}>→</Button>
        <Button variant="ghost" onClick={() => setDay(dayKey(new Date(), zone))}>{t("today")}</Button>
      </div>
      <section className="panel" aria-labelledby="appointments-heading">
        <h2 id="appointments-heading">{heading}</h2>
        {list.isError ? <p className="banner banner-error" role="alert">{list.error.message}</p> : null}
        {list.data ? <AppointmentList items={list.data.items} empty={t("none")} /> : null}
      </section>
      {creating ? <AppointmentDialog target={creating} onClose={() => setCreating(null)} /> : null}
    </>
  );
}
