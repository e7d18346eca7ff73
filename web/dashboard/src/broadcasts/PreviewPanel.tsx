import { useTranslation } from "react-i18next";

import type { Preview } from "./audience";

/** Before sending: the audience, how many get it in each language, and each skipped contact with the reason. */
export function PreviewPanel({ preview, error, loading }: { preview: Preview | undefined; error: Error | null; loading: boolean }) {
  const { t } = useTranslation("ops");
  const skipped = preview ? Object.values(preview.skipped).reduce((a, b) => a + b, 0) : 0;
  return (
    <section className="panel" aria-labelledby="preview-title" data-testid="broadcast-preview">
      <h2 id="preview-title">{t("broadcasts.preview.title")}</h2>
      {error ? <p className="banner banner-error" role="alert">{error.message}</p> : null}
      <div aria-live="polite">
        {!preview ? <p className="muted">{loading ? t("broadcasts.loading") : t("broadcasts.preview.none")}</p> : (
          <>
            <p className="preview-summary">
              <strong>{t("broadcasts.preview.sending", { count: preview.sending })}</strong>{" "}
              {t("broadcasts.preview.ofTotal", { count: preview.total })}
              {preview.sending ? ` (${t("broadcasts.preview.languages", { fr: preview.languages.fr ?? 0, en: preview.languages.en ?? 0 })})` : ""}
            </p>
            {skipped ? (
              <>
                <p>
                  {t("broadcasts.preview.skipped", { count: skipped })} (
                  {Object.entries(preview.skipped).map(([reason, n]) => t("broadcasts.preview.reasonCount", { reason: t(`broadcasts.reasons.${reason}`, { defaultValue: reason }), count: n })).join(" · ")})
                </p>
                <table className="data-table preview-table">
                  <caption className="sr-only">{t("broadcasts.preview.skippedCaption")}</caption>
                  <thead><tr><th scope="col">{t("emails.to")}</th><th scope="col">{t("emails.reason")}</th></tr></thead>
                  <tbody>
                    {preview.skipped_recipients.map((r) => (
                      <tr key={r.customer_id} data-testid="skipped-row">
                        <td>{r.first_name} {r.last_name}<br /><span className="muted">{r.email ?? "—"}</span></td>
                        <td>{t(`broadcasts.reasons.${r.reason}`, { defaultValue: r.reason })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {skipped > preview.skipped_recipients.length ? <p className="muted">{t("broadcasts.preview.more", { count: skipped - preview.skipped_recipients.length })}</p> : null}
              </>
            ) : <p className="muted">{t("broadcasts.preview.noneSkipped")}</p>}
          </>
        )}
      </div>
    </section>
  );
}
