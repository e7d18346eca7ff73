import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { api, unwrap } from "../lib/api";
import { formatDate } from "../lib/format";

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
          const changes = (entry.data.changes ?? null) as Record<string, [unknown, unknown]> | null;
          return (
            <li key={entry.id}>
              <time dateTime={entry.occurred_at}>{formatDate(entry.occurred_at, i18n.language)}</time>
              <span className="kind">{entry.kind}</span> {entry.summary}
              {changes && typeof changes === "object" ? (
                <ul className="changes">
                  {Object.entries(changes).map(([field, pair]) => (
                    <li key={field}>
                      {field}: {Array.isArray(pair) ? `${String(pair[0] ?? "—")} → ${String(pair[1] ?? "—")}` : JSON.stringify(pair)}
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
