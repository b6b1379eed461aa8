import type { introspection_types } from './graphql-env';

/** The values of one of the schema's enums, as gql.tada reads them from `schema.graphql`. */
export type EnumValue<Name extends keyof introspection_types> = introspection_types[Name] extends {
  enumValues: infer Value;
}
  ? Value
  : never;

/** A theme a feedback point can be about (the schema's FeedbackTheme). */
export type FeedbackTheme = EnumValue<'FeedbackTheme'>;
/** Whether a point is a strength or something to improve (the schema's Polarity). */
export type Polarity = EnumValue<'Polarity'>;
/** An overall recommendation (the schema's Recommendation). */
export type Recommendation = EnumValue<'Recommendation'>;
/** Where an application stands (the schema's ApplicationStatus). */
export type ApplicationStatus = EnumValue<'ApplicationStatus'>;
/** Where a goal stands (the schema's GoalStatus). */
export type GoalStatus = EnumValue<'GoalStatus'>;

/** Words for each theme, in the order forms offer them. */
export const themeLabels: Record<FeedbackTheme, string> = {
  PREPARATION: 'Preparation',
  ANSWER_RELEVANCE: 'Relevance of answers',
  BODY_LANGUAGE: 'Body language',
  COMMUNICATION: 'Communication',
  TECHNICAL_SKILLS: 'Technical skills',
  CULTURE_FIT: 'Culture fit',
  EXPERIENCE: 'Experience',
  OTHER: 'Other',
};

/** Words for each polarity, strengths first. */
export const polarityLabels: Record<Polarity, string> = {
  STRENGTH: 'Strength',
  IMPROVEMENT: 'To improve',
};

/** Words for each recommendation, weakest first. */
export const recommendationLabels: Record<Recommendation, string> = {
  STRONG_NO: 'Strong no',
  NO: 'No',
  MIXED: 'Mixed',
  YES: 'Yes',
  STRONG_YES: 'Strong yes',
};

/** Words for each application status, in the order an application moves through them. */
export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  APPLIED: 'Applied',
  INTERVIEWING: 'Interviewing',
  REJECTED: 'Rejected',
  OFFER: 'Offer',
  WITHDRAWN: 'Withdrawn',
};

/** Words for each goal status. */
export const goalStatusLabels: Record<GoalStatus, string> = {
  OPEN: 'Open',
  COMPLETED: 'Completed',
  ABANDONED: 'Abandoned',
};

const valuesOf = <Value extends string>(labels: Record<Value, string>): Value[] =>
  Object.keys(labels) as Value[];

/** Every theme, in the order forms offer them. */
export const feedbackThemes: readonly FeedbackTheme[] = valuesOf(themeLabels);
/** Every polarity, strengths first. */
export const polarities: readonly Polarity[] = valuesOf(polarityLabels);
/** Every recommendation, weakest first. */
export const recommendations: readonly Recommendation[] = valuesOf(recommendationLabels);
/** Every application status, in the order an application moves through them (the board's columns). */
export const applicationStatuses: readonly ApplicationStatus[] = valuesOf(applicationStatusLabels);

/** Words for an enum value the app has no label for (a newer schema), e.g. `NEW_THING` → `New thing`. */
export const humanize = (value: string): string =>
  value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');

/**
 * The words for `value` from `labels`, or `humanize(value)` for a value this build does not know
 * (an enum value the api added after the app was built).
 */
export const labelOf = <Value extends string>(labels: Record<Value, string>, value: string): string =>
  (labels as Record<string, string | undefined>)[value] ?? humanize(value);
