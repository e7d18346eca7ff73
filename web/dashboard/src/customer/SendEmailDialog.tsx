import { Button, Dialog } from "@storage-crm/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { api, unwrap, type Customer } from "../lib/api";
import { useToast } from "../lib/toast";

/** Send an email: one transactional message (not marketing) written by staff to this customer. */
export function SendEmailDialog({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const queries = useQueryClient();
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const send = useMutation({
    mutationFn: async () => unwrap(await api.notifications.POST("/emails", { body: { customer_id: customer.id, subject, body } })),
    onSuccess: (queued) => {
      void queries.invalidateQueries({ queryKey: ["emails"] });
      void queries.invalidateQueries({ queryKey: ["timeline", customer.id] });
      if (queued.status === "failed" || queued.status === "skipped") return;
      toast(t("customer.email.queued", { email: customer.email }));
      onClose();
    },
  });
  const refused = send.data && (send.data.status === "failed" || send.data.status === "skipped") ? send.data.reason : null;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t("customer.sendEmail")} description={t("customer.email.hint", { name: `${customer.first_name} ${customer.last_name}`, email: customer.email })}>
      <form className="form" onSubmit={(e) => { e.preventDefault(); send.mutate(); }}>
        <div className="ui-field">
          <label htmlFor="email-subject">{t("customer.email.subject")}</label>
          <input id="email-subject" required maxLength={200} value={subject} onChange={(e) => setSubject(e.target.value)} />
        </div>
        <div className="ui-field">
          <label htmlFor="email-body">{t("customer.email.body")}</label>
          <textarea id="email-body" required rows={8} value={body} onChange={(e) => setBody(e.target.value)} />
        </div>
        {send.isError ? <p className="banner banner-error" role="alert">{send.error.message}</p> : null}
        {refused ? <p className="banner banner-error" role="alert">{t("customer.email.refused", { reason: refused })}</p> : null}
        <div className="ui-dialog-actions">
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button variant="primary" type="submit" disabled={send.isPending}>{t("customer.email.send")}</Button>
        </div>
      </form>
    </Dialog>
  );
}
