import * as RTabs from "@radix-ui/react-tabs";

export interface TabItem {
  value: string;
  label: string;
  count?: number | undefined;
}

/** A row of tabs (arrow keys move between them); the content is rendered by the caller. */
export function Tabs({
  items,
  value,
  onValueChange,
  label,
}: {
  items: TabItem[];
  value: string;
  onValueChange: (value: string) => void;
  label: string;
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
    </RTabs.Root>
  );
}
