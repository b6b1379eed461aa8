import type { ApiCli } from './api-cli';

/** An agency and one staff member of it, as the e2e tests create them through the CLI. */
export interface StaffAccount {
  readonly agencyName: string;
  readonly agencyCode: string;
  readonly email: string;
  readonly password: string;
  readonly role: 'STAFF' | 'ANALYST';
}

/** A fresh agency with a staff member; pass it to `seedAgencyWithStaff` and later to `logInAs`. */
export const newStaffAccount = (overrides: Partial<StaffAccount> = {}): StaffAccount => ({
  agencyName: 'Northwind Careers',
  agencyCode: 'NORTHWIND',
  email: 'coach@northwind.test',
  password: 'coach-password-123',
  role: 'STAFF',
  ...overrides,
});

/**
 * Creates the agency and its staff member with the api's CLI
 * (`agency create --name N --code C`, then `staff create --agency C --email E --role R` with the
 * password on stdin). Use it as (part of) `startApi({ seed })`.
 */
export const seedAgencyWithStaff = async (cli: ApiCli, account: StaffAccount): Promise<void> => {
  await cli(['agency', 'create', '--name', account.agencyName, '--code', account.agencyCode]);
  await cli(
    ['staff', 'create', '--agency', account.agencyCode, '--email', account.email, '--role', account.role],
    account.password,
  );
};
