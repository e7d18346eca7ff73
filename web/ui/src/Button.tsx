import { forwardRef, type ButtonHTMLAttributes } from "react";

import { Tooltip } from "./Tooltip";

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: "primary" | "secondary" | "danger" | "ghost";
  /** Why the button is disabled; shown as a hint, and the button stays focusable so keyboards reach it. */
  disabledReason?: string | undefined;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = "secondary", disabledReason, className, disabled, onClick, ...rest },
  ref,
) {
  const locked = disabled || disabledReason !== undefined;
  const button = (
    <button
      ref={ref}
      type="button"
      className={`ui-button ui-button-${variant}${className ? ` ${className}` : ""}`}
      aria-disabled={locked || undefined}
      disabled={disabled && disabledReason === undefined}
      onClick={locked ? (e) => e.preventDefault() : onClick}
      {...rest}
    />
  );
  if (disabledReason === undefined) return button;
  return <Tooltip content={disabledReason}>{button}</Tooltip>;
});
