/** The demo agency's join code. */
export const DEMO_JOIN_CODE = 'DEMO';

/** The demo sign-ins, printed at start-up and listed in the README. */
export const DEMO_ACCOUNTS = [
  { email: 'staff@demo.pivotal', password: 'demo-staff-pass', role: 'STAFF', name: 'Sam Staff' },
  { email: 'analyst@demo.pivotal', password: 'demo-analyst-pass', role: 'ANALYST', name: 'Ana Analyst' },
  { email: 'candidate@demo.pivotal', password: 'demo-candidate-pass', role: 'CANDIDATE', name: 'Casey Candidate' },
] as const;

/** The demo agency's other staff members, who share its feedback queue with Sam (who leads and assigns). */
export const DEMO_COLLEAGUES = [
  { email: 'priya@demo.pivotal', password: 'demo-priya-pass', role: 'STAFF', name: 'Priya Patel' },
  { email: 'tom@demo.pivotal', password: 'demo-tom-pass', role: 'STAFF', name: 'Tom Okafor' },
  { email: 'lena@demo.pivotal', password: 'demo-lena-pass', role: 'STAFF', name: 'Lena Fischer' },
] as const;

/** The demo agency's promise: feedback within this many working days. */
export const DEMO_RESPONSE_TARGET_DAYS = 5;

/** The lines start-up prints about the demo. */
export const demoBanner = (): string =>
  [
    `Demo agency: join code ${DEMO_JOIN_CODE}. Sign in with:`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(9)} ${a.email} / ${a.password}`),
    ...DEMO_COLLEAGUES.map((a) => `  ${a.role.padEnd(9)} ${a.email} / ${a.password}`),
  ].join('\n');
