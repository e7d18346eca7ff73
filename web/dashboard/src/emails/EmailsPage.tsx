import type { notifications } from "@storage-crm/api";
import { Button, Dialog } from "@storage-crm/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { api, unwrap } from "../lib/api";
import { useFacility } from "../lib/facility";
import { formatDate } from "../lib/format";

export type Email = notifications.components["schemas"]["Email"];
const STATUSES = ["queued", "sent", "failed", "bounced", "skipped"];

/** The email log of the facility, or of one customer: status with its reason, filters, one email opened. */
export function EmailLog({ customerId, broadcastId }: { customerId?: string; broadcastId?: string }) {
  const { t, i18n } = useTranslation("ops");
  const facility = useFacility().active;
  const [status, setStatus] = useState("");
  const [template, setTemplate] = useState("");
  const [open, setOpen] = useState<Email | null>(null);
  const log = useQuery({
    queryKey: ["emails", facility?.id, customerId, broadcastId],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) =>
      unwrap(await api.notifications.GET("/emails", { params: { query: { limit: 500, customer_id: customerId, broadcast_id: broadcastId } }, signal })),
    refetchInterval: (query) => (query.state.data?.items.some((e) => e.status === "queued") ? 3000 : false),
  });
  const items = (log.data?.items ?? []).filter((e) => (!status || e.status === status) && (!template || e.template === template));
  // Skip reasons have words of their own; a provider's reason (a bounce) is shown as it came.
  const reasonText = (reason: string | null | undefined) =>
    reason && ["opted_out", "no_email"].includes(reason) ? t(`broadcasts.reasons.${reason}`) : (reason ?? "");
  const templates = [...new Set((log.data?.items ?? []).map((e) => e.template))].sort();
  return (
    <div>
      <div className="filters">
        <label className="filter">
          {t("emails.status")}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t("emails.any")}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`emails.statuses.${s}`)}</option>)}
          </select>
        </label>
        <label className="filter">
          {t("emails.template")}
          <select value={template} onChange={(e) => setTemplate(e.target.value)}>
            <option value="">{t("emails.any")}</option>
            {templates.map((s) => <option key={s} value={s}>{t(`emails.templates.${s}`, { defaultValue: s })}</option>)}
          </select>
        </label>
      </div>
      {log.isError ? <p className="banner banner-error" role="alert">{log.error.message}</p> : null}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="sr-only">{t("emails.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("emails.date")}</th>
              <th scope="col">{t("emails.to")}</th>
              <th scope="col">{t("emails.template")}</th>
              <th scope="col">{t("emails.status")}</th>
              <th scope="col">{t("emails.reason")}</th>
              <th scope="col"><span className="sr-only">{t("emails.open")}</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id} data-testid="email-row">
                <td>{formatDate(e.sent_at ?? e.created_at, i18n.language)}</td>
                <td>{e.customer_id && !customerId ? <Link to={`/contacts/${e.customer_id}`}>{e.to_name ?? e.to_email}</Link> : (e.to_name ?? e.to_email)} <span className="muted">{e.to_email}</span></td>
                <td>{t(`emails.templates.${e.template}`, { defaultValue: e.template })}</td>
                <td><span className={`status-pill status-${e.status}`}>{t(`emails.statuses.${e.status}`, { defaultValue: e.status })}</span></td>
                <td>{reasonText(e.reason)}</td>
                <td><Button variant="ghost" onClick={() => setOpen(e)}>{t("emails.open")}</Button></td>
              </tr>
            ))}
          </tbody>
        </table>
        {log.data && !items.length ? <p className="page-state">{t("emails.none")}</p> : null}
      </div>
      <Dialog open={open !== null} onOpenChange={(o) => !o && setOpen(null)} title={t("emails.detail")}>
        {open ? (
          <>
            <dl className="figures">
              <dt>{t("emails.to")}</dt><dd>{open.to_name} &lt;{open.to_email}&gt;</dd>
              <dt>{t("emails.template")}</dt><dd>{t(`emails.templates.${open.template}`, { defaultValue: open.template })}</dd>
              <dt>{t("emails.language")}</dt><dd>{open.language}</dd>
              <dt>{t("emails.status")}</dt><dd>{t(`emails.statuses.${open.status}`, { defaultValue: open.status })}</dd>
              <dt>{t("emails.reason")}</dt><dd>{reasonText(open.reason) || t("common.none")}</dd>
              <dt>{t("emails.attempts")}</dt><dd>{open.attempts}</dd>
              <dt>{t("emails.created")}</dt><dd>{formatDate(open.created_at, i18n.language)}</dd>
              <dt>{t("emails.sent")}</dt><dd>{open.sent_at ? formatDate(open.sent_at, i18n.language) : t("common.none")}</dd>
              <dt>{t("emails.messageId")}</dt><dd>{open.message_id ?? t("common.none")}</dd>
            </dl>
            <div className="ui-dialog-actions"><Button onClick={() => setOpen(null)}>{t("common.close")}</Button></div>
          </>
        ) : null}
      </Dialog>
    </div>
  );
}

export function EmailsPage() {
  const { t } = useTranslation("ops");
  return (
    <section aria-labelledby="emails-title">
      <div className="page-head"><h1 id="emails-title">{t("emails.title")}</h1></div>
      <EmailLog />
    </section>
  );
}
