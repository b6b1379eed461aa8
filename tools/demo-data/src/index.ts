export * from './generate-history';
export { simulateCandidate, RATES, type TimedEvent, type CandidateHistoryOptions } from './candidate-history';
export { sfc32, seededRandom, seedOf, type Random } from './prng';
export { candidateAccount, type GeneratedAccounts } from './candidate-account';
