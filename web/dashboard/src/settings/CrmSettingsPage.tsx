import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
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

interface RowProps {
  item: CrmOption;
  index: number;
  count: number;
  lock: string | undefined;
  move: (index: number, by: number) => void;
  rename: (name: string) => void;
  remove: () => void;
  testId: string;
}

/** One option: drag handle (pointer or Space + arrows), up/down, rename in place, delete. */
function OptionRow({ item, index, count, lock, move, rename, remove, testId }: RowProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } = useSortable({ id: item.id, disabled: lock !== undefined });
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition }} data-testid={testId}>
      {lock ? null : (
        <button type="button" className="drag-handle" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={t("settings.drag", { name: item.name })}>
          <span aria-hidden="true">⠿</span>
        </button>
      )}
      {editing === null ? (
        <span className="option-name">{item.name}</span>
      ) : (
        <form className="inline-form option-name" onSubmit={(e) => { e.preventDefault(); if (editing.trim()) rename(editing.trim()); setEditing(null); }}>
          <input aria-label={t("settings.rename")} value={editing} autoFocus onChange={(e) => setEditing(e.target.value)} onKeyDown={(e) => e.key === "Escape" && setEditing(null)} />
          <Button type="submit">{t("common.save")}</Button>
        </form>
      )}
      <span className="row-actions">
        <Button variant="ghost" disabledReason={lock} aria-label={`${t("settings.rename")} ${item.name}`} onClick={() => setEditing(item.name)}>✎</Button>
        <Button variant="ghost" disabledReason={lock} disabled={index === 0} aria-label={t("settings.moveUp", { name: item.name })} onClick={() => move(index, -1)}>↑</Button>
        <Button variant="ghost" disabledReason={lock} disabled={index === count - 1} aria-label={t("settings.moveDown", { name: item.name })} onClick={() => move(index, 1)}>↓</Button>
        <Button variant="ghost" disabledReason={lock} aria-label={t("settings.deleteOption", { name: item.name })} onClick={remove}>✕</Button>
      </span>
    </li>
  );
}

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
  const key = ["crm-options", facility];
  const reorder = useMutation({
    mutationFn: async (ids: string[]) => unwrap(await api.contacts.PUT("/settings/crm/{kind}/order", { params: { path: { kind } }, body: { ids } })),
    // The list shows the new order at once; a refusal puts the old one back.
    onMutate: (ids) => {
      const before = queries.getQueryData<Record<Kind, CrmOption[]>>(key);
      if (before) queries.setQueryData(key, { ...before, [kind]: ids.map((id) => before[kind].find((o) => o.id === id)).filter(Boolean) });
      return { before };
    },
    onError: (error, _ids, saved) => {
      if (saved?.before) queries.setQueryData(key, saved.before);
      fail(error);
    },
    onSettled: done,
  });
  const rename = useMutation({
    mutationFn: async (v: { id: string; name: string }) =>
      unwrap(await api.contacts.PATCH("/settings/crm/{kind}/{option_id}", { params: { path: { kind, option_id: v.id } }, body: { name: v.name } })),
    onSuccess: done,
    onError: fail,
  });
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const onDragEnd = (event: DragEndEvent) => {
    const from = items.findIndex((i) => i.id === event.active.id);
    const to = items.findIndex((i) => i.id === event.over?.id);
    if (from >= 0 && to >= 0 && from !== to) reorder.mutate(arrayMove(items.map((i) => i.id), from, to));
  };
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
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
          <ol className="option-list">
            {items.map((item, index) => (
              <OptionRow
                key={item.id}
                item={item}
                index={index}
                count={items.length}
                lock={lock}
                move={move}
                rename={(name) => rename.mutate({ id: item.id, name })}
                remove={() => { remove.reset(); setDeleting(item); }}
                testId={`option-${kind}`}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
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
