/** A GraphQL answer. */
export interface Answer<D = Record<string, unknown>> {
  readonly data?: D | null;
  readonly errors?: readonly { message: string; extensions?: { code?: string } }[];
}

/** The request never got a whole answer: the connection dropped or was refused (the server died). */
export class Dropped extends Error {
  constructor(cause: unknown) {
    super(`dropped: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'Dropped';
  }
}

/** Where the api listens now; `url()` waits while it is down (it restarts on another port). */
export interface ServerAddress {
  url(): Promise<string>;
}

/** One POST; a dropped connection throws {@link Dropped}, never a partial answer. */
export const post = async <D>(server: ServerAddress, query: string, variables: Record<string, unknown>, token?: string): Promise<Answer<D>> => {
  const url = await server.url();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    return (await response.json()) as Answer<D>;
  } catch (error) {
    throw new Dropped(error);
  }
};

/** A read: safe to send again until it answers. */
export const read = async <D>(server: ServerAddress, query: string, variables: Record<string, unknown>, token?: string): Promise<D> => {
  for (;;) {
    try {
      const answer = await post<D>(server, query, variables, token);
      if (answer.data && !answer.errors) return answer.data;
      if (answer.errors?.some((e) => e.extensions?.code !== 'INTERNAL_SERVER_ERROR')) throw new Error(`read failed: ${JSON.stringify(answer.errors)}`);
    } catch (error) {
      if (!(error instanceof Dropped)) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
