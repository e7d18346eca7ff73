import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { api, unwrap } from "../lib/api";
import { formatDate } from "../lib/format";

// Emails show their delivery status the way the seeds name them.
const EMAIL_STATUS: Partial<Record<string, "delivered" | "failed" | "bounced">> = { email_sent: "delivered", email_failed: "failed", email_bounced: "bounced" };

const show = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : typeof value === "object" ? JSON.stringify(value) : String(value));

/** The timeline: changes (old → new per field), emails and their delivery, invites, sign-ins. */
export function ActivitySection({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const timeline = useQuery({
    queryKey: ["timeline", customerId],
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/customers/{customer_id}/timeline", { params: { path: { customer_id: customerId } }, signal })),
  });
  return (
    <section aria-labelledby="s-activity" className="panel panel-wide">
      <h2 id="s-activity">{t("customer.sections.activity")}</h2>
      {timeline.isError ? <p role="alert" className="banner banner-error">{timeline.error.message}</p> : null}
      {timeline.data?.items.length === 0 ? <p className="muted">{t("customer.noActivity")}</p> : null}
      <ol className="timeline">
        {timeline.data?.items.map((entry) => {
          const changes = (entry.data.changes ?? null) as Record<string, { old?: unknown; new?: unknown }> | null;
          const badge = EMAIL_STATUS[entry.kind];
          return (
            <li key={entry.id}>
              <time dateTime={entry.occurred_at}>{formatDate(entry.occurred_at, i18n.language)}</time>
              {badge ? <span className={`kind kind-${badge}`}>{t(`activity.${badge}`)}</span> : <span className="kind">{entry.kind}</span>} {entry.summary}
              {changes && typeof changes === "object" ? (
                <ul className="changes">
                  {Object.entries(changes).map(([field, pair]) => (
                    <li key={field}>
                      {field}: {show(pair.old)} → {show(pair.new)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
