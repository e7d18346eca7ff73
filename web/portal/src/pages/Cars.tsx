import { useEffect, useState } from "react";

import { api, type Car, type CarDetail } from "../api";
import { usePortal, useT } from "../context";
import { Heading } from "../Heading";
import { Link } from "../Link";
import { AppointmentList } from "./Events";

function carName(car: Pick<Car, "make" | "model" | "year">): string {
  return [car.make, car.model, car.year].filter(Boolean).join(" ");
}

/** The cars linked to the customer's record. */
export function Cars() {
  const { lang, view } = usePortal();
  const t = useT(lang);
  const cars = (view.cars ?? []) as unknown as Car[];
  return (
    <>
      <Heading>{t("myCars")}</Heading>
      {cars.length === 0 ? (
        <p className="empty">{t("noCars")}</p>
      ) : (
        <ul className="cards">
          {cars.map((car) => (
            <li key={car.car_id} className="card">
              <Link to={`/cars/${car.car_id}`} className="card-link">
                {carName(car)}
              </Link>
              {car.plate ? <span className="muted">{car.plate}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One car: what the facility shared, and what is scheduled for it. */
export function CarPage({ carId }: { carId: string }) {
  const { lang } = usePortal();
  const t = useT(lang);
  const [car, setCar] = useState<CarDetail | null | "missing">(null);
  useEffect(() => {
    void api.GET("/me/cars/{car_id}", { params: { path: { car_id: carId } } }).then(({ data }) => setCar(data ?? "missing"));
  }, [carId]);
  const back = (
    <p>
      <Link to="/cars">← {t("backToCars")}</Link>
    </p>
  );
  if (car === null) return <p className="page-state">{t("loading")}</p>;
  if (car === "missing")
    return (
      <>
        {back}
        <Heading>{t("notFound")}</Heading>
      </>
    );
  const rows: [string, string | number | null | undefined][] = [
    [t("make"), car.make],
    [t("model"), car.model],
    [t("year"), car.year],
    [t("colour"), car.colour],
    [t("plate"), car.plate],
    [t("vin"), car.vin],
  ];
  return (
    <>
      {back}
      <Heading>{carName(car)}</Heading>
      <dl className="facts">
        {rows
          .filter(([, value]) => value !== null && value !== undefined && value !== "")
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <h2>{t("carAppointments")}</h2>
      <AppointmentList items={car.appointments} empty={t("noEvents")} />
    </>
  );
}
