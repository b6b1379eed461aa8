/** The range the api accepts for a response target, in working days. */
export const TARGET_DAYS = { min: 1, max: 60 } as const;

/** Reads the working days typed in the target form: a whole number from 1 to 60, or why not. */
export const parseWorkingDays = (text: string): { ok: true; value: number } | { ok: false; error: string } => {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Enter how many working days the agency promises.' };
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: 'Enter a whole number of working days, like 5.' };
  const value = Number(trimmed);
  if (value < TARGET_DAYS.min || value > TARGET_DAYS.max) {
    return { ok: false, error: `Enter a number of working days from ${TARGET_DAYS.min} to ${TARGET_DAYS.max}.` };
  }
  return { ok: true, value };
};

/** "5 working days", "1 working day". */
export const workingDaysText = (days: number): string => `${days} working ${days === 1 ? 'day' : 'days'}`;
