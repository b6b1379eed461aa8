import { describe, it } from 'vitest';
import { AlreadyExists, Forbidden, InvalidInput, NotFound, RuleBroken } from '../shared/errors';
import { specification } from '../shared/specification';
import type { AddStaff, CreateAgency, SetResponseTarget } from './agency.commands';
import { agencyDecider } from './agency.decider';
import type { AgencyCreated, ResponseTargetSet, StaffAdded } from './agency.events';

const given = specification(agencyDecider);
const NOW = '2026-11-25T12:00:00.000Z';

const createAgency = (data: Partial<CreateAgency['data']> = {}): CreateAgency => ({
  type: 'CreateAgency',
  data: { agencyId: 'agency-1', name: ' Northwind Talent ', joinCode: ' north-7 ', now: NOW, ...data },
});
const addStaff = (data: Partial<AddStaff['data']> = {}): AddStaff => ({
  type: 'AddStaff',
  data: { agencyId: 'agency-1', accountId: 'staff-1', role: 'STAFF', now: NOW, ...data },
});
const created: AgencyCreated = {
  type: 'AgencyCreated',
  data: { agencyId: 'agency-1', name: 'Northwind Talent', joinCode: 'NORTH-7', createdAt: NOW },
};
const staffAdded: StaffAdded = {
  type: 'StaffAdded',
  data: { agencyId: 'agency-1', accountId: 'staff-1', role: 'STAFF', addedAt: NOW },
};

describe('creating an agency', () => {
  it('creates it with an upper-cased join code', () => given([]).when(createAgency()).then([created]));

  it.each(['ABC', 'A'.repeat(20), 'X-1-Y'])('accepts the join code %s', (joinCode) =>
    given([])
      .when(createAgency({ joinCode }))
      .then([{ ...created, data: { ...created.data, joinCode } }]),
  );

  it.each(['AB', 'A'.repeat(21), 'NORTH 7', 'NORTH_7', 'ÉCOLE'])('refuses the join code %s', (joinCode) => {
    given([]).when(createAgency({ joinCode })).thenThrows(InvalidInput, '3 to 20', { field: 'joinCode' });
  });

  it('refuses an agency that exists already', () =>
    given([created]).when(createAgency()).thenThrows(AlreadyExists, 'agency agency-1 already exists'));

  it('refuses a blank name', () => given([]).when(createAgency({ name: '' })).thenThrows(InvalidInput, 'blank', { field: 'name' }));

  it('refuses a name over 200 characters', () =>
    given([]).when(createAgency({ name: 'x'.repeat(201) })).thenThrows(InvalidInput, 'at most 200', { field: 'name' }));
});

describe('adding staff', () => {
  it('adds a staff member', () => given([created]).when(addStaff()).then([staffAdded]));

  it('adds an analyst', () =>
    given([created, staffAdded])
      .when(addStaff({ accountId: 'analyst-1', role: 'ANALYST' }))
      .then([{ type: 'StaffAdded', data: { agencyId: 'agency-1', accountId: 'analyst-1', role: 'ANALYST', addedAt: NOW } }]));

  it('adds a member once', () =>
    given([created, staffAdded]).when(addStaff()).thenThrows(RuleBroken, 'a staff member joins an agency once'));

  it('refuses an agency that does not exist', () => given([]).when(addStaff()).thenThrows(NotFound, 'agency agency-1 not found'));

  it('refuses a candidate role', () =>
    given([created]).when(addStaff({ role: 'CANDIDATE' as never })).thenThrows(InvalidInput, 'must be one of', { field: 'role' }));
});

describe('setting the response-time target', () => {
  const analystAdded: StaffAdded = {
    type: 'StaffAdded',
    data: { agencyId: 'agency-1', accountId: 'analyst-1', role: 'ANALYST', addedAt: NOW },
  };
  const setTarget = (data: Partial<SetResponseTarget['data']> = {}): SetResponseTarget => ({
    type: 'SetResponseTarget',
    data: { agencyId: 'agency-1', workingDays: 5, actorId: 'staff-1', now: NOW, ...data },
  });
  const targetSet: ResponseTargetSet = {
    type: 'ResponseTargetSet',
    data: { agencyId: 'agency-1', workingDays: 5, setBy: 'staff-1', setAt: NOW },
  };

  it('sets it, in working days', () => given([created, staffAdded]).when(setTarget()).then([targetSet]));

  it('changes it later', () =>
    given([created, staffAdded, targetSet])
      .when(setTarget({ workingDays: 3 }))
      .then([{ ...targetSet, data: { ...targetSet.data, workingDays: 3 } }]));

  it('changes nothing when it is the same', () => given([created, staffAdded, targetSet]).when(setTarget()).then([]));

  it.each([0, 61, 2.5])('refuses %s working days', (workingDays) => {
    given([created, staffAdded])
      .when(setTarget({ workingDays }))
      .thenThrows(InvalidInput, 'whole number from 1 to 60', { field: 'workingDays' });
  });

  it('refuses an analyst of the agency', () =>
    given([created, staffAdded, analystAdded])
      .when(setTarget({ actorId: 'analyst-1' }))
      .thenThrows(Forbidden, 'only staff of the agency'));

  it('refuses someone who is not of the agency', () =>
    given([created, staffAdded]).when(setTarget({ actorId: 'staff-9' })).thenThrows(Forbidden, 'only staff of the agency'));

  it('refuses an agency that does not exist', () => given([]).when(setTarget()).thenThrows(NotFound, 'agency agency-1 not found'));
});
