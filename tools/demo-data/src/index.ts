export * from './generate-history';
export { simulateCandidate, RATES, type TimedEvent, type CandidateHistoryOptions } from './candidate-history';
export { mulberry32, seedOf, type Random } from './prng';
