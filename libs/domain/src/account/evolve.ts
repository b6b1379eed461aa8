import type { AccountEvent } from './account.events';
import type { AccountState } from './account.state';

/** Fold one account event into the state. */
export const evolveAccount = (_state: AccountState, event: AccountEvent): AccountState => {
  switch (event.type) {
    case 'AccountRegistered':
      return { exists: true, accountId: event.data.accountId, role: event.data.role, agencyId: event.data.agencyId };
  }
};
