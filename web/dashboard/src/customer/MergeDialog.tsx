import { Button, Dialog } from "@storage-crm/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { api, unwrap, type Customer } from "../lib/api";
import { MergeCompare } from "./MergeCompare";

/** Merge a probable duplicate into this record, after a side-by-side view of what is kept. */
export function MergeDialog({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [other, setOther] = useState<Customer | null>(null);
  const candidates = useQuery({
    queryKey: ["duplicates-of", customer.id],
    queryFn: async ({ signal }) => {
      const page = unwrap(await api.contacts.GET("/customers/{customer_id}/duplicates", { params: { path: { customer_id: customer.id } }, signal }));
      const records = await Promise.all(
        page.items.map(async (d) => ({ ...d, record: unwrap(await api.contacts.GET("/customers/{customer_id}", { params: { path: { customer_id: d.customer_id } }, signal })) })),
      );
      return records;
    },
  });
  const merge = useMutation({
    mutationFn: async (o: Customer) => unwrap(await api.contacts.POST("/customers/{customer_id}/merge", { params: { path: { customer_id: customer.id } }, body: { other_id: o.id } })),
    onSuccess: (saved) => {
      queries.setQueryData(["customer", customer.id, saved.facility_id], saved);
      void queries.invalidateQueries();
      onClose();
    },
  });
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t("merge.title")} wide>
      {candidates.isPending ? <p>{t("app.loading")}</p> : null}
      {candidates.data?.length === 0 ? <p className="muted">{t("merge.none")}</p> : null}
      {!other ? (
        <ul className="plain-list">
          {candidates.data?.map((d) => (
            <li key={d.customer_id}>
              <Button onClick={() => setOther(d.record)}>{`${d.record.first_name} ${d.record.last_name}`}</Button>{" "}
              <span className="muted">{d.reasons.map((r) => t(`duplicates.reasons.${r}`, { defaultValue: r })).join(", ")}</span>
            </li>
          ))}
        </ul>
      ) : (
        <>
          <MergeCompare kept={customer} other={other} />
          <Button variant="ghost" onClick={() => setOther(null)}>{t("merge.back")}</Button>
        </>
      )}
      {merge.isError ? <p className="banner banner-error" role="alert">{merge.error.message}</p> : null}
      <div className="ui-dialog-actions">
        <Button onClick={onClose}>{t("common.cancel")}</Button>
        {other ? (
          <Button variant="primary" disabled={merge.isPending} onClick={() => merge.mutate(other)}>
            {t("merge.confirm")}
          </Button>
        ) : null}
      </div>
    </Dialog>
  );
}
