import { useId } from 'react';
import { formatRate } from '../ui/format';
import type { CsvCell } from './csv';

/** The share of critiques read after a reflection (the api's ReflectionShare). */
export interface ReflectionShareData {
  feedbackReceived: number;
  reflected: number;
  share: number | null;
}

/** The reflection share's CSV table: one row, its counts and its share. */
export const reflectionShareCsv = (data: ReflectionShareData): { header: string[]; rows: CsvCell[][] } => ({
  header: ['feedback_received', 'read_after_reflection', 'share'],
  rows: [[data.feedbackReceived, data.reflected, data.share]],
});

/** The counts in words: "31 of 50 critiques received were read after …". */
export const reflectionShareSentence = ({ feedbackReceived, reflected }: ReflectionShareData): string =>
  `${reflected} of ${feedbackReceived} ${feedbackReceived === 1 ? 'critique' : 'critiques'} received ${
    feedbackReceived === 1 ? 'was' : 'were'
  } read after the candidate wrote what they expected.`;

/** One share, not a series: the percentage in large type, described by its counts. */
export const FeedbackReadAfterReflectionStat = ({ data }: { data: ReflectionShareData }) => {
  const id = useId();
  return (
    <figure className="stat" aria-labelledby={`${id}-label`} aria-describedby={`${id}-counts`}>
      <figcaption id={`${id}-label`}>Read after a reflection</figcaption>
      <p className="stat-value">{formatRate(data.share)}</p>
      <p id={`${id}-counts`} className="muted">
        {reflectionShareSentence(data)}
      </p>
    </figure>
  );
};
