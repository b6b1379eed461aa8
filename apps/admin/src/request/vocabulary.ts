/** The themes a feedback point can be about, as the schema's FeedbackTheme enum names them. */
export const feedbackThemes = [
  'PREPARATION',
  'ANSWER_RELEVANCE',
  'BODY_LANGUAGE',
  'COMMUNICATION',
  'TECHNICAL_SKILLS',
  'CULTURE_FIT',
  'EXPERIENCE',
  'OTHER',
] as const;

/** A feedback theme. */
export type FeedbackTheme = (typeof feedbackThemes)[number];

/** Whether a point is a strength or something to improve (the schema's Polarity). */
export const polarities = ['STRENGTH', 'IMPROVEMENT'] as const;

/** A point's polarity. */
export type Polarity = (typeof polarities)[number];

/** The overall recommendations, from the schema's Recommendation enum, weakest first. */
export const recommendations = ['STRONG_NO', 'NO', 'MIXED', 'YES', 'STRONG_YES'] as const;

/** An overall recommendation. */
export type Recommendation = (typeof recommendations)[number];

/** Words for each theme. */
export const themeLabels: Record<FeedbackTheme, string> = {
  PREPARATION: 'Preparation',
  ANSWER_RELEVANCE: 'Answer relevance',
  BODY_LANGUAGE: 'Body language',
  COMMUNICATION: 'Communication',
  TECHNICAL_SKILLS: 'Technical skills',
  CULTURE_FIT: 'Culture fit',
  EXPERIENCE: 'Experience',
  OTHER: 'Other',
};

/** Words for each polarity. */
export const polarityLabels: Record<Polarity, string> = {
  STRENGTH: 'Strength',
  IMPROVEMENT: 'To improve',
};

/** Words for each recommendation. */
export const recommendationLabels: Record<Recommendation, string> = {
  STRONG_NO: 'Strong no',
  NO: 'No',
  MIXED: 'Mixed',
  YES: 'Yes',
  STRONG_YES: 'Strong yes',
};

/** Words for an enum value the app has no label for (a newer schema), e.g. `NEW_THING` → `New thing`. */
export const humanize = (value: string): string =>
  value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');
