import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFormValues } from './form-values';

describe('a form’s values', () => {
  it('given a field’s change handler, when it fires, then only that field takes the new value', () => {
    const { result } = renderHook(() => useFormValues({ company: '', role: 'Engineer' }));
    act(() => result.current.change('company')({ target: { value: 'Acme' } }));
    expect(result.current.values).toEqual({ company: 'Acme', role: 'Engineer' });
  });

  it('given a saved form, when reset, then the values start again', () => {
    const empty = () => ({ company: '', role: '' });
    const { result } = renderHook(() => useFormValues(empty));
    act(() => result.current.change('role')({ target: { value: 'Engineer' } }));
    act(() => result.current.setValues(empty()));
    expect(result.current.values).toEqual({ company: '', role: '' });
  });
});
