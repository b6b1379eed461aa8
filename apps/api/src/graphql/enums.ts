import {
  APPLICATION_STATUSES,
  FEEDBACK_STATUSES,
  FEEDBACK_THEMES,
  GOAL_STATUSES,
  POLARITIES,
  RECOMMENDATIONS,
  ROLES,
  type ApplicationStatus,
  type FeedbackStatus,
  type FeedbackTheme,
  type GoalStatus,
  type Polarity,
  type Recommendation,
  type Role,
} from '@pivotal/domain';
import { registerEnumType } from 'type-graphql';

/** type-graphql wants an enum object; the domain's vocabularies are the single source of the values. */
const enumOf = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const RoleEnum = enumOf<Role>(ROLES);
export const ApplicationStatusEnum = enumOf<ApplicationStatus>(APPLICATION_STATUSES);
export const FeedbackStatusEnum = enumOf<FeedbackStatus>(FEEDBACK_STATUSES);
export const RecommendationEnum = enumOf<Recommendation>(RECOMMENDATIONS);
export const FeedbackThemeEnum = enumOf<FeedbackTheme>(FEEDBACK_THEMES);
export const PolarityEnum = enumOf<Polarity>(POLARITIES);
export const GoalStatusEnum = enumOf<GoalStatus>(GOAL_STATUSES);

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What an account may do.',
  valuesConfig: {
    CANDIDATE: { description: 'A job seeker: logs applications, asks for feedback, works on goals.' },
    STAFF: { description: 'Agency staff: sees the agency candidates, records or declines feedback.' },
    ANALYST: { description: 'Reads aggregate analytics only: no names, emails or notes.' },
  },
});
registerEnumType(ApplicationStatusEnum, {
  name: 'ApplicationStatus',
  description: 'Where an application stands.',
  valuesConfig: {
    APPLIED: { description: 'Sent; no interview yet.' },
    INTERVIEWING: { description: 'At least one interview took place.' },
    REJECTED: { description: 'The employer said no.' },
    OFFER: { description: 'The employer made an offer.' },
    WITHDRAWN: { description: 'The candidate withdrew.' },
  },
});
registerEnumType(FeedbackStatusEnum, {
  name: 'FeedbackStatus',
  description: 'Where the feedback on an application stands.',
  valuesConfig: {
    NONE: { description: 'Not asked for.' },
    REQUESTED: { description: 'Asked for; waiting for the agency.' },
    RECEIVED: { description: 'Recorded by agency staff.' },
    DECLINED: { description: 'The employer or agency said none will come.' },
  },
});
registerEnumType(RecommendationEnum, {
  name: 'Recommendation',
  description: 'The overall recommendation of a critique, as applicant tracking scorecards have it.',
  valuesConfig: {
    STRONG_NO: { description: 'Strongly against hiring.' },
    NO: { description: 'Against hiring.' },
    MIXED: { description: 'Neither for nor against.' },
    YES: { description: 'For hiring.' },
    STRONG_YES: { description: 'Strongly for hiring.' },
  },
});
registerEnumType(FeedbackThemeEnum, {
  name: 'FeedbackTheme',
  description: 'What a point of feedback is about.',
  valuesConfig: {
    PREPARATION: { description: 'Research and preparation before the interview.' },
    ANSWER_RELEVANCE: { description: 'Whether answers addressed the questions asked.' },
    BODY_LANGUAGE: { description: 'Posture, eye contact, presence.' },
    COMMUNICATION: { description: 'Clarity and structure of speech.' },
    TECHNICAL_SKILLS: { description: 'Skills of the trade.' },
    CULTURE_FIT: { description: 'Fit with the team and its ways of working.' },
    EXPERIENCE: { description: 'Relevant past experience.' },
    OTHER: { description: 'Anything else.' },
  },
});
registerEnumType(PolarityEnum, {
  name: 'Polarity',
  description: 'Whether a point of feedback praises or asks for improvement.',
  valuesConfig: {
    STRENGTH: { description: 'Something that went well.' },
    IMPROVEMENT: { description: 'Something to improve; a goal can be set from it.' },
  },
});
registerEnumType(GoalStatusEnum, {
  name: 'GoalStatus',
  description: 'Where an improvement goal stands.',
  valuesConfig: {
    OPEN: { description: 'Being worked on.' },
    COMPLETED: { description: 'Done.' },
    ABANDONED: { description: 'Given up.' },
  },
});
