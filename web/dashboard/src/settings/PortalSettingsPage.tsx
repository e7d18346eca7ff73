import { Button } from "@storage-crm/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import { api, unwrap } from "../lib/api";
import { useFacility } from "../lib/facility";
import { formatDate } from "../lib/format";
import { editSteps, knownSteps, SECTIONS, STEPS, toggleSection, type Section, type Step } from "../lib/portalSettings";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";

/** Settings → Portal: which sections customers see, and the onboarding steps in the order they do them. */
export function PortalSettingsPage() {
  const { t, i18n } = useTranslation();
  const lock = useWriteLock();
  const toast = useToast();
  const queries = useQueryClient();
  const facility = useFacility().active?.id;
  const key = ["portal-settings", facility];
  const settings = useQuery({
    queryKey: key,
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.portal.GET("/staff/settings", { signal })),
  });
  const [sections, setSections] = useState<Section[]>([]);
  const [steps, setSteps] = useState<Step[]>([]);
  useEffect(() => {
    if (!settings.data) return;
    setSections(SECTIONS.filter((s) => settings.data.sections.includes(s)));
    setSteps(knownSteps(settings.data.onboarding_steps));
  }, [settings.data]);
  const save = useMutation({
    mutationFn: async () => unwrap(await api.portal.PUT("/staff/settings", { body: { sections, onboarding_steps: steps } })),
    onSuccess: (saved) => {
      queries.setQueryData(key, saved);
      void queries.invalidateQueries({ queryKey: ["portal-preview"] });
      toast(t("portalSettings.saved"));
    },
  });
  const off = STEPS.filter((s) => !steps.includes(s));
  return (
    <section aria-labelledby="portal-title">
      <h1 id="portal-title">{t("portalSettings.title")}</h1>
      {settings.isPending ? <p className="page-state">{t("app.loading")}</p> : null}
      {settings.isError ? <p className="banner banner-error" role="alert">{settings.error.message}</p> : null}
      <form className="sections" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
        <fieldset className="panel">
          <legend>{t("portalSettings.sections")}</legend>
          <p className="muted">{t("portalSettings.sectionsHint")}</p>
          {SECTIONS.map((s) => (
            <div className="ui-checkbox" key={s}>
              <input id={`section-${s}`} type="checkbox" checked={sections.includes(s)} disabled={lock !== undefined} onChange={() => setSections((on) => toggleSection(on, s))} />
              <label htmlFor={`section-${s}`}>{t(`portalSections.${s}`)}</label>
            </div>
          ))}
        </fieldset>
        <fieldset className="panel">
          <legend>{t("portalSettings.steps")}</legend>
          <p className="muted">{t("portalSettings.stepsHint")}</p>
          <ol className="option-list" data-testid="onboarding-steps">
            {steps.map((s, index) => (
              <li key={s} data-testid="onboarding-step">
                <span className="option-name">{t(`portalSteps.${s}`)}</span>
                <span className="row-actions">
                  <Button variant="ghost" disabledReason={lock} disabled={index === 0} aria-label={t("settings.moveUp", { name: t(`portalSteps.${s}`) })} onClick={() => setSteps(editSteps(steps, s, "up"))}>↑</Button>
                  <Button variant="ghost" disabledReason={lock} disabled={index === steps.length - 1} aria-label={t("settings.moveDown", { name: t(`portalSteps.${s}`) })} onClick={() => setSteps(editSteps(steps, s, "down"))}>↓</Button>
                  <Button variant="ghost" disabledReason={lock} aria-label={t("portalSettings.removeStep", { name: t(`portalSteps.${s}`) })} onClick={() => setSteps(editSteps(steps, s, "toggle"))}>✕</Button>
                </span>
              </li>
            ))}
          </ol>
          {steps.length === 0 ? <p className="muted">{t("portalSettings.noSteps")}</p> : null}
          {off.length ? (
            <div className="page-actions">
              {off.map((s) => (
                <Button key={s} disabledReason={lock} onClick={() => setSteps(editSteps(steps, s, "toggle"))}>
                  {`+ ${t(`portalSteps.${s}`)}`}
                </Button>
              ))}
            </div>
          ) : null}
        </fieldset>
        <div className="panel-wide">
          {save.isError ? <p className="banner banner-error" role="alert">{save.error.message}</p> : null}
          {settings.data?.updated_at ? (
            <p className="muted">{t("portalSettings.updated", { date: formatDate(settings.data.updated_at, i18n.language), by: settings.data.updated_by ?? "" })}</p>
          ) : null}
          <Button variant="primary" type="submit" disabledReason={lock} disabled={save.isPending || !settings.data}>{t("common.save")}</Button>
        </div>
      </form>
    </section>
  );
}
