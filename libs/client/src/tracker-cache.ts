import type { Cache, CacheExchangeOpts, Data, Variables } from '@urql/exchange-graphcache';

const embedded = () => null;

/** The tracker's types without an id of their own. */
export const trackerKeys: NonNullable<CacheExchangeOpts['keys']> = {
  Reflection: embedded,
  Reminder: embedded,
  ReflectionShare: embedded,
};

/** Forces every cached `Query.<fieldName>` to be fetched again. */
const refetch = (cache: Cache, fieldName: string): void => {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === fieldName)
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
};

type MutationUpdate = (result: Data, args: Variables, cache: Cache) => void;

/** Mutations after which the reminders (follow-ups, interviews to come) may read differently. */
const CHANGES_REMINDERS = [
  'setFollowUp',
  'clearFollowUp',
  'completeFollowUp',
  'scheduleInterview',
  'recordInterview',
  'recordRejection',
  'recordOffer',
  'withdrawApplication',
] as const;

/**
 * The mutation updates with the tracker's own: the reminders are the api's to compute, so every
 * mutation that may change them refetches them; a reset calendar link refetches the link.
 */
export const withTrackerUpdates = (
  updates: Record<string, MutationUpdate>,
): Record<string, MutationUpdate> => {
  const merged = { ...updates };
  for (const name of CHANGES_REMINDERS) {
    const before = merged[name];
    merged[name] = (result, args, cache) => {
      before?.(result, args, cache);
      refetch(cache, 'reminders');
    };
  }
  const reset = merged['resetCalendarUrl'];
  merged['resetCalendarUrl'] = (result, args, cache) => {
    reset?.(result, args, cache);
    refetch(cache, 'calendarUrl');
  };
  return merged;
};
