import type { Role } from '../shared/vocabulary';

/** What the account stream knows: only whether it exists, and as whom. */
export type AccountState =
  | { readonly exists: false }
  | { readonly exists: true; readonly accountId: string; readonly role: Role; readonly agencyId: string | null };

export const initialAccountState = (): AccountState => ({ exists: false });
