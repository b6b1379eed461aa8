import ipaddr from 'ipaddr.js';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimit, ThrottleLimits } from '../config';
import { rateLimited } from '../graphql/errors';

/** One counter of attempts per key, in fixed windows (rate-limiter-flexible, in this process's memory). */
const counter = (name: string, limit: RateLimit) =>
  new RateLimiterMemory({ keyPrefix: name, points: limit.points, duration: limit.windowSeconds });

type Counted = readonly [RateLimiterMemory, string];

/**
 * Counts one attempt on each counter, or none: when any counter is over its limit, the others get
 * their point back and the attempt is refused with RATE_LIMITED and the seconds until it may be
 * tried again (the longest wait of the counters that refused).
 */
const countAttempt = async (counted: readonly Counted[]): Promise<void> => {
  const results = await Promise.allSettled(counted.map(([limiter, key]) => limiter.consume(key)));
  const refusals: RateLimiterRes[] = [];
  for (const result of results) {
    if (result.status === 'fulfilled') continue;
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
    refusals.push(result.reason);
  }
  if (refusals.length === 0) return;
  await Promise.all(
    counted.map(([limiter, key], i) => (results[i]?.status === 'fulfilled' ? limiter.reward(key) : null)),
  );
  const waitMs = Math.max(...refusals.map((refusal) => refusal.msBeforeNext));
  throw rateLimited(Math.max(1, Math.ceil(waitMs / 1000)));
};

const accountKey = (email: string) => email.trim().toLowerCase();

/**
 * What an address is counted as: an IPv4 address (also when IPv6-mapped) as itself, an IPv6
 * address as its /64, since one subscriber usually holds a whole /64 and could rotate through it.
 */
export const addressKey = (address: string): string => {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const ipv6 = parsed as ipaddr.IPv6;
  if (ipv6.isIPv4MappedAddress()) return ipv6.toIPv4Address().toString();
  return `${ipv6.parts
    .slice(0, 4)
    .map((part) => part.toString(16))
    .join(':')}::/64`;
};

/**
 * Throttles login and sign-up per account (the email, known or not, so that being throttled tells
 * nothing of who has an account) and per client address. Counts live in this process: with N
 * replicas behind a round-robin balancer, an address gets up to N times the budget.
 */
export const createThrottle = (limits: ThrottleLimits) => {
  const loginPerAccount = counter('login-account', limits.loginPerAccount);
  const loginPerAddress = counter('login-address', limits.loginPerAddress);
  const signUpPerEmail = counter('sign-up-email', limits.signUpPerEmail);
  const signUpPerAddress = counter('sign-up-address', limits.signUpPerAddress);

  return {
    /**
     * Runs a login attempt unless its account or address has failed too often. The attempt counts
     * until it succeeds (so that a burst in flight cannot pass the limit), and a success takes its
     * point back and forgets the account's failures: only failures add up.
     */
    async login<T>(email: string, address: string, attempt: () => Promise<T>): Promise<T> {
      const account = accountKey(email);
      const from = addressKey(address);
      await countAttempt([
        [loginPerAccount, account],
        [loginPerAddress, from],
      ]);
      const signedIn = await attempt();
      await Promise.all([loginPerAccount.delete(account), loginPerAddress.reward(from)]);
      return signedIn;
    },

    /** Counts a sign-up attempt, successful or not, for its email and its address; RATE_LIMITED over either. */
    signUp: (email: string, address: string): Promise<void> =>
      countAttempt([
        [signUpPerEmail, accountKey(email)],
        [signUpPerAddress, addressKey(address)],
      ]),
  };
};

export type Throttle = ReturnType<typeof createThrottle>;
