import type {
  ApplicationDetailFields,
  CandidateStatsFields,
  FeedbackFields,
  GoalFields,
  ResultOf,
} from '@pivotal/client';

/** Data as the api answers it, for the screens' specs. */

export const stats = (overrides: Partial<ResultOf<typeof CandidateStatsFields>> = {}) => ({
  applied: 0,
  interviewed: 0,
  rejected: 0,
  offers: 0,
  feedbackReceived: 0,
  goalsCompleted: 0,
  streakWeeks: 0,
  ...overrides,
});

export const feedback = (
  overrides: Partial<ResultOf<typeof FeedbackFields>> = {},
): ResultOf<typeof FeedbackFields> => ({
  id: 'f1',
  applicationId: 'a1',
  receivedAt: '2026-11-24T10:00:00.000Z',
  summary: 'Strong technically; answers ran long.',
  recommendation: 'MIXED',
  points: [
    { index: 0, theme: 'TECHNICAL_SKILLS', polarity: 'STRENGTH', note: 'Clear reasoning about trade-offs' },
    { index: 1, theme: 'ANSWER_RELEVANCE', polarity: 'IMPROVEMENT', note: 'Keep answers to two minutes' },
  ],
  ...overrides,
});

export const application = (
  overrides: Partial<ResultOf<typeof ApplicationDetailFields>> = {},
): ResultOf<typeof ApplicationDetailFields> => ({
  id: 'a1',
  candidateId: 'c1',
  company: 'Acme',
  role: 'Backend engineer',
  status: 'APPLIED',
  feedbackStatus: 'NONE',
  appliedAt: '2026-11-02T09:00:00.000Z',
  rejectedAt: null,
  feedbackRequestedAt: null,
  jobUrl: null,
  location: null,
  notes: null,
  interviews: [],
  feedback: [],
  history: [
    {
      type: 'JobApplied',
      occurredAt: '2026-11-02T09:00:00.000Z',
      position: '1',
      data: JSON.stringify({ company: 'Acme', role: 'Backend engineer' }),
    },
  ],
  ...overrides,
});

export const goal = (overrides: Partial<ResultOf<typeof GoalFields>> = {}): ResultOf<typeof GoalFields> => ({
  id: 'g1',
  candidateId: 'c1',
  theme: 'ANSWER_RELEVANCE',
  title: 'Keep answers to two minutes',
  status: 'OPEN',
  setAt: '2026-11-24T11:00:00.000Z',
  completedAt: null,
  fromFeedbackId: 'f1',
  pointIndex: 1,
  ...overrides,
});
