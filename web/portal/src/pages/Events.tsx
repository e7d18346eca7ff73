// The Field alone, not the kit's index: its Radix components would ship with the portal for nothing.
import { Field } from "@storage-crm/ui/src/Field";
import { useEffect, useRef, useState, type FormEvent } from "react";

import { api, type Appointment, type Car } from "../api";
import { usePortal, useT } from "../context";
import { Heading } from "../Heading";
import { date, type Key } from "../i18n";

const KIND: Record<NonNullable<Appointment["kind"]>, Key> = {
  pickup: "kindPickup",
  dropoff: "kindDropoff",
  service: "kindService",
  event: "kindEvent",
  other: "kindOther",
};
const STATE: Partial<Record<NonNullable<Appointment["state"]>, Key>> = {
  requested: "stateRequested",
  scheduled: "stateScheduled",
  confirmed: "stateConfirmed",
};
const POLL_MS = 2000;
const POLL_FOR_MS = 60_000;

/** Upcoming appointments and facility events (the portal opens here), and a pick-up request. */
export function Events() {
  const { lang, view } = usePortal();
  const t = useT(lang);
  const events = view.events ?? [];
  const name = view.profile?.first_name;
  return (
    <>
      <Heading>{t("events")}</Heading>
      {name ? <p className="muted">{t("hello", { name })}</p> : null}
      <h2>{t("upcoming")}</h2>
      <AppointmentList items={events} empty={t("noEvents")} />
      <PickupRequest />
    </>
  );
}

export function AppointmentList({ items, empty }: { items: Appointment[]; empty: string }) {
  const { lang } = usePortal();
  const t = useT(lang);
  if (items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="cards">
      {items.map((a) => {
        const state = STATE[a.state ?? "scheduled"];
        return (
          <li key={a.appointment_id} className="card" data-testid="event">
            <span>
              <strong>{a.title || t(KIND[a.kind ?? "other"])}</strong>
              {state ? <span className={`badge state-${a.state}`}>{t(state)}</span> : null}
            </span>
            {a.title && a.kind && a.kind !== "other" ? <span className="muted">{t(KIND[a.kind])}</span> : null}
            <span>
              <time dateTime={a.starts_at}>{date(lang, a.starts_at, true)}</time>
            </span>
            {a.notes ? <span className="muted">{a.notes}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

function tomorrow(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Ask for a pick-up: it shows as requested once the facility has it, confirmed once staff confirm it. */
function PickupRequest() {
  const { lang, view, reload } = usePortal();
  const t = useT(lang);
  const cars = (view.cars ?? []) as unknown as Car[];
  const [day, setDay] = useState(tomorrow);
  const [time, setTime] = useState("10:00");
  const [carId, setCarId] = useState("");
  const [notes, setNotes] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ wanted_at?: string; car_id?: string; other?: string }>({});
  const [busy, setBusy] = useState(false);
  const polling = useRef<number | null>(null);
  useEffect(() => () => void (polling.current !== null && window.clearInterval(polling.current)), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = new Date(`${day}T${time}`);
    if (Number.isNaN(wanted.getTime()) || wanted.getTime() <= Date.now()) {
      setErrors({ wanted_at: t("pickupFuture") });
      return;
    }
    setBusy(true);
    const { response, error } = await api.POST("/me/pickup-requests", {
      body: { wanted_at: wanted.toISOString(), car_id: carId || null, notes: notes.trim() || null },
    });
    setBusy(false);
    if (!response.ok) {
      const field = (error as { detail?: { loc: (string | number)[]; msg: string }[] } | undefined)?.detail?.[0];
      const name = field?.loc[1];
      setErrors(name === "wanted_at" ? { wanted_at: t("pickupFuture") } : name === "car_id" ? { car_id: field?.msg ?? t("error") } : { other: t("error") });
      return;
    }
    setErrors({});
    setNotes("");
    setStatus(t("requestSent"));
    // The request reaches the facility through its events: look again for a while until it shows.
    const until = Date.now() + POLL_FOR_MS;
    if (polling.current !== null) window.clearInterval(polling.current);
    polling.current = window.setInterval(() => {
      if (Date.now() > until && polling.current !== null) window.clearInterval(polling.current);
      else void reload();
    }, POLL_MS);
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="pickup-heading">
      <h2 id="pickup-heading">{t("requestPickup")}</h2>
      <p className="muted">{t("requestPickupIntro")}</p>
      <Field label={t("pickupDate")} type="date" required value={day} onChange={(e) => setDay(e.target.value)} error={errors.wanted_at} />
      <Field label={t("pickupTime")} type="time" required value={time} onChange={(e) => setTime(e.target.value)} />
      {cars.length > 0 ? (
        <div className={`ui-field${errors.car_id ? " ui-field-invalid" : ""}`}>
          <label htmlFor="pickup-car">{t("pickupCar")}</label>
          <select id="pickup-car" value={carId} onChange={(e) => setCarId(e.target.value)}>
            <option value="">{t("anyCar")}</option>
            {cars.map((c) => (
              <option key={c.car_id} value={c.car_id}>{`${c.make} ${c.model}${c.plate ? ` (${c.plate})` : ""}`}</option>
            ))}
          </select>
          {errors.car_id ? <span className="ui-field-error" role="alert">{errors.car_id}</span> : null}
        </div>
      ) : null}
      <Field label={t("pickupNotes")} value={notes} maxLength={1000} onChange={(e) => setNotes(e.target.value)} />
      {errors.other ? <p role="alert">{errors.other}</p> : null}
      <button type="submit" className="button primary" disabled={busy}>
        {t("sendRequest")}
      </button>
      <p role="status" className="status">
        {status}
      </p>
    </form>
  );
}
