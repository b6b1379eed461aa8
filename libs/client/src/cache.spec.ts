import { Client, makeResult, type Exchange, type Operation } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, isObjectType, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { filter, fromPromise, mergeMap, pipe, take, toPromise } from 'wonka';
import { cacheOptions, keys } from './cache';
import { graphql } from './graphql';
import { ApplyForJobMutation } from './operations/web/dashboard';
import { RecordRejectionMutation } from './operations/web/application';
import { CompleteGoalMutation, SetGoalMutation } from './operations/web/goals';
import { FeedbackReceivedSubscription } from './operations/web/feedback-received';
import {
  AssignFeedbackRequestMutation,
  FeedbackHoldingQuery,
  FeedbackWorkloadQuery,
  ResponseTargetQuery,
  SetResponseTargetMutation,
} from './operations/admin/assignment';

/** Answers each operation from `respond`, by operation name; records what reached the network. */
const fakeNetwork = (respond: (name: string, operation: Operation) => object) => {
  const sent: string[] = [];
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      // Answers arrive on a later tick, as they do over a real connection.
      mergeMap((operation) => {
        const name = /(query|mutation|subscription) (\w+)/.exec(print(operation.query))?.[2] ?? '?';
        sent.push(name);
        return fromPromise(Promise.resolve(makeResult(operation, { data: respond(name, operation) })));
      }),
    );
  return { exchange, sent };
};

const clientWith = (respond: (name: string, operation: Operation) => object) => {
  const network = fakeNetwork(respond);
  const client = new Client({
    url: 'http://api.test/graphql',
    exchanges: [cacheExchange(cacheOptions), network.exchange],
  });
  return { client, sent: network.sent };
};

const ApplicationsByStatus = graphql(`
  query ApplicationsByStatus($status: ApplicationStatus) {
    me {
      id
      candidate {
        id
        applications(status: $status) {
          id
          status
        }
      }
    }
  }
`);

const GoalsByStatus = graphql(`
  query GoalsByStatus($status: GoalStatus) {
    me {
      id
      candidate {
        id
        goals(status: $status) {
          id
          status
        }
      }
    }
  }
`);

const FeedbackOfApplication = graphql(`
  query FeedbackOfApplication($id: ID!) {
    application(id: $id) {
      id
      feedback {
        id
        summary
      }
    }
  }
`);

const application = (id: string, status: string) => ({
  __typename: 'Application',
  id,
  candidateId: 'c1',
  company: 'Acme',
  role: 'Engineer',
  status,
  feedbackStatus: 'NONE',
  appliedAt: '2026-11-01T09:00:00.000Z',
  rejectedAt: status === 'REJECTED' ? '2026-11-20T09:00:00.000Z' : null,
  feedbackRequestedAt: null,
  interviews: [],
  feedback: [],
  history: [],
});

const viewerWith = (candidate: object) => ({
  me: { __typename: 'Viewer', id: 'u1', candidate: { __typename: 'Candidate', id: 'c1', ...candidate } },
});

const goal = (id: string, status: string) => ({
  __typename: 'Goal',
  id,
  candidateId: 'c1',
  theme: 'PREPARATION',
  title: 'Prepare three stories',
  status,
  setAt: '2026-11-21T09:00:00.000Z',
  completedAt: status === 'COMPLETED' ? '2026-11-24T09:00:00.000Z' : null,
  fromFeedbackId: 'f1',
  pointIndex: 0,
});

const statusOf = (operation: Operation) => operation.variables?.['status'] as string | undefined;

