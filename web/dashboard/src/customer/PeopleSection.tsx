import { Button, ConfirmDialog } from "@storage-crm/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { InviteDialog } from "../contacts/InviteDialog";
import { api, unwrap, type Customer, type Person } from "../lib/api";
import { useToast } from "../lib/toast";
import { useWriteLock } from "../lib/useCanWrite";
import { PersonDialog } from "./PersonDialog";

/** Additional people on the account, each with their role, access and message preferences. */
export function PeopleSection({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const lock = useWriteLock();
  const toast = useToast();
  const queries = useQueryClient();
  const [editing, setEditing] = useState<Person | "new" | null>(null);
  const [removing, setRemoving] = useState<Person | null>(null);
  const [inviting, setInviting] = useState<Person | null>(null);
  const path = { customer_id: customer.id };
  const people = useQuery({
    queryKey: ["people", customer.id],
    queryFn: async ({ signal }) => unwrap(await api.contacts.GET("/customers/{customer_id}/people", { params: { path }, signal })),
  });
  const remove = useMutation({
    mutationFn: async (p: Person) => unwrap(await api.contacts.DELETE("/customers/{customer_id}/people/{person_id}", { params: { path: { ...path, person_id: p.id } } })),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ["people", customer.id] });
      setRemoving(null);
    },
    onError: (error) => toast(error.message, "error"),
  });
  const items = people.data?.items ?? [];
  return (
    <section aria-labelledby="s-people" className="panel panel-wide" id="contacts-section">
      <div className="panel-head">
        <h2 id="s-people">{t("customer.sections.people")}</h2>
        <Button disabledReason={lock} onClick={() => setEditing("new")}>{t("people.add")}</Button>
      </div>
      {people.isError ? <p role="alert" className="banner banner-error">{people.error.message}</p> : null}
      {items.length === 0 && !people.isPending ? <p className="muted">{t("people.none")}</p> : null}
      {items.length ? (
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">{t("customer.fields.name")}</th>
              <th scope="col">{t("people.role")}</th>
              <th scope="col">{t("people.email")}</th>
              <th scope="col">{t("people.preferences")}</th>
              <th scope="col">{t("people.access")}</th>
              <th scope="col">{t("common.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => {
              const name = `${p.first_name} ${p.last_name}`;
              return (
                <tr key={p.id} data-testid="person-row">
                  <td>
                    {name} {p.is_primary ? <span className="role-badge">{t("people.primary")}</span> : null}
                  </td>
                  <td>{p.role === "other" && p.role_description ? p.role_description : t(`people.roles.${p.role}`)}</td>
                  <td>{p.email}</td>
                  <td title={(p.preferences ?? []).map((x) => t(`people.prefs.${x}`)).join(", ")}>
                    {(p.preferences ?? []).map((x) => t(`people.prefs.${x}`)).join(", ")}
                  </td>
                  <td>{p.portal_access ? t("people.portalAccess") : t("people.noAccess")}</td>
                  <td className="row-actions">
                    <Button variant="ghost" disabledReason={lock} onClick={() => setEditing(p)} aria-label={`${t("common.edit")} ${name}`}>{t("common.edit")}</Button>
                    {p.portal_access && p.email ? (
                      <Button variant="ghost" disabledReason={lock} onClick={() => setInviting(p)} aria-label={`${t("people.sendInvite")} ${name}`}>{t("people.sendInvite")}</Button>
                    ) : null}
                    <Button variant="ghost" disabledReason={lock} onClick={() => setRemoving(p)} aria-label={`${t("people.remove")} ${name}`}>{t("people.remove")}</Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {editing ? <PersonDialog customerId={customer.id} person={editing === "new" ? undefined : editing} onClose={() => setEditing(null)} /> : null}
      {inviting ? <InviteDialog customer={customer} person={inviting} onClose={() => setInviting(null)} /> : null}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={t("people.removeTitle", { name: removing ? `${removing.first_name} ${removing.last_name}` : "" })}
        confirmLabel={t("people.remove")}
        cancelLabel={t("common.cancel")}
        danger
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
      >
        <p>{t("people.removeBody")}</p>
      </ConfirmDialog>
    </section>
  );
}
