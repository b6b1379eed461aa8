import type { QueueAssignee, QueueSort, WaitingBand } from '@pivotal/projections';
import { registerEnumType } from 'type-graphql';

export const QueueAssigneeEnum: { [K in QueueAssignee]: K } = { EVERYONE: 'EVERYONE', MINE: 'MINE', UNASSIGNED: 'UNASSIGNED' };
export const WaitingBandEnum: { [K in WaitingBand]: K } = {
  UNDER_48H: 'UNDER_48H',
  FROM_48H_TO_7D: 'FROM_48H_TO_7D',
  OVER_7D: 'OVER_7D',
};
export const QueueSortEnum: { [K in QueueSort]: K } = { OLDEST_FIRST: 'OLDEST_FIRST', LAST_INTERVIEW: 'LAST_INTERVIEW' };

registerEnumType(QueueAssigneeEnum, {
  name: 'QueueAssignee',
  description: 'Whose feedback requests the queue shows.',
  valuesConfig: {
    EVERYONE: { description: 'Every waiting request of the agency.' },
    MINE: { description: 'Those assigned to the signed-in staff member.' },
    UNASSIGNED: { description: 'Those nobody holds yet.' },
  },
});
registerEnumType(WaitingBandEnum, {
  name: 'WaitingBand',
  description: 'How long a feedback request has waited.',
  valuesConfig: {
    UNDER_48H: { description: 'Less than 48 hours.' },
    FROM_48H_TO_7D: { description: 'From 48 hours up to 7 days.' },
    OVER_7D: { description: 'More than 7 days.' },
  },
});
registerEnumType(QueueSortEnum, {
  name: 'QueueSort',
  description: 'The order of the feedback queue.',
  valuesConfig: {
    OLDEST_FIRST: { description: 'The request that has waited longest first.' },
    LAST_INTERVIEW: { description: 'The most recent last interview first; requests without an interview last.' },
  },
});
