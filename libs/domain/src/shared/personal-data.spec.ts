import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSIONS } from './upcasters';
import { PERSONAL_FIELDS, personalFieldsOf, subjectNamedBy } from './personal-data';

describe('personal data of events', () => {
  it('decides for every event type with a schema version, and for no other', () =>
    expect(Object.keys(PERSONAL_FIELDS).sort()).toEqual(Object.keys(CURRENT_SCHEMA_VERSIONS).sort()));

  it('lists the words people wrote: a feedback summary and the note of each point, not their themes', () =>
    expect(personalFieldsOf('FeedbackReceived')).toEqual(['summary', 'points[].note']));

  it('knows nothing personal of a type this code does not know', () => expect(personalFieldsOf('Unheard')).toEqual([]));

  it('names the candidate as the subject first, then the account, else none', () => {
    expect(subjectNamedBy({ candidateId: 'c1', accountId: 'a1' })).toBe('c1');
    expect(subjectNamedBy({ accountId: 'a1' })).toBe('a1');
    expect(subjectNamedBy({ applicationId: 'x' })).toBeNull();
    expect(subjectNamedBy(null)).toBeNull();
  });
});
