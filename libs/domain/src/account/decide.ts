import { AlreadyExists } from '../shared/errors';
import { TEXT_LIMITS } from '../shared/limits';
import { email, instant, oneOf, requiredText } from '../shared/validate';
import { ROLES } from '../shared/vocabulary';
import type { AccountCommand } from './account.commands';
import type { AccountEvent } from './account.events';
import type { AccountState } from './account.state';

/** Decide what an account command means. Email uniqueness spans streams: the api checks it. */
export const decideAccount = (command: AccountCommand, state: AccountState): AccountEvent[] => {
  switch (command.type) {
    case 'RegisterAccount': {
      const { data } = command;
      if (state.exists) throw new AlreadyExists('account', data.accountId);
      return [
        {
          type: 'AccountRegistered',
          data: {
            accountId: data.accountId,
            email: email(data.email, 'email'),
            name: requiredText(data.name, 'name', TEXT_LIMITS.name),
            role: oneOf(data.role, ROLES, 'role'),
            passwordHash: requiredText(data.passwordHash, 'password', 1000),
            agencyId: data.agencyId,
            registeredAt: instant(data.now, 'now'),
          },
        },
      ];
    }
  }
};
