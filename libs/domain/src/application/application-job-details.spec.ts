import { describe, expect, it } from 'vitest';
import { InvalidInput, RuleBroken } from '../shared/errors';
import { PERSONAL_FIELDS } from '../shared/personal-data';
import { inSequence } from '../shared/sequence';
import { specification } from '../shared/specification';
import { applicationDecider } from './application.decider';
import { NOW, applicationId, applied, applyForJob, recordOffer, recordRejection, rejected } from './application.fixtures';

const given = specification(applicationDecider);
const withDetails = (details: Record<string, string>) => ({ ...applied, data: { ...applied.data, ...details } });

describe('applying with the job URL, location and notes', () => {
  it('keeps them, trimmed', () =>
    given([])
      .when(applyForJob({ jobUrl: ' https://jobs.acme.example/42 ', location: ' Berlin ', notes: ' via a friend ' }))
      .then([withDetails({ jobUrl: 'https://jobs.acme.example/42', location: 'Berlin', notes: 'via a friend' })]));

  it('leaves out what was not given or is blank', () =>
    given([]).when(applyForJob({ jobUrl: null, location: '  ', notes: undefined })).then([applied]));

  it('accepts a plain http address', () =>
    given([]).when(applyForJob({ jobUrl: 'http://acme.example' })).then([withDetails({ jobUrl: 'http://acme.example' })]));

  it('refuses a URL that is not a web address', () =>
    given([]).when(applyForJob({ jobUrl: 'acme careers page' })).thenThrows(InvalidInput, 'http://', { field: 'jobUrl' }));

  it('refuses another scheme', () =>
    given([]).when(applyForJob({ jobUrl: 'javascript:alert(1)' })).thenThrows(InvalidInput, 'https://', { field: 'jobUrl' }));

  it('refuses a URL over 2000 characters', () =>
    given([])
      .when(applyForJob({ jobUrl: `https://acme.example/${'x'.repeat(2000)}` }))
      .thenThrows(InvalidInput, 'at most 2000', { field: 'jobUrl' }));

  it('refuses a location over 200 characters', () =>
    given([]).when(applyForJob({ location: 'x'.repeat(201) })).thenThrows(InvalidInput, 'at most 200', { field: 'location' }));

  it('refuses notes over 2000 characters', () =>
    given([]).when(applyForJob({ notes: 'x'.repeat(2001) })).thenThrows(InvalidInput, 'at most 2000', { field: 'notes' }));

  it('counts them as personal data', () =>
    expect(PERSONAL_FIELDS.JobApplied).toEqual(expect.arrayContaining(['jobUrl', 'location', 'notes'])));
});

describe('a sequence of application commands', () => {
  const givenSequence = specification(inSequence(applicationDecider));

  it('decides each on the state the previous left', () =>
    givenSequence([])
      .when({ type: 'Sequence', data: [applyForJob(), recordRejection({ rejectedAt: rejected.data.rejectedAt, reason: null })] })
      .then([applied, rejected]));

  it('refuses the whole sequence when one step is refused', () =>
    givenSequence([])
      .when({ type: 'Sequence', data: [applyForJob(), recordRejection(), recordOffer()] })
      .thenThrows(RuleBroken, 'no offer after a rejection'));

  it('decides nothing for an empty sequence', () => givenSequence([applied]).when({ type: 'Sequence', data: [] }).then([]));

  it('dates each step by its own command', () =>
    givenSequence([])
      .when({ type: 'Sequence', data: [applyForJob(), recordOffer({ now: NOW })] })
      .then([applied, { type: 'OfferReceived', data: { applicationId, receivedAt: NOW } }]));
});
