import { Button, ConfirmDialog } from "@storage-crm/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { api, unwrap } from "../lib/api";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";
import { AppointmentDialog } from "./AppointmentDialog";
import { dateTime, nextActions, timeOf, type Appointment } from "./schedule";
import { useZone } from "./useZone";

/** Appointments with their status and the changes staff may make (confirm, done, cancel, edit). */
export function AppointmentList({ items, withDate = false, empty }: { items: Appointment[]; withDate?: boolean; empty: string }) {
  const { t, i18n } = useTranslation("sched");
  const { t: tc } = useTranslation();
  const lock = useWriteLock();
  const zone = useZone();
  const toast = useToast();
  const queries = useQueryClient();
  const [editing, setEditing] = useState<Appointment | null>(null);
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const change = useMutation({
    mutationFn: async ({ a, status }: { a: Appointment; status: "confirmed" | "done" | "cancelled" }) =>
      unwrap(await api.contacts.PATCH("/appointments/{appointment_id}", { params: { path: { appointment_id: a.id } }, body: { status } })),
    onSuccess: (saved) => {
      void queries.invalidateQueries({ queryKey: ["appointments"] });
      setCancelling(null);
      if (saved.status === "confirmed") toast(t("confirmed"));
    },
    onError: (error) => toast(error.message, "error"),
  });
  const what = (a: Appointment) => `${t(`kinds.${a.kind}`)} ${a.customer_name ?? a.title} ${timeOf(a.starts_at, zone)}`;
  const label = { confirmed: t("confirm"), done: t("markDone"), cancelled: t("cancelAppointment") } as const;
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <ul className="plain-list appointment-list">
        {items.map((a) => (
          <li key={a.id} className="appointment-row" data-testid="appointment">
            <span className="appointment-when">
              <time dateTime={a.starts_at}>{withDate ? dateTime(a.starts_at, i18n.language, zone) : timeOf(a.starts_at, zone)}</time>
            </span>
            <span className="appointment-what">
              <strong>{t(`kinds.${a.kind}`)}</strong>
              {a.customer_id ? (
                <> · <Link to={`/contacts/${a.customer_id}`}>{a.customer_name}</Link></>
              ) : (
                <> · <span className="muted">{t("openToAll")}</span></>
              )}
              {a.car_label ? <> · {a.car_label}</> : null}
              {a.title ? <> · {a.title}</> : null}
              {a.notes ? <span className="muted appointment-notes">{a.notes}</span> : null}
            </span>
            <span className={`status-pill appointment-${a.status}`}>{t(`statuses.${a.status}`)}</span>
            {a.requested_by_customer && a.status === "requested" ? <span className="role-badge">{t("requestedByCustomer")}</span> : null}
            <span className="row-actions">
              {nextActions(a.status).map((status) => (
                <Button
                  key={status}
                  variant="ghost"
                  disabledReason={lock}
                  aria-label={t("actionsFor", { action: label[status], what: what(a) })}
                  onClick={() => (status === "cancelled" ? setCancelling(a) : change.mutate({ a, status }))}
                >
                  {label[status]}
                </Button>
              ))}
              {nextActions(a.status).length > 0 ? (
                <Button variant="ghost" disabledReason={lock} aria-label={t("actionsFor", { action: tc("common.edit"), what: what(a) })} onClick={() => setEditing(a)}>
                  {tc("common.edit")}
                </Button>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {editing ? <AppointmentDialog target={{ mode: "edit", appointment: editing }} onClose={() => setEditing(null)} /> : null}
      <ConfirmDialog
        open={cancelling !== null}
        onOpenChange={(o) => !o && setCancelling(null)}
        title={t("cancelTitle")}
        confirmLabel={t("cancelAppointment")}
        cancelLabel={t("keep")}
        danger
        busy={change.isPending}
        onConfirm={() => cancelling && change.mutate({ a: cancelling, status: "cancelled" })}
      >
        <p>{t("cancelBody")}</p>
      </ConfirmDialog>
    </>
  );
}
