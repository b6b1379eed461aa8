import type { PivotalEvent } from '@pivotal/domain';
import { describe, expect, it } from 'vitest';
import { pivotalProjections } from '../read-models';
import { readModelWith } from '../testing/recorded';
import { ada, agencyId, bob, story } from '../testing/story';
import { createReadModelQueries } from './read-model-queries';

const withDetails: PivotalEvent = {
  type: 'JobApplied',
  data: {
    applicationId: 'app-9',
    candidateId: ada,
    agencyId,
    company: 'Hooli',
    role: 'Designer',
    appliedAt: '2026-03-01T00:00:00.000Z',
    jobUrl: 'https://hooli.example/jobs/9',
    location: 'Remote',
    notes: 'Referred by Bob, "urgent"',
  },
};
const given = () => createReadModelQueries(readModelWith(pivotalProjections, [...story, withDetails]));

describe('the details of applications, given the story and one application with a URL, location and notes', () => {
  it('answers the details given, and nulls for an application applied without any', () => {
    expect(given().applicationDetailsByIds(['app-9', 'app-1', 'nobody'])).toEqual([
      { applicationId: 'app-9', jobUrl: 'https://hooli.example/jobs/9', location: 'Remote', notes: 'Referred by Bob, "urgent"' },
      { applicationId: 'app-1', jobUrl: null, location: null, notes: null },
      { applicationId: 'nobody', jobUrl: null, location: null, notes: null },
    ]);
  });

  it('lays out a candidate’s applications as sheet rows, oldest first, with their status now', () => {
    const rows = given().applicationSheetOfCandidate(ada);
    expect(rows.map((r) => [r.company, r.status, r.appliedAt])).toEqual([
      ['Acme', 'REJECTED', '2026-01-06T10:00:00.000Z'],
      ['Globex', 'OFFER', '2026-02-04T10:00:00.000Z'],
      ['Hooli', 'APPLIED', '2026-03-01T00:00:00.000Z'],
    ]);
    expect(rows[2]).toMatchObject({ jobUrl: 'https://hooli.example/jobs/9', location: 'Remote', notes: 'Referred by Bob, "urgent"' });
    expect(rows[0]).toMatchObject({ jobUrl: null, location: null, notes: null });
  });

  it('shows no candidate another’s applications', () => {
    expect(given().applicationSheetOfCandidate(bob).map((r) => r.company)).toEqual(['Initech', 'Umbrella']);
    expect(given().applicationSheetOfCandidate('cand-nobody')).toEqual([]);
  });
});
