import { badUserInput } from '../graphql/errors';

/** Passwords: long enough to matter, short enough that hashing them cannot be abused. */
export const PASSWORD_LENGTH = { min: 8, max: 200 } as const;

let commonPasswords: Promise<ReadonlySet<string>> | undefined;

/**
 * The ~49,000 passwords most often found in breaches, as zxcvbn-ts ships them (lower case, in the
 * package: nothing is fetched). Loaded on first use, since decompressing it takes a moment.
 */
const common = (): Promise<ReadonlySet<string>> =>
  (commonPasswords ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common']),
  ));

/**
 * Refuses, with BAD_USER_INPUT naming `field`, a password shorter than 8 or longer than 200
 * characters, or one of the common breached passwords (compared without regard to case).
 */
export const assertAcceptablePassword = async (password: string, field = 'password'): Promise<void> => {
  const length = [...password].length;
  if (length < PASSWORD_LENGTH.min)
    throw badUserInput(field, `must be at least ${PASSWORD_LENGTH.min} characters`);
  if (length > PASSWORD_LENGTH.max)
    throw badUserInput(field, `must be at most ${PASSWORD_LENGTH.max} characters`);
  if ((await common()).has(password.toLowerCase())) {
    throw badUserInput(field, 'is one of the most common passwords, known from breaches: choose another');
  }
};
