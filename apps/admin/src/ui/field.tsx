import type { CSSProperties, ReactNode } from 'react';

/** A field's message, if it has one. */
type FieldMessage = string | null | undefined;

/**
 * The ARIA attributes that mark a control (or a fieldset) invalid and point it at its hint and at
 * its error message, whose id is `${id}-error`.
 */
export const fieldAria = (id: string, error: FieldMessage, hintId?: string) => ({
  'aria-invalid': error ? (true as const) : undefined,
  'aria-describedby': [hintId, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined,
});

/** The id and ARIA attributes of a field's control: spread them on the input, select or textarea. */
export const fieldControl = (id: string, error: FieldMessage, hintId?: string) => ({
  id,
  ...fieldAria(id, error, hintId),
});

/** A field's error message under its control, with the id `fieldAria` points at; `alert` reads it out at once. */
export const FieldError = ({ id, error, alert = false }: { id: string; error: FieldMessage; alert?: boolean }) =>
  error ? (
    <p className="field-error" id={`${id}-error`} role={alert ? 'alert' : undefined}>
      {error}
    </p>
  ) : null;

/** Props of a labelled field. */
export interface FieldProps {
  /** The control's id (give the control `fieldControl(id, error)`). */
  id: string;
  /** The visible label. */
  label: string;
  /** The message for this field, shown under it. */
  error: FieldMessage;
  /** Whether the error is read out as soon as it appears. */
  alert?: boolean;
  className?: string;
  style?: CSSProperties;
  /** The control, and anything shown between it and the error (a hint). */
  children: ReactNode;
}

/** A labelled field: the label, the control, then its error message. */
export const Field = ({ id, label, error, alert = false, className = 'field', style, children }: FieldProps) => (
  <div className={className} style={style}>
    <label htmlFor={id}>{label}</label>
    {children}
    <FieldError id={id} error={error} alert={alert} />
  </div>
);
