import { Button } from "@storage-crm/ui";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { MergeCompare } from "../customer/MergeCompare";
import { api, unwrap, type Customer } from "../lib/api";
import { useFacility } from "../lib/facility";
import { formatPhone } from "../lib/format";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";

function useCustomersById(ids: string[]) {
  const facility = useFacility().active?.id;
  return useQuery({
    queryKey: ["customers-by-id", facility, ids],
    queryFn: async ({ signal }) =>
      Promise.all(ids.map(async (id) => unwrap(await api.contacts.GET("/customers/{customer_id}", { params: { path: { customer_id: id } }, signal })))),
  });
}

/** One group of probable duplicates: pick the record to keep and the one to merge into it. */
function Group({ reason, ids }: { reason: string; ids: string[] }) {
  const { t, i18n } = useTranslation();
  const lock = useWriteLock();
  const toast = useToast();
  const queries = useQueryClient();
  const records = useCustomersById(ids);
  const [pair, setPair] = useState<{ kept: string; other: string }>({ kept: ids[0] ?? "", other: ids[1] ?? "" });
  const [comparing, setComparing] = useState(false);
  const merge = useMutation({
    mutationFn: async () => unwrap(await api.contacts.POST("/customers/{customer_id}/merge", { params: { path: { customer_id: pair.kept } }, body: { other_id: pair.other } })),
    onSuccess: (saved) => {
      toast(t("duplicates.merged", { name: `${saved.first_name} ${saved.last_name}` }));
      void queries.invalidateQueries();
    },
  });
  const byId = new Map((records.data ?? []).map((c) => [c.id, c] as const));
  const kept = byId.get(pair.kept);
  const other = byId.get(pair.other);
  const label = (c: Customer) => `${c.first_name} ${c.last_name}`;
  return (
    <li className="panel" data-testid="duplicate-group">
      <h2 className="group-reason">{t(`duplicates.reasons.${reason}`, { defaultValue: reason })}</h2>
      {records.isError ? <p className="banner banner-error" role="alert">{records.error.message}</p> : null}
      <table className="merge-table">
        <thead>
          <tr>
            <th scope="col">{t("duplicates.record")}</th>
            <th scope="col">{t("create.email")}</th>
            <th scope="col">{t("create.phone")}</th>
            <th scope="col">{t("create.company")}</th>
            <th scope="col">{t("duplicates.keep")}</th>
            <th scope="col">{t("duplicates.mergeIn")}</th>
          </tr>
        </thead>
        <tbody>
          {(records.data ?? []).map((c) => (
            <tr key={c.id}>
              <th scope="row"><Link to={`/contacts/${c.id}`}>{label(c)}</Link></th>
              <td>{c.email ?? "—"}</td>
              <td>{formatPhone(c.phone, i18n.language) || "—"}</td>
              <td>{c.company ?? "—"}</td>
              <td>
                <input type="radio" name={`keep-${ids.join()}`} aria-label={t("duplicates.keepName", { name: label(c) })} checked={pair.kept === c.id}
                  onChange={() => setPair((p) => ({ kept: c.id, other: p.other === c.id ? p.kept : p.other }))} />
              </td>
              <td>
                <input type="radio" name={`other-${ids.join()}`} aria-label={t("duplicates.mergeName", { name: label(c) })} checked={pair.other === c.id}
                  onChange={() => setPair((p) => ({ other: c.id, kept: p.kept === c.id ? p.other : p.kept }))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {comparing && kept && other ? <MergeCompare kept={kept} other={other} /> : null}
      {merge.isError ? <p className="banner banner-error" role="alert">{merge.error.message}</p> : null}
      <div className="page-actions">
        {comparing ? (
          <>
            <Button onClick={() => setComparing(false)}>{t("common.cancel")}</Button>
            <Button variant="primary" disabledReason={lock} disabled={merge.isPending || !kept || !other} onClick={() => merge.mutate()}>
              {t("duplicates.mergeInto", { name: kept ? label(kept) : "" })}
            </Button>
          </>
        ) : (
          <Button disabled={!kept || !other} onClick={() => setComparing(true)}>{t("duplicates.compare")}</Button>
        )}
      </div>
    </li>
  );
}

/** Duplicates: groups of customers sharing a phone, or a name and company, each mergeable two by two. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const facility = useFacility().active?.id;
  const groups = useInfiniteQuery({
    queryKey: ["duplicate-groups", facility],
    enabled: Boolean(facility),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) => unwrap(await api.contacts.GET("/customers/duplicates", { params: { query: { cursor: pageParam, limit: 20 } }, signal })),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
  const items = groups.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="duplicates-title">
      <h1 id="duplicates-title">{t("duplicates.title")}</h1>
      <p className="muted">{t("duplicates.intro")}</p>
      {groups.isPending ? <p className="page-state">{t("app.loading")}</p> : null}
      {groups.isError ? <p className="banner banner-error" role="alert">{groups.error.message}</p> : null}
      {groups.isSuccess && items.length === 0 ? <p className="page-state">{t("duplicates.none")}</p> : null}
      <ul className="plain-list group-list">
        {items.map((g) => (
          <Group key={`${g.reason}:${g.customer_ids.join()}`} reason={g.reason} ids={g.customer_ids} />
        ))}
      </ul>
      {groups.hasNextPage ? <Button onClick={() => void groups.fetchNextPage()}>{t("common.loadMore")}</Button> : null}
    </section>
  );
}
