import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";

import { EmailLog } from "../emails/EmailsPage";
import { api, unwrap } from "../lib/api";
import { useFacility } from "../lib/facility";

export { NewBroadcastPage } from "./NewBroadcastPage";

/** The send report, live: sent, failed, still queued, skipped by reason, and each recipient's email. */
export function BroadcastReportPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("ops");
  const facility = useFacility().active;
  const report = useQuery({
    queryKey: ["broadcast", facility?.id, id],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.notifications.GET("/broadcasts/{broadcast_id}", { params: { path: { broadcast_id: id } }, signal })),
    refetchInterval: (query) => (query.state.data?.status === "completed" ? false : Math.min(10_000, 1000 * 1.5 ** query.state.dataUpdateCount)),
  });
  if (report.isError) return <p className="banner banner-error" role="alert">{report.error.message}</p>;
  if (!report.data) return <p className="page-state">{t("broadcasts.loading")}</p>;
  const r = report.data;
  return (
    <section aria-labelledby="report-title">
      <h1 id="report-title">{r.subject}</h1>
      <p role="status">{t(`broadcasts.reportStatus.${r.status}`, { defaultValue: r.status })}</p>
      <dl className="figures" data-testid="broadcast-report">
        <dt>{t("broadcasts.sent")}</dt><dd>{r.sent}</dd>
        <dt>{t("broadcasts.failed")}</dt><dd>{r.failed}</dd>
        <dt>{t("broadcasts.queued")}</dt><dd>{r.queued}</dd>
        {Object.entries(r.skipped).map(([reason, n]) => (
          <div key={reason} style={{ display: "contents" }}><dt>{t("broadcasts.skipped", { reason: t(`broadcasts.reasons.${reason}`, { defaultValue: reason }) })}</dt><dd>{n}</dd></div>
        ))}
      </dl>
      <h2>{t("broadcasts.recipients")}</h2>
      <EmailLog broadcastId={id} />
    </section>
  );
}
