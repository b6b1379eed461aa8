/** The largest request body accepted, in bytes: a CSV import of 5,000 rows (3 M characters at most) fits; a feedback with 20 long points is about 25 kB. */
export const BODY_LIMIT_BYTES = 4 * 1024 * 1024;

/** A request refused before GraphQL ran, in GraphQL's error shape. */
export const refusal = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/** The token of an `Authorization: Bearer <token>` value, or null. */
export const bearer = (authorization: unknown): string | null => {
  if (typeof authorization !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  return match?.[1] ?? null;
};
