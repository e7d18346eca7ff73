import { useTranslation } from "react-i18next";

import { FIELDS, MODES, actionFor, usePreview, type ImportJob, type Mode } from "./queries";

/** The first rows with their errors, the summary of all errors, and what the chosen mode does to each row. */
export function PreviewStep({ job, mode, onMode }: { job: ImportJob; mode: Mode; onMode: (mode: Mode) => void }) {
  const { t } = useTranslation("ops");
  const preview = usePreview(job);
  const errors = Object.entries((job.summary.errors ?? {}) as Record<string, number>);
  const shown = FIELDS.filter((f) => f in job.mapping);
  // Summary keys are "field:code".
  const label = (key: string) => {
    const [field = "", code = key] = key.includes(":") ? key.split(":") : ["", key];
    const problem = t(`imports.codes.${code}`, { defaultValue: code });
    return field ? `${t(`imports.fields.${field}`, { defaultValue: field })} — ${problem}` : problem;
  };
  const rows = preview.data?.rows ?? [];
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const action = actionFor(mode, row, job.cars_file);
    counts[action] = (counts[action] ?? 0) + 1;
  }
  return (
    <div className="panel ops-step" aria-labelledby="preview-title">
      <h2 id="preview-title">{t("imports.preview")}</h2>
      <p role="status">
        {job.status === "ready"
          ? t("imports.summary", { total: job.rows.total, valid: job.rows.valid, rejected: job.rows.rejected })
          : t("imports.checking", { total: job.rows.total })}
      </p>
      {errors.length ? (
        <ul className="error-summary" aria-label={t("imports.errorSummary")}>
          {errors.map(([code, n]) => (
            <li key={code}>{label(code)}: {n}</li>
          ))}
        </ul>
      ) : null}
      <fieldset className="modes">
        <legend>{t("imports.mode")}</legend>
        {MODES.map((m) => (
          <label key={m}>
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => onMode(m)} /> {t(`imports.modes.${m}`)}
          </label>
        ))}
      </fieldset>
      <p className="muted" data-testid="mode-preview">
        {Object.entries(counts).map(([action, n]) => t(`imports.actions.${action}`, { defaultValue: action }) + `: ${n}`).join(" · ")}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="sr-only">{t("imports.preview")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("imports.row")}</th>
              <th scope="col">{t("imports.action")}</th>
              {shown.map((f) => (
                <th scope="col" key={f}>{t(`imports.fields.${f}`, { defaultValue: f })}</th>
              ))}
              <th scope="col">{t("imports.errors")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row_no} className={row.errors.length ? "row-error" : undefined}>
                <td>{row.row_no}</td>
                <td>{t(`imports.actions.${actionFor(mode, row, job.cars_file)}`)}</td>
                {shown.map((f) => (
                  <td key={f}>{String((row.values as Record<string, unknown>)[f] ?? "")}</td>
                ))}
                <td>{row.errors.map((e) => { const p = e as { field?: string; code?: string; msg?: string }; return p.code ? label(`${p.field ?? ""}:${p.code}`) : (p.msg ?? ""); }).join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
