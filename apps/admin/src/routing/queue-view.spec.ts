import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, screenKey } from './route';
import { defaultQueueView, parseQueueView, queueViewQuery, type QueueView } from './queue-view';

describe('the queue view in the address', () => {
  it('reads whose requests, the waiting band, the text and the order from the query', () => {
    expect(parseQueueView('whose=mine&waiting=over-7d&q=Acme%20Corp&sort=last-interview')).toEqual({
      assignee: 'MINE',
      heldBy: null,
      waiting: 'OVER_7D',
      search: 'Acme Corp',
      sort: 'LAST_INTERVIEW',
    });
    expect(parseQueueView('whose=unassigned&waiting=48h-7d').waiting).toBe('FROM_48H_TO_7D');
  });

  it('takes the default for anything absent or unknown, so an edited address still opens a queue', () => {
    expect(parseQueueView('')).toEqual(defaultQueueView);
    expect(parseQueueView('whose=theirs&waiting=forever&sort=random')).toEqual(defaultQueueView);
    expect(parseQueueView(`q=${'x'.repeat(300)}`).search).toHaveLength(100);
  });

  it('names only what differs from the default', () => {
    expect(queueViewQuery(defaultQueueView)).toBe('');
    expect(queueViewQuery({ ...defaultQueueView, waiting: 'UNDER_48H', search: '  ' })).toBe('waiting=under-48h');
  });

  it('given any view, when its href is parsed, then the same view comes back', () => {
    const views: QueueView[] = [
      { assignee: 'MINE', heldBy: null, waiting: null, search: '', sort: 'OLDEST_FIRST' },
      { assignee: 'EVERYONE', heldBy: 'staff-2', waiting: null, search: '', sort: 'OLDEST_FIRST' },
      { assignee: 'UNASSIGNED', heldBy: null, waiting: 'FROM_48H_TO_7D', search: 'R&D / Ops?', sort: 'LAST_INTERVIEW' },
      { assignee: 'EVERYONE', heldBy: null, waiting: 'OVER_7D', search: 'a=b', sort: 'OLDEST_FIRST' },
    ];
    for (const view of views) expect(parseRoute(routeHref({ name: 'queue', view }))).toEqual({ name: 'queue', view });
  });

  it('keeps the plain queue route for the default view, and one screen for every view', () => {
    expect(parseRoute('#/queue?whose=everyone')).toEqual({ name: 'queue' });
    expect(routeHref({ name: 'queue', view: defaultQueueView })).toBe('#/queue');
    expect(screenKey({ name: 'queue', view: { ...defaultQueueView, assignee: 'MINE' } })).toBe(screenKey({ name: 'queue' }));
    expect(parseRoute('#/requests/a1?whose=mine')).toEqual({ name: 'request', applicationId: 'a1' });
  });
});
