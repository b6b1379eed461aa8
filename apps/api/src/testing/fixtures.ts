import type { TestServer } from './test-server';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token viewer { id } } }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token viewer { id agencyId } } }`;

/** A signed-in account of a test. */
export interface Actor {
  readonly id: string;
  readonly token: string;
}

const must = <T>(value: T | null | undefined, what: string): T => {
  if (value === null || value === undefined) throw new Error(`fixture: no ${what}`);
  return value;
};

export const login = async (app: TestServer, email: string, password: string): Promise<Actor> => {
  const answer = await app.gql<{ login: { token: string; viewer: { id: string } } }>(LOGIN, { email, password });
  const login = must(answer.data?.login, `login for ${email}: ${JSON.stringify(answer.errors)}`);
  return { id: login.viewer.id, token: login.token };
};

/** An agency with a staff member and an analyst, created as an operator would, signed in over GraphQL. */
export const createAgency = async (app: TestServer, code: string) => {
  const { accounts } = app.pivotal.services;
  const now = new Date();
  const { agencyId } = await accounts.createAgency({ name: `Agency ${code}`, joinCode: code }, { now });
  const lower = code.toLowerCase();
  const password = 'staff-password';
  await accounts.createStaff({ agencyCode: code, email: `staff@${lower}.test`, name: 'Staff', role: 'STAFF', password }, { now });
  await accounts.createStaff({ agencyCode: code, email: `analyst@${lower}.test`, name: 'Analyst', role: 'ANALYST', password }, { now });
  return {
    agencyId,
    code,
    staff: await login(app, `staff@${lower}.test`, password),
    analyst: await login(app, `analyst@${lower}.test`, password),
  };
};

/** A candidate signed up over GraphQL, joining the agency of `agencyCode` when given. */
export const signUpCandidate = async (app: TestServer, email: string, agencyCode?: string): Promise<Actor> => {
  const answer = await app.gql<{ signUp: { token: string; viewer: { id: string } } }>(SIGN_UP, {
    input: { email, password: 'candidate-password', name: email.split('@')[0], agencyCode },
  });
  const signUp = must(answer.data?.signUp, `sign-up for ${email}: ${JSON.stringify(answer.errors)}`);
  return { id: signUp.viewer.id, token: signUp.token };
};

/** Data of an answer that must have succeeded (the errors are in the message otherwise). */
export const dataOf = <D>(answer: { data?: D | null; errors?: unknown }): D => must(answer.data, `data: ${JSON.stringify(answer.errors)}`);
