import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldShape {
  /** The visible label. */
  readonly label: string;
  /** The api's message for this field (BAD_USER_INPUT), shown beside it. */
  readonly error?: string | undefined;
  /** A short hint under the label. */
  readonly hint?: string;
}

/** A fresh id for a field's control, with the ARIA attributes tying it to its hint and error. */
const useControl = (hint?: string, error?: string) => {
  const id = useId();
  return {
    id,
    'aria-invalid': error ? (true as const) : undefined,
    'aria-describedby':
      [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined,
  };
};

const FieldFrame = ({
  id,
  label,
  hint,
  error,
  children,
}: FieldShape & { id: string; children: ReactNode }) => (
  <div className={error ? 'field field-invalid' : 'field'}>
    <label htmlFor={id}>{label}</label>
    {hint ? (
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
    ) : null}
    {children}
    {error ? (
      <p className="field-error" id={`${id}-error`}>
        {error}
      </p>
    ) : null}
  </div>
);

/** A labelled input with its hint and its error wired up for assistive technology. */
export const TextField = ({
  label,
  error,
  hint,
  ...input
}: FieldShape & InputHTMLAttributes<HTMLInputElement>) => {
  const control = useControl(hint, error);
  return (
    <FieldFrame id={control.id} label={label} error={error} {...(hint ? { hint } : {})}>
      <input {...control} {...input} />
    </FieldFrame>
  );
};

/** A labelled textarea, like `TextField`. */
export const TextAreaField = ({
  label,
  error,
  hint,
  ...textarea
}: FieldShape & TextareaHTMLAttributes<HTMLTextAreaElement>) => {
  const control = useControl(hint, error);
  return (
    <FieldFrame id={control.id} label={label} error={error} {...(hint ? { hint } : {})}>
      <textarea rows={3} {...control} {...textarea} />
    </FieldFrame>
  );
};

/** A labelled select, like `TextField`. */
export const SelectField = ({
  label,
  error,
  hint,
  children,
  ...select
}: FieldShape & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) => {
  const control = useControl(hint, error);
  return (
    <FieldFrame id={control.id} label={label} error={error} {...(hint ? { hint } : {})}>
      <select {...control} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
};

/** The message of a form that is not about one field (CONFLICT, network, …); read out at once. */
export const FormMessage = ({ message }: { message: string | null | undefined }) =>
  message ? (
    <p className="form-message" role="alert">
      {message}
    </p>
  ) : null;
