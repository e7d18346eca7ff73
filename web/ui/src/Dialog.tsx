import * as RD from "@radix-ui/react-dialog";
import type { ReactNode } from "react";

import { Button } from "./Button";

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children: ReactNode;
  wide?: boolean;
}

/** A modal window: focus trapped, Escape closes, title announced. */
export function Dialog({ open, onOpenChange, title, description, children, wide }: DialogProps) {
  return (
    <RD.Root open={open} onOpenChange={onOpenChange}>
      <RD.Portal>
        <RD.Overlay className="ui-overlay" />
        <RD.Content className={`ui-dialog${wide ? " ui-dialog-wide" : ""}`} aria-describedby={undefined}>
          <RD.Title className="ui-dialog-title">{title}</RD.Title>
          {description ? <RD.Description className="ui-dialog-desc">{description}</RD.Description> : null}
          {children}
        </RD.Content>
      </RD.Portal>
    </RD.Root>
  );
}

interface ConfirmProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  danger?: boolean;
}

/** A yes/no window around one action. */
export function ConfirmDialog(props: ConfirmProps) {
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange} title={props.title}>
      <div className="ui-dialog-body">{props.children}</div>
      <div className="ui-dialog-actions">
        <Button onClick={() => props.onOpenChange(false)}>{props.cancelLabel}</Button>
        <Button variant={props.danger ? "danger" : "primary"} disabled={props.busy} onClick={props.onConfirm}>
          {props.confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
