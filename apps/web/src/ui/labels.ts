/** Words for the api's enums, as candidates read them. */

export const applicationStatusLabels = {
  APPLIED: 'Applied',
  INTERVIEWING: 'Interviewing',
  REJECTED: 'Rejected',
  OFFER: 'Offer',
  WITHDRAWN: 'Withdrawn',
} as const;

/** The board's columns, in the order an application moves through them. */
export const applicationStatuses = Object.keys(
  applicationStatusLabels,
) as (keyof typeof applicationStatusLabels)[];

export const feedbackThemeLabels: Record<string, string> = {
  PREPARATION: 'Preparation',
  ANSWER_RELEVANCE: 'Relevance of answers',
  BODY_LANGUAGE: 'Body language',
  COMMUNICATION: 'Communication',
  TECHNICAL_SKILLS: 'Technical skills',
  CULTURE_FIT: 'Culture fit',
  EXPERIENCE: 'Experience',
  OTHER: 'Other',
};

export const polarityLabels: Record<string, string> = {
  STRENGTH: 'Strength',
  IMPROVEMENT: 'To improve',
};

export const recommendationLabels: Record<string, string> = {
  STRONG_NO: 'Strong no',
  NO: 'No',
  MIXED: 'Mixed',
  YES: 'Yes',
  STRONG_YES: 'Strong yes',
};

export const goalStatusLabels = {
  OPEN: 'Open',
  COMPLETED: 'Completed',
  ABANDONED: 'Abandoned',
} as const;

export const selfRatingLabels: Record<number, string> = {
  1: '1 – it went badly',
  2: '2 – not great',
  3: '3 – so-so',
  4: '4 – well',
  5: '5 – very well',
};

/** A label for a theme, falling back to the raw value for themes added after this build. */
export const themeLabel = (theme: string): string => feedbackThemeLabels[theme] ?? theme;
