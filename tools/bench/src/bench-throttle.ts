/**
 * Benchmarks sign up and log in many users from one address (127.0.0.1) as fast as they can: the
 * api's per-address throttling, meant for one person's browser, would refuse them. The per-account
 * limits stay as they are.
 */
export const BENCH_THROTTLE_ENV = {
  PIVOTAL_THROTTLE_LOGIN_ADDRESS: '1000000/1m',
  PIVOTAL_THROTTLE_SIGNUP_ADDRESS: '1000000/1h',
} as const;
