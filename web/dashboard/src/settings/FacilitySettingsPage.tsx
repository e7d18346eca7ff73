import { Button } from "@storage-crm/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import { api, unwrap } from "../lib/api";
import { useFacility } from "../lib/facility";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";

const COUNTRIES = ["FR", "BE", "CH", "LU", "DE", "ES", "IT", "NL", "GB", "IE", "US", "CA"];

/** Settings → Facility: the country assumed for phone numbers written without a country code. */
export function FacilitySettingsPage() {
  const { t, i18n } = useTranslation();
  const lock = useWriteLock();
  const toast = useToast();
  const queries = useQueryClient();
  const facility = useFacility().active;
  const settings = useQuery({
    queryKey: ["facility-settings", facility?.id],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/settings/facility", { signal })),
  });
  const [country, setCountry] = useState("FR");
  useEffect(() => {
    if (settings.data) setCountry(settings.data.default_country.toUpperCase());
  }, [settings.data]);
  const save = useMutation({
    mutationFn: async () => unwrap(await api.contacts.PUT("/settings/facility", { body: { default_country: country } })),
    onSuccess: (saved) => {
      queries.setQueryData(["facility-settings", facility?.id], saved);
      toast(t("facilitySettings.saved"));
    },
    onError: (error) => toast(error.message, "error"),
  });
  const names = new Intl.DisplayNames([i18n.language], { type: "region" });
  return (
    <section aria-labelledby="facility-title">
      <h1 id="facility-title">{t("facilitySettings.title")}</h1>
      {settings.isError ? <p className="banner banner-error" role="alert">{settings.error.message}</p> : null}
      <form className="panel form narrow" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
        <p className="muted">{facility?.name}</p>
        <div className="ui-field">
          <label htmlFor="default-country">{t("facilitySettings.country")}</label>
          <select id="default-country" value={country} onChange={(e) => setCountry(e.target.value)}>
            {COUNTRIES.map((c) => (
              <option key={c} value={c}>{names.of(c) ?? c}</option>
            ))}
          </select>
          <span className="muted">{t("facilitySettings.countryHint")}</span>
        </div>
        <div className="ui-dialog-actions">
          <Button variant="primary" type="submit" disabledReason={lock} disabled={save.isPending}>{t("common.save")}</Button>
        </div>
      </form>
    </section>
  );
}
