import { useTranslation } from "react-i18next";

import { useCrmOptions } from "../contacts/queries";
import type { Audience, Status } from "./audience";

const STATUSES: Status[] = ["lead", "active", "inactive"];

function toggle<T>(list: T[] | undefined, value: T): T[] {
  const current = list ?? [];
  return current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
}

/** A segment: status, CRM stage, customer type, tags and language (nothing ticked in a group: no restriction). */
export function SegmentFields({ segment, tags, onChange, onTags }: { segment: Audience; tags: string; onChange: (a: Audience) => void; onTags: (t: string) => void }) {
  const { t } = useTranslation("ops");
  const options = useCrmOptions().data;
  const group = (legend: string, field: "status" | "stage" | "customer_types" | "language", items: { id: string; name: string }[]) =>
    items.length ? (
      <fieldset className="modes">
        <legend>{legend}</legend>
        {items.map((item) => (
          <label key={item.id}>
            <input
              type="checkbox"
              checked={((segment[field] ?? []) as string[]).includes(item.id)}
              onChange={() => onChange({ ...segment, [field]: toggle(segment[field] as string[] | undefined, item.id) })}
            />{" "}
            {item.name}
          </label>
        ))}
      </fieldset>
    ) : null;
  return (
    <>
      {group(t("broadcasts.status"), "status", STATUSES.map((s) => ({ id: s, name: t(`broadcasts.statuses.${s}`) })))}
      {group(t("broadcasts.stage"), "stage", options?.stages ?? [])}
      {group(t("broadcasts.type"), "customer_types", options?.customer_types ?? [])}
      {group(t("broadcasts.language"), "language", (["fr", "en"] as const).map((l) => ({ id: l, name: t(`broadcasts.languages.${l}`) })))}
      <div className="ui-field">
        <label htmlFor="broadcast-tags">{t("broadcasts.tags")}</label>
        <input id="broadcast-tags" value={tags} onChange={(e) => onTags(e.target.value)} />
      </div>
    </>
  );
}
