import { useState } from 'react';

/**
 * A form's text values, with `change(field)` to give each field as its `onChange`, and `setValues`
 * to reset them (e.g. to the empty form after a save).
 */
export const useFormValues = <Values extends Record<string, string>>(initial: Values | (() => Values)) => {
  const [values, setValues] = useState(initial);
  const change = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((before) => ({ ...before, [field]: event.target.value }));
  return { values, setValues, change };
};
