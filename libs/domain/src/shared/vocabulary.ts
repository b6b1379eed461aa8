/** The closed vocabularies of Pivotal, shared by every stream kind and mirrored by the GraphQL enums. */
export const ROLES = ['CANDIDATE', 'STAFF', 'ANALYST'] as const;
export type Role = (typeof ROLES)[number];

export const FEEDBACK_THEMES = [
  'PREPARATION',
  'ANSWER_RELEVANCE',
  'BODY_LANGUAGE',
  'COMMUNICATION',
  'TECHNICAL_SKILLS',
  'CULTURE_FIT',
  'EXPERIENCE',
  'OTHER',
] as const;
export type FeedbackTheme = (typeof FEEDBACK_THEMES)[number];

export const POLARITIES = ['STRENGTH', 'IMPROVEMENT'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** An overall recommendation, as ATS scorecards have it. */
export const RECOMMENDATIONS = ['STRONG_NO', 'NO', 'MIXED', 'YES', 'STRONG_YES'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const APPLICATION_STATUSES = ['APPLIED', 'INTERVIEWING', 'REJECTED', 'OFFER', 'WITHDRAWN'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const FEEDBACK_STATUSES = ['NONE', 'REQUESTED', 'RECEIVED', 'DECLINED'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const GOAL_STATUSES = ['OPEN', 'COMPLETED', 'ABANDONED'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
