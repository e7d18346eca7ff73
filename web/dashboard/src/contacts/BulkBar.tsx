import { Button, Dialog } from "@storage-crm/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";

import { api, unwrap } from "../lib/api";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";
import { apiQuery, type ListFilters } from "./filters";
import { useCrmOptions } from "./queries";

type Action = { action: "add_tags"; tags: string[] } | { action: "set_stage"; stage_id: string } | { action: "mark_inactive" };

/** What can be done to the selected rows: tags, stage, mark inactive; and the current filter as CSV. */
export function BulkBar({ ids, filters, onDone }: { ids: string[]; filters: ListFilters; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const lock = useWriteLock();
  const queries = useQueryClient();
  const navigate = useNavigate();
  const stages = useCrmOptions().data?.stages ?? [];
  const [asking, setAsking] = useState<"tags" | "stage" | null>(null);
  const [value, setValue] = useState("");
  const run = useMutation({
    mutationFn: async (action: Action) => unwrap(await api.contacts.POST("/customers/bulk", { body: { ids, ...action } })),
    onSuccess: (result) => {
      toast(t("contacts.bulk.done", { updated: result.updated, skipped: result.skipped.length }));
      void queries.invalidateQueries({ queryKey: ["customers"] });
      void queries.invalidateQueries({ queryKey: ["counts"] });
      setAsking(null);
      onDone();
    },
    onError: (error) => toast(error.message, "error"),
  });
  const exportCsv = async () => {
    const result = await api.contacts.GET("/customers/export.csv", { params: { query: apiQuery(filters) }, parseAs: "blob" });
    if (!result.response.ok || !result.data) return toast(t("common.error"), "error");
    const link = document.createElement("a");
    link.href = URL.createObjectURL(result.data as Blob);
    link.download = "contacts.csv";
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <div className="bulk-bar" role="region" aria-label={t("contacts.bulk.selected", { count: ids.length })}>
      <strong>{t("contacts.bulk.selected", { count: ids.length })}</strong>
      <Button disabledReason={lock} onClick={() => setAsking("tags")}>{t("contacts.bulk.addTags")}</Button>
      <Button disabledReason={lock} onClick={() => setAsking("stage")}>{t("contacts.bulk.setStage")}</Button>
      <Button disabledReason={lock} onClick={() => run.mutate({ action: "mark_inactive" })}>{t("contacts.bulk.markInactive")}</Button>
      <Button disabledReason={lock} onClick={() => navigate("/broadcasts/new", { state: { ids } })}>{t("contacts.bulk.broadcast")}</Button>
      <Button onClick={() => void exportCsv()}>{t("contacts.bulk.export")}</Button>
      <Dialog open={asking !== null} onOpenChange={(open) => !open && setAsking(null)} title={asking === "tags" ? t("contacts.bulk.addTags") : t("contacts.bulk.setStage")}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (asking === "tags") run.mutate({ action: "add_tags", tags: value.split(",").map((s) => s.trim()).filter(Boolean) });
            else run.mutate({ action: "set_stage", stage_id: value });
          }}
        >
          {asking === "tags" ? (
            <label className="ui-field">
              <span>{t("contacts.bulk.tagsPrompt")}</span>
              <input value={value} onChange={(e) => setValue(e.target.value)} />
            </label>
          ) : (
            <label className="ui-field">
              <span>{t("contacts.bulk.setStage")}</span>
              <select value={value} onChange={(e) => setValue(e.target.value)}>
                <option value="" />
                {stages.map((s) => (
                  <option key={s.id} value={s.id}>{s.name}</option>
                ))}
              </select>
            </label>
          )}
          <div className="ui-dialog-actions">
            <Button onClick={() => setAsking(null)}>{t("common.cancel")}</Button>
            <Button variant="primary" type="submit" disabled={run.isPending || !value}>{t("common.save")}</Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
