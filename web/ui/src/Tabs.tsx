import * as RTabs from "@radix-ui/react-tabs";
import type { ReactNode } from "react";

export interface TabItem {
  value: string;
  label: string;
  count?: number | undefined;
}

/** A row of tabs (arrow keys move between them); `children` is the active tab's panel. */
export function Tabs({
  items,
  value,
  onValueChange,
  label,
  children,
}: {
  items: TabItem[];
  value: string;
  onValueChange: (value: string) => void;
  label: string;
  children?: ReactNode;
}) {
  return (
    <RTabs.Root value={value} onValueChange={onValueChange} activationMode="automatic">
      <RTabs.List className="ui-tabs" aria-label={label}>
        {items.map((item) => (
          <RTabs.Trigger key={item.value} value={item.value} className="ui-tab">
            {item.label}
            {item.count !== undefined ? <span className="ui-tab-count">{item.count}</span> : null}
          </RTabs.Trigger>
        ))}
      </RTabs.List>
      <RTabs.Content value={value} className="ui-tab-panel">
        {children}
      </RTabs.Content>
    </RTabs.Root>
  );
}
