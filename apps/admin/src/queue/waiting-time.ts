/** How urgent a waiting feedback request is: fresh, past 48 hours, or past 7 days. */
export type Urgency = 'fresh' | 'overdue' | 'stale';

const HOUR_MS = 3_600_000;

/** Hours between a request and now. */
export const hoursWaiting = (requestedAt: string, now: Date): number =>
  Math.max(0, (now.getTime() - new Date(requestedAt).getTime()) / HOUR_MS);

/** The urgency of a request that has waited this many hours. */
export const urgencyOf = (hours: number): Urgency => (hours > 24 * 7 ? 'stale' : hours > 48 ? 'overdue' : 'fresh');

/** The words shown beside an urgent request, so that urgency is never told by colour alone. */
export const urgencyLabel = (urgency: Urgency): string | null =>
  urgency === 'stale' ? 'Over 7 days' : urgency === 'overdue' ? 'Over 48 hours' : null;

/** A waiting time in words: "35 min", "5 h", "3 d 4 h". */
export const formatWaiting = (hours: number): string => {
  if (hours < 1) return `${Math.floor(hours * 60)} min`;
  if (hours < 48) return `${Math.floor(hours)} h`;
  const days = Math.floor(hours / 24);
  const rest = Math.floor(hours - days * 24);
  return rest === 0 ? `${days} d` : `${days} d ${rest} h`;
};
