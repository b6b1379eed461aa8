/** Whose waiting requests the queue shows. */
export type QueueAssignee = 'EVERYONE' | 'MINE' | 'UNASSIGNED';
/** How long the requests shown have waited. */
export type WaitingBand = 'UNDER_48H' | 'FROM_48H_TO_7D' | 'OVER_7D';
/** The queue's order. */
export type QueueSort = 'OLDEST_FIRST' | 'LAST_INTERVIEW';

/** One view of the queue, as kept in the address (`#/queue?whose=mine&waiting=over-7d&q=acme&sort=last-interview`). */
export interface QueueView {
  readonly assignee: QueueAssignee;
  /** One staff member's requests (from the workload panel); when set, `assignee` is not used. */
  readonly heldBy: string | null;
  readonly waiting: WaitingBand | null;
  /** Text the company or role contains; empty for all. */
  readonly search: string;
  readonly sort: QueueSort;
}

/** Everyone's requests, however long they waited, oldest first. */
export const defaultQueueView: QueueView = { assignee: 'EVERYONE', heldBy: null, waiting: null, search: '', sort: 'OLDEST_FIRST' };

const assigneeWords: Record<QueueAssignee, string> = { EVERYONE: 'everyone', MINE: 'mine', UNASSIGNED: 'unassigned' };
const waitingWords: Record<WaitingBand, string> = { UNDER_48H: 'under-48h', FROM_48H_TO_7D: '48h-7d', OVER_7D: 'over-7d' };
const sortWords: Record<QueueSort, string> = { OLDEST_FIRST: 'oldest', LAST_INTERVIEW: 'last-interview' };

const fromWord = <T extends string>(words: Record<T, string>, word: string | null): T | null =>
  (Object.entries(words) as [T, string][]).find(([, w]) => w === word)?.[0] ?? null;

/** Longest search text kept in the address. */
export const SEARCH_MAX = 100;

/** Reads a view from the address's query; anything unknown or absent takes the default. */
export const parseQueueView = (query: string): QueueView => {
  const params = new URLSearchParams(query);
  return {
    assignee: fromWord(assigneeWords, params.get('whose')) ?? defaultQueueView.assignee,
    heldBy: params.get('held-by')?.trim().slice(0, SEARCH_MAX) || null,
    waiting: fromWord(waitingWords, params.get('waiting')),
    search: (params.get('q') ?? '').trim().slice(0, SEARCH_MAX),
    sort: fromWord(sortWords, params.get('sort')) ?? defaultQueueView.sort,
  };
};

/** The address query of a view, naming only what differs from the default ('' for the default view). */
export const queueViewQuery = (view: QueueView): string => {
  const params = new URLSearchParams();
  if (view.assignee !== defaultQueueView.assignee) params.set('whose', assigneeWords[view.assignee]);
  if (view.heldBy) params.set('held-by', view.heldBy);
  if (view.waiting) params.set('waiting', waitingWords[view.waiting]);
  if (view.search.trim()) params.set('q', view.search.trim());
  if (view.sort !== defaultQueueView.sort) params.set('sort', sortWords[view.sort]);
  return params.toString();
};

/** The api's filter for a view. */
export const queueFilterOf = (view: QueueView) => ({
  assignee: view.assignee,
  heldBy: view.heldBy,
  waiting: view.waiting,
  search: view.search.trim() || null,
});

/** Whether a view is the default one. */
export const isDefaultQueueView = (view: QueueView): boolean => queueViewQuery(view) === '';
