import type { Role } from '@pivotal/domain';

/** Who is asking: what a verified token says. */
export interface ViewerIdentity {
  readonly accountId: string;
  readonly email: string;
  readonly role: Role;
  readonly agencyId: string | null;
}
