import { Button, ConfirmDialog } from "@storage-crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { api, unwrap } from "../lib/api";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";
import type { ImportJob } from "./queries";
import { download } from "./transfer";

interface UndoResult {
  removed: number;
  kept_count: number;
  kept: { customer_id: string; email?: string | null; reason: string }[];
}

/** Live progress (done, failed, rows/s, time left), cancel, the error report, and undo with what it kept. */
export function ProgressStep({ job, onChanged }: { job: ImportJob; onChanged: () => void }) {
  const { t } = useTranslation("ops");
  const lock = useWriteLock();
  const toast = useToast();
  const [undoing, setUndoing] = useState(false);
  const path = { params: { path: { job_id: job.id } } };
  const cancel = useMutation({
    mutationFn: async () => unwrap(await api.importer.POST("/imports/{job_id}/cancel", path)),
    onSuccess: onChanged,
    onError: (error) => toast(error.message, "error"),
  });
  const undo = useMutation({
    mutationFn: async () => unwrap(await api.importer.POST("/imports/{job_id}/undo", path)),
    onSuccess: () => {
      setUndoing(false);
      onChanged();
    },
    onError: (error) => toast(error.message, "error"),
  });
  const p = job.progress;
  const total = Math.max(job.rows.valid, 1);
  const result = job.undo.result as UndoResult | null;
  return (
    <div className="panel ops-step" aria-labelledby="progress-title">
      <h2 id="progress-title">{t("imports.progress")}</h2>
      <p>
        <label htmlFor="import-progress">{t("imports.doneOf", { done: p.done, total: job.rows.valid })}</label>{" "}
        <progress id="import-progress" max={total} value={p.done} />
      </p>
      <dl className="figures" data-testid="import-figures">
        <dt>{t("imports.createdCount")}</dt><dd>{p.created}</dd>
        <dt>{t("imports.updatedCount")}</dt><dd>{p.updated}</dd>
        <dt>{t("imports.skippedCount")}</dt><dd>{p.skipped}</dd>
        <dt>{t("imports.failedCount")}</dt><dd>{p.failed}</dd>
        <dt>{t("imports.rejected")}</dt><dd>{job.rows.rejected}</dd>
        <dt>{t("imports.rate")}</dt><dd>{p.rows_per_s != null ? Math.round(p.rows_per_s) : t("common.none")}</dd>
        <dt>{t("imports.left")}</dt><dd>{p.seconds_left != null ? `${Math.ceil(p.seconds_left)} s` : t("common.none")}</dd>
      </dl>
      <div className="page-actions">
        {job.status === "sending" ? (
          <Button variant="danger" disabledReason={lock} disabled={cancel.isPending} onClick={() => cancel.mutate()}>{t("imports.cancel")}</Button>
        ) : null}
        {job.rows.rejected || p.failed ? (
          <Button onClick={() => void download(`/api/importer/imports/${job.id}/errors.csv`, `errors-${job.filename}.csv`).catch((e: Error) => toast(e.message, "error"))}>
            {t("imports.errorReport")}
          </Button>
        ) : null}
        {(job.status === "completed" || job.status === "cancelled") && !job.undo.status ? (
          <Button variant="danger" disabledReason={lock} onClick={() => setUndoing(true)}>{t("imports.undo")}</Button>
        ) : null}
      </div>
      {job.undo.status === "requested" ? <p role="status">{t("imports.undoing")}</p> : null}
      {result ? (
        <div role="status" data-testid="undo-result">
          <p>{t("imports.undoResult", { removed: result.removed, kept: result.kept_count })}</p>
          {result.kept.length ? (
            <ul>
              {result.kept.map((k) => (
                <li key={k.customer_id}>{k.email ?? k.customer_id}: {t(`imports.kept.${k.reason}`, { defaultValue: k.reason })}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <ConfirmDialog
        open={undoing}
        onOpenChange={setUndoing}
        title={t("imports.undoTitle")}
        confirmLabel={t("imports.undo")}
        cancelLabel={t("common.cancel")}
        onConfirm={() => undo.mutate()}
        busy={undo.isPending}
        danger
      >
        <p>{t("imports.undoBody")}</p>
      </ConfirmDialog>
    </div>
  );
}
