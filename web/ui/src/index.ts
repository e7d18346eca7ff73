// The component kit: thin, styled wrappers over Radix primitives (focus, keyboard and ARIA handled there).
export { Button, type ButtonProps } from "./Button";
export { Dialog, ConfirmDialog } from "./Dialog";
export { Menu, MenuItem } from "./Menu";
export { Tabs, type TabItem } from "./Tabs";
export { Field, CheckboxField } from "./Field";
export { Tooltip, TooltipProvider } from "./Tooltip";
