import { zodResolver } from "@hookform/resolvers/zod";
import { Button, CheckboxField, Dialog, Field } from "@storage-crm/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";

import { ApiError, api, unwrap, type Person } from "../lib/api";
import { placeErrors } from "../lib/errors";

export const ROLES = ["spouse", "assistant", "bookkeeper", "vehicle_manager", "other"] as const;
export const PREFERENCES = ["scheduling", "car_updates", "contracts", "invoices", "estimates", "marketing"] as const;
const FIELDS = ["first_name", "last_name", "email", "phone", "role", "role_description", "is_primary", "portal_access", "preferences"] as const;

const schema = z
  .object({
    first_name: z.string().trim().min(1, "required"),
    last_name: z.string().trim().min(1, "required"),
    email: z.union([z.literal(""), z.email("invalidEmail")]),
    phone: z.string().max(40),
    role: z.enum(ROLES),
    role_description: z.string().max(200),
    is_primary: z.boolean(),
    portal_access: z.boolean(),
    preferences: z.array(z.enum(PREFERENCES)),
  })
  .refine((v) => v.role !== "other" || v.role_description.trim() !== "", { path: ["role_description"], message: "describe" });
type Values = z.infer<typeof schema>;

/** The seeds' Add Contact dialog: name, email, phone, role (with Other's description), access, preferences. */
export function PersonDialog({ customerId, person, onClose }: { customerId: string; person?: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [general, setGeneral] = useState<string[]>([]);
  const { register, handleSubmit, formState, watch, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      first_name: person?.first_name ?? "",
      last_name: person?.last_name ?? "",
      email: person?.email ?? "",
      phone: person?.phone ?? "",
      role: (person?.role as Values["role"] | undefined) ?? "other",
      role_description: person?.role_description ?? "",
      is_primary: person?.is_primary ?? false,
      portal_access: person?.portal_access ?? false,
      preferences: (person?.preferences as Values["preferences"] | undefined) ?? [],
    },
  });
  const save = useMutation({
    mutationFn: async (v: Values) => {
      const body = { ...v, email: v.email || null, phone: v.phone || null, role_description: v.role === "other" ? v.role_description : null };
      const path = { customer_id: customerId };
      if (person) return unwrap(await api.contacts.PATCH("/customers/{customer_id}/people/{person_id}", { params: { path: { ...path, person_id: person.id } }, body }));
      return unwrap(await api.contacts.POST("/customers/{customer_id}/people", { params: { path }, body }));
    },
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ["people", customerId] });
      onClose();
    },
    onError: (error) => {
      const placed = placeErrors(error instanceof ApiError ? error.body : null, FIELDS);
      for (const [field, message] of Object.entries(placed.fields)) setError(field as keyof Values, { type: "server", message });
      setGeneral(placed.general.length || Object.keys(placed.fields).length ? placed.general : [error.message]);
    },
  });
  const message = (field: keyof Values) => {
    const m = formState.errors[field]?.message;
    return m === "required" ? t("create.required") : m === "invalidEmail" ? t("create.invalidEmail") : m === "describe" ? t("people.otherNeedsDescription") : m;
  };
  const role = watch("role");
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={person ? t("people.editTitle") : t("people.title")} wide>
      <form className="form" noValidate onSubmit={handleSubmit((v) => save.mutate(v))}>
        <div className="form-row">
          <Field label={`${t("people.first_name")} *`} error={message("first_name")} {...register("first_name")} />
          <Field label={`${t("people.last_name")} *`} error={message("last_name")} {...register("last_name")} />
        </div>
        <div className="form-row">
          <Field label={t("people.email")} type="email" error={message("email")} {...register("email")} />
          <Field label={t("people.phone")} type="tel" error={message("phone")} {...register("phone")} />
        </div>
        <div className="form-row">
          <div className="ui-field">
            <label htmlFor="person-role">{t("people.role")}</label>
            <select id="person-role" {...register("role")}>
              {ROLES.map((r) => (
                <option key={r} value={r}>{t(`people.roles.${r}`)}</option>
              ))}
            </select>
          </div>
          {role === "other" ? <Field label={t("people.role_description")} error={message("role_description")} {...register("role_description")} /> : null}
        </div>
        <CheckboxField label={t("people.is_primary")} {...register("is_primary")} />
        <CheckboxField label={t("people.portal_access")} {...register("portal_access")} />
        <fieldset className="prefs">
          <legend>{t("people.preferences")}</legend>
          {PREFERENCES.map((p) => (
            <label key={p} className="ui-checkbox">
              <input type="checkbox" value={p} {...register("preferences")} /> {t(`people.prefs.${p}`)}
            </label>
          ))}
        </fieldset>
        {general.map((g) => (
          <p key={g} className="banner banner-error" role="alert">{g}</p>
        ))}
        <div className="ui-dialog-actions">
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button variant="primary" type="submit" disabled={save.isPending}>
            {person ? t("common.saveChanges") : t("people.add")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
