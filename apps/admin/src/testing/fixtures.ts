import type {
  ApplicationHistoryQuery,
  CandidateProfileQuery,
  FeedbackHoldingQuery,
  FeedbackWorkloadQuery,
  CandidatesQuery,
  FeedbackQueueQuery,
  FeedbackRequestQuery,
  ResultOf,
} from '@pivotal/client';

type QueueData = ResultOf<typeof FeedbackQueueQuery>;
type QueueRow = QueueData['feedbackQueue']['nodes'][number];
type RequestData = ResultOf<typeof FeedbackRequestQuery>;
type CandidatesData = ResultOf<typeof CandidatesQuery>;
type ProfileData = ResultOf<typeof CandidateProfileQuery>;
type WorkloadData = ResultOf<typeof FeedbackWorkloadQuery>;
type HoldingData = ResultOf<typeof FeedbackHoldingQuery>;
type HistoryData = ResultOf<typeof ApplicationHistoryQuery>;

const HOUR_MS = 3_600_000;

/** An instant this many hours before now. */
export const hoursAgo = (hours: number): string => new Date(Date.now() - hours * HOUR_MS).toISOString();

/** A waiting request of a candidate who had a phone screen and an onsite. */
export const queueRow = (
  id: string,
  name: string,
  waitedHours: number,
  company = 'Acme',
  more: Partial<Pick<QueueRow, 'assignee' | 'dueAt' | 'hoursUntilDue' | 'overdue' | 'lastInterviewAt'>> = {},
): QueueRow => ({
  requestedAt: hoursAgo(waitedHours),
  waitingHours: waitedHours,
  lastInterviewAt: hoursAgo(waitedHours + 50),
  dueAt: null,
  hoursUntilDue: null,
  overdue: false,
  assignee: null,
  ...more,
  candidate: { id: `c-${id}`, name },
  application: {
    id,
    company,
    role: 'Backend engineer',
    status: 'REJECTED',
    interviews: [
      { id: `${id}-i1`, stage: 'Phone screen', occurredAt: hoursAgo(waitedHours + 100) },
      { id: `${id}-i2`, stage: 'Onsite', occurredAt: hoursAgo(waitedHours + 50) },
      { id: `${id}-i3`, stage: 'Final', occurredAt: null },
    ],
  },
});

/** One page of the queue. */
export const queuePage = (nodes: QueueRow[], more: { endCursor?: string; totalCount?: number } = {}): { data: QueueData } => ({
  data: {
    feedbackQueue: {
      nodes,
      totalCount: more.totalCount ?? nodes.length,
      endCursor: more.endCursor ?? null,
      hasNextPage: Boolean(more.endCursor),
    },
  },
});

/** A rejected application of Ada Lovelace that is waiting for feedback. */
export const requestedApplication = (
  feedbackStatus: 'REQUESTED' | 'RECEIVED' | 'DECLINED' | 'NONE' = 'REQUESTED',
): { data: RequestData } => ({
  data: {
    application: {
      id: 'app-1',
      company: 'Acme',
      role: 'Backend engineer',
      status: 'REJECTED',
      feedbackStatus,
      appliedAt: '2026-11-01T09:00:00.000Z',
      rejectedAt: '2026-11-20T09:00:00.000Z',
      feedbackRequestedAt: '2026-11-21T09:00:00.000Z',
      candidate: { id: 'cand-1', name: 'Ada Lovelace', email: 'ada@example.com' },
      interviews: [
        {
          id: 'i-1',
          stage: 'Phone screen',
          scheduledFor: '2026-11-05T09:00:00.000Z',
          occurredAt: '2026-11-05T09:00:00.000Z',
          selfRating: 4,
          notes: 'Went well, ran out of time on the last question.',
        },
        { id: 'i-2', stage: 'Onsite', scheduledFor: '2026-11-12T09:00:00.000Z', occurredAt: null, selfRating: null, notes: null },
      ],
      feedback:
        feedbackStatus === 'RECEIVED'
          ? [
              {
                id: 'fb-1',
                applicationId: 'app-1',
                receivedAt: '2026-11-22T09:00:00.000Z',
                summary: 'Strong communicator; system design needs depth.',
                recommendation: 'MIXED',
                points: [{ index: 0, theme: 'TECHNICAL_SKILLS', polarity: 'IMPROVEMENT', note: 'Practise system design.' }],
              },
            ]
          : [],
    },
  },
});

/** A page of candidates. */
export const candidatesPage = (
  names: string[],
  more: { endCursor?: string; totalCount?: number } = {},
): { data: CandidatesData } => ({
  data: {
    candidates: {
      totalCount: more.totalCount ?? names.length,
      endCursor: more.endCursor ?? null,
      hasNextPage: Boolean(more.endCursor),
      nodes: names.map((name, i) => ({
        id: `cand-${name.toLowerCase().replaceAll(' ', '-')}`,
        name,
        email: `${name.toLowerCase().replaceAll(' ', '.')}@example.com`,
        stats: { applied: 3 + i, offers: 1, feedbackReceived: 2, goalsCompleted: 1 },
      })),
    },
  },
});

