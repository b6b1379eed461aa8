/**
 * The baseline of the GraphQL benchmark: a bare graphql-js server over node:http that answers the
 * candidate dashboard, the staff lists and the analytics panels (graphql-bare-admin.ts) from the
 * same read-model file as the api, through the same query functions.
 * It keeps what any serious server keeps (a cache of parsed and validated documents, verified
 * tokens remembered until they expire) and nothing else: no framework, no logging, no metrics.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  buildSchema,
  execute,
  GraphQLScalarType,
  parse,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { jwtVerify } from 'jose';
import {
  APPLICATION_STATUSES,
  FEEDBACK_STATUSES,
  ROLES,
  type Role,
} from '@pivotal/domain';
import {
  createReadModelQueries,
  MAX_PAGE_SIZE,
  openReadModelDb,
  type ApplicationView,
  type CandidateProfile,
  type ReadModelQueries,
} from '@pivotal/projections';
import { attachAdminResolvers, bareAdminSdl, type BareAdminContext } from './graphql-bare-admin';

/** The slice of Pivotal's schema the dashboard reads, with the same names and types as the api's. */
export const bareSdl = `
  scalar DateTime
  enum Role { ${ROLES.join(' ')} }
  enum ApplicationStatus { ${APPLICATION_STATUSES.join(' ')} }
  enum FeedbackStatus { ${FEEDBACK_STATUSES.join(' ')} }
  type Query { me: Viewer! }
  type Viewer { id: ID! email: String! role: Role! agencyId: ID candidate: Candidate }
  type Candidate {
    id: ID!
    name: String!
    email: String!
    agencyId: ID
    stats: CandidateStats!
    applications(status: ApplicationStatus): [Application!]!
  }
  type CandidateStats {
    applied: Int! interviewed: Int! rejected: Int! offers: Int!
    feedbackReceived: Int! goalsCompleted: Int! streakWeeks: Int!
  }
  type Application {
    id: ID! candidateId: ID! company: String! role: String!
    status: ApplicationStatus! feedbackStatus: FeedbackStatus!
    appliedAt: DateTime! rejectedAt: DateTime feedbackRequestedAt: DateTime
  }
`;

/** Who asks, from the bearer token. */
interface BareViewer {
  readonly accountId: string;
  readonly email: string;
  readonly role: Role;
  readonly agencyId: string | null;
}

interface BareContext extends BareAdminContext {
  readonly viewer: BareViewer;
  readonly queries: ReadModelQueries;
  readonly now: Date;
}

const unauthenticated = { message: 'sign in first', extensions: { code: 'UNAUTHENTICATED' } };

