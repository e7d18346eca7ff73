import { Button, Dialog, Field } from "@storage-crm/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { api, unwrap } from "../lib/api";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";

/** The cars linked to this customer, with Add a car. */
export function CarsSection({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const lock = useWriteLock();
  const toast = useToast();
  const queries = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [car, setCar] = useState({ make: "", model: "", plate: "", year: "" });
  const cars = useQuery({
    queryKey: ["cars", customerId],
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/customers/{customer_id}/cars", { params: { path: { customer_id: customerId } }, signal })),
  });
  const add = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.contacts.POST("/customers/{customer_id}/cars", {
          params: { path: { customer_id: customerId } },
          body: { make: car.make, model: car.model, plate: car.plate || null, year: car.year ? Number(car.year) : null },
        }),
      ),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ["cars", customerId] });
      setAdding(false);
      setCar({ make: "", model: "", plate: "", year: "" });
    },
    onError: (error) => toast(error.message, "error"),
  });
  return (
    <section aria-labelledby="s-cars" className="panel">
      <h2 id="s-cars">{t("customer.sections.cars")}</h2>
      {cars.data?.items.length === 0 ? <p className="muted">{t("customer.noCars")}</p> : null}
      <ul className="plain-list">
        {cars.data?.items.map((c) => (
          <li key={c.id}>
            {c.make} {c.model} {c.year ?? ""} {c.plate ? <span className="plate">{c.plate}</span> : null}
          </li>
        ))}
      </ul>
      <Button disabledReason={lock} onClick={() => setAdding(true)}>{t("customer.addCar")}</Button>
      <Dialog open={adding} onOpenChange={setAdding} title={t("customer.addCar")}>
        <form className="form" onSubmit={(e) => { e.preventDefault(); add.mutate(); }}>
          <Field label={t("customer.car.make")} required value={car.make} onChange={(e) => setCar({ ...car, make: e.target.value })} />
          <Field label={t("customer.car.model")} required value={car.model} onChange={(e) => setCar({ ...car, model: e.target.value })} />
          <Field label={t("customer.car.plate")} value={car.plate} onChange={(e) => setCar({ ...car, plate: e.target.value })} />
          <Field label={t("customer.car.year")} inputMode="numeric" value={car.year} onChange={(e) => setCar({ ...car, year: e.target.value })} />
          <div className="ui-dialog-actions">
            <Button onClick={() => setAdding(false)}>{t("common.cancel")}</Button>
            <Button variant="primary" type="submit" disabled={add.isPending}>{t("common.save")}</Button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
