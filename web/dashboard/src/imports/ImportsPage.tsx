import { Button } from "@storage-crm/ui";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";

import { formatDate } from "../lib/format";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";
import { useImports } from "./queries";
import { download, uploadFile } from "./transfer";

/** Imports: the template, a drop zone that uploads with progress, and the past imports with their figures. */
export function ImportsPage() {
  const { t, i18n } = useTranslation("ops");
  const lock = useWriteLock();
  const toast = useToast();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const list = useImports();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [over, setOver] = useState(false);

  const send = async (file: File | undefined) => {
    if (!file || lock) return;
    setProgress(0);
    try {
      const job = await uploadFile(file, setProgress);
      await queries.invalidateQueries({ queryKey: ["imports"] });
      navigate(`/imports/${job.id}`);
    } catch (error) {
      toast((error as Error).message, "error");
    } finally {
      setProgress(null);
    }
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void send(e.dataTransfer.files[0]);
  };

  return (
    <section aria-labelledby="imports-title">
      <div className="page-head">
        <h1 id="imports-title">{t("imports.title")}</h1>
        <div className="page-actions">
          <Button onClick={() => void download("/api/importer/imports/template.csv", "template.csv").catch((e: Error) => toast(e.message, "error"))}>
            {t("imports.template")}
          </Button>
        </div>
      </div>
      <div
        className={`drop-zone${over ? " drop-zone-over" : ""}`}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="drop-zone"
      >
        <p>{t("imports.drop")}</p>
        <Button variant="primary" disabledReason={lock} onClick={() => input.current?.click()}>{t("imports.choose")}</Button>
        <input
          id="import-file"
          ref={input}
          aria-label={t("imports.choose")}
          tabIndex={-1}
          className="sr-only"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={Boolean(lock)}
          onChange={(e) => void send(e.target.files?.[0])}
        />
        {progress !== null ? (
          <p>
            <label htmlFor="upload-progress">{t("imports.uploading", { percent: Math.round(progress * 100) })}</label>{" "}
            <progress id="upload-progress" max={1} value={progress} />
          </p>
        ) : null}
      </div>
      <h2>{t("imports.past")}</h2>
      {list.isError ? <p className="banner banner-error" role="alert">{list.error.message}</p> : null}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("imports.file")}</th>
              <th scope="col">{t("imports.date")}</th>
              <th scope="col">{t("imports.status")}</th>
              <th scope="col">{t("imports.rows")}</th>
              <th scope="col">{t("imports.valid")}</th>
              <th scope="col">{t("imports.rejected")}</th>
              <th scope="col">{t("imports.createdCount")}</th>
              <th scope="col">{t("imports.updatedCount")}</th>
            </tr>
          </thead>
          <tbody>
            {(list.data?.items ?? []).map((job) => (
              <tr key={job.id}>
                <td><Link to={`/imports/${job.id}`}>{job.filename}</Link></td>
                <td>{formatDate(job.created_at, i18n.language)}</td>
                <td>{t(`imports.statuses.${job.status}`, { defaultValue: job.status })}{job.undo.status === "done" ? ` · ${t("imports.undone")}` : ""}</td>
                <td>{job.rows.total}</td>
                <td>{job.rows.valid}</td>
                <td>{job.rows.rejected}</td>
                <td>{job.progress.created}</td>
                <td>{job.progress.updated}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.data && !list.data.items.length ? <p className="page-state">{t("imports.none")}</p> : null}
      </div>
    </section>
  );
}
