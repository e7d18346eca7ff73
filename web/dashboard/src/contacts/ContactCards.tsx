import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { formatPhone } from "../lib/format";
import type { ListFilters } from "./filters";
import { Avatar } from "./RowExtras";
import { optionName, useCrmOptions, useCustomers } from "./queries";

export function initials(first: string, last: string): string {
  return `${first.charAt(0)}${last.charAt(0)}`.toUpperCase();
}

/** A responsive grid of customer cards with their photo (or initials). */
export function ContactCards({ filters }: { filters: ListFilters }) {
  const { t, i18n } = useTranslation();
  const list = useCustomers(filters);
  const stages = useCrmOptions().data?.stages;
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  if (list.isError) return <p className="banner banner-error" role="alert">{list.error.message}</p>;
  return (
    <>
      <ul className="card-grid">
        {rows.map((c) => (
          <li key={c.id} className="contact-card">
            <Avatar customer={c} initials={initials(c.first_name, c.last_name)} />
            <div>
              <Link to={`/contacts/${c.id}`} className="card-name">{`${c.first_name} ${c.last_name}`}</Link>
              {c.company ? <p>{c.company}</p> : null}
              <p>{c.email}</p>
              <p>{formatPhone(c.phone, i18n.language)}</p>
              <p className="muted">
                {t(`contacts.status.${c.status}`)}
                {c.stage_id ? ` · ${optionName(stages, c.stage_id)}` : ""}
              </p>
            </div>
          </li>
        ))}
      </ul>
      {!list.isPending && rows.length === 0 ? <p className="page-state">{t("contacts.empty")}</p> : null}
      {list.hasNextPage ? (
        <button type="button" className="ui-button ui-button-secondary" onClick={() => void list.fetchNextPage()}>
          {t("common.loadMore")}
        </button>
      ) : null}
    </>
  );
}
