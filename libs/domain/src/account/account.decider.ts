import type { Decider } from '../shared/event';
import type { AccountCommand } from './account.commands';
import type { AccountEvent } from './account.events';
import { type AccountState, initialAccountState } from './account.state';
import { decideAccount } from './decide';
import { evolveAccount } from './evolve';

/** The `account-<id>` stream kind. */
export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  initialState: initialAccountState,
  evolve: evolveAccount,
  decide: decideAccount,
};
