// The board's optimistic move: the card leaves its column and joins the target before the server answers.
import type { BoardColumn } from "./api";

export function moveCard(columns: BoardColumn[], customerId: string, stageId: string | null): BoardColumn[] {
  const card = columns.flatMap((c) => c.cards).find((c) => c.id === customerId);
  if (!card) return columns;
  return columns.map((column) => {
    const without = column.cards.filter((c) => c.id !== customerId);
    const removed = without.length !== column.cards.length;
    if ((column.stage?.id ?? null) === stageId) {
      return { ...column, cards: [{ ...card, stage_id: stageId }, ...without], count: column.count + (removed ? 0 : 1) };
    }
    return removed ? { ...column, cards: without, count: column.count - 1 } : column;
  });
}
