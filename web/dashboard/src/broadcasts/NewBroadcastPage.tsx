import { Button, ConfirmDialog } from "@storage-crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useSearchParams } from "react-router-dom";

import { useListFilters } from "../contacts/filters";
import { api, unwrap } from "../lib/api";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";
import { SELECTION_MAX, useListAudience, usePreview, type Audience, type Source } from "./audience";
import { PreviewPanel } from "./PreviewPanel";
import { SegmentFields } from "./SegmentFields";

interface Version { subject: string; body: string }

function MessageFields({ lang, value, onChange, required }: { lang: "fr" | "en"; value: Version; onChange: (v: Version) => void; required: boolean }) {
  const { t } = useTranslation("ops");
  return (
    <fieldset className="message-version" lang={lang}>
      <legend>{t(`broadcasts.version.${lang}`)}</legend>
      <div className="ui-field">
        <label htmlFor={`subject-${lang}`}>{t("broadcasts.subject")}</label>
        <input id={`subject-${lang}`} required={required} value={value.subject} onChange={(e) => onChange({ ...value, subject: e.target.value })} />
      </div>
      <div className="ui-field">
        <label htmlFor={`body-${lang}`}>{t("broadcasts.body")}</label>
        <textarea id={`body-${lang}`} required={required} rows={6} value={value.body} onChange={(e) => onChange({ ...value, body: e.target.value })} />
      </div>
    </fieldset>
  );
}

/** Pick the audience, see who gets it and who is skipped, write it in French and English, test it, send it. */
export function NewBroadcastPage() {
  const { t } = useTranslation("ops");
  const lock = useWriteLock();
  const toast = useToast();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [listFilters] = useListFilters();
  const selection = ((useLocation().state as { ids?: string[] } | null)?.ids ?? []).slice(0, SELECTION_MAX);
  const fromList = params.get("from") === "list";
  const [source, setSource] = useState<Source>(selection.length ? "selection" : fromList ? "list" : "segment");
  const [segment, setSegment] = useState<Audience>({ status: ["active"] });
  const [tags, setTags] = useState("");
  const [fr, setFr] = useState<Version>({ subject: "", body: "" });
  const [en, setEn] = useState<Version>({ subject: "", body: "" });
  const [confirming, setConfirming] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const list = useListAudience(listFilters, source === "list");
  const audience = useMemo<Audience | undefined>(() => {
    if (source === "selection") return { customer_ids: selection };
    if (source === "list") return list.data;
    return { ...segment, tags: tags.split(",").map((s) => s.trim()).filter(Boolean) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, JSON.stringify(selection), list.data, segment, tags]);
  const preview = usePreview(audience);
  const english = en.subject.trim() || en.body.trim() ? { subject: en.subject, body: en.body } : null;
  const message = { subject: fr.subject, body: fr.body, english };
  const test = useMutation({
    mutationFn: async () => unwrap(await api.notifications.POST("/broadcasts/test", { body: message })),
    onSuccess: (sent) => toast(t("broadcasts.testSent", { email: sent.to, count: sent.emails.length })),
    onError: (error) => toast(error.message, "error"),
  });
  const send = useMutation({
    mutationFn: async () => unwrap(await api.notifications.POST("/broadcasts", { body: { audience: audience!, ...message } })),
    onSuccess: (report) => navigate(`/broadcasts/${report.id}`),
    onError: (error) => {
      setConfirming(false);
      toast(error.message, "error");
    },
  });
  const sources: Source[] = ["segment", ...(fromList ? (["list"] as const) : []), ...(selection.length ? (["selection"] as const) : [])];
  const nobody = !preview.data || preview.data.sending === 0;
  return (
    <section aria-labelledby="broadcast-title">
      <h1 id="broadcast-title">{t("broadcasts.title")}</h1>
      <div className="broadcast-layout">
        <form
          className="panel form"
          ref={form}
          onSubmit={(e) => {
            e.preventDefault();
            setConfirming(true);
          }}
        >
          <fieldset className="modes">
            <legend>{t("broadcasts.audience")}</legend>
            {sources.map((s) => (
              <label key={s}>
                <input type="radio" name="source" checked={source === s} onChange={() => setSource(s)} /> {t(`broadcasts.sources.${s}`, { count: selection.length })}
              </label>
            ))}
          </fieldset>
          {source === "segment" ? <SegmentFields segment={segment} tags={tags} onChange={setSegment} onTags={setTags} /> : null}
          {source === "list" && list.isError ? <p className="banner banner-error" role="alert">{list.error.message}</p> : null}
          <MessageFields lang="fr" value={fr} onChange={setFr} required />
          <MessageFields lang="en" value={en} onChange={setEn} required={english !== null} />
          <p className="muted">{t("broadcasts.languageHint")}</p>
          <div className="ui-dialog-actions">
            <Button disabledReason={lock} disabled={test.isPending} onClick={() => form.current?.reportValidity() && test.mutate()}>{t("broadcasts.test")}</Button>
            <Button variant="primary" type="submit" disabledReason={lock ?? (nobody ? t("broadcasts.nobody") : undefined)}>{t("broadcasts.send")}</Button>
          </div>
        </form>
        <PreviewPanel preview={preview.data} error={preview.error} loading={preview.isFetching || list.isFetching} />
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("broadcasts.confirmTitle")}
        confirmLabel={t("broadcasts.send")}
        cancelLabel={t("common.cancel")}
        onConfirm={() => send.mutate()}
        busy={send.isPending}
      >
        <p>{t("broadcasts.confirmBody", { subject: fr.subject, count: preview.data?.sending ?? 0 })}</p>
        {preview.data && preview.data.total > preview.data.sending ? <p>{t("broadcasts.preview.skipped", { count: preview.data.total - preview.data.sending })}</p> : null}
      </ConfirmDialog>
    </section>
  );
}