/** A candidate's whole list, a page of 100 at a time (as the api reads it). */
const allApplications = (queries: ReadModelQueries, candidateId: string): ApplicationView[] => {
  const all: ApplicationView[] = [];
  let after: string | null = null;
  do {
    const page = queries.applicationsOfCandidate({ candidateId, first: MAX_PAGE_SIZE, after });
    all.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return all;
};

/** The bare schema: buildSchema's types, with resolvers attached to the fields that need one. */
export const buildBareSchema = (): GraphQLSchema => {
  const schema = buildSchema(bareSdl + bareAdminSdl);
  const dateTime = schema.getType('DateTime') as GraphQLScalarType;
  dateTime.serialize = (value: unknown) => value;
  const fields = (type: string) => (schema.getType(type) as unknown as { getFields(): Record<string, { resolve?: unknown }> }).getFields();
  fields('Query')['me']!.resolve = (_root: unknown, _args: unknown, context: BareContext) => ({
    id: context.viewer.accountId,
    email: context.viewer.email,
    role: context.viewer.role,
    agencyId: context.viewer.agencyId,
  });
  fields('Viewer')['candidate']!.resolve = (viewer: { id: string; role: Role }, _args: unknown, context: BareContext) =>
    viewer.role === 'CANDIDATE' ? (context.queries.candidatesByIds([viewer.id], context.now)[0] ?? null) : null;
  fields('Candidate')['applications']!.resolve = (
    candidate: CandidateProfile,
    args: { status?: string | null },
    context: BareContext,
  ) => {
    const applications = allApplications(context.queries, candidate.id);
    return args.status ? applications.filter((application) => application.status === args.status) : applications;
  };
  attachAdminResolvers(schema);
  return schema;
};

/** A parsed document and its validation errors, kept per query text. */
interface CachedDocument {
  readonly document: DocumentNode | null;
  readonly errors: readonly GraphQLError[];
}

const DOCUMENT_CACHE_LIMIT = 1000;

/** Parsed and validated documents by their text, bounded (oldest dropped first). */
export const createDocumentCache = (schema: GraphQLSchema) => {
  const cache = new Map<string, CachedDocument>();
  return (query: string): CachedDocument => {
    let entry = cache.get(query);
    if (!entry) {
      try {
        const document = parse(query);
        entry = { document, errors: validate(schema, document) };
      } catch (error) {
        entry = { document: null, errors: [error as GraphQLError] };
      }
      if (cache.size >= DOCUMENT_CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
      cache.set(query, entry);
    }
    return entry;
  };
};

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const send = (res: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/graphql-response+json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
};

/** A running bare server. */
export interface BareServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves POST /graphql over the read models in `readModelsFile`, trusting tokens signed with
 * `jwtSecret` (the api's, so one token works against both).
 */
export const startBareServer = async (options: {
  readModelsFile: string;
  jwtSecret: Uint8Array;
  port?: number;
  host?: string;
}): Promise<BareServer> => {
  const db = openReadModelDb(options.readModelsFile);
  const queries = createReadModelQueries(db);
  const schema = buildBareSchema();
  const documentFor = createDocumentCache(schema);
  const verified = new Map<string, { viewer: BareViewer; expiresAtMs: number }>();

  const viewerOf = async (authorization: string | undefined): Promise<BareViewer | null> => {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : null;
    if (!token) return null;
    const known = verified.get(token);
    if (known && known.expiresAtMs > Date.now()) return known.viewer;
    try {
      const { payload } = await jwtVerify(token, options.jwtSecret, { algorithms: ['HS256'], issuer: 'pivotal' });
      const viewer: BareViewer = {
        accountId: String(payload.sub),
        email: String(payload['email']),
        role: payload['role'] as Role,
        agencyId: typeof payload['agencyId'] === 'string' ? payload['agencyId'] : null,
      };
      verified.set(token, { viewer, expiresAtMs: (payload.exp ?? 0) * 1000 });
      return viewer;
    } catch {
      return null;
    }
  };

  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST' || !req.url?.startsWith('/graphql')) return send(res, 404, { errors: [{ message: 'not found' }] });
    let request: { query?: unknown; variables?: Record<string, unknown>; operationName?: string };
    try {
      request = JSON.parse(await readBody(req)) as typeof request;
    } catch {
      return send(res, 400, { errors: [{ message: 'the request body is not valid JSON' }] });
    }
    if (typeof request.query !== 'string') return send(res, 400, { errors: [{ message: 'no query' }] });
    const { document, errors } = documentFor(request.query);
    if (!document || errors.length > 0) return send(res, 400, { errors });
    const viewer = await viewerOf(req.headers.authorization);
    if (!viewer) return send(res, 200, { data: null, errors: [unauthenticated] });
    const result = await execute({
      schema,
      document,
      variableValues: request.variables ?? null,
      operationName: request.operationName ?? null,
      contextValue: { viewer, queries, now: new Date() } satisfies BareContext,
    });
    send(res, 200, result);
  };

  const server: Server = createServer((req, res) => {
    answer(req, res).catch((error: unknown) => send(res, 500, { errors: [{ message: String(error) }] }));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      db.close();
    },
  };
};
