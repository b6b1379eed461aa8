import { describe, it } from 'vitest';
import { AlreadyExists, InvalidInput } from '../shared/errors';
import { specification } from '../shared/specification';
import type { RegisterCandidate } from './candidate.commands';
import { candidateDecider } from './candidate.decider';
import type { CandidateRegistered } from './candidate.events';

const given = specification(candidateDecider);
const NOW = '2026-11-25T12:00:00.000Z';

const registerCandidate = (data: Partial<RegisterCandidate['data']> = {}): RegisterCandidate => ({
  type: 'RegisterCandidate',
  data: { candidateId: 'cand-1', name: ' Grace Hopper ', email: 'Grace@Navy.mil', agencyId: 'agency-1', now: NOW, ...data },
});
const registered: CandidateRegistered = {
  type: 'CandidateRegistered',
  data: { candidateId: 'cand-1', name: 'Grace Hopper', email: 'grace@navy.mil', agencyId: 'agency-1', registeredAt: NOW },
};

describe('registering a candidate', () => {
  it('registers them', () => given([]).when(registerCandidate()).then([registered]));

  it('registers one without an agency', () =>
    given([])
      .when(registerCandidate({ agencyId: null }))
      .then([{ ...registered, data: { ...registered.data, agencyId: null } }]));

  it('refuses a candidate that exists already', () =>
    given([registered]).when(registerCandidate()).thenThrows(AlreadyExists, 'candidate cand-1 already exists'));

  it('refuses a malformed email', () =>
    given([]).when(registerCandidate({ email: 'grace' })).thenThrows(InvalidInput, 'email address', { field: 'email' }));

  it('refuses a blank name', () =>
    given([]).when(registerCandidate({ name: ' ' })).thenThrows(InvalidInput, 'blank', { field: 'name' }));

  it('refuses a name over 200 characters', () =>
    given([]).when(registerCandidate({ name: 'x'.repeat(201) })).thenThrows(InvalidInput, 'at most 200', { field: 'name' }));
});
