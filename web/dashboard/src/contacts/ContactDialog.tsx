import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Dialog, Field } from "@storage-crm/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";

import { ApiError, api, unwrap, type Customer } from "../lib/api";
import { placeErrors } from "../lib/errors";
import { useFacility } from "../lib/facility";
import { useToast } from "../lib/toast";

const FIELDS = ["first_name", "last_name", "email", "phone", "company", "language", "notes"] as const;

const schema = z.object({
  first_name: z.string().trim().min(1, "required").max(200),
  last_name: z.string().trim().min(1, "required").max(200),
  email: z.union([z.literal(""), z.email("invalidEmail")]),
  phone: z.string().max(40),
  company: z.string().max(300),
  language: z.enum(["fr", "en"]),
  notes: z.string(),
});
type Values = z.infer<typeof schema>;

const orNull = (s: string) => (s.trim() === "" ? null : s.trim());

/** Other customers that look like this one: same email, same phone, or the same name. */
function useDuplicates(values: Pick<Values, "email" | "phone" | "first_name" | "last_name">, except?: string) {
  const facility = useFacility().active?.id;
  const probes = [values.email.includes("@") ? values.email : "", values.phone.replace(/\D/g, "").length >= 6 ? values.phone : "", values.first_name && values.last_name.length > 1 ? `${values.first_name} ${values.last_name}` : ""].filter(Boolean);
  return useQuery({
    queryKey: ["duplicates-probe", facility, probes],
    enabled: probes.length > 0,
    queryFn: async ({ signal }) => {
      const found = new Map<string, Customer>();
      for (const q of probes) {
        const page = unwrap(await api.contacts.GET("/customers", { params: { query: { q, limit: 5 } }, signal }));
        for (const c of page.items) if (c.id !== except) found.set(c.id, c);
      }
      return [...found.values()];
    },
    staleTime: 5_000,
  });
}

/** Create a contact, or edit one: the API's field errors are shown beside each field. */
export function ContactDialog({ open, onOpenChange, customer }: { open: boolean; onOpenChange: (open: boolean) => void; customer?: Customer }) {
  const { t } = useTranslation();
  const toast = useToast();
  const queries = useQueryClient();
  const [general, setGeneral] = useState<string[]>([]);
  const blank: Values = { first_name: "", last_name: "", email: "", phone: "", company: "", language: "fr", notes: "" };
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: customer ? { first_name: customer.first_name, last_name: customer.last_name, email: customer.email ?? "", phone: customer.phone_raw ?? customer.phone ?? "", company: customer.company ?? "", language: customer.language === "en" ? "en" : "fr", notes: customer.notes ?? "" } : blank,
  });
  const { register, handleSubmit, formState, setError, reset, watch } = form;
  useEffect(() => {
    if (!open) {
      reset();
      setGeneral([]);
    }
  }, [open, reset]);
  const [email, phone, first, last] = watch(["email", "phone", "first_name", "last_name"]);
  const [probe, setProbe] = useState({ email: "", phone: "", first_name: "", last_name: "" });
  useEffect(() => {
    const timer = window.setTimeout(() => setProbe({ email, phone, first_name: first, last_name: last }), 250);
    return () => window.clearTimeout(timer);
  }, [email, phone, first, last]);
  const duplicates = useDuplicates(probe, customer?.id);

  const save = useMutation({
    mutationFn: async (v: Values) => {
      const body = { first_name: v.first_name.trim(), last_name: v.last_name.trim(), email: orNull(v.email), phone: orNull(v.phone), company: orNull(v.company), language: v.language, notes: orNull(v.notes) };
      if (customer) {
        return unwrap(await api.contacts.PATCH("/customers/{customer_id}", { params: { path: { customer_id: customer.id } }, body: { ...body, version: customer.version } }));
      }
      return unwrap(await api.contacts.POST("/customers", { body }));
    },
    onSuccess: (saved) => {
      toast(t("create.created", { name: `${saved.first_name} ${saved.last_name}` }));
      void queries.invalidateQueries({ queryKey: ["customers"] });
      void queries.invalidateQueries({ queryKey: ["counts"] });
      void queries.invalidateQueries({ queryKey: ["board"] });
      queries.setQueryData(["customer", saved.id], saved);
      onOpenChange(false);
    },
    onError: (error) => {
      const placed = placeErrors(error instanceof ApiError ? error.body : null, FIELDS);
      for (const [field, message] of Object.entries(placed.fields)) setError(field as (typeof FIELDS)[number], { type: "server", message });
      setGeneral(placed.general.length || Object.keys(placed.fields).length ? placed.general : [error.message]);
    },
  });

  const message = (field: keyof Values) => {
    const m = formState.errors[field]?.message;
    if (!m) return undefined;
    if (m === "required") return t("create.required");
    if (m === "invalidEmail") return t("create.invalidEmail");
    return m;
  };
  const names = (duplicates.data ?? []).map((c) => `${c.first_name} ${c.last_name}${c.email ? ` (${c.email})` : ""}`).join(", ");
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={customer ? t("common.edit") : t("create.title")}>
      <form className="form" noValidate onSubmit={handleSubmit((v) => save.mutate(v))}>
        <div className="form-row">
          <Field label={`${t("create.first_name")} *`} autoComplete="off" error={message("first_name")} {...register("first_name")} />
          <Field label={`${t("create.last_name")} *`} autoComplete="off" error={message("last_name")} {...register("last_name")} />
        </div>
        <Field label={t("create.email")} type="email" autoComplete="off" error={message("email")} {...register("email")} />
        <Field label={t("create.phone")} type="tel" autoComplete="off" error={message("phone")} {...register("phone")} />
        <Field label={t("create.company")} autoComplete="off" error={message("company")} {...register("company")} />
        <div className="ui-field">
          <label htmlFor="contact-language">{t("create.language")}</label>
          <select id="contact-language" {...register("language")}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </div>
        <div className="ui-field">
          <label htmlFor="contact-notes">{t("create.notes")}</label>
          <textarea id="contact-notes" rows={2} {...register("notes")} />
        </div>
        {names ? (
          <p className="banner banner-warn" role="status" data-testid="duplicate-warning">
            {t("create.duplicate", { names })}
          </p>
        ) : null}
        {general.map((g) => (
          <p key={g} className="banner banner-error" role="alert">
            {g}
          </p>
        ))}
        <div className="ui-dialog-actions">
          <Button onClick={() => onOpenChange(false)}>{t("common.cancel")}</Button>
          <Button variant="primary" type="submit" disabled={save.isPending}>
            {customer ? t("common.saveChanges") : t("common.save")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
