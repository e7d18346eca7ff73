import { Button, ConfirmDialog, Dialog, Field } from "@storage-crm/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { api, unwrap, type Car } from "../lib/api";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";

const blank = { make: "", model: "", plate: "", year: "" };

/** Move a car to another customer of the facility, found by search. */
function MoveCar({ car, onClose }: { car: Car; onClose: () => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [q, setQ] = useState("");
  const found = useQuery({
    queryKey: ["move-car-search", q],
    enabled: q.length > 1,
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/customers", { params: { query: { q, limit: 8 } }, signal })),
  });
  const move = useMutation({
    mutationFn: async (customerId: string) => unwrap(await api.contacts.POST("/cars/{car_id}/move", { params: { path: { car_id: car.id } }, body: { customer_id: customerId } })),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ["cars"] });
      onClose();
    },
  });
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t("cars.moveTitle", { car: `${car.make} ${car.model}` })}>
      <input className="search" type="search" aria-label={t("contacts.search")} placeholder={t("contacts.search")} value={q} onChange={(e) => setQ(e.target.value)} />
      <ul className="plain-list">
        {found.data?.items.filter((c) => c.id !== car.customer_id).map((c) => (
          <li key={c.id}>
            <Button onClick={() => move.mutate(c.id)}>{`${c.first_name} ${c.last_name}`}</Button> <span className="muted">{c.email}</span>
          </li>
        ))}
      </ul>
      {move.isError ? <p className="banner banner-error" role="alert">{move.error.message}</p> : null}
      <div className="ui-dialog-actions">
        <Button onClick={onClose}>{t("common.cancel")}</Button>
      </div>
    </Dialog>
  );
}

/** The cars linked to this customer: add, edit, move to another customer, unlink. */
export function CarsSection({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const lock = useWriteLock();
  const toast = useToast();
  const queries = useQueryClient();
  const [editing, setEditing] = useState<Car | "new" | null>(null);
  const [moving, setMoving] = useState<Car | null>(null);
  const [unlinking, setUnlinking] = useState<Car | null>(null);
  const [car, setCar] = useState(blank);
  const cars = useQuery({
    queryKey: ["cars", customerId],
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/customers/{customer_id}/cars", { params: { path: { customer_id: customerId } }, signal })),
  });
  const refresh = () => void queries.invalidateQueries({ queryKey: ["cars"] });
  const save = useMutation({
    mutationFn: async () => {
      const body = { make: car.make, model: car.model, plate: car.plate || null, year: car.year ? Number(car.year) : null };
      if (editing && editing !== "new") return unwrap(await api.contacts.PATCH("/cars/{car_id}", { params: { path: { car_id: editing.id } }, body: { ...body, version: editing.version } }));
      return unwrap(await api.contacts.POST("/customers/{customer_id}/cars", { params: { path: { customer_id: customerId } }, body }));
    },
    onSuccess: () => {
      refresh();
      setEditing(null);
    },
    onError: (error) => toast(error.message, "error"),
  });
  const unlink = useMutation({
    mutationFn: async (c: Car) => unwrap(await api.contacts.POST("/cars/{car_id}/move", { params: { path: { car_id: c.id } }, body: { customer_id: null } })),
    onSuccess: () => {
      refresh();
      setUnlinking(null);
    },
    onError: (error) => toast(error.message, "error"),
  });
  const open = (c: Car | "new") => {
    setCar(c === "new" ? blank : { make: c.make, model: c.model, plate: c.plate ?? "", year: c.year ? String(c.year) : "" });
    setEditing(c);
  };
  return (
    <section aria-labelledby="s-cars" className="panel">
      <h2 id="s-cars">{t("customer.sections.cars")}</h2>
      {cars.data?.items.length === 0 ? <p className="muted">{t("customer.noCars")}</p> : null}
      <ul className="plain-list">
        {cars.data?.items.map((c) => {
          const name = `${c.make} ${c.model}`;
          return (
            <li key={c.id} className="car-row">
              <span>
                {name} {c.year ?? ""} {c.plate ? <span className="plate">{c.plate}</span> : null}
              </span>
              <span className="row-actions">
                <Button variant="ghost" disabledReason={lock} aria-label={`${t("common.edit")} ${name}`} onClick={() => open(c)}>{t("common.edit")}</Button>
                <Button variant="ghost" disabledReason={lock} aria-label={`${t("cars.move")} ${name}`} onClick={() => setMoving(c)}>{t("cars.move")}</Button>
                <Button variant="ghost" disabledReason={lock} aria-label={`${t("cars.unlink")} ${name}`} onClick={() => setUnlinking(c)}>{t("cars.unlink")}</Button>
              </span>
            </li>
          );
        })}
      </ul>
      <Button disabledReason={lock} onClick={() => open("new")}>{t("customer.addCar")}</Button>
      <Dialog open={editing !== null} onOpenChange={(o) => !o && setEditing(null)} title={editing === "new" ? t("customer.addCar") : t("common.edit")}>
        <form className="form" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
          <Field label={t("customer.car.make")} required value={car.make} onChange={(e) => setCar({ ...car, make: e.target.value })} />
          <Field label={t("customer.car.model")} required value={car.model} onChange={(e) => setCar({ ...car, model: e.target.value })} />
          <Field label={t("customer.car.plate")} value={car.plate} onChange={(e) => setCar({ ...car, plate: e.target.value })} />
          <Field label={t("customer.car.year")} inputMode="numeric" value={car.year} onChange={(e) => setCar({ ...car, year: e.target.value })} />
          <div className="ui-dialog-actions">
            <Button onClick={() => setEditing(null)}>{t("common.cancel")}</Button>
            <Button variant="primary" type="submit" disabled={save.isPending}>{t("common.save")}</Button>
          </div>
        </form>
      </Dialog>
      {moving ? <MoveCar car={moving} onClose={() => setMoving(null)} /> : null}
      <ConfirmDialog
        open={unlinking !== null}
        onOpenChange={(o) => !o && setUnlinking(null)}
        title={t("cars.unlinkTitle", { car: unlinking ? `${unlinking.make} ${unlinking.model}` : "" })}
        confirmLabel={t("cars.unlink")}
        cancelLabel={t("common.cancel")}
        danger
        busy={unlink.isPending}
        onConfirm={() => unlinking && unlink.mutate(unlinking)}
      >
        <p>{t("cars.unlinkBody")}</p>
      </ConfirmDialog>
    </section>
  );
}
