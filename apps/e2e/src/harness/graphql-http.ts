/** One error of a GraphQL response, as the api formats it. */
export interface GraphQLResponseError {
  readonly message: string;
  readonly extensions?: { readonly code?: string; readonly field?: string } & Record<string, unknown>;
}

/** A GraphQL response that carried errors; `errors` keeps them for assertions. */
export class GraphQLRequestFailed extends Error {
  constructor(
    readonly errors: readonly GraphQLResponseError[],
    readonly status: number,
  ) {
    super(
      `GraphQL request failed (HTTP ${status}): ${errors.map((e) => `${e.extensions?.code ?? '?'}: ${e.message}`).join('; ')}`,
    );
    this.name = 'GraphQLRequestFailed';
  }
}

/**
 * Sends one GraphQL operation over HTTP POST and answers its `data`; rejects with
 * `GraphQLRequestFailed` when the response has errors.
 */
export const graphqlRequest = async <Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Data> => {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: Data | null; errors?: GraphQLResponseError[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new GraphQLRequestFailed([{ message: `not JSON: ${text.slice(0, 200)}` }], response.status);
  }
  if (body.errors?.length) throw new GraphQLRequestFailed(body.errors, response.status);
  if (body.data === undefined || body.data === null) {
    throw new GraphQLRequestFailed([{ message: 'no data in the response' }], response.status);
  }
  return body.data;
};

/** Someone signed in to the api: their token, and requests made as them. */
export interface GraphQLActor {
  readonly token: string;
  readonly request: <Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<Data>;
}

/** Logs in with `Mutation.login` and answers an actor that sends every request with that token. */
export const logInAs = async (graphqlUrl: string, email: string, password: string): Promise<GraphQLActor> => {
  const { login } = await graphqlRequest<{ login: { token: string } }>(
    graphqlUrl,
    'mutation LogIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
  );
  return {
    token: login.token,
    request: (query, variables) => graphqlRequest(graphqlUrl, query, variables ?? {}, login.token),
  };
};
