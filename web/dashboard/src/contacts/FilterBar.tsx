import { Button } from "@storage-crm/ui";
import { useTranslation } from "react-i18next";

import type { ListFilters } from "./filters";
import { useCrmOptions } from "./queries";

interface Props {
  filters: ListFilters;
  update: (patch: Partial<ListFilters>) => void;
}

function Select(props: { label: string; value: string; onChange: (v: string) => void; options: { id: string; name: string }[]; any: string }) {
  return (
    <label className="filter">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.any}</option>
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Status, CRM stage, customer type, source, tag and portal access. */
export function FilterBar({ filters, update }: Props) {
  const { t } = useTranslation();
  const options = useCrmOptions().data;
  const any = t("contacts.filters.any");
  const statuses = (["lead", "active", "inactive"] as const).map((s) => ({ id: s, name: t(`contacts.status.${s}`) }));
  const active = filters.status || filters.stage || filters.type || filters.source || filters.tag || filters.portal;
  return (
    <fieldset className="filters">
      <legend className="sr-only">{t("contacts.filters.label")}</legend>
      <Select label={t("contacts.filters.status")} value={filters.status} any={any} options={statuses} onChange={(v) => update({ status: v as ListFilters["status"] })} />
      <Select label={t("contacts.filters.stage")} value={filters.stage} any={any} options={options?.stages ?? []} onChange={(v) => update({ stage: v })} />
      <Select label={t("contacts.filters.type")} value={filters.type} any={any} options={options?.customer_types ?? []} onChange={(v) => update({ type: v })} />
      <Select label={t("contacts.filters.source")} value={filters.source} any={any} options={options?.sources ?? []} onChange={(v) => update({ source: v })} />
      <label className="filter">
        <span>{t("contacts.filters.tag")}</span>
        <input value={filters.tag} onChange={(e) => update({ tag: e.target.value })} />
      </label>
      <Select
        label={t("contacts.filters.portal")}
        value={filters.portal}
        any={any}
        options={[{ id: "yes", name: t("common.yes") }, { id: "no", name: t("common.no") }]}
        onChange={(v) => update({ portal: v as ListFilters["portal"] })}
      />
      {active ? (
        <Button variant="ghost" onClick={() => update({ status: "", stage: "", type: "", source: "", tag: "", portal: "" })}>
          {t("contacts.filters.clear")}
        </Button>
      ) : null}
    </fieldset>
  );
}
