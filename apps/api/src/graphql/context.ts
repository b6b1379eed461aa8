import type { EventStore } from '@pivotal/event-store';
import type { ProjectionRunner, ReadModelQueries } from '@pivotal/projections';
import type { Logger } from 'pino';
import type { PubSub } from 'type-graphql';
import type { AccountService } from '../accounts/account-service';
import type { TokenService } from '../auth/tokens';
import type { ViewerIdentity } from '../auth/viewer-identity';
import type { Throttle } from '../abuse/throttle';
import type { PivotalMetrics } from '../http/metrics';
import { createLoaders, type Loaders } from './loaders';

/** What the projections offer the api: read-your-writes waits and their health. */
export type ProjectionsPort = Pick<ProjectionRunner, 'waitForPosition' | 'status'>;

/** The long-lived parts every request uses, built once by the composition root. */
export interface ApiServices {
  readonly store: EventStore;
  readonly queries: ReadModelQueries;
  readonly projections: ProjectionsPort;
  readonly tokens: TokenService;
  readonly accounts: AccountService;
  /** Counts login and sign-up attempts per account and per client address. */
  readonly throttle: Throttle;
  readonly pubSub: PubSub;
  readonly metrics: PivotalMetrics;
  readonly log: Logger;
  /** The clock; tests may pin it. */
  readonly now: () => Date;
  /** New ids (UUIDs). */
  readonly newId: () => string;
}

/** One GraphQL request (or one subscription): who asks, and loaders that batch its reads. */
export interface GraphQLContext {
  /** Who asks; `signUp` and `login` set it, so that their answer reads as the account they sign in. */
  viewer: ViewerIdentity | null;
  readonly services: ApiServices;
  /** Renewed by subscriptions before each event, so that no answer reads a stale batch. */
  loaders: Loaders;
  readonly requestId: string;
  /** The client's address (behind a trusted proxy, from `X-Forwarded-For`): what throttling counts per address. */
  readonly clientAddress: string;
  readonly log: Logger;
  /** The request's time: every `now` of its commands and queries. */
  now: Date;
}

/**
 * A request's context. Its logger is made only when something logs (a child logger per request is
 * measurable), and the getter lives on the prototype: Apollo copies each context's own properties
 * per request, which would call an own getter every time.
 */
class RequestContext implements GraphQLContext {
  constructor(
    public viewer: ViewerIdentity | null,
    readonly services: ApiServices,
    public loaders: Loaders,
    readonly requestId: string,
    readonly logger: () => Logger,
    public now: Date,
    readonly clientAddress: string,
  ) {}

  get log(): Logger {
    return this.logger();
  }
}

export const createContext = (
  services: ApiServices,
  viewer: ViewerIdentity | null,
  requestId: string,
  log: () => Logger,
  clientAddress: string,
): GraphQLContext => {
  const now = services.now();
  return new RequestContext(viewer, services, createLoaders(services.queries, now), requestId, log, now, clientAddress);
};

/** A subscription's context lives as long as it does: before each event, fresh loaders and a fresh `now`. */
export const renewContext = (context: GraphQLContext): GraphQLContext => {
  context.now = context.services.now();
  context.loaders = createLoaders(context.services.queries, context.now);
  return context;
};