describe('the shared cache', () => {
  it('given the applications list is cached, when a job is applied for, then the list shows it without a refetch', async () => {
    const { client, sent } = clientWith((name) =>
      name === 'ApplicationsByStatus'
        ? viewerWith({ applications: [application('a1', 'APPLIED')] })
        : { applyForJob: application('a2', 'APPLIED') },
    );
    await client.query(ApplicationsByStatus, {}).toPromise();
    await client
      .mutation(ApplyForJobMutation, { input: { company: 'Globex', role: 'Designer' } })
      .toPromise();

    const cached = client.readQuery(ApplicationsByStatus, {});
    expect(cached?.data?.me.candidate?.applications.map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(sent).toEqual(['ApplicationsByStatus', 'ApplyForJob']);
  });

  it('given lists filtered by status, when an application is rejected, then it moves from one list to the other', async () => {
    const { client } = clientWith((name, operation) => {
      if (name === 'RecordRejection') return { recordRejection: application('a1', 'REJECTED') };
      return viewerWith({
        applications: statusOf(operation) === 'INTERVIEWING' ? [application('a1', 'INTERVIEWING')] : [],
      });
    });
    await client.query(ApplicationsByStatus, { status: 'INTERVIEWING' }).toPromise();
    await client.query(ApplicationsByStatus, { status: 'REJECTED' }).toPromise();
    await client
      .mutation(RecordRejectionMutation, { input: { applicationId: 'a1', reason: 'experience' } })
      .toPromise();

    const ids = (status: 'INTERVIEWING' | 'REJECTED') =>
      client.readQuery(ApplicationsByStatus, { status })?.data?.me.candidate?.applications.map((a) => a.id);
    expect(ids('INTERVIEWING')).toEqual([]);
    expect(ids('REJECTED')).toEqual(['a1']);
  });

  it('given open and completed goal lists, when a goal is set and another completed, then both lists follow', async () => {
    const { client } = clientWith((name, operation) => {
      if (name === 'SetGoal') return { setGoal: goal('g2', 'OPEN') };
      if (name === 'CompleteGoal') return { completeGoal: goal('g1', 'COMPLETED') };
      return viewerWith({ goals: statusOf(operation) === 'OPEN' ? [goal('g1', 'OPEN')] : [] });
    });
    await client.query(GoalsByStatus, { status: 'OPEN' }).toPromise();
    await client.query(GoalsByStatus, { status: 'COMPLETED' }).toPromise();
    await client
      .mutation(SetGoalMutation, { input: { feedbackId: 'f1', pointIndex: 0, title: 'Practise answers' } })
      .toPromise();
    await client
      .mutation(CompleteGoalMutation, { goalId: 'g1', reflection: 'I practised with a friend' })
      .toPromise();

    const ids = (status: 'OPEN' | 'COMPLETED') =>
      client.readQuery(GoalsByStatus, { status })?.data?.me.candidate?.goals.map((g) => g.id);
    expect(ids('OPEN')).toEqual(['g2']);
    expect(ids('COMPLETED')).toEqual(['g1']);
  });

  it('given an application on screen, when feedback arrives over the subscription, then it is attached to the application', async () => {
    const { client } = clientWith((name) =>
      name === 'FeedbackReceived'
        ? {
            feedbackReceived: {
              __typename: 'Feedback',
              id: 'f1',
              applicationId: 'a1',
              receivedAt: '2026-11-25T10:00:00.000Z',
              summary: 'Strong on technical depth',
              recommendation: null,
              points: [],
            },
          }
        : { application: { __typename: 'Application', id: 'a1', feedback: [] } },
    );
    await client.query(FeedbackOfApplication, { id: 'a1' }).toPromise();
    await pipe(client.subscription(FeedbackReceivedSubscription, {}), take(1), toPromise);

    const cached = client.readQuery(FeedbackOfApplication, { id: 'a1' }, { requestPolicy: 'cache-only' });
    expect(cached?.data?.application?.feedback.map((f) => f.summary)).toEqual(['Strong on technical depth']);
  });
});

describe('the shared cache, for the staff queue', () => {
  const holding = (assignee: { id: string; name: string } | null) => ({
    __typename: 'FeedbackRequest',
    applicationId: 'a1',
    assignedAt: null,
    dueAt: null,
    hoursUntilDue: null,
    overdue: false,
    assignee: assignee && { __typename: 'StaffMember', ...assignee },
  });

  it('given a request’s holder and the workload are cached, when it is assigned, then both are read again from the api', async () => {
    const { client, sent } = clientWith((name) => {
      if (name === 'AssignFeedbackRequest') return { assignFeedbackRequest: holding({ id: 's2', name: 'Sam' }) };
      if (name === 'FeedbackWorkload')
        return { feedbackWorkload: { __typename: 'FeedbackWorkload', unassignedRequests: 1, oldestUnassignedAt: null, staff: [] } };
      return { feedbackRequest: holding(null) };
    });
    await client.query(FeedbackHoldingQuery, { applicationId: 'a1' }).toPromise();
    await client.query(FeedbackWorkloadQuery, {}).toPromise();
    await client.mutation(AssignFeedbackRequestMutation, { input: { applicationId: 'a1', assigneeId: 's2' } }).toPromise();

    const only = { requestPolicy: 'cache-only' } as const;
    expect(client.readQuery(FeedbackHoldingQuery, { applicationId: 'a1' }, only)?.data ?? null).toBeNull();
    expect(client.readQuery(FeedbackWorkloadQuery, {}, only)?.data ?? null).toBeNull();
    expect(sent).toEqual(['FeedbackHolding', 'FeedbackWorkload', 'AssignFeedbackRequest']);
  });

  it('given the target is cached, when staff set another, then it is read again from the api', async () => {
    const { client } = clientWith((name) =>
      name === 'SetResponseTarget'
        ? { setResponseTarget: { __typename: 'ResponseTarget', workingDays: 3 } }
        : { responseTarget: { __typename: 'ResponseTarget', workingDays: 5 } },
    );
    await client.query(ResponseTargetQuery, {}).toPromise();
    await client.mutation(SetResponseTargetMutation, { workingDays: 3 }).toPromise();
    expect(client.readQuery(ResponseTargetQuery, {}, { requestPolicy: 'cache-only' })?.data ?? null).toBeNull();
  });
});

describe('the cache keys', () => {
  it('name every object type of schema.graphql that has no id, so none is normalized by accident', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const schema = buildSchema(readFileSync(join(here, '../schema.graphql'), 'utf8'));
    const roots = new Set(['Query', 'Mutation', 'Subscription']);
    const withoutId = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__') && !roots.has(type.name))
      .filter((type) => isObjectType(type) && !type.getFields()['id'])
      .map((type) => type.name);
    expect(withoutId.filter((name) => !(name in keys))).toEqual([]);
  });
});
