/**
 * Refusals of a well-formed request by GraphQL itself: a document that does not parse or validate
 * (depth and cost limits included), variables that do not coerce, an operation name that names none.
 */
const GRAPHQL_REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
  'OPERATION_RESOLUTION_FAILURE',
]);

const isGraphqlRequestError = (error: unknown): boolean => {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' && GRAPHQL_REQUEST_ERRORS.has(code);
};

/**
 * The status of an answer sent as `application/json`: 200 instead of Apollo's 400 when GraphQL
 * refused the document or its variables, as GraphQL over HTTP says a server SHOULD (such a client
 * may not read the body of a 4xx). `application/graphql-response+json` keeps its 400s, as that
 * media type's rules say; a request that is not well-formed (no query, bad JSON) stays 400 too.
 */
export const statusForClient = (status: number, contentType: string | undefined, body: string): number => {
  if (status !== 400 || !/^application\/json\b/i.test(contentType ?? '')) return status;
  let answer: unknown;
  try {
    answer = JSON.parse(body);
  } catch {
    return status;
  }
  const errors = (answer as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every(isGraphqlRequestError) ? 200 : status;
};
