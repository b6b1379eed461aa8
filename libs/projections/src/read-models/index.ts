import type { Projection } from '../projection';
import { accountsProjection } from './accounts.projection';
import { applicationsProjection } from './applications.projection';
import { candidatesProjection } from './candidates.projection';
import { feedbackQueueProjection } from './feedback-queue.projection';
import { goalsProjection } from './goals.projection';
import { trackerProjection } from './tracker.projection';

export { accountsProjection, applicationsProjection, candidatesProjection, feedbackQueueProjection, goalsProjection };
export { forgetCandidateTracking, trackerProjection } from './tracker.projection';

/** Every read model Pivotal's queries read; the api's runner applies exactly these. */
export const pivotalProjections: readonly Projection[] = [
  accountsProjection,
  candidatesProjection,
  applicationsProjection,
  goalsProjection,
  feedbackQueueProjection,
  trackerProjection,
];
