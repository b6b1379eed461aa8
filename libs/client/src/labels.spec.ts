import { describe, expect, it } from 'vitest';
import {
  applicationStatuses,
  feedbackThemes,
  humanize,
  labelOf,
  polarities,
  recommendations,
  themeLabels,
  type FeedbackTheme,
} from './labels';

describe('the enum lists', () => {
  it('given the label records, then each list keeps their order', () => {
    expect(recommendations).toEqual(['STRONG_NO', 'NO', 'MIXED', 'YES', 'STRONG_YES']);
    expect(polarities).toEqual(['STRENGTH', 'IMPROVEMENT']);
    expect(applicationStatuses).toEqual(['APPLIED', 'INTERVIEWING', 'REJECTED', 'OFFER', 'WITHDRAWN']);
    expect(feedbackThemes[0]).toBe('PREPARATION');
    expect(feedbackThemes).toHaveLength(8);
  });

  it('given a record missing a schema value, then it does not typecheck', () => {
    // @ts-expect-error every FeedbackTheme needs its words
    const partial: Record<FeedbackTheme, string> = { PREPARATION: 'Preparation' };
    expect(partial.PREPARATION).toBe('Preparation');
  });
});

describe('labelOf', () => {
  it('given a known value, then its words', () => {
    expect(labelOf(themeLabels, 'ANSWER_RELEVANCE')).toBe('Relevance of answers');
  });

  it('given a value newer than this build, then the value humanized', () => {
    expect(labelOf(themeLabels, 'PUNCTUALITY_AND_DRESS')).toBe('Punctuality and dress');
    expect(humanize('NEW_THING')).toBe('New thing');
  });
});
