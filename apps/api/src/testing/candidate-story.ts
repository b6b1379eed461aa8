import { dataOf, type Actor } from './fixtures';
import type { TestServer } from './test-server';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** How far a candidate's application has come, each step including those before. */
export type StoryStep = 'applied' | 'interviewed' | 'requested' | 'assigned' | 'feedback' | 'goal' | 'followUp';

/** Ids made along a story. */
export interface Story {
  readonly applicationId: string;
  readonly feedbackId?: string;
  readonly goalId?: string;
}

const ORDER: StoryStep[] = ['applied', 'interviewed', 'requested', 'assigned', 'feedback', 'goal'];

/**
 * Takes a fresh application of `candidate` up to `step` through GraphQL, as the apps would:
 * applied, interviewed and rejected, feedback requested, (only for `assigned`: the request assigned
 * to `staff`), feedback recorded by `staff`, a goal set. `followUp` is an application with a follow-up set, no more.
 */
export const storyUpTo = async (app: TestServer, candidate: Actor, staff: Actor, step: StoryStep): Promise<Story> => {
  const reached = (s: StoryStep) => ORDER.indexOf(step) >= ORDER.indexOf(s);
  const applicationId = dataOf(
    await app.gql<{ applyForJob: { id: string } }>(
      'mutation ($input: ApplyInput!) { applyForJob(input: $input) { id } }',
      { input: { company: 'Initech', role: 'Engineer', appliedAt: ago(30) } },
      candidate.token,
    ),
  ).applyForJob.id;
  if (step === 'followUp') {
    dataOf(
      await app.gql(
        'mutation ($input: FollowUpInput!) { setFollowUp(input: $input) { id } }',
        { input: { applicationId, followUpAt: new Date(Date.now() + 3 * DAY).toISOString(), note: 'Call them' } },
        candidate.token,
      ),
    );
    return { applicationId };
  }
  if (!reached('interviewed')) return { applicationId };
  dataOf(
    await app.gql(
      'mutation ($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }',
      { input: { applicationId, occurredAt: ago(20), stage: 'Onsite', selfRating: 3 } },
      candidate.token,
    ),
  );
  dataOf(
    await app.gql(
      'mutation ($input: RejectInput!) { recordRejection(input: $input) { id } }',
      { input: { applicationId, rejectedAt: ago(15) } },
      candidate.token,
    ),
  );
  if (!reached('requested')) return { applicationId };
  dataOf(await app.gql('mutation ($id: ID!) { requestFeedback(applicationId: $id) { id } }', { id: applicationId }, candidate.token));
  if (step === 'assigned') {
    dataOf(
      await app.gql(
        'mutation ($input: AssignFeedbackRequestInput!) { assignFeedbackRequest(input: $input) { assigneeId } }',
        { input: { applicationId, assigneeId: staff.id } },
        staff.token,
      ),
    );
  }
  if (!reached('feedback')) return { applicationId };
  const feedbackId = dataOf(
    await app.gql<{ recordFeedback: { id: string } }>(
      'mutation ($input: RecordFeedbackInput!) { recordFeedback(input: $input) { id } }',
      {
        input: {
          applicationId,
          summary: 'Sound reasoning, thin preparation.',
          points: [
            { theme: 'TECHNICAL_SKILLS', polarity: 'STRENGTH', note: 'clear reasoning' },
            { theme: 'PREPARATION', polarity: 'IMPROVEMENT', note: 'know the product' },
          ],
        },
      },
      staff.token,
    ),
  ).recordFeedback.id;
  if (!reached('goal')) return { applicationId, feedbackId };
  const goalId = dataOf(
    await app.gql<{ setGoal: { id: string } }>(
      'mutation ($input: SetGoalInput!) { setGoal(input: $input) { id } }',
      { input: { feedbackId, pointIndex: 1, title: 'Use the product before the interview' } },
      candidate.token,
    ),
  ).setGoal.id;
  return { applicationId, feedbackId, goalId };
};
