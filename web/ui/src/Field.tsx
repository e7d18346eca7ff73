import { forwardRef, useId, type InputHTMLAttributes, type ReactNode } from "react";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
}

/** A labelled input with its error beside it (announced through aria-describedby). */
export const Field = forwardRef<HTMLInputElement, FieldProps>(function Field({ label, error, hint, ...rest }, ref) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`ui-field${error ? " ui-field-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...rest}
      />
      {error ? (
        <span id={errorId} className="ui-field-error" role="alert">
          {error}
        </span>
      ) : null}
      {hint}
    </div>
  );
});

export const CheckboxField = forwardRef<HTMLInputElement, Omit<FieldProps, "type">>(function CheckboxField(
  { label, error, ...rest },
  ref,
) {
  const id = useId();
  return (
    <div className="ui-checkbox">
      <input ref={ref} id={id} type="checkbox" {...rest} />
      <label htmlFor={id}>{label}</label>
      {error ? <span className="ui-field-error">{error}</span> : null}
    </div>
  );
});
