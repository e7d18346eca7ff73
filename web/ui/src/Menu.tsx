import * as RM from "@radix-ui/react-dropdown-menu";
import type { ReactNode } from "react";

/** A drop-down menu opened by `trigger` (arrow keys move, Enter picks, Escape closes). */
export function Menu({ trigger, children, label }: { trigger: ReactNode; children: ReactNode; label: string }) {
  return (
    <RM.Root>
      <RM.Trigger asChild aria-label={label}>
        {trigger}
      </RM.Trigger>
      <RM.Portal>
        <RM.Content className="ui-menu" align="end" sideOffset={4}>
          {children}
        </RM.Content>
      </RM.Portal>
    </RM.Root>
  );
}

export function MenuItem({
  children,
  onSelect,
  disabled,
  danger,
}: {
  children: ReactNode;
  onSelect?: () => void;
  disabled?: boolean;
  danger?: boolean;
}) {
  return (
    <RM.Item className={`ui-menu-item${danger ? " ui-danger" : ""}`} disabled={disabled} onSelect={onSelect}>
      {children}
    </RM.Item>
  );
}
