// The importer's jobs: types, the list, one job polled with backoff while it works.
import type { importer } from "@storage-crm/api";
import { useQuery } from "@tanstack/react-query";

import { api, unwrap } from "../lib/api";
import { useFacility } from "../lib/facility";

export type ImportJob = importer.components["schemas"]["ImportJob"];
export type PreviewRow = importer.components["schemas"]["PreviewRow"];
export type Mode = "create" | "upsert" | "update";
export const MODES: Mode[] = ["create", "upsert", "update"];
export const FIELDS = [
  "first_name", "last_name", "email", "phone", "company", "language", "birthday", "tags",
  "car_make", "car_model", "car_year", "car_colour", "car_plate", "car_vin",
] as const;

/** Whether the job is still changing on the server (then it is polled). */
export function isBusy(job: ImportJob | undefined): boolean {
  if (!job) return false;
  return job.status === "validating" || job.status === "sending" || job.undo.status === "requested";
}

/** Poll delay: 1 s, growing by half each time up to 10 s, so a long import never becomes a request storm. */
export function backoff(attempt: number): number {
  return Math.min(10_000, 1000 * 1.5 ** attempt);
}

export function useImports() {
  const facility = useFacility().active;
  return useQuery({
    queryKey: ["imports", facility?.id],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.importer.GET("/imports", { params: { query: { limit: 100 } }, signal })),
  });
}

export function useImport(id: string) {
  const facility = useFacility().active;
  return useQuery({
    queryKey: ["import", facility?.id, id],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.importer.GET("/imports/{job_id}", { params: { path: { job_id: id } }, signal })),
    refetchInterval: (query) => (isBusy(query.state.data) ? backoff(query.state.dataUpdateCount) : false),
  });
}

export function usePreview(job: ImportJob | undefined) {
  const facility = useFacility().active;
  return useQuery({
    queryKey: ["import-preview", facility?.id, job?.id, JSON.stringify(job?.mapping), job?.summary],
    enabled: Boolean(facility && job && (job.status === "validating" || job.status === "ready")),
    queryFn: async ({ signal }) =>
      unwrap(await api.importer.GET("/imports/{job_id}/preview", { params: { path: { job_id: job!.id }, query: { limit: 50 } }, signal })),
  });
}

/** What `mode` would do to a preview row (the server's preview was made in "create" mode: skip = known email). */
export function actionFor(mode: Mode, row: PreviewRow, carsFile: boolean): string {
  if (row.errors.length) return "reject";
  if (carsFile) return row.action;
  const exists = row.action === "skip" || row.action === "update";
  if (mode === "create") return exists ? "skip" : "create";
  if (mode === "update") return exists ? "update" : "skip";
  return exists ? "update" : "create";
}
