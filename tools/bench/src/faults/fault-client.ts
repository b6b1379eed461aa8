/**
 * The fault benchmark's client: virtual users that go through every mutation of the api, as the
 * apps would, and retry when the connection drops, as a real client would. A write with an
 * idempotency key is sent again as is; one without is sent again only after a read shows that it
 * did not land (else the read is its answer). Each acknowledged write enters the ledger with the
 * events it must have appended.
 */
import { randomUUID } from 'node:crypto';
import { seededRandom, type Random } from '@pivotal/demo-data';
import { Dropped, post, read, type ServerAddress } from './fault-http';
import type { Ledger } from './ledger';

export interface ClientStats {
  /** Acknowledged writes per mutation, `name` or `name+key`. */
  readonly acknowledged: Map<string, number>;
  dropped: number;
  /** Writes whose outcome was unknown and that a read then found in. */
  foundAfterDrop: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

interface WriteSpec<T> {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly token?: string;
  /** Carries an idempotency key: sending it again cannot append twice. */
  readonly keyed: boolean;
  /** For a write without a key whose outcome is unknown: its result when a read shows it in, else null. */
  readonly landed: () => Promise<T | null>;
  readonly result: (data: Record<string, unknown>) => T;
  /** The (stream, type) of each event the write appends. */
  readonly appends: (result: T) => readonly (readonly [string, string])[];
}

export interface FaultClientOptions {
  readonly server: ServerAddress;
  readonly ledger: Ledger;
  readonly stats: ClientStats;
  readonly agencyCode: string;
  readonly staffToken: () => string;
  readonly seed: number;
  readonly user: number;
  /** Asked before each new story: false ends the user's loop. */
  readonly going: () => boolean;
}

const PASSWORD = 'fault-bench-Passw0rd!';

/** One virtual user's loop; resolves when `going()` turns false after a story. */
export const runVirtualUser = async (options: FaultClientOptions): Promise<void> => {
  const { server, ledger, stats } = options;
  const random: Random = seededRandom(options.seed, options.user);
  let serial = 0;
  const unique = (what: string) => `${what} ${options.user}-${(serial += 1)}`;

  const perform = async <T>(spec: WriteSpec<T>): Promise<T> => {
    let unknown = false;
    let conflictWaitMs = 2_000;
    for (let attempt = 1; attempt <= 120; attempt += 1) {
      if (unknown && !spec.keyed) {
        const found = await spec.landed();
        if (found !== null) {
          stats.foundAfterDrop += 1;
          return acknowledge(found);
        }
      }
      let answer;
      try {
        answer = await post<Record<string, unknown>>(server, spec.query, spec.variables, spec.token);
      } catch (error) {
        if (!(error instanceof Dropped)) throw error;
        stats.dropped += 1;
        unknown = true;
        continue;
      }
      if (answer.data && !answer.errors) return acknowledge(spec.result(answer.data));
      const code = answer.errors?.[0]?.extensions?.code;
      // The server failed after it may have appended (e.g. its read-your-writes wait): outcome unknown.
      if (code === 'INTERNAL_SERVER_ERROR') {
        unknown = true;
        await sleep(250);
        continue;
      }
      // Sent again after a drop and refused as taken: our own first send may hold it (a sign-up's
      // email claim outlives a crash by 10 s). Back off, as a real client does, rather than spend
      // the email's sign-up budget (5 per 15 minutes) on quick resends: 2 + 4 + 8 s outlast the claim.
      if (unknown && code === 'CONFLICT') {
        await sleep(conflictWaitMs);
        conflictWaitMs = Math.min(conflictWaitMs * 2, 8_000);
        continue;
      }
      throw new Error(`${spec.name} was refused: ${JSON.stringify(answer.errors)}`);
    }
    throw new Error(`${spec.name}: no acknowledgement after 120 attempts`);

    function acknowledge(result: T): T {
      for (const [streamId, type] of spec.appends(result)) ledger.expect(streamId, type);
      const name = spec.keyed ? `${spec.name}+key` : spec.name;
      stats.acknowledged.set(name, (stats.acknowledged.get(name) ?? 0) + 1);
      return result;
    }
  };

  const applicationState = (token: string, id: string) =>
    read<{ application: { status: string; feedbackStatus: string; interviews: { id: string; stage: string; occurredAt: string | null }[]; feedback: { id: string }[] } | null }>(
      server,
      'query ($id: ID!) { application(id: $id) { status feedbackStatus interviews { id stage occurredAt } feedback { id } } }',
      { id },
      token,
    ).then((data) => data.application);
  const goals = (token: string) =>
    read<{ me: { candidate: { goals: { id: string; title: string; status: string }[] } | null } }>(server, '{ me { candidate { goals { id title status } } } }', {}, token).then(
      (data) => data.me.candidate?.goals ?? [],
    );

  const signUp = async (): Promise<{ id: string; token: string }> => {
    const email = `${unique('user').replace(/\s/g, '-')}-${randomUUID().slice(0, 8)}@faults.test`;
    const signIn = async () => {
      const answer = await post<{ login: { token: string; viewer: { id: string } } }>(
        server,
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token viewer { id } } }',
        { email, password: PASSWORD },
      ).catch(() => null);
      const login = answer?.data?.login;
      if (!login) return null;
      const me = await read<{ me: { candidate: { id: string } | null } }>(server, '{ me { candidate { id } } }', {}, login.token);
      return me.me.candidate ? { id: login.viewer.id, token: login.token } : null;
    };
    return perform({
      name: 'signUp',
      query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { token viewer { id } } }',
      variables: { input: { email, password: PASSWORD, name: `Fault User ${options.user}`, agencyCode: options.agencyCode } },
      keyed: false,
      landed: signIn,
      result: (data) => {
        const { token, viewer } = data['signUp'] as { token: string; viewer: { id: string } };
        return { id: viewer.id, token };
      },
      appends: ({ id }) => [
        [`account-${id}`, 'AccountRegistered'],
        [`candidate-${id}`, 'CandidateRegistered'],
      ],
    });
  };

  /** A write on an application that moves it to a state a read can see. */
  const onApplication = (
    name: string,
    query: string,
    variables: Record<string, unknown>,
    token: string,
    applicationId: string,
    type: string,
    isIn: (state: NonNullable<Awaited<ReturnType<typeof applicationState>>>) => boolean,
    keyed = false,
  ) =>
    perform({
      name,
      query,
      variables,
      token,
      keyed,
      landed: async () => {
        const state = await applicationState(token, applicationId);
        return state && isIn(state) ? true : null;
      },
      result: () => true,
      appends: () => [[`application-${applicationId}`, type]],
    });

  const story = async (candidate: { id: string; token: string }) => {
    const { token } = candidate;
    const keyedApply = random.chance(0.5);
    const clientId = randomUUID();
    const applicationId = await perform({
      name: 'applyForJob',
      query: 'mutation ($input: ApplyInput!) { applyForJob(input: $input) { id } }',
      variables: {
        input: keyedApply
          ? { company: unique('Company'), role: 'Engineer', appliedAt: ago(30), idempotencyKey: randomUUID() }
          : { id: clientId, company: unique('Company'), role: 'Engineer', appliedAt: ago(30) },
      },
      token,
      keyed: keyedApply,
      landed: async () => ((await applicationState(token, clientId)) ? clientId : null),
      result: (data) => (data['applyForJob'] as { id: string }).id,
      appends: (id) => [[`application-${id}`, 'JobApplied']],
    });

    let interviewId: string = randomUUID();
    if (random.chance(0.6)) {
      const stage = unique('Stage');
      await onApplication(
        'scheduleInterview',
        'mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }',
        { input: { applicationId, scheduledFor: ago(25), stage } },
        token,
        applicationId,
        'InterviewScheduled',
        (s) => s.interviews.some((i) => i.stage === stage),
      );
      const scheduled = (await applicationState(token, applicationId))?.interviews.find((i) => i.stage === stage);
      if (scheduled) interviewId = scheduled.id;
    }
    await onApplication(
      'recordInterview',
      'mutation ($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }',
      { input: { applicationId, interviewId, occurredAt: ago(20), stage: 'Onsite', selfRating: random.int(1, 5), notes: unique('Notes') } },
      token,
      applicationId,
      'Interviewed',
      (s) => s.interviews.some((i) => i.id === interviewId && i.occurredAt !== null),
    );

    const outcome = random.next();
    if (outcome < 0.2) {
      await onApplication('recordOffer', 'mutation ($id: ID!) { recordOffer(applicationId: $id) { id } }', { id: applicationId }, token, applicationId, 'OfferReceived', (s) => s.status === 'OFFER');
      return;
    }
    if (outcome < 0.3) {
      await onApplication('withdrawApplication', 'mutation ($id: ID!) { withdrawApplication(applicationId: $id) { id } }', { id: applicationId }, token, applicationId, 'ApplicationWithdrawn', (s) => s.status === 'WITHDRAWN');
      return;
    }
    await onApplication(
      'recordRejection',
      'mutation ($input: RejectInput!) { recordRejection(input: $input) { id } }',
      { input: { applicationId, rejectedAt: ago(15), reason: unique('Reason') } },
      token,
      applicationId,
      'ApplicationRejected',
      (s) => s.status === 'REJECTED',
    );
    await onApplication('requestFeedback', 'mutation ($id: ID!) { requestFeedback(applicationId: $id) { id } }', { id: applicationId }, token, applicationId, 'FeedbackRequested', (s) => s.feedbackStatus !== 'NONE');

    const staff = options.staffToken();
    if (random.chance(0.2)) {
      await onApplication(
        'declineFeedback',
        'mutation ($id: ID!, $reason: String!) { declineFeedback(applicationId: $id, reason: $reason) { id } }',
        { id: applicationId, reason: unique('Declined') },
        staff,
        applicationId,
        'FeedbackDeclined',
        (s) => s.feedbackStatus === 'DECLINED',
      );
      return;
    }
    const keyedFeedback = random.chance(0.5);
    await onApplication(
      'recordFeedback',
      'mutation ($input: RecordFeedbackInput!) { recordFeedback(input: $input) { id } }',
      {
        input: {
          applicationId,
          summary: unique('Summary'),
          points: [
            { theme: 'TECHNICAL_SKILLS', polarity: 'STRENGTH', note: 'clear reasoning' },
            { theme: 'PREPARATION', polarity: 'IMPROVEMENT', note: unique('Improve') },
          ],
          ...(keyedFeedback ? { idempotencyKey: randomUUID() } : {}),
        },
      },
      staff,
      applicationId,
      'FeedbackReceived',
      (s) => s.feedback.length > 0,
      keyedFeedback,
    );
    const feedbackId = (await applicationState(token, applicationId))?.feedback[0]?.id;
    if (!feedbackId) throw new Error(`feedback of ${applicationId} is not readable after its acknowledgement`);
    const title = unique('Goal');
    const goalId = await perform({
      name: 'setGoal',
      query: 'mutation ($input: SetGoalInput!) { setGoal(input: $input) { id } }',
      variables: { input: { feedbackId, pointIndex: 1, title } },
      token,
      keyed: false,
      landed: async () => (await goals(token)).find((g) => g.title === title)?.id ?? null,
      result: (data) => (data['setGoal'] as { id: string }).id,
      appends: (id) => [[`goal-${id}`, 'GoalSet']],
    });
    const complete = random.chance(0.6);
    await perform({
      name: complete ? 'completeGoal' : 'abandonGoal',
      query: complete
        ? 'mutation ($id: ID!, $reflection: String) { completeGoal(goalId: $id, reflection: $reflection) { id } }'
        : 'mutation ($id: ID!) { abandonGoal(goalId: $id) { id } }',
      variables: complete ? { id: goalId, reflection: unique('Learned') } : { id: goalId },
      token,
      keyed: false,
      landed: async () => ((await goals(token)).some((g) => g.id === goalId && g.status === (complete ? 'COMPLETED' : 'ABANDONED')) ? true : null),
      result: () => true,
      appends: () => [[`goal-${goalId}`, complete ? 'GoalCompleted' : 'GoalAbandoned']],
    });
  };

  let candidate = await signUp();
  do {
    if (random.chance(0.1)) candidate = await signUp();
    await story(candidate);
  } while (options.going());
};