/** Ada's profile: two applications, one with feedback, and two goals made from it. */
export const candidateProfile = (): { data: ProfileData } => ({
  data: {
    candidate: {
      id: 'cand-1',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      erased: false,
      stats: { applied: 2, interviewed: 1, rejected: 1, offers: 0, feedbackReceived: 1, goalsCompleted: 1 },
      applications: [
        {
          id: 'app-1',
          company: 'Acme',
          role: 'Backend engineer',
          status: 'REJECTED',
          feedbackStatus: 'RECEIVED',
          appliedAt: '2026-11-01T09:00:00.000Z',
          feedback: [
            {
              id: 'fb-1',
              applicationId: 'app-1',
              receivedAt: '2026-11-22T09:00:00.000Z',
              summary: 'Strong communicator; system design needs depth.',
              recommendation: 'MIXED',
              points: [
                { index: 0, theme: 'COMMUNICATION', polarity: 'STRENGTH', note: 'Clear, structured answers.' },
                { index: 1, theme: 'TECHNICAL_SKILLS', polarity: 'IMPROVEMENT', note: 'Practise system design.' },
              ],
            },
          ],
        },
        {
          id: 'app-2',
          company: 'Globex',
          role: 'Data engineer',
          status: 'APPLIED',
          feedbackStatus: 'NONE',
          appliedAt: '2026-11-10T09:00:00.000Z',
          feedback: [],
        },
      ],
      goals: [
        {
          id: 'g-1',
          candidateId: 'cand-1',
          theme: 'TECHNICAL_SKILLS',
          title: 'Design three systems end to end',
          status: 'COMPLETED',
          setAt: '2026-11-22T10:00:00.000Z',
          completedAt: '2026-11-24T10:00:00.000Z',
          fromFeedbackId: 'fb-1',
          pointIndex: 1,
        },
        {
          id: 'g-2',
          candidateId: 'cand-1',
          theme: 'PREPARATION',
          title: 'Research each company before the interview',
          status: 'OPEN',
          setAt: '2026-11-22T10:00:00.000Z',
          completedAt: null,
          fromFeedbackId: null,
          pointIndex: null,
        },
      ],
    },
  },
});

/** A token whose payload says it expires in an hour, as the session store reads it. */
export const unexpiredToken = (subject = 'user-1'): string => {
  const encode = (value: object) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: subject, exp: Math.floor(Date.now() / 1000) + 3600 })}.signature`;
};

/** The staff of the test agency: the viewer (Sam) and two colleagues. */
export const SAM = { id: 'staff-sam', name: 'Sam Staff' };
export const KIM = { id: 'staff-kim', name: 'Kim Colleague' };
export const LEE = { id: 'staff-lee', name: 'Lee Other' };

/** The agency's workload: Kim holds 3 (the oldest from 1 Dec), Sam 1, Lee none; 4 unassigned. */
export const workload = (): { data: WorkloadData } => ({
  data: {
    feedbackWorkload: {
      unassignedRequests: 4,
      oldestUnassignedAt: '2026-11-20T09:00:00.000Z',
      staff: [
        { staffMember: KIM, openRequests: 3, oldestRequestedAt: '2026-12-01T09:00:00.000Z' },
        { staffMember: SAM, openRequests: 1, oldestRequestedAt: '2026-12-03T09:00:00.000Z' },
        { staffMember: LEE, openRequests: 0, oldestRequestedAt: null },
      ],
    },
  },
});

/** The request app-1, held by `assignee` (nobody by default), due in two days. */
export const holding = (assignee: { id: string; name: string } | null = null): { data: HoldingData } => ({
  data: {
    feedbackRequest: {
      applicationId: 'app-1',
      assignedAt: assignee ? '2026-12-02T09:00:00.000Z' : null,
      dueAt: hoursAgo(-50),
      hoursUntilDue: 50,
      overdue: false,
      assignee,
    },
  },
});

/** app-1's history: applied, requested, assigned to Kim by Sam. */
export const history = (): { data: HistoryData } => ({
  data: {
    application: {
      id: 'app-1',
      history: [
        { type: 'JobApplied', occurredAt: '2026-11-01T09:00:00.000Z', data: '{}', position: '1' },
        { type: 'FeedbackRequested', occurredAt: '2026-11-21T09:00:00.000Z', data: '{}', position: '2' },
        {
          type: 'FeedbackAssigned',
          occurredAt: '2026-11-22T09:00:00.000Z',
          data: JSON.stringify({ assigneeId: KIM.id, previousAssigneeId: null, assignedBy: SAM.id }),
          position: '3',
        },
      ],
    },
  },
});
