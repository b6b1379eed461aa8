import { describe, it } from 'vitest';
import { AlreadyExists, InvalidInput } from '../shared/errors';
import { specification } from '../shared/specification';
import type { RegisterAccount } from './account.commands';
import { accountDecider } from './account.decider';
import type { AccountRegistered } from './account.events';

const given = specification(accountDecider);
const NOW = '2026-11-25T12:00:00.000Z';

const registerAccount = (data: Partial<RegisterAccount['data']> = {}): RegisterAccount => ({
  type: 'RegisterAccount',
  data: {
    accountId: 'acc-1',
    email: ' Ada@Example.COM ',
    name: ' Ada Lovelace ',
    role: 'CANDIDATE',
    passwordHash: 'scrypt$16384$8$1$c2FsdA$aGFzaA',
    agencyId: null,
    now: NOW,
    ...data,
  },
});
const registered: AccountRegistered = {
  type: 'AccountRegistered',
  data: {
    accountId: 'acc-1',
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    role: 'CANDIDATE',
    passwordHash: 'scrypt$16384$8$1$c2FsdA$aGFzaA',
    agencyId: null,
    registeredAt: NOW,
  },
};

describe('registering an account', () => {
  it('registers it with a lower-cased email and a trimmed name', () => given([]).when(registerAccount()).then([registered]));

  it('registers staff of an agency', () =>
    given([])
      .when(registerAccount({ role: 'STAFF', agencyId: 'agency-1' }))
      .then([{ ...registered, data: { ...registered.data, role: 'STAFF', agencyId: 'agency-1' } }]));

  it('refuses an account that exists already', () =>
    given([registered]).when(registerAccount()).thenThrows(AlreadyExists, 'account acc-1 already exists'));

  it.each(['ada', 'ada@example', 'a da@example.com', '@example.com'])('refuses the email %s', (email) => {
    given([]).when(registerAccount({ email })).thenThrows(InvalidInput, 'must be an email address', { field: 'email' });
  });

  it('refuses a blank email', () =>
    given([]).when(registerAccount({ email: '  ' })).thenThrows(InvalidInput, 'blank', { field: 'email' }));

  it('refuses a blank name', () =>
    given([]).when(registerAccount({ name: '' })).thenThrows(InvalidInput, 'blank', { field: 'name' }));

  it('refuses a name over 200 characters', () =>
    given([]).when(registerAccount({ name: 'x'.repeat(201) })).thenThrows(InvalidInput, 'at most 200', { field: 'name' }));

  it('refuses a role outside the vocabulary', () =>
    given([]).when(registerAccount({ role: 'ADMIN' as never })).thenThrows(InvalidInput, 'must be one of', { field: 'role' }));

  it('refuses an account without a password hash', () =>
    given([]).when(registerAccount({ passwordHash: '' })).thenThrows(InvalidInput, 'blank', { field: 'password' }));
});
