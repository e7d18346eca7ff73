import { Button, ConfirmDialog } from "@storage-crm/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";

import { api, unwrap } from "../lib/api";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";
import { MappingStep } from "./MappingStep";
import { PreviewStep } from "./PreviewStep";
import { ProgressStep } from "./ProgressStep";
import { useImport, type Mode } from "./queries";

/** One import, resumable: mapping and preview while it is checked, then confirm, progress, report, undo. */
export function ImportPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("ops");
  const lock = useWriteLock();
  const toast = useToast();
  const queries = useQueryClient();
  const job = useImport(id);
  const [mode, setMode] = useState<Mode>("create");
  const [confirming, setConfirming] = useState(false);
  const done = () => {
    void queries.invalidateQueries({ queryKey: ["import"] });
    void queries.invalidateQueries({ queryKey: ["imports"] });
  };
  const confirm = useMutation({
    mutationFn: async () =>
      unwrap(await api.importer.POST("/imports/{job_id}/confirm", { params: { path: { job_id: id } }, body: { mode } })),
    onSuccess: () => {
      setConfirming(false);
      done();
    },
    onError: (error) => toast(error.message, "error"),
  });
  if (job.isError) return <p className="banner banner-error" role="alert">{job.error.message}</p>;
  if (!job.data) return <p className="page-state">{t("app.loading")}</p>;
  const data = job.data;
  const editable = data.status === "validating" || data.status === "ready";
  return (
    <section aria-labelledby="import-title">
      <p><Link to="/imports">{t("imports.back")}</Link></p>
      <div className="page-head">
        <div>
          <h1 id="import-title">{t("imports.jobTitle", { file: data.filename })}</h1>
          <p className="muted">
            {t(`imports.statuses.${data.status}`, { defaultValue: data.status })} · {t("imports.detected", { encoding: data.encoding ?? "?", delimiter: data.delimiter ?? "?" })}
          </p>
        </div>
      </div>
      {data.error ? <p className="banner banner-error" role="alert">{data.error}</p> : null}
      {editable ? (
        <>
          <MappingStep job={data} onSaved={done} />
          <PreviewStep job={data} mode={mode} onMode={setMode} />
          <div className="ui-dialog-actions">
            <Button
              variant="primary"
              disabledReason={lock ?? (data.status !== "ready" ? t("imports.stillChecking") : data.missing_fields.length ? t("imports.missing") : undefined)}
              onClick={() => setConfirming(true)}
            >
              {t("imports.confirm")}
            </Button>
          </div>
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            title={t("imports.confirmTitle")}
            confirmLabel={t("imports.confirm")}
            cancelLabel={t("common.cancel")}
            onConfirm={() => confirm.mutate()}
            busy={confirm.isPending}
          >
            <p>{t("imports.confirmBody", { valid: data.rows.valid, rejected: data.rows.rejected, mode: t(`imports.modes.${mode}`) })}</p>
          </ConfirmDialog>
        </>
      ) : (
        <ProgressStep job={data} onChanged={done} />
      )}
    </section>
  );
}
