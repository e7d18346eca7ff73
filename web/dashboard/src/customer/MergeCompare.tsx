import { useTranslation } from "react-i18next";

import type { Customer } from "../lib/api";
import { formatPhone } from "../lib/format";
import { mergedView } from "../lib/merge";

/** Side by side: the kept record, the one merged into it, and what the kept record holds afterwards. */
export function MergeCompare({ kept, other }: { kept: Customer; other: Customer }) {
  const { t, i18n } = useTranslation();
  const show = (field: string, value: string) => (field === "phone" ? formatPhone(value, i18n.language) : value) || "—";
  return (
    <table className="merge-table" data-testid="merge-compare">
      <caption className="muted">{t("merge.explain", { name: `${other.first_name} ${other.last_name}` })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("merge.field")}</th>
          <th scope="col">{t("merge.kept")}</th>
          <th scope="col">{t("merge.mergedIn")}</th>
          <th scope="col">{t("merge.result")}</th>
        </tr>
      </thead>
      <tbody>
        {mergedView(kept, other).map((row) => (
          <tr key={row.field}>
            <th scope="row">{t(`merge.fields.${row.field}`)}</th>
            <td>{show(row.field, row.kept)}</td>
            <td>{show(row.field, row.other)}</td>
            <td className={`merge-from-${row.from}`}>
              {show(row.field, row.result)}
              {row.from === "other" || row.from === "both" ? <span className="muted"> ({t(`merge.from.${row.from}`)})</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
