import { InvalidInput } from './errors';
import { EARLIEST_DATE, TEXT_LIMITS } from './limits';

/** A required text: trimmed, not blank, at most `max` characters. */
export const requiredText = (value: unknown, field: string, max: number): string => {
  if (typeof value !== 'string') throw new InvalidInput(field, 'is required');
  const text = value.trim();
  if (text.length === 0) throw new InvalidInput(field, 'must not be blank');
  if (text.length > max) throw new InvalidInput(field, `must be at most ${max} characters`);
  return text;
};

/** An optional text: trimmed; absent or blank becomes null; at most `max` characters. */
export const optionalText = (value: unknown, field: string, max: number): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new InvalidInput(field, 'must be text');
  const text = value.trim();
  if (text.length === 0) return null;
  if (text.length > max) throw new InvalidInput(field, `must be at most ${max} characters`);
  return text;
};

// A date, or a date-time with an explicit offset: a time without one would depend on the server's zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** An ISO 8601 instant, normalized to UTC (`2026-11-25T09:00:00.000Z`). */
export const instant = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) {
    throw new InvalidInput(field, 'must be an ISO 8601 date-time with a time zone');
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new InvalidInput(field, 'is not a real date');
  return new Date(ms).toISOString();
};

/**
 * An instant no earlier than 2000 and no later than `maxAheadMs` after `now`;
 * both come from the command, never from a clock.
 */
export const boundedInstant = (value: unknown, field: string, now: string, maxAheadMs: number): string => {
  const at = instant(value, field);
  if (at < EARLIEST_DATE) throw new InvalidInput(field, 'must not be before the year 2000');
  if (Date.parse(at) > Date.parse(instant(now, 'now')) + maxAheadMs) {
    throw new InvalidInput(field, 'is too far in the future');
  }
  return at;
};

// Deliberately loose: one @, no spaces, a dot in the domain. The mailbox proves the rest.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email address, trimmed and lower-cased. */
export const email = (value: unknown, field: string): string => {
  const text = requiredText(value, field, TEXT_LIMITS.email).toLowerCase();
  if (!EMAIL.test(text)) throw new InvalidInput(field, 'must be an email address');
  return text;
};

/** One value of a closed vocabulary. */
export const oneOf = <T extends string>(value: unknown, vocabulary: readonly T[], field: string): T => {
  if (typeof value !== 'string' || !(vocabulary as readonly string[]).includes(value)) {
    throw new InvalidInput(field, `must be one of ${vocabulary.join(', ')}`);
  }
  return value as T;
};

/** An integer between `min` and `max` inclusive. */
export const integerBetween = (value: unknown, field: string, min: number, max: number): number => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInput(field, `must be a whole number from ${min} to ${max}`);
  }
  return value;
};

/** An optional web address: trimmed; absent or blank becomes null; an absolute http(s) URL of at most `max` characters. */
export const optionalWebUrl = (value: unknown, field: string, max: number): string | null => {
  const text = optionalText(value, field, max);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidInput(field, 'must be a web address starting with http:// or https://');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidInput(field, 'must be a web address starting with http:// or https://');
  }
  return text;
};
