import type { Projection } from '../projection';
import { accountsProjection } from './accounts.projection';
import { applicationDetailsProjection } from './application-details.projection';
import { applicationsProjection } from './applications.projection';
import { candidatesProjection } from './candidates.projection';
import { erasuresProjection } from './erasures.projection';
import { feedbackQueueProjection } from './feedback-queue.projection';
import { goalsProjection } from './goals.projection';
import { trackerProjection } from './tracker.projection';

export {
  accountsProjection,
  applicationDetailsProjection,
  applicationsProjection,
  candidatesProjection,
  erasuresProjection,
  feedbackQueueProjection,
  goalsProjection,
};
export { forgetCandidateTracking, trackerProjection } from './tracker.projection';

/** Every read model Pivotal's queries read; the api's runner applies exactly these. */
export const pivotalProjections: readonly Projection[] = [
  accountsProjection,
  candidatesProjection,
  applicationsProjection,
  goalsProjection,
  feedbackQueueProjection,
  erasuresProjection,
  applicationDetailsProjection,
  trackerProjection,
];
