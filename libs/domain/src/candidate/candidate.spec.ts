import { describe, expect, it } from 'vitest';
import { AlreadyExists, InvalidInput, NotFound, RuleBroken } from '../shared/errors';
import { specification } from '../shared/specification';
import type { EraseCandidate, RegisterCandidate } from './candidate.commands';
import { candidateDecider } from './candidate.decider';
import type { CandidateErased, CandidateEvent, CandidateRegistered } from './candidate.events';
import { isErased } from './candidate.state';

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

const eraseCandidate = (data: Partial<EraseCandidate['data']> = {}): EraseCandidate => ({
  type: 'EraseCandidate',
  data: { candidateId: 'cand-1', accountId: 'cand-1', erasedBy: 'staff-1', reason: ' asked by email ', now: NOW, ...data },
});
const erasedByStaff: CandidateErased = {
  type: 'CandidateErased',
  data: { candidateId: 'cand-1', accountId: 'cand-1', erasedBy: 'staff-1', reason: 'asked by email', erasedAt: NOW },
};

describe('erasing a candidate', () => {
  it('erases them at the request of staff, recording who and why', () =>
    given([registered]).when(eraseCandidate()).then([erasedByStaff]));

  it('erases them at their own request, with no reason owed', () =>
    given([registered])
      .when(eraseCandidate({ erasedBy: 'cand-1', reason: null }))
      .then([{ ...erasedByStaff, data: { ...erasedByStaff.data, erasedBy: 'cand-1', reason: null } }]));

  it('refuses staff who give no reason', () =>
    given([registered]).when(eraseCandidate({ reason: '  ' })).thenThrows(InvalidInput, 'blank', { field: 'reason' }));

  it('refuses a reason over 2000 characters', () =>
    given([registered]).when(eraseCandidate({ reason: 'x'.repeat(2001) })).thenThrows(InvalidInput, 'at most 2000', { field: 'reason' }));

  it('refuses a candidate that never registered', () =>
    given([]).when(eraseCandidate()).thenThrows(NotFound, 'candidate cand-1 not found'));

  it('refuses to erase twice, and decides nothing', () =>
    given([registered, erasedByStaff]).when(eraseCandidate()).thenThrows(RuleBroken, 'candidate cand-1 is erased already'));

  it('refuses to erase twice even at the candidate own request', () =>
    given([registered, erasedByStaff])
      .when(eraseCandidate({ erasedBy: 'cand-1', reason: null }))
      .thenThrows(RuleBroken, 'erased already'));

  it('refuses to register an erased candidate again', () =>
    given([registered, erasedByStaff]).when(registerCandidate()).thenThrows(RuleBroken, 'candidate cand-1 was erased'));

  it('knows an erased candidate from one that is not', () => {
    const fold = (events: CandidateEvent[]) => events.reduce(candidateDecider.evolve, candidateDecider.initialState());
    expect(isErased(fold([registered]))).toBe(false);
    expect(isErased(fold([registered, erasedByStaff]))).toBe(true);
    expect(isErased(fold([]))).toBe(false);
  });
});
