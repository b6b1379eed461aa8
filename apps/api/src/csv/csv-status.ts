import type { ApplicationStatus } from '@pivotal/domain';

/**
 * The statuses an imported row may carry, each mapped to where Pivotal's application stands after
 * it: what its own status names say, and those of Huntr's lists and Teal's stages. Compared in lower
 * case with punctuation and emoji dropped. A blank status means applied.
 */
export const STATUS_ALIASES: Readonly<Record<ApplicationStatus, readonly string[]>> = {
  APPLIED: ['applied', 'submitted', 'application sent', 'waiting', 'pending', 'no response', 'ghosted', 'in review'],
  INTERVIEWING: ['interviewing', 'interview', 'interviews', 'interviewed', 'phone screen', 'screening', 'on site', 'onsite'],
  OFFER: ['offer', 'offered', 'offer received', 'negotiating', 'accepted'],
  REJECTED: ['rejected', 'rejection', 'not selected', 'declined', 'no offer', 'turned down'],
  WITHDRAWN: ['withdrawn', 'withdrew', 'i withdrew', 'withdraw'],
};

/** Statuses of jobs saved but not applied for: not an application yet, so not imported. */
const NOT_APPLIED_YET = ['wishlist', 'bookmarked', 'saved', 'applying', 'to apply', 'interested'];

const normalise = (status: string): string =>
  status
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const statusOfAlias = new Map<string, ApplicationStatus>(
  (Object.entries(STATUS_ALIASES) as [ApplicationStatus, readonly string[]][]).flatMap(([status, aliases]) =>
    aliases.map((alias) => [alias, status] as const),
  ),
);

/** Where an imported status puts the application, or why it cannot be imported. */
export const statusOfCell = (cell: string): { status: ApplicationStatus } | { error: string } => {
  const text = normalise(cell);
  if (text === '') return { status: 'APPLIED' };
  const status = statusOfAlias.get(text);
  if (status) return { status };
  if (NOT_APPLIED_YET.includes(text)) {
    return { error: `status "${cell.trim()}" is a job not applied for yet: Pivotal logs applications once sent` };
  }
  return {
    error: `status "${cell.trim()}" is not one Pivotal knows: use applied, interviewing, offer, rejected or withdrawn`,
  };
};
