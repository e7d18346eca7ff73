import { Button } from "@storage-crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import { api, unwrap } from "../lib/api";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";
import { FIELDS, type ImportJob } from "./queries";

/** The row that holds the column names (detected among the first rows; files with title rows may need another). */
function HeaderRow({ job, onSaved }: { job: ImportJob; onSaved: () => void }) {
  const { t } = useTranslation("ops");
  const lock = useWriteLock();
  const toast = useToast();
  const [row, setRow] = useState(String(job.header_row ?? 1));
  useEffect(() => setRow(String(job.header_row ?? 1)), [job.header_row]);
  const save = useMutation({
    mutationFn: async () =>
      unwrap(await api.importer.PUT("/imports/{job_id}/mapping", { params: { path: { job_id: job.id } }, body: { mapping: {}, header_row: Number(row) } })),
    onSuccess: () => {
      toast(t("imports.headerRowSaved", { row }));
      onSaved();
    },
    onError: (error) => toast(error.message, "error"),
  });
  return (
    <form className="header-row" onSubmit={(e) => { e.preventDefault(); save.mutate(); }} aria-labelledby="header-row-label">
      <p id="header-row-label">
        {job.header_row ? t("imports.headerRowIs", { row: job.header_row }) : null} <span className="muted">{t("imports.headerRowHint")}</span>
      </p>
      <div className="ui-field">
        <label htmlFor="header-row">{t("imports.headerRow")}</label>
        <input id="header-row" type="number" min={1} max={1000} required value={row} onChange={(e) => setRow(e.target.value)} />
      </div>
      <Button type="submit" disabledReason={lock} disabled={save.isPending || Number(row) === job.header_row}>{t("imports.useHeaderRow")}</Button>
      {save.isError ? <p className="banner banner-error" role="alert">{save.error.message}</p> : null}
      <p className="muted" data-testid="columns-read">{t("imports.columnsRead", { columns: job.headers.map((h) => h || "—").join(" · ") })}</p>
    </form>
  );
}

/** Each field with the column matched automatically, and a choice to override it or ignore the field. */
export function MappingStep({ job, onSaved }: { job: ImportJob; onSaved: () => void }) {
  const { t } = useTranslation("ops");
  const lock = useWriteLock();
  const toast = useToast();
  const [mapping, setMapping] = useState<Record<string, string | null>>(job.mapping);
  useEffect(() => setMapping(job.mapping), [job.mapping]);
  const save = useMutation({
    mutationFn: async () => {
      const body = Object.fromEntries(FIELDS.map((f) => [f, mapping[f] ?? null]));
      return unwrap(await api.importer.PUT("/imports/{job_id}/mapping", { params: { path: { job_id: job.id } }, body: { mapping: body } }));
    },
    onSuccess: () => {
      toast(t("imports.mappingSaved"));
      onSaved();
    },
    onError: (error) => toast(error.message, "error"),
  });
  const changed = FIELDS.some((f) => (mapping[f] ?? null) !== (job.mapping[f] ?? null));
  return (
    <section className="panel ops-step" aria-labelledby="mapping-title">
      <h2 id="mapping-title">{t("imports.mapping")}</h2>
      <HeaderRow job={job} onSaved={onSaved} />
      <form onSubmit={(e) => { e.preventDefault(); save.mutate(); }} aria-label={t("imports.mapping")}>
      <p className="muted">{t("imports.mappingHint")}</p>
      {job.missing_fields.length ? (
        <p className="banner banner-warn" role="status">
          {t("imports.missingFields", { fields: job.missing_fields.map((f) => t(`imports.fields.${f}`)).join(", ") })}
        </p>
      ) : null}
      <div className="mapping-grid">
        {FIELDS.map((field) => (
          <div className="ui-field" key={field}>
            <label htmlFor={`map-${field}`}>{t(`imports.fields.${field}`)}</label>
            <select
              id={`map-${field}`}
              value={mapping[field] ?? ""}
              onChange={(e) => setMapping({ ...mapping, [field]: e.target.value || null })}
            >
              <option value="">{t("imports.ignore")}</option>
              {job.headers.map((h) => (
                <option key={h} value={h}>{h}</option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="ui-dialog-actions">
        <Button type="submit" disabledReason={lock} disabled={!changed || save.isPending}>{t("imports.applyMapping")}</Button>
      </div>
      </form>
    </section>
  );
}
