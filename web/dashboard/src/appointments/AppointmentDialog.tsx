import { Button, Dialog, Field } from "@storage-crm/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { api, ApiError, unwrap } from "../lib/api";
import { placeErrors } from "../lib/errors";
import { useToast } from "../lib/toast";
import { dayKey, instant, timeOf, type Appointment, type Kind } from "./schedule";
import { useZone } from "./useZone";

const FIELDS = ["kind", "customer_id", "car_id", "title", "notes", "starts_at", "ends_at", "status"] as const;

export type DialogTarget =
  | { mode: "new"; kind: Kind; day: string; customer?: { id: string; name: string } }
  | { mode: "edit"; appointment: Appointment };

/** Pick a customer of the facility by search. */
function CustomerPicker({ onPick, error }: { onPick: (c: { id: string; name: string }) => void; error?: string | undefined }) {
  const { t } = useTranslation("sched");
  const [q, setQ] = useState("");
  const found = useQuery({
    queryKey: ["appointment-customer-search", q],
    enabled: q.length > 1,
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/customers", { params: { query: { q, limit: 6 } }, signal })),
  });
  return (
    <div>
      <Field label={t("searchCustomer")} type="search" value={q} onChange={(e) => setQ(e.target.value)} error={error} />
      <ul className="plain-list">
        {found.data?.items.map((c) => {
          const name = `${c.first_name} ${c.last_name}`;
          return (
            <li key={c.id}>
              <Button onClick={() => onPick({ id: c.id, name })}>{name}</Button> <span className="muted">{c.email}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Create or edit an appointment (a customer's, with their car) or a facility event. */
export function AppointmentDialog({ target, onClose }: { target: DialogTarget; onClose: () => void }) {
  const { t } = useTranslation("sched");
  const { t: tc } = useTranslation();
  const toast = useToast();
  const queries = useQueryClient();
  const zone = useZone();
  const editing = target.mode === "edit" ? target.appointment : null;
  const [kind, setKind] = useState<Kind>(editing?.kind ?? (target.mode === "new" ? target.kind : "dropoff"));
  const [customer, setCustomer] = useState<{ id: string; name: string } | null>(
    editing?.customer_id ? { id: editing.customer_id, name: editing.customer_name ?? "" } : target.mode === "new" ? (target.customer ?? null) : null,
  );
  const [carId, setCarId] = useState(editing?.car_id ?? "");
  const [day, setDay] = useState(editing ? dayKey(new Date(editing.starts_at), zone) : target.mode === "new" ? target.day : "");
  const [time, setTime] = useState(editing ? timeOf(editing.starts_at, zone) : "09:00");
  const [title, setTitle] = useState(editing?.title ?? "");
  const [notes, setNotes] = useState(editing?.notes ?? "");
  const [status, setStatus] = useState<"scheduled" | "confirmed">("scheduled");
  const isEvent = kind === "event";
  const cars = useQuery({
    queryKey: ["cars", customer?.id],
    enabled: !!customer && !isEvent,
    queryFn: async ({ signal }) =>
      unwrap(await api.contacts.GET("/customers/{customer_id}/cars", { params: { path: { customer_id: customer?.id ?? "" } }, signal })),
  });
  const save = useMutation({
    mutationFn: async () => {
      const starts_at = instant(day, time, zone);
      if (editing) {
        return unwrap(
          await api.contacts.PATCH("/appointments/{appointment_id}", {
            params: { path: { appointment_id: editing.id } },
            body: { starts_at, title, notes: notes || null, ...(isEvent ? {} : { car_id: carId || null }) },
          }),
        );
      }
      return unwrap(
        await api.contacts.POST("/appointments", {
          body: { kind, starts_at, title, notes: notes || null, status, customer_id: isEvent ? null : (customer?.id ?? null), car_id: isEvent ? null : carId || null },
        }),
      );
    },
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ["appointments"] });
      toast(t("saved"));
      onClose();
    },
  });
  const placed = placeErrors(save.error instanceof ApiError ? save.error.body : null, FIELDS);
  const general = save.error && !(save.error instanceof ApiError && save.error.body) ? [save.error.message] : placed.general;
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={editing ? t("editTitle") : isEvent ? t("newEvent") : t("newAppointment")}
    >
      <form className="form" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
        {!editing ? (
          <div className="ui-field">
            <label htmlFor="appointment-kind">{t("kind")}</label>
            <select id="appointment-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {(["dropoff", "pickup", "service", "event"] as const).map((k) => (
                <option key={k} value={k}>{t(`kinds.${k}`)}</option>
              ))}
            </select>
          </div>
        ) : (
          <p><strong>{t(`kinds.${kind}`)}</strong>{customer ? ` · ${customer.name}` : ""}</p>
        )}
        {isEvent ? <p className="muted">{t("openToAll")}</p> : null}
        {!isEvent && !editing ? (
          customer ? (
            <p>
              {t("chosen", { name: customer.name })}{" "}
              <Button variant="ghost" onClick={() => { setCustomer(null); setCarId(""); }}>{t("change")}</Button>
            </p>
          ) : (
            <CustomerPicker onPick={setCustomer} error={placed.fields.customer_id} />
          )
        ) : null}
        {!isEvent && customer ? (
          <div className={`ui-field${placed.fields.car_id ? " ui-field-invalid" : ""}`}>
            <label htmlFor="appointment-car">{t("car")}</label>
            <select id="appointment-car" value={carId} onChange={(e) => setCarId(e.target.value)}>
              <option value="">{t("noCar")}</option>
              {cars.data?.items.map((c) => (
                <option key={c.id} value={c.id}>{`${c.make} ${c.model}${c.plate ? ` (${c.plate})` : ""}`}</option>
              ))}
            </select>
            {placed.fields.car_id ? <span className="ui-field-error" role="alert">{placed.fields.car_id}</span> : null}
          </div>
        ) : null}
        <Field label={t("date")} type="date" required value={day} onChange={(e) => setDay(e.target.value)} error={placed.fields.starts_at} />
        <Field label={t("time")} type="time" required value={time} onChange={(e) => setTime(e.target.value)} />
        <Field label={t("titleField")} value={title} required={isEvent} onChange={(e) => setTitle(e.target.value)} error={placed.fields.title} />
        <Field label={t("notes")} value={notes} onChange={(e) => setNotes(e.target.value)} error={placed.fields.notes} />
        {!editing && !isEvent ? (
          <div className="ui-field">
            <label htmlFor="appointment-status">{t("status")}</label>
            <select id="appointment-status" value={status} onChange={(e) => setStatus(e.target.value as "scheduled" | "confirmed")}>
              <option value="scheduled">{t("statuses.scheduled")}</option>
              <option value="confirmed">{t("statuses.confirmed")}</option>
            </select>
          </div>
        ) : null}
        {general.map((m) => (
          <p key={m} className="banner banner-error" role="alert">{m}</p>
        ))}
        <div className="ui-dialog-actions">
          <Button onClick={onClose}>{tc("common.cancel")}</Button>
          <Button variant="primary" type="submit" disabled={save.isPending}>{tc("common.save")}</Button>
        </div>
      </form>
    </Dialog>
  );
}
