import { Button, ConfirmDialog } from "@storage-crm/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useCrmOptions } from "../contacts/queries";
import { ApiError, api, unwrap, type CrmOption } from "../lib/api";
import { useFacility } from "../lib/facility";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";

type Kind = "stages" | "sources" | "customer_types";

function OptionList({ kind, items }: { kind: Kind; items: CrmOption[] }) {
  const { t } = useTranslation();
  const lock = useWriteLock();
  const toast = useToast();
  const queries = useQueryClient();
  const facility = useFacility().active?.id;
  const [name, setName] = useState("");
  const [deleting, setDeleting] = useState<CrmOption | null>(null);
  const [moveTo, setMoveTo] = useState("");
  const done = () => {
    void queries.invalidateQueries({ queryKey: ["crm-options", facility] });
    void queries.invalidateQueries({ queryKey: ["board"] });
  };
  const fail = (error: Error) => toast(error.message, "error");
  const create = useMutation({
    mutationFn: async () => unwrap(await api.contacts.POST("/settings/crm/{kind}", { params: { path: { kind } }, body: { name } })),
    onSuccess: () => { setName(""); done(); },
    onError: fail,
  });
  const reorder = useMutation({
    mutationFn: async (ids: string[]) => unwrap(await api.contacts.PUT("/settings/crm/{kind}/order", { params: { path: { kind } }, body: { ids } })),
    onSuccess: done,
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: async (v: { id: string; moveTo?: string }) =>
      unwrap(await api.contacts.DELETE("/settings/crm/{kind}/{option_id}", { params: { path: { kind, option_id: v.id }, query: { move_to: v.moveTo || undefined } } })),
    onSuccess: () => { setDeleting(null); setMoveTo(""); done(); },
  });
  const move = (index: number, by: number) => {
    const ids = items.map((i) => i.id);
    const [id] = ids.splice(index, 1);
    if (id) ids.splice(index + by, 0, id);
    reorder.mutate(ids);
  };
  const inUse = remove.error instanceof ApiError && remove.error.status === 409;
  return (
    <section className="panel" aria-labelledby={`crm-${kind}`}>
      <h2 id={`crm-${kind}`}>{t(`settings.${kind}`)}</h2>
      <ol className="option-list">
        {items.map((item, index) => (
          <li key={item.id} data-testid={`option-${kind}`}>
            <span>{item.name}</span>
            <span className="row-actions">
              <Button variant="ghost" disabledReason={lock} disabled={index === 0} aria-label={t("settings.moveUp", { name: item.name })} onClick={() => move(index, -1)}>↑</Button>
              <Button variant="ghost" disabledReason={lock} disabled={index === items.length - 1} aria-label={t("settings.moveDown", { name: item.name })} onClick={() => move(index, 1)}>↓</Button>
              <Button variant="ghost" disabledReason={lock} aria-label={t("settings.deleteOption", { name: item.name })} onClick={() => { remove.reset(); setDeleting(item); }}>✕</Button>
            </span>
          </li>
        ))}
      </ol>
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); if (name.trim()) create.mutate(); }}>
        <input aria-label={`${t("settings.newName")} (${t(`settings.${kind}`)})`} placeholder={t("settings.newName")} value={name} onChange={(e) => setName(e.target.value)} />
        <Button type="submit" disabledReason={lock} disabled={create.isPending}>{t("settings.add")}</Button>
      </form>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t("settings.deleteOption", { name: deleting?.name ?? "" })}
        confirmLabel={inUse ? t("settings.moveAndDelete") : t("common.delete")}
        cancelLabel={t("common.cancel")}
        danger
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id, moveTo })}
      >
        {inUse ? (
          <label className="ui-field">
            <span>{t("settings.inUse", { name: deleting?.name ?? "" })}</span>
            <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
              <option value="" />
              {items.filter((i) => i.id !== deleting?.id).map((i) => (
                <option key={i.id} value={i.id}>{i.name}</option>
              ))}
            </select>
          </label>
        ) : (
          <p>{deleting?.name}</p>
        )}
        {remove.isError && !inUse ? <p className="banner banner-error" role="alert">{remove.error.message}</p> : null}
      </ConfirmDialog>
    </section>
  );
}

/** Settings → CRM: pipeline stages (in board order), sources and customer types. */
export function CrmSettingsPage() {
  const { t } = useTranslation();
  const options = useCrmOptions();
  return (
    <section aria-labelledby="crm-title">
      <h1 id="crm-title">{t("settings.crmTitle")}</h1>
      {options.isError ? <p className="banner banner-error" role="alert">{options.error.message}</p> : null}
      <div className="sections">
        <OptionList kind="stages" items={options.data?.stages ?? []} />
        <OptionList kind="sources" items={options.data?.sources ?? []} />
        <OptionList kind="customer_types" items={options.data?.customer_types ?? []} />
      </div>
    </section>
  );
}
