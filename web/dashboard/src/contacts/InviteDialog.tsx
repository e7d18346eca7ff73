import { ConfirmDialog } from "@storage-crm/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { api, unwrap, type Customer, type Person } from "../lib/api";
import { useToast } from "../lib/toast";

/** Send Invite / Resend the portal link, after a window that shows who gets it and where. */
export function InviteDialog({ customer, person, onClose }: { customer: Customer; person?: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const queries = useQueryClient();
  const who = person ?? customer;
  const name = `${who.first_name} ${who.last_name}`;
  const send = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.contacts.POST("/customers/{customer_id}/invite", {
          params: { path: { customer_id: customer.id } },
          body: { person_id: person?.id ?? null },
        }),
      ),
    onSuccess: (queued) => {
      toast(t("customer.account.sent", { email: queued.email }));
      void queries.invalidateQueries({ queryKey: ["customer", customer.id] });
      void queries.invalidateQueries({ queryKey: ["customers"] });
      onClose();
    },
    onError: (error) => toast(error.message, "error"),
  });
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t("customer.account.confirmTitle")}
      confirmLabel={customer.invited_at && !person ? t("customer.account.resend") : t("customer.account.send")}
      cancelLabel={t("common.cancel")}
      busy={send.isPending}
      onConfirm={() => send.mutate()}
    >
      {who.email ? <p>{t("customer.account.confirmBody", { name, email: who.email })}</p> : <p>{t("customer.account.noEmail")}</p>}
      {send.isError ? (
        <p className="banner banner-error" role="alert">
          {send.error.message}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
