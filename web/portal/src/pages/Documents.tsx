import { useEffect } from "react";

import { usePortal, useT } from "../context";
import { Heading } from "../Heading";

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Shared documents, each with its short-lived signed download link. */
export function Documents() {
  const { lang, view, reload } = usePortal();
  const t = useT(lang);
  // The download links live five minutes: fresh ones each time the page opens.
  useEffect(() => void reload(), [reload]);
  const docs = view.documents ?? [];
  return (
    <>
      <Heading>{t("documents")}</Heading>
      {docs.length === 0 ? (
        <p className="empty">{t("noDocuments")}</p>
      ) : (
        <ul className="cards">
          {docs.map((d) => (
            <li key={d.document_id} className="card row">
              <span className="grow">
                <strong>{d.filename}</strong> <span className="muted">{size(d.size)}</span>
              </span>
              <a className="button" href={d.download_url} download={d.filename} aria-label={t("downloadDoc", { name: d.filename })}>
                {t("download")}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
