import { Button } from "@storage-crm/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { api, documentUrl, unwrap } from "../lib/api";
import { formatDate } from "../lib/format";
import { uploadFile } from "../lib/upload";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";

/** Contracts and files: upload, download through a signed link, delete. */
export function DocumentsSection({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const lock = useWriteLock();
  const toast = useToast();
  const queries = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const path = { customer_id: customerId };
  const docs = useQuery({
    queryKey: ["documents", customerId],
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/customers/{customer_id}/documents", { params: { path }, signal })),
  });
  const [progress, setProgress] = useState<{ name: string; pct: number; abort: AbortController } | null>(null);
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const abort = new AbortController();
      setProgress({ name: file.name, pct: 0, abort });
      try {
        return await uploadFile(`/api/contacts/customers/${customerId}/documents`, file, (pct) => setProgress((p) => (p ? { ...p, pct } : p)), abort.signal);
      } finally {
        setProgress(null);
      }
    },
    onSuccess: () => void queries.invalidateQueries({ queryKey: ["documents", customerId] }),
    onError: (error) => toast(error.name === "AbortError" ? t("documents.cancelled") : error.message, error.name === "AbortError" ? "info" : "error"),
  });
  const download = async (documentId: string) => {
    const link = unwrap(await api.contacts.POST("/customers/{customer_id}/documents/{document_id}/link", { params: { path: { ...path, document_id: documentId } } }));
    window.open(documentUrl(link.url), "_blank", "noopener");
  };
  const remove = useMutation({
    mutationFn: async (documentId: string) => unwrap(await api.contacts.DELETE("/customers/{customer_id}/documents/{document_id}", { params: { path: { ...path, document_id: documentId } } })),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ["documents", customerId] }),
    onError: (error) => toast(error.message, "error"),
  });
  return (
    <section aria-labelledby="s-documents" className="panel">
      <h2 id="s-documents">{t("customer.sections.documents")}</h2>
      {docs.isError ? <p className="banner banner-error" role="alert">{docs.error.message}</p> : null}
      {docs.data?.items.length === 0 ? <p className="muted">{t("customer.noDocuments")}</p> : null}
      <ul className="plain-list">
        {docs.data?.items.map((d) => (
          <li key={d.id}>
            <button type="button" className="link-button" onClick={() => void download(d.id)}>{d.filename}</button>{" "}
            <span className="muted">{formatDate(d.created_at, i18n.language)}</span>{" "}
            <Button variant="ghost" disabledReason={lock} onClick={() => remove.mutate(d.id)} aria-label={`${t("common.delete")} ${d.filename}`}>
              {t("common.delete")}
            </Button>
          </li>
        ))}
      </ul>
      <input ref={input} type="file" hidden aria-hidden="true" tabIndex={-1} onChange={(e) => { const f = e.target.files?.[0]; if (f) upload.mutate(f); e.target.value = ""; }} data-testid="document-input" />
      {progress ? (
        <div className="upload-progress" data-testid="upload-progress">
          <label>
            {t("documents.uploading", { name: progress.name })}
            <progress max={100} value={progress.pct} aria-valuetext={`${progress.pct} %`} />
          </label>
          <span aria-live="polite">{progress.pct} %</span>
          <Button onClick={() => progress.abort.abort()}>{t("common.cancel")}</Button>
        </div>
      ) : (
        <Button disabledReason={lock} disabled={upload.isPending} onClick={() => input.current?.click()}>
          {t("customer.upload")}
        </Button>
      )}
    </section>
  );
}
