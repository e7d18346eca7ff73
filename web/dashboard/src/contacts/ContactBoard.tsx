import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
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

/** Arrow keys jump a lifted card to the next or previous column (Space lifts and drops, Escape cancels). */
const columnJump: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const direction = event.code === "ArrowRight" ? 1 : event.code === "ArrowLeft" ? -1 : 0;
  if (!direction) return undefined;
  event.preventDefault();
  const rects = [...context.droppableRects.values()].sort((a, b) => a.left - b.left);
  const target = direction > 0 ? rects.find((r) => r.left > currentCoordinates.x + 1) : [...rects].reverse().find((r) => r.left < currentCoordinates.x - 1);
  return target ? { x: target.left + 8, y: currentCoordinates.y } : currentCoordinates;
};

function Card({ customer, locked, moveLabel }: { customer: Customer; locked: boolean; moveLabel: string }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({ id: customer.id, disabled: locked, data: { customer } });
  const style = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)` } : undefined;
  const name = `${customer.first_name} ${customer.last_name}`;
  return (
    <li ref={setNodeRef} style={style} className={`board-card${isDragging ? " dragging" : ""}`} data-testid="board-card">
      {locked ? null : (
        <button type="button" ref={setActivatorNodeRef} className="drag-handle" {...attributes} {...listeners} aria-label={`${moveLabel}: ${name}`}>
          <span aria-hidden="true">⠿</span>
        </button>
      )}
      <span className="board-card-text">
        <Link to={`/contacts/${customer.id}`}>{name}</Link>
        {customer.company ? <span className="muted">{customer.company}</span> : null}
      </span>
    </li>
  );
}

function Column({ column, label, locked, moveLabel }: { column: BoardColumn; label: string; locked: boolean; moveLabel: string }) {
  const { setNodeRef, isOver } = useDroppable({ id: columnKey(column) });
  return (
    <section ref={setNodeRef} className={`board-column${isOver ? " over" : ""}`} aria-label={label} data-testid="board-column">
      <h2>
        {label} <span className="ui-tab-count">{column.count}</span>
      </h2>
      <ul>
        {column.cards.map((c) => (
          <Card key={c.id} customer={c} locked={locked} moveLabel={moveLabel} />
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
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { coordinateGetter: columnJump }));
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
          <Column key={columnKey(column)} column={column} label={labelOf(column)} locked={lock !== undefined} moveLabel={t("contacts.moveCard")} />
        ))}
      </div>
    </DndContext>
  );
}
