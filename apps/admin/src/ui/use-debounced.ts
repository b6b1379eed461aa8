import { useEffect, useState } from 'react';

/** A value that follows `value` once it has stopped changing for `delayMs`, e.g. a search box. */
export const useDebounced = <T,>(value: T, delayMs = 300): T => {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
};
