import type { FeedbackTheme, Polarity, Recommendation } from '@pivotal/client';

/** One point of a critique being written; `key` stays with the point when it moves. */
export interface PointDraft {
  key: number;
  theme: FeedbackTheme | '';
  polarity: Polarity | '';
  note: string;
}

/** A critique being written by staff, before it is sent. */
export interface CritiqueDraft {
  summary: string;
  recommendation: Recommendation | '';
  points: PointDraft[];
  /** The key the next added point gets. */
  nextKey: number;
}

/** Messages by field path, in the api's naming: `summary`, `points`, `points[1].note`. */
export type FieldErrors = Record<string, string>;

/** The input of the recordFeedback mutation that a valid draft becomes. */
export interface CritiqueInput {
  applicationId: string;
  summary: string;
  recommendation: Recommendation;
  points: { theme: FeedbackTheme; polarity: Polarity; note: string }[];
  idempotencyKey: string;
}

/** The most points a critique may have, to keep it something a candidate can act on. */
export const MAX_POINTS = 10;
/** Notes shorter than this are too thin to act on. */
export const MIN_NOTE_LENGTH = 10;
/** The longest note the api accepts. */
export const MAX_NOTE_LENGTH = 1000;
/** The longest summary the api accepts. */
export const MAX_SUMMARY_LENGTH = 2000;

const blankPoint = (key: number): PointDraft => ({ key, theme: '', polarity: '', note: '' });

/** A new critique: an empty summary and one empty point. */
export const emptyCritique = (): CritiqueDraft => ({
  summary: '',
  recommendation: '',
  points: [blankPoint(0)],
  nextKey: 1,
});

/** Adds an empty point at the end. */
export const addPoint = (draft: CritiqueDraft): CritiqueDraft =>
  draft.points.length >= MAX_POINTS
    ? draft
    : { ...draft, points: [...draft.points, blankPoint(draft.nextKey)], nextKey: draft.nextKey + 1 };

/** Removes the point at an index. */
export const removePoint = (draft: CritiqueDraft, index: number): CritiqueDraft => ({
  ...draft,
  points: draft.points.filter((_, i) => i !== index),
});

/** Moves the point at an index by `offset` places (−1 up, +1 down); out of range changes nothing. */
export const movePoint = (draft: CritiqueDraft, index: number, offset: number): CritiqueDraft => {
  const target = index + offset;
  if (index < 0 || index >= draft.points.length || target < 0 || target >= draft.points.length) return draft;
  const points = [...draft.points];
  const [moved] = points.splice(index, 1);
  if (!moved) return draft;
  points.splice(target, 0, moved);
  return { ...draft, points };
};

/** Changes one field of the point at an index. */
export const updatePoint = (draft: CritiqueDraft, index: number, change: Partial<Omit<PointDraft, 'key'>>) => ({
  ...draft,
  points: draft.points.map((point, i) => (i === index ? { ...point, ...change } : point)),
});

/** Every problem with a draft, by field path; an empty object means it can be sent. */
export const validateCritique = (draft: CritiqueDraft): FieldErrors => {
  const errors: FieldErrors = {};
  if (draft.summary.trim().length === 0) errors['summary'] = 'Write a summary of the feedback.';
  else if (draft.summary.length > MAX_SUMMARY_LENGTH) errors['summary'] = `Keep it under ${MAX_SUMMARY_LENGTH} characters.`;
  if (draft.recommendation === '') errors['recommendation'] = 'Choose an overall recommendation.';
  if (draft.points.length === 0) errors['points'] = 'Add at least one point.';
  draft.points.forEach((point, i) => {
    if (point.theme === '') errors[`points[${i}].theme`] = 'Choose a theme.';
    if (point.polarity === '') errors[`points[${i}].polarity`] = 'Say whether this is a strength or to improve.';
    const note = point.note.trim();
    if (note.length === 0) errors[`points[${i}].note`] = 'Write a note the candidate can act on.';
    else if (note.length < MIN_NOTE_LENGTH) errors[`points[${i}].note`] = `Write at least ${MIN_NOTE_LENGTH} characters.`;
    else if (note.length > MAX_NOTE_LENGTH) errors[`points[${i}].note`] = `Keep it under ${MAX_NOTE_LENGTH} characters.`;
  });
  return errors;
};

/** The mutation input of a draft, or null while it has errors. */
export const toCritiqueInput = (
  draft: CritiqueDraft,
  applicationId: string,
  idempotencyKey: string,
): CritiqueInput | null => {
  if (Object.keys(validateCritique(draft)).length > 0 || draft.recommendation === '') return null;
  const points: CritiqueInput['points'] = [];
  for (const point of draft.points) {
    if (point.theme === '' || point.polarity === '') return null;
    points.push({ theme: point.theme, polarity: point.polarity, note: point.note.trim() });
  }
  return { applicationId, summary: draft.summary.trim(), recommendation: draft.recommendation, points, idempotencyKey };
};
