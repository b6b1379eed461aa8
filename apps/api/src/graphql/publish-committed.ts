import type {
  FeedbackAssigned,
  FeedbackDeclined,
  FeedbackReceived,
  FeedbackRequested,
  FeedbackUnassigned,
  ResponseTargetSet,
} from '@pivotal/domain';
import type { CommittedBatch } from '@pivotal/projections';
import type { ApiServices } from './context';
import { TOPICS } from './pub-sub';

/**
 * Turns each committed batch of the projections into subscription payloads: a candidate's new
 * feedback, and the agencies whose feedback queue changed (a request asked, answered or
 * (re)assigned, or the response target that dates them). Runs after the commit, so a client that
 * reacts by querying reads what it was told about.
 */
export const publishCommitted =
  ({ pubSub, queries, log }: Pick<ApiServices, 'pubSub' | 'queries' | 'log'>) =>
  (batch: CommittedBatch): void => {
    if ('subscriberCount' in pubSub && (pubSub as { subscriberCount(): number }).subscriberCount() === 0) return;
    try {
      const agencies = new Set<string>();
      const agencyOfApplication = (applicationId: string) => queries.applicationById(applicationId)?.agencyId;
      for (const event of batch.events) {
        if (event.type === 'FeedbackRequested') {
          const { agencyId, applicationId } = event.data as FeedbackRequested['data'];
          const agency = agencyId ?? agencyOfApplication(applicationId);
          if (agency) agencies.add(agency);
        } else if (event.type === 'FeedbackReceived') {
          const { feedbackId, candidateId, applicationId } = event.data as FeedbackReceived['data'];
          const [feedback] = queries.feedbackByIds([feedbackId]);
          if (feedback) pubSub.publish(TOPICS.feedbackReceived, candidateId, feedback);
          const agency = agencyOfApplication(applicationId);
          if (agency) agencies.add(agency);
        } else if (event.type === 'FeedbackDeclined') {
          const agency = agencyOfApplication((event.data as FeedbackDeclined['data']).applicationId);
          if (agency) agencies.add(agency);
        } else if (event.type === 'FeedbackAssigned' || event.type === 'FeedbackUnassigned') {
          const { applicationId } = event.data as (FeedbackAssigned | FeedbackUnassigned)['data'];
          const agency = queries.feedbackRequestAgency(applicationId) ?? agencyOfApplication(applicationId);
          if (agency) agencies.add(agency);
        } else if (event.type === 'ResponseTargetSet') {
          agencies.add((event.data as ResponseTargetSet['data']).agencyId);
        }
      }
      for (const agencyId of agencies) pubSub.publish(TOPICS.feedbackQueueChanged, agencyId, agencyId);
    } catch (error) {
      // A failed notification must not stop the projections: clients still read the truth.
      log.error({ err: error }, 'could not publish committed changes to subscribers');
    }
  };
