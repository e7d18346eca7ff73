import { DndContext, KeyboardSensor, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { ApiError, api, unwrap, type BoardColumn, type Customer } from "../lib/api";
import { moveCard } from "../lib/board";
import { useFacility } from "../lib/facility";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";
import { apiQuery, type ListFilters } from "./filters";
import { useBoard } from "./queries";

const columnKey = (column: BoardColumn) => column.stage?.id ?? "none";

function Card({ customer, locked }: { customer: Customer; locked: boolean }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: customer.id, disabled: locked, data: { customer } });
  const style = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)` } : undefined;
  return (
    <li ref={setNodeRef} style={style} className={`board-card${isDragging ? " dragging" : ""}`} data-testid="board-card" {...attributes} {...listeners}>
      <Link to={`/contacts/${customer.id}`} onPointerDown={(e) => e.stopPropagation()}>{`${customer.first_name} ${customer.last_name}`}</Link>
      {customer.company ? <span className="muted">{customer.company}</span> : null}
    </li>
  );
}

function Column({ column, label, locked }: { column: BoardColumn; label: string; locked: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: columnKey(column) });
  return (
    <section ref={setNodeRef} className={`board-column${isOver ? " over" : ""}`} aria-label={label} data-testid="board-column">
      <h2>
        {label} <span className="ui-tab-count">{column.count}</span>
      </h2>
      <ul>
        {column.cards.map((c) => (
          <Card key={c.id} customer={c} locked={locked} />
        ))}
      </ul>
    </section>
  );
}

/** Columns by pipeline stage; dropping a card moves it at once and rolls back if the server refuses. */
export function ContactBoard({ filters }: { filters: ListFilters }) {
  const { t } = useTranslation();
  const toast = useToast();
  const lock = useWriteLock();
  const queries = useQueryClient();
  const facility = useFacility().active?.id;
  const board = useBoard(filters);
  const key = ["board", facility, { ...apiQuery(filters), stage_id: undefined, per_stage: 50 }];
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor));
  const move = useMutation({
    mutationFn: async (v: { customer: Customer; stageId: string | null; stageName: string }) =>
      unwrap(await api.contacts.POST("/board/move", { body: { customer_id: v.customer.id, stage_id: v.stageId, version: v.customer.version } })),
    onMutate: async (v) => {
      await queries.cancelQueries({ queryKey: key });
      const before = queries.getQueryData<{ columns: BoardColumn[] }>(key);
      if (before) queries.setQueryData(key, { columns: moveCard(before.columns, v.customer.id, v.stageId) });
      return { before };
    },
    onError: (error, v, saved) => {
      if (saved?.before) queries.setQueryData(key, saved.before);
      const name = `${v.customer.first_name} ${v.customer.last_name}`;
      toast(error instanceof ApiError && error.status === 409 ? t("contacts.moveConflict", { name }) : error.message, "error");
    },
    onSuccess: (_, v) => toast(t("contacts.moved", { name: `${v.customer.first_name} ${v.customer.last_name}`, stage: v.stageName })),
    onSettled: () => {
      void queries.invalidateQueries({ queryKey: ["board"] });
      void queries.invalidateQueries({ queryKey: ["customers"] });
    },
  });
  if (board.isError) return <p className="banner banner-error" role="alert">{board.error.message}</p>;
  const columns = board.data?.columns ?? [];
  const labelOf = (c: BoardColumn) => c.stage?.name ?? t("contacts.noStage");
  const onDragEnd = (event: DragEndEvent) => {
    const customer = event.active.data.current?.customer as Customer | undefined;
    const target = columns.find((c) => columnKey(c) === event.over?.id);
    if (!customer || !target || (target.stage?.id ?? null) === (customer.stage_id ?? null)) return;
    move.mutate({ customer, stageId: target.stage?.id ?? null, stageName: labelOf(target) });
  };
  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      <div className="board">
        {columns.map((column) => (
          <Column key={columnKey(column)} column={column} label={labelOf(column)} locked={lock !== undefined} />
        ))}
      </div>
    </DndContext>
  );
}
