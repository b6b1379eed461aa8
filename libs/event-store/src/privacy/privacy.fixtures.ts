import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventToAppend } from '../event-store';
import { metadataAt } from '../contract-fixtures';

/** A string that appears nowhere else: if its bytes are on disk, the plaintext is. */
export const marker = (what: string): string => `${what}-${randomUUID()}`;

const event = (type: string, data: Record<string, unknown>): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata: metadataAt(),
});

/** The personal strings of one candidate's application story, each a unique marker. */
export const storyMarkers = () => ({
  company: marker('company'),
  role: marker('role'),
  stage: marker('stage'),
  notes: marker('notes'),
  summary: marker('summary'),
  strength: marker('strength'),
  improvement: marker('improvement'),
});
export type StoryMarkers = ReturnType<typeof storyMarkers>;

/**
 * A candidate's application: applied (names the candidate), interviewed (names no one: the
 * stream's first event does), feedback with points (names the candidate).
 */
export const applicationStory = (candidateId: string, applicationId: string, m: StoryMarkers) => ({
  streamId: `application-${applicationId}`,
  events: [
    event('JobApplied', {
      applicationId,
      candidateId,
      agencyId: 'agency-1',
      company: m.company,
      role: m.role,
      appliedAt: '2026-11-01T09:00:00.000Z',
    }),
    event('Interviewed', {
      applicationId,
      interviewId: randomUUID(),
      stage: m.stage,
      occurredAt: '2026-11-05T09:00:00.000Z',
      selfRating: 3,
      notes: m.notes,
    }),
    event('FeedbackReceived', {
      applicationId,
      feedbackId: randomUUID(),
      candidateId,
      receivedAt: '2026-11-09T09:00:00.000Z',
      recordedBy: 'staff-1',
      summary: m.summary,
      recommendation: 'MIXED',
      points: [
        { theme: 'TECHNICAL_SKILLS', polarity: 'STRENGTH', note: m.strength },
        { theme: 'PREPARATION', polarity: 'IMPROVEMENT', note: m.improvement },
      ],
    }),
  ],
});

/** The erasure event (issue 11b's `CandidateErased`), on the candidate's stream. */
export const candidateErased = (candidateId: string): EventToAppend =>
  event('CandidateErased', {
    candidateId,
    accountId: candidateId,
    erasedBy: candidateId,
    reason: 'asked to be forgotten',
    erasedAt: '2026-11-20T09:00:00.000Z',
  });

/** The files of a directory whose bytes hold `text` (UTF-8). */
export const filesHolding = (directory: string, text: string): string[] => {
  const needle = Buffer.from(text, 'utf8');
  return readdirSync(directory).filter((name) => readFileSync(join(directory, name)).includes(needle));
};
