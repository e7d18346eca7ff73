import { Button, ConfirmDialog, Menu, MenuItem } from "@storage-crm/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";

import { BillingSection } from "../billing/BillingSection";
import { ContactDialog } from "../contacts/ContactDialog";
import { InviteDialog } from "../contacts/InviteDialog";
import { EmailLog } from "../emails/EmailsPage";
import { optionName, useCrmOptions } from "../contacts/queries";
import { ApiError, api, unwrap, type Customer } from "../lib/api";
import { useFacility } from "../lib/facility";
import { formatDate, formatPhone } from "../lib/format";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";
import { ActivitySection } from "./ActivitySection";
import { AppointmentsSection } from "./AppointmentsSection";
import { CarsSection } from "./CarsSection";
import { DocumentsSection } from "./DocumentsSection";
import { MergeDialog } from "./MergeDialog";
import { PeopleSection } from "./PeopleSection";
import { PortalPreview } from "./PortalPreview";
import { SendEmailDialog } from "./SendEmailDialog";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="dl-row">
      <dt>{label}</dt>
      <dd>{children || "—"}</dd>
    </div>
  );
}

/** The customer detail page: the single source of truth about one customer. */
export function CustomerPage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const facility = useFacility().active?.id;
  const lock = useWriteLock();
  const toast = useToast();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const options = useCrmOptions().data;
  const [editing, setEditing] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [emailing, setEmailing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [merging, setMerging] = useState(false);
  const [anonymising, setAnonymising] = useState(false);
  const customer = useQuery({
    queryKey: ["customer", id, facility],
    enabled: Boolean(facility),
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/customers/{customer_id}", { params: { path: { customer_id: id } }, signal })),
  });
  const refresh = (saved: Customer) => {
    queries.setQueryData(["customer", id, facility], saved);
    void queries.invalidateQueries({ queryKey: ["customers"] });
    void queries.invalidateQueries({ queryKey: ["timeline", id] });
  };
  const remove = useMutation({
    mutationFn: async () => unwrap(await api.contacts.DELETE("/customers/{customer_id}", { params: { path: { customer_id: id } } })),
    onSuccess: () => {
      toast(t("customer.deleted"));
      void queries.invalidateQueries({ queryKey: ["customers"] });
      void queries.invalidateQueries({ queryKey: ["counts"] });
      navigate("/contacts");
    },
  });
  const inactive = useMutation({
    mutationFn: async () => unwrap(await api.contacts.POST("/customers/{customer_id}/mark-inactive", { params: { path: { customer_id: id } } })),
    onSuccess: (saved) => {
      refresh(saved);
      setDeleting(false);
    },
    onError: (error) => toast(error.message, "error"),
  });
  const anonymise = useMutation({
    mutationFn: async () => unwrap(await api.contacts.POST("/customers/{customer_id}/anonymize", { params: { path: { customer_id: id } } })),
    onSuccess: (saved) => {
      refresh(saved);
      setAnonymising(false);
      toast(t("anonymise.done"));
    },
    onError: (error) => toast(error.message, "error"),
  });

  if (customer.isPending) return <p className="page-state">{t("app.loading")}</p>;
  if (customer.isError) {
    return (
      <p className="banner banner-error" role="alert">
        {customer.error.message} <Link to="/contacts">{t("customer.back")}</Link>
      </p>
    );
  }
  const c = customer.data;
  const name = `${c.first_name} ${c.last_name}`;
  const reasons = remove.error instanceof ApiError && remove.error.status === 409 ? (remove.error.body?.detail ?? []).map((d) => t(`customer.guards.${d.type}`, { defaultValue: d.msg })) : [];
  const address = c.address ? [c.address.line1, c.address.line2, `${c.address.postal_code ?? ""} ${c.address.city ?? ""}`.trim(), c.address.country].filter(Boolean).join(", ") : "";
  return (
    <article aria-labelledby="customer-name" className="customer">
      <Link to="/contacts" className="back">← {t("customer.back")}</Link>
      <header className="page-head">
        <div>
          <h1 id="customer-name">{name}</h1>
          <p className="muted">
            {t(`contacts.status.${c.status}`)}
            {c.company ? ` · ${c.company}` : ""}
          </p>
        </div>
        <div className="page-actions">
          <Button disabledReason={lock ?? (c.email ? undefined : t("customer.account.noEmail"))} onClick={() => setEmailing(true)}>{t("customer.sendEmail")}</Button>
          <Button variant="primary" disabledReason={lock} onClick={() => setEditing(true)}>{t("common.edit")}</Button>
          <Menu label={t("customer.more")} trigger={<Button aria-label={t("customer.more")}>⋯</Button>}>
            <MenuItem disabled={lock !== undefined} onSelect={() => inactive.mutate()}>{t("customer.markInactive")}</MenuItem>
            <MenuItem disabled={lock !== undefined} onSelect={() => setMerging(true)}>{t("customer.merge")}</MenuItem>
            <MenuItem disabled={lock !== undefined} onSelect={() => setAnonymising(true)}>{t("customer.anonymise")}</MenuItem>
            <MenuItem disabled={lock !== undefined} danger onSelect={() => { remove.reset(); setDeleting(true); }}>{t("customer.delete")}</MenuItem>
          </Menu>
        </div>
      </header>
      {lock ? <p className="banner banner-info">{lock}</p> : null}
      <div className="sections">
        <section aria-labelledby="s-personal" className="panel">
          <h2 id="s-personal">{t("customer.sections.personal")}</h2>
          <dl>
            <Row label={t("customer.fields.name")}>{name}</Row>
            <Row label={t("customer.fields.company")}>{c.company}</Row>
            <Row label={t("customer.fields.email")}>{c.email}</Row>
            <Row label={t("customer.fields.phone")}>{formatPhone(c.phone, lang)}</Row>
            <Row label={t("customer.fields.address")}>{address}</Row>
            <Row label={t("customer.fields.birthday")}>{formatDate(c.birthday, lang)}</Row>
            <Row label={t("customer.fields.language")}>{c.language === "en" ? "English" : "Français"}</Row>
            <Row label={t("customer.fields.notes")}>{c.notes}</Row>
          </dl>
        </section>
        <section aria-labelledby="s-crm" className="panel">
          <h2 id="s-crm">{t("customer.sections.crm")}</h2>
          <dl>
            <Row label={t("customer.fields.stage")}>{optionName(options?.stages, c.stage_id)}</Row>
            <Row label={t("customer.fields.source")}>{[optionName(options?.sources, c.source_id), c.source_detail].filter(Boolean).join(" — ")}</Row>
            <Row label={t("customer.fields.types")}>{(c.customer_type_ids ?? []).map((tid) => optionName(options?.customer_types, tid)).join(", ")}</Row>
            <Row label={t("customer.fields.tags")}>{c.tags.join(", ")}</Row>
          </dl>
        </section>
        <section aria-labelledby="s-account" className="panel">
          <h2 id="s-account">{t("customer.sections.account")}</h2>
          <p data-testid="account-state">
            {c.signed_in_at ? t("customer.account.signedInAt", { date: formatDate(c.signed_in_at, lang) }) : c.invited_at ? t("customer.account.invitedAt", { date: formatDate(c.invited_at, lang) }) : t("customer.account.never")}
          </p>
          <Button variant="primary" disabledReason={lock ?? (c.email ? undefined : t("customer.account.noEmail"))} onClick={() => setInviting(true)}>
            {c.invited_at ? t("customer.account.resend") : t("customer.account.send")}
          </Button>
        </section>
        <BillingSection customerId={id} />
        <CarsSection customerId={id} />
        <AppointmentsSection customerId={id} name={`${c.first_name} ${c.last_name}`} />
        <PeopleSection customer={c} />
        <DocumentsSection customerId={id} />
        <ActivitySection customerId={id} />
        <section aria-labelledby="s-emails" className="panel panel-wide">
          <h2 id="s-emails">{t("customer.sections.emails")}</h2>
          <EmailLog customerId={id} />
        </section>
        <PortalPreview customer={c} />
      </div>
      {editing ? <ContactDialog open onOpenChange={setEditing} customer={c} /> : null}
      {merging ? <MergeDialog customer={c} onClose={() => setMerging(false)} /> : null}
      <ConfirmDialog
        open={anonymising}
        onOpenChange={setAnonymising}
        title={t("anonymise.title")}
        confirmLabel={t("anonymise.confirm")}
        cancelLabel={t("common.cancel")}
        danger
        busy={anonymise.isPending}
        onConfirm={() => anonymise.mutate()}
      >
        <p>{t("anonymise.body")}</p>
      </ConfirmDialog>
      {emailing ? <SendEmailDialog customer={c} onClose={() => setEmailing(false)} /> : null}
      {inviting ? <InviteDialog customer={c} onClose={() => setInviting(false)} /> : null}
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={t("customer.deleteTitle", { name })}
        confirmLabel={t("customer.delete")}
        cancelLabel={t("common.cancel")}
        danger
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
      >
        {reasons.length ? (
          <div role="alert" data-testid="delete-reasons">
            <p>{t("customer.deleteRefused")}</p>
            <ul>{reasons.map((r) => <li key={r}>{r}</li>)}</ul>
            <p>{t("customer.keepInactive")}</p>
            <Button onClick={() => inactive.mutate()}>{t("customer.markInactive")}</Button>
          </div>
        ) : (
          <p>{t("customer.deleteBody")}</p>
        )}
        {remove.isError && !reasons.length ? <p className="banner banner-error" role="alert">{remove.error.message}</p> : null}
      </ConfirmDialog>
    </article>
  );
}
