import { CheckboxField, Dialog, Field } from "@storage-crm/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { Actions, General, Select, usePlaced } from "../billing/dialogs";
import { parseAmount } from "../billing/money";
import { useBillingSettings } from "../billing/queries";
import { api, unwrap } from "../lib/api";
import { useToast } from "../lib/toast";
import { useRefreshShop, type Product } from "./queries";

const FIELDS = ["name", "description", "price_minor", "kind", "active", "version"] as const;

/** Add a product or service, or change one (its version guards against someone else's change). */
export function ProductDialog({ product, onClose }: { product?: Product; onClose: () => void }) {
  const { t } = useTranslation("billing");
  const toast = useToast();
  const refresh = useRefreshShop();
  const settings = useBillingSettings();
  const currency = product?.currency ?? settings.data?.currency ?? "EUR";
  const [form, setForm] = useState({
    name: product?.name ?? "",
    description: product?.description ?? "",
    price: product ? (product.price_minor / 100).toFixed(2) : "",
    kind: product?.kind ?? "product",
    active: product?.active ?? true,
  });
  const [priceError, setPriceError] = useState<string>();
  const save = useMutation({
    mutationFn: async (price_minor: number) => {
      const body = { name: form.name, description: form.description, price_minor, kind: form.kind as "product" | "service", active: form.active };
      if (product) {
        return unwrap(await api.billing.PATCH("/products/{product_id}", { params: { path: { product_id: product.id } }, body: { ...body, version: product.version } }));
      }
      return unwrap(await api.billing.POST("/products", { body }));
    },
    onSuccess: () => {
      toast(t(product ? "shop.products.saved" : "shop.products.created"));
      refresh();
      onClose();
    },
  });
  const placed = usePlaced(save.error, FIELDS);
  const submit = () => {
    const minor = form.price.trim() === "0" ? 0 : parseAmount(form.price);
    if (minor === null) return setPriceError(t("payments.amountInvalid"));
    setPriceError(undefined);
    save.mutate(minor);
  };
  const title = product ? t("shop.products.editTitle", { name: product.name }) : t("shop.products.add");
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()} title={title} description={t("shop.products.hint")}>
      <form className="form" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Field label={t("shop.products.name")} required value={form.name} error={placed.fields.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <Field label={t("shop.products.description")} value={form.description} error={placed.fields.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
        <div className="form-row">
          <Field label={`${t("shop.products.price")} (${currency})`} required inputMode="decimal" value={form.price} error={priceError ?? placed.fields.price_minor} onChange={(e) => setForm({ ...form, price: e.target.value })} />
          <Select label={t("shop.products.kind")} value={form.kind} onChange={(v) => setForm({ ...form, kind: v })} error={placed.fields.kind}>
            {(["product", "service"] as const).map((k) => <option key={k} value={k}>{t(`shop.kinds.${k}`)}</option>)}
          </Select>
        </div>
        <CheckboxField label={t("shop.products.active")} checked={form.active} onChange={(e) => setForm({ ...form, active: e.target.checked })} />
        <General messages={[...placed.general, ...(placed.fields.version ? [placed.fields.version] : [])]} />
        <Actions onCancel={onClose} busy={save.isPending} label={t(product ? "shop.products.save" : "shop.products.add")} />
      </form>
    </Dialog>
  );
}
